// The training completion record kept like any other record, in real Chromium against the production
// build: nothing is written to the browser until the trainer saves it; "Save as an encrypted draft"
// asks for the device's passphrase, comes back saved; after a reload the record reopens from the saved
// drafts with its attendees; a hand-over file of it opens in another browser on the record page. axe
// runs on every page on the way.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoBrowserProblems, launchBrowser, newPage, type Browser, type Page } from './browser';
import { recordStorageWrites, Trainer } from './training-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const passphrase = 'harbour violet tractor';
const filePassphrase = 'lantern orchard pebble';
const attendees = 'Staff 40211\nOkafor, Ada\nStaff 40388';

const h1 = (page: Page) => page.locator('h1').first().innerText();
async function expectH1(page: Page, heading: string) {
  await expect.poll(() => h1(page), { timeout: 15_000 }).toBe(heading);
  await expectNoAxeViolations(page, heading);
}

/** Everything the page can read of the browser's storage in the clear (IndexedDB values included), as one string. */
async function storedInTheClear(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts = [...Object.values(localStorage), ...Object.values(sessionStorage)];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of db.objectStoreNames) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction(store, 'readonly').objectStore(store).getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        });
        parts.push(JSON.stringify(values));
      }
      db.close();
    }
    return parts.join('\n');
  });
}

test(
  'saved as an encrypted draft with a passphrase, the record reopens from the saved drafts after a reload with its attendees, and travels in a hand-over file',
  { timeout: 180_000 },
  async () => {
    const app = await newPage(browser, { viewport: { width: 1280, height: 720 } });
    let other: Awaited<ReturnType<typeof newPage>> | null = null;
    try {
      await recordStorageWrites(app);
      const t = new Trainer(app);
      const { page } = t;
      await app.goto('/training/record');
      await t.expectPage('Record a training session');
      await expect(page.locator('main').innerText()).resolves.toContain(
        'Nothing on this page is stored unless you save it as an encrypted draft, like any other record',
      );
      await page.getByLabel('Date of the session').fill('2027-03-24');
      await page.getByLabel('Attendees').fill(attendees);
      // Typing stores nothing.
      await expect(t.storageWrites()).resolves.toEqual([]);

      await t.button('Save as an encrypted draft');
      // No passphrase on this device yet: the device's passphrase first, then back to the record, saved.
      await expectH1(page, 'Keep a locked copy on this device');
      await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      await page.getByLabel('Type the passphrase again').fill(passphrase);
      await page.getByRole('button', { name: 'Save and lock with this passphrase' }).click();
      await t.expectPage('Record a training session');
      await expect.poll(() => page.getByText(/Saved as an encrypted draft at \d\d:\d\d\./).count(), { timeout: 15_000 }).toBe(1);
      await expect(page.getByLabel('Attendees').inputValue()).resolves.toBe(attendees);
      // A change after saving is saved too.
      await page.getByLabel('Attendees').fill(`${attendees}\nStaff 40412`);
      await expect.poll(() => page.getByText(/Saved as an encrypted draft at \d\d:\d\d\./).count(), { timeout: 15_000 }).toBe(1);
      await expect(page.getByRole('button', { name: 'Save as an encrypted draft' }).count()).resolves.toBe(0);
      await expect.poll(() => storedInTheClear(page)).not.toMatch(/Okafor|4021\d|4038\d|4041\d/);
      expect(await storedInTheClear(page)).not.toBe('');

      // A reload: the page is blank and says the saved record is locked.
      await page.reload();
      await t.expectPage('Record a training session');
      await expect.poll(() => page.getByText('This tab has a saved training record open, and the device is locked.').count(), { timeout: 15_000 }).toBe(1);
      await expect(page.getByLabel('Attendees').inputValue()).resolves.toBe('');

      // Reopened from the saved drafts.
      await app.goto('/drafts');
      await expectH1(page, 'Saved drafts on this device');
      await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect.poll(() => page.getByRole('heading', { name: /Training completion record/ }).count(), { timeout: 15_000 }).toBe(1);
      await expect(page.locator('main').innerText()).resolves.toContain('Session of 24/03/2027: 4 attendees at Level 3');
      await expect(page.locator('main').innerText()).resolves.not.toMatch(/Okafor|40211/);
      await expectNoAxeViolations(page, 'saved drafts with a training record');
      await page.getByRole('button', { name: /^Open Training completion record/ }).click();
      await t.expectPage('Record a training session');
      await expect(page.getByLabel('Date of the session').inputValue()).resolves.toBe('2027-03-24');
      await expect(page.getByLabel('Attendees').inputValue()).resolves.toBe(`${attendees}\nStaff 40412`);
      await expect(page.getByRole('status').filter({ hasText: 'attendees at' }).innerText()).resolves.toBe(
        '4 attendees at Level 3. Annual update due 24/03/2028; three-yearly refresher due 24/03/2030.',
      );

      // A hand-over file of it, opened in another browser (a fresh context: no passphrase, nothing saved).
      await page.getByRole('link', { name: 'Save a hand-over file' }).click();
      await expectH1(page, 'Save a hand-over file: the training completion record');
      await page.getByLabel('Passphrase', { exact: true }).fill(filePassphrase);
      await page.getByLabel('Type the passphrase again').fill(filePassphrase);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the file' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^prevent-pathway-training-record-\d{4}-\d{2}-\d{2}\.prevent\.json$/);
      const file = join(mkdtempSync(join(tmpdir(), 'record-handover-')), download.suggestedFilename());
      await download.saveAs(file);

      other = await newPage(browser, { viewport: { width: 1280, height: 720 } });
      await other.goto('/drafts/import');
      await expectH1(other.page, 'Open a hand-over file');
      await other.page.getByLabel('Hand-over file').setInputFiles(file);
      await other.page.getByLabel('Passphrase', { exact: true }).fill(filePassphrase);
      await other.page.getByRole('button', { name: 'Open the file' }).click();
      await expect.poll(() => h1(other!.page), { timeout: 15_000 }).toBe('Record a training session');
      await expectNoAxeViolations(other.page, 'record opened from a hand-over file');
      await expect(other.page.getByLabel('Attendees').inputValue()).resolves.toBe(`${attendees}\nStaff 40412`);
      // Not saved on that device yet: it says so and offers the passphrase.
      await expect(other.page.getByText(/Kept encrypted for this tab only/).count()).resolves.toBe(1);
      await expect(other.page.getByRole('link', { name: 'Set a passphrase to save it on this device' }).count()).resolves.toBe(1);
      expectNoBrowserProblems(app);
      expectNoBrowserProblems(other);
    } finally {
      await other?.close();
      await app.close();
    }
  },
);
