// Issue 13 in real Chromium: the night-shift worker who cannot reach the lead (out-of-hours
// contacts, the outcome with the record and the patient-record note), reloads that keep every step
// and answer without a passphrase, nothing typed readable anywhere the browser keeps data, and a
// new tab that starts afresh. Screenshots at 375 and 1280 of the out-of-hours pages and the note.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoBrowserProblems, followedAddress, launchBrowser, newPage, screenshot, type AppPage, type Browser } from './browser';
import { Pathway, sampleRecord } from './pathway-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withPathway(run: (p: Pathway, app: AppPage) => Promise<void>, viewport?: { width: number; height: number }) {
  const app = await newPage(browser, viewport ? { viewport } : {});
  try {
    await run(new Pathway(app), app);
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
}

const afterRecord = 'Have you and your manager decided to escalate this concern to the safeguarding lead?';
const typed = [
  sampleRecord.whatHappened,
  sampleRecord.exactWords,
  sampleRecord.discussedWith,
  'Night coordinator Alex Reed',
  'CAD 4471',
  'Advised to tell the lead in the morning',
];

/** How many per-tab keys the key database holds. */
function keyCount(page: AppPage['page']): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('prevent-pathway-tab-keys');
      req.onsuccess = () => resolve(req.result);
    });
    const n = await new Promise<number>((resolve) => {
      const req = db.transaction('keys').objectStore('keys').count();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return n;
  });
}

/** Everything the browser keeps for this origin, as text: IndexedDB (every store), web storage, Cache Storage. */
async function everythingStored(app: AppPage): Promise<string> {
  return app.page.evaluate(async () => {
    const out: string[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const name of [...db.objectStoreNames]) {
        const values = await new Promise<unknown[]>((resolve) => {
          const req = db.transaction(name).objectStore(name).getAll();
          req.onsuccess = () => resolve(req.result);
        });
        out.push(JSON.stringify(values, (_key, value) => (value instanceof CryptoKey ? `CryptoKey extractable=${value.extractable}` : value)));
      }
      db.close();
    }
    for (const storage of [localStorage, sessionStorage])
      for (let i = 0; i < storage.length; i++) out.push(`${storage.key(i)}=${storage.getItem(storage.key(i)!)}`);
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) out.push(request.url, await (await cache.match(request))!.text());
    }
    return out.join('\n');
  });
}

function expectNothingReadable(stored: string) {
  for (const text of typed) expect(stored, `"${text}" readable at rest`).not.toContain(text);
  for (const word of ['outpatient waiting area', 'Alex Reed', 'Sam Taylor']) expect(stored).not.toContain(word);
  expect(stored).not.toMatch(/CryptoKey extractable=true/);
}

async function reloadKeeps(p: Pathway, heading: string | RegExp) {
  await followedAddress(p.page);
  await p.page.reload();
  await p.expectPage(heading);
}

