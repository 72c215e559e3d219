// Encrypted drafts in real Chromium (issue 4): type, reload, unlock; the hand-over file from one
// browser context to a fresh one; wipe; a full disk; the idle lock on a fake clock; two tabs.
// Every page is checked with axe by the pathway driver.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoBrowserProblems, launchBrowser, newPage, screenshot, type AppPage, type Browser, type Page } from './browser';
import type { Locator } from 'playwright-core';
import { keepLockedCopy, passphrase, unlock } from './drafts-driver';
import { Pathway, sampleRecord } from './pathway-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const filePassphrase = 'lantern copper meadow';
const afterRecord = 'Have you and your manager decided to escalate this concern to the safeguarding lead?';
const afterColleagueRecord = 'Has the line manager decided to escalate this concern?';

async function withApp(run: (app: AppPage, p: Pathway) => Promise<void>, init?: (app: AppPage) => Promise<unknown>) {
  const app = await newPage(browser);
  try {
    await init?.(app);
    await run(app, new Pathway(app));
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
}

const visible = (locator: Locator) => locator.first().waitFor({ state: 'visible', timeout: 10_000 });
const gone = (locator: Locator) => expect.poll(() => locator.count(), { timeout: 10_000 }).toBe(0);
const focused = (locator: Locator) => expect.poll(() => locator.evaluate((element) => element === document.activeElement)).toBe(true);

/** Everything this origin keeps in IndexedDB and web storage, as text. */
function storedText(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const out: string[] = [JSON.stringify({ ...sessionStorage }), JSON.stringify({ ...localStorage })];
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of db.objectStoreNames) {
        const all = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
        });
        out.push(JSON.stringify(all));
      }
      db.close();
    }
    return out.join('\n');
  });
}

describe('autosave, encrypted', () => {
  test('type, reload, unlock (pasting the passphrase): everything is back, and nothing is stored in plain text', async () => {
    await withApp(async (app, p) => {
      await p.toSubject('A patient');
      await keepLockedCopy(p, /^Discuss your concern with your manager/);
      await p.fillRecord();
      await p.expectPage(afterRecord);

      const stored = await storedText(app.page);
      expect(stored).toContain('PREVENT-PATHWAY');
      for (const secret of [sampleRecord.whatHappened.slice(0, 30), 'Sam Taylor', 'They had it coming', passphrase]) expect(stored).not.toContain(secret);

      await app.page.reload();
      await p.expectPage('Unlock your saved work');
      await screenshot(app.page, 'drafts-unlock');
      // Paste, as from a password manager: allowed (WCAG 2.2 SC 3.3.8).
      await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await app.page.evaluate((text) => navigator.clipboard.writeText(text), passphrase);
      await app.page.getByLabel('Passphrase', { exact: true }).focus();
      await app.page.keyboard.press('Control+V');
      await p.continue('Unlock');
      await p.expectPage(afterRecord);

      await app.page.getByRole('link', { name: 'Back' }).click();
      await p.expectPage(/^Discuss your concern with your manager/);
      await expect(app.page.getByLabel('What did you see or hear?').inputValue()).resolves.toBe(sampleRecord.whatHappened);
    });
  });

  test('a wrong passphrase says so and changes nothing; the list shows the draft once unlocked', async () => {
    await withApp(async (app, p) => {
      await p.toSubject('A colleague');
      await keepLockedCopy(p, /^Discuss your concern with your line manager/);
      await p.fillRecord();
      await p.expectPage(afterColleagueRecord);
      await app.page.reload();
      for (let attempt = 0; attempt < 5; attempt++) {
        await p.page.getByLabel('Passphrase', { exact: true }).fill(`not the passphrase ${attempt}`);
        await p.continue('Unlock');
        await expect.poll(() => p.page.getByRole('alert').filter({ hasText: 'That passphrase does not unlock the drafts' }).count()).toBe(1);
      }
      await unlock(p, afterColleagueRecord);
      // In the app (a full page load would lock again: the key lives in this page's memory only).
      await app.page.getByRole('link', { name: 'Saved drafts' }).click();
      await p.expectPage('Saved drafts on this device');
      await expect.poll(() => app.page.getByText('At: Escalate').count()).toBeGreaterThan(0);
      await screenshot(app.page, 'drafts-list');
    });
  });

  test('a tab closed by mistake: a new tab unlocks and offers the saved draft', async () => {
    await withApp(async (app, p) => {
      await p.toSubject('A patient');
      await keepLockedCopy(p, /^Discuss your concern with your manager/);
      await p.fill('What did you see or hear?', 'Typed, then the tab was closed');
      await expect.poll(() => p.page.getByText('Saving…').count()).toBe(0);
      const second = await app.context.newPage();
      await app.page.close({ runBeforeUnload: false });
      const q = new Pathway({ ...app, page: second });
      await second.goto(new URL('/concern/start', app.page.url()).href);
      await unlock(q, 'You are worried about someone');
      await second.getByRole('link', { name: 'Open a saved draft' }).click();
      await q.expectPage('Saved drafts on this device');
      await second.getByRole('button', { name: /^Open Record of concern/ }).click();
      await q.expectPage(/^Discuss your concern with your manager/);
      await expect(second.getByLabel('What did you see or hear?').inputValue()).resolves.toBe('Typed, then the tab was closed');
    });
  });

  test('without a passphrase the user is told, and warned before leaving; a reload keeps the work (issue 13)', async () => {
    await withApp(async (app, p) => {
      await p.toSubject('A patient');
      await p.fillRecord();
      await p.expectPage(afterRecord);
      await app.page.reload();
      expect(app.dialogs).toContain('beforeunload');
      await p.expectPage(afterRecord);
      // Said once per page load ("Only in this tab" on the first page it applies to), and truthfully.
      await visible(app.page.getByText('Only in this tab:'));
      await expect(app.page.locator('.draft-status').textContent()).resolves.toContain(
        'a reload keeps your answers (encrypted, readable only by this tab); closing the tab loses them',
      );
    });
  });
});