describe('the lead cannot be reached at night', () => {
  test('Not yet → cannot wait → out-of-hours contacts → outcome with the record and the patient-record note; reloads on the way keep every step and answer; nothing readable at rest', async () => {
    await withPathway(async (p, app) => {
      await p.toSubject('A patient');
      await reloadKeeps(p, /^Discuss your concern with your manager/);
      await p.fillRecord();
      await p.expectPage(afterRecord);
      expectNothingReadable(await everythingStored(app));
      await reloadKeeps(p, afterRecord);
      await p.answerYesNo(/^Yes/, 'Inform the safeguarding lead');
      await reloadKeeps(p, 'Inform the safeguarding lead');
      await p.choose('Not yet');
      await p.continue();
      await p.expectPage('Can this wait until you can reach the safeguarding lead?');
      await screenshot(p.page, 'night-lead-unreachable-1280');
      await reloadKeeps(p, 'Can this wait until you can reach the safeguarding lead?');
      await p.choose(/cannot wait/);
      await p.continue();
      await p.expectPage('Call for advice now');
      await expect(p.page.locator('main a[href="tel:101"]').count()).resolves.toBeGreaterThan(0);
      await expect(p.page.locator('main').textContent()).resolves.toContain('18001 101');
      await expect(p.page.locator('main').textContent()).resolves.toContain('Anti-Terrorist Hotline');
      await screenshot(p.page, 'night-call-for-advice-1280');
      await p.page.getByLabel('The police on 101 (text relay: 18001 101)').check();
      await p.fill('Who you spoke to', typed[3]!);
      await p.fill('Time you called', '02:40');
      await p.fill('Reference number', typed[4]!);
      await p.fill('What they advised, and what you told them', typed[5]!);
      // Typed but not yet saved: a reload keeps it too.
      await reloadKeeps(p, 'Call for advice now');
      await expect(p.page.getByLabel('Reference number').inputValue()).resolves.toBe(typed[4]);
      await expect(p.page.getByLabel('The police on 101 (text relay: 18001 101)').isChecked()).resolves.toBe(true);
      expectNothingReadable(await everythingStored(app));
      await p.continue('Save and continue');
      await p.expectPage('You have called for advice: now tell the lead the next working day');
      await reloadKeeps(p, 'You have called for advice: now tell the lead the next working day');
      const main = (await p.page.locator('main').textContent()) ?? '';
      expect(main).toContain('Next working day: tell the safeguarding lead');
      const log = await p.decisionLog();
      expect(log.map((row) => row.join(' ')).join('\n')).toMatch(
        /Contacted the police on 101 at 02:40; spoke to Night coordinator Alex Reed; reference CAD 4471/,
      );
      await expect(p.page.locator('.record').textContent()).resolves.toContain(sampleRecord.whatHappened);
      const note = p.page.getByRole('region', { name: 'A note for the patient’s record' });
      await expect(note.getByRole('button', { name: /Copy/ }).count()).resolves.toBe(1);
      await expect(note.getByLabel(/./).first().inputValue()).resolves.toContain('101');
      await note.scrollIntoViewIfNeeded();
      await screenshot(p.page, 'night-outcome-note-1280');
      expectNothingReadable(await everythingStored(app));
      await expectNoAxeViolations(p.page, 'outcome after reload');
    });
  });

  test('a new tab starts afresh, and the closed tab’s key is removed when the next one starts (without typing anything)', async () => {
    await withPathway(async (p, app) => {
      await p.toSubject('A patient');
      await p.fillRecord();
      await p.expectPage(afterRecord);
      expect(await keyCount(app.page)).toBe(1);
      const firstTabKey = await app.page.evaluate(() => sessionStorage.getItem('prevent-pathway:tab-key-id'));
      expect(firstTabKey).toMatch(/^[A-Za-z0-9]+$/);

      // A second tab, same browser: nothing of the first tab's work.
      const second = await app.context.newPage();
      await second.goto(app.page.url());
      await expect.poll(() => second.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe('You are worried about someone');
      await expect(second.locator('body').textContent()).resolves.not.toContain(sampleRecord.whatHappened);

      // Close the first tab. The browser releases its lock on its own schedule: wait for that (no
      // clock), so the next start-up sees the tab as closed.
      await app.page.close({ runBeforeUnload: false });
      const lockName = `prevent-pathway-tab-key:${firstTabKey}`;
      await expect
        .poll(() => second.evaluate(async (name) => ((await navigator.locks.query()).held ?? []).some((lock) => lock.name === name), lockName), {
          timeout: 30_000,
        })
        .toBe(false);
      // A third tab starts, and the first tab's key is removed at its start-up (after the first paint).
      const third = await app.context.newPage();
      await third.goto(new URL('/concern/start', second.url()).href);
      await expect.poll(() => third.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe('You are worried about someone');
      // The closed tab's key is gone; the other tabs typed nothing, so made none.
      await expect.poll(() => keyCount(third), { timeout: 30_000 }).toBe(0);
    });
  });
});

describe('phone width', () => {
  test('the out-of-hours pages and the note at 375 wide', async () => {
    await withPathway(
      async (p) => {
        await p.toSubject('A patient');
        await p.fillRecord();
        await p.expectPage(afterRecord);
        await p.answerYesNo(/^Yes/, 'Inform the safeguarding lead');
        await p.choose('Not yet');
        await p.continue();
        await p.expectPage('Can this wait until you can reach the safeguarding lead?');
        await screenshot(p.page, 'night-lead-unreachable-375');
        await p.choose(/cannot wait/);
        await p.continue();
        await p.expectPage('Call for advice now');
        await screenshot(p.page, 'night-call-for-advice-375');
        await p.page.getByLabel('Your organisation’s out-of-hours or on-call contact').check();
        await p.fill('Time you called', '03:05');
        await p.continue('Save and continue');
        await p.expectPage('You have called for advice: now tell the lead the next working day');
        const note = p.page.getByRole('region', { name: 'A note for the patient’s record' });
        await note.scrollIntoViewIfNeeded();
        await screenshot(p.page, 'night-outcome-note-375');
        await note.screenshot({ path: (await screenshot(p.page, 'night-note-375')).replace(/\.png$/, '-region.png') });
        const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      },
      { width: 375, height: 812 },
    );
  });
});