describe('the hand-over file', () => {
  test('exported in one browser context, imported in a fresh one; a wrong passphrase or a damaged file changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'handover-'));
    let file = '';
    await withApp(async (app, p) => {
      await p.toSubject('A patient');
      await p.fillRecord();
      await p.expectPage(afterRecord);
      await app.page.getByRole('link', { name: 'Save a hand-over file' }).first().click();
      await p.expectPage('Save a hand-over file: the record of concern');
      await app.page.getByLabel('Passphrase', { exact: true }).fill(filePassphrase);
      await app.page.getByLabel('Type the passphrase again').fill(filePassphrase);
      const download = app.page.waitForEvent('download');
      await p.continue('Save the file');
      const saved = await download;
      expect(saved.suggestedFilename()).toMatch(/^prevent-pathway-concern-\d{4}-\d\d-\d\d\.prevent\.json$/);
      file = join(dir, saved.suggestedFilename());
      await saved.saveAs(file);
      await visible(app.page.getByRole('status').filter({ hasText: 'Tell the recipient the passphrase separately' }));
    });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('Sam Taylor');
    const at = text.indexOf('"ciphertext":"') + 40;
    const damaged = join(dir, 'damaged.prevent.json');
    writeFileSync(damaged, text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1));
    const unrelated = join(dir, 'photo.json');
    writeFileSync(unrelated, '{"name":"holiday photos"}');

    // A fresh browser context (the lead's computer): found from the home page.
    await withApp(async (app, p) => {
      await app.goto('/');
      await app.page.getByRole('link', { name: 'Open a hand-over file' }).click();
      await p.expectPage('Open a hand-over file');
      const tryOpen = async (path: string, pass: string, message: RegExp) => {
        await app.page.getByLabel('Hand-over file').setInputFiles(path);
        await app.page.getByLabel('Passphrase', { exact: true }).fill(pass);
        await p.continue('Open the file');
        await expect.poll(() => app.page.getByRole('alert').filter({ hasText: message }).count(), { timeout: 15_000 }).toBe(1);
        await expectNoAxeViolations(app.page, 'import error');
      };
      await tryOpen(file, 'the wrong passphrase', /passphrase is wrong, or the data has been changed/);
      await tryOpen(damaged, filePassphrase, /passphrase is wrong, or the data has been changed/);
      await tryOpen(unrelated, filePassphrase, /This is not a Prevent Pathway file/);
      await screenshot(app.page, 'drafts-import-error');
      await app.page.getByLabel('Hand-over file').setInputFiles(file);
      await app.page.getByLabel('Passphrase', { exact: true }).fill(filePassphrase);
      await p.continue('Open the file');
      // A concern handed over: the referral can start from it.
      await p.expectPage('The record of concern is open');
      await expectNoAxeViolations(app.page, 'concern opened from a hand-over file');
      await screenshot(app.page, 'drafts-import-concern-opened');
      await visible(app.page.getByRole('link', { name: 'Start a referral from this record' }));
      await app.page.getByRole('link', { name: 'Read the record of concern first' }).click();
      await p.expectPage(afterRecord);
      await app.page.getByRole('link', { name: 'Back' }).click();
      await p.expectPage(/^Discuss your concern with your manager/);
      await expect(app.page.getByLabel('Exact words used (optional)').inputValue()).resolves.toBe(sampleRecord.exactWords);
    });
  });
});

describe('wipe everything', () => {
  test('leaves IndexedDB, Cache Storage, service workers and web storage empty (checked from the page)', async () => {
    await withApp(async (app, p) => {
      await p.toSubject('A patient');
      await keepLockedCopy(p, /^Discuss your concern with your manager/);
      await p.fillRecord();
      await p.expectPage(afterRecord);
      // Give the offline worker time to register and fill its cache, so the wipe has something to remove.
      await app.page.evaluate(() => navigator.serviceWorker?.ready);
      const before = await app.page.evaluate(async () => ({ dbs: (await indexedDB.databases()).length, caches: (await caches.keys()).length }));
      expect(before.dbs).toBeGreaterThan(0);

      await app.goto('/drafts');
      await p.expectPage('Saved drafts on this device');
      await app.page.getByRole('link', { name: 'Wipe everything on this device' }).click();
      await p.expectPage('Wipe everything on this device');
      await app.page.getByRole('button', { name: 'Yes, wipe everything' }).click();
      await visible(app.page.getByRole('alert').filter({ hasText: 'has been wiped' }));
      await expectNoAxeViolations(app.page, 'wipe report');

      const after = await app.page.evaluate(async () => ({
        dbs: (await indexedDB.databases()).map((db) => db.name),
        caches: await caches.keys(),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
        web: sessionStorage.length + localStorage.length,
      }));
      expect(after).toEqual({ dbs: [], caches: [], workers: 0, web: 0 });
      await app.goto('/concern/start');
      await p.expectPage('You are worried about someone');
      await visible(app.page.getByText('Only in this tab:'));
    });
  });
});

describe('storage faults', () => {
  test('a full disk: the user is told to export, and the version saved before is intact', async () => {
    await withApp(
      async (app, p) => {
        await p.toSubject('A patient');
        await keepLockedCopy(p, /^Discuss your concern with your manager/);
        await app.page.evaluate(() => ((window as unknown as { __quota: boolean }).__quota = true));
        await p.fillRecord();
        await p.expectPage(afterRecord);
        const alert = app.page.getByRole('alert').filter({ hasText: 'run out of storage space' });
        await visible(alert);
        await visible(alert.getByRole('link', { name: 'Save a hand-over file' }));
        await screenshot(app.page, 'drafts-quota');
        await app.page.evaluate(() => ((window as unknown as { __quota: boolean }).__quota = false));
        await app.page.reload();
        // The last good save: the step before the record was submitted.
        await unlock(p, /^Discuss your concern with your manager/);
      },
      (app) =>
        app.context.addInitScript(() => {
          const put = IDBObjectStore.prototype.put;
          IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
            if ((window as unknown as { __quota?: boolean }).__quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            return put.apply(this, args);
          };
        }),
    );
  });

  test('IndexedDB unavailable (a private window): the user is told what to do', async () => {
    await withApp(
      async (app, p) => {
        await p.toSubject('A patient');
        await visible(app.page.getByRole('alert').filter({ hasText: 'Drafts cannot be saved in this browser window' }));
      },
      (app) => app.context.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined })),
    );
  });
});

describe('auto-lock', () => {
  test('warns at least 20 seconds before, "Stay unlocked" extends, then locks; unlocking loses nothing', async () => {
    await withApp(async (app, p) => {
      await app.page.clock.install();
      await p.toSubject('A patient');
      await keepLockedCopy(p, /^Discuss your concern with your manager/);
      await p.fill('What did you see or hear?', 'Typed, then left alone');

      await app.page.clock.runFor('13:58');
      await gone(app.page.getByRole('alertdialog'));
      await app.page.clock.runFor('00:05');
      const warning = app.page.getByRole('alertdialog', { name: 'This will lock soon' });
      await visible(warning);
      const seconds = Number((await warning.textContent())?.match(/lock in (\d+) seconds/)?.[1]);
      expect(seconds).toBeGreaterThanOrEqual(20);
      await focused(app.page.getByRole('button', { name: 'Stay unlocked' }));
      await expectNoAxeViolations(app.page, 'lock warning');
      await screenshot(app.page, 'drafts-lock-warning');
      await app.page.getByRole('button', { name: 'Stay unlocked' }).click();
      await gone(warning);

      await app.page.clock.runFor('15:05');
      await p.expectPage('Unlock your saved work');
      await gone(app.page.getByText('Typed, then left alone'));
      await unlock(p, /^Discuss your concern with your manager/);
      await expect(app.page.getByLabel('What did you see or hear?').inputValue()).resolves.toBe('Typed, then left alone');
    });
  });

  test('Lock now', async () => {
    await withApp(async (app, p) => {
      await p.toSubject('A patient');
      await keepLockedCopy(p, /^Discuss your concern with your manager/);
      await app.page.getByRole('button', { name: 'Lock now' }).click();
      await p.expectPage('Unlock your saved work');
      await gone(app.page.getByRole('button', { name: 'Lock now' }));
    });
  });
});

describe('two tabs', () => {
  test('the same draft open in two tabs: the second save is detected, nothing is overwritten silently', async () => {
    await withApp(async (app, p) => {
      await p.toSubject('A patient');
      await keepLockedCopy(p, /^Discuss your concern with your manager/);

      const other = await app.context.newPage();
      const q = new Pathway({ ...app, page: other });
      await other.goto(new URL('/drafts', app.page.url()).href);
      await q.expectPage('Saved drafts on this device');
      await other.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      await q.continue('Unlock');
      await other.getByRole('button', { name: /^Open Record of concern/ }).click();
      await q.expectPage(/^Discuss your concern with your manager/);
      await q.fillRecord();
      await q.expectPage(afterRecord);

      const conflict = app.page.getByRole('alert').filter({ hasText: 'This record was changed in another tab' });
      await visible(conflict);
      await expectNoAxeViolations(app.page, 'conflict notice');
      await screenshot(app.page, 'drafts-conflict');
      await app.page.getByRole('button', { name: /Open the newer version/ }).click();
      // This tab now shows the other tab's version of the step it stands on.
      await p.expectPage(/^Discuss your concern with your manager/);
      await expect(app.page.getByLabel('What did you see or hear?').inputValue()).resolves.toBe(sampleRecord.whatHappened);
      await gone(conflict);
      await other.close();
    });
  });
});
