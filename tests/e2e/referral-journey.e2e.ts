// The safeguarding lead's whole job in real Chromium: a concern recorded on the pathway, the
// referral form completed from it, the consent and lawful-basis decision, and the exported PDF read
// back with pdftotext. axe runs on every page visited.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoBrowserProblems, launchBrowser, newPage, screenshot, type Browser } from './browser';
import { Pathway, sampleRecord } from './pathway-driver';
import { Referral } from './referral-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('pathway → the lead completes the form → consent record → export → the PDF says what was entered, marked on every page', async () => {
  const app = await newPage(browser, { contextOptions: { acceptDownloads: true } });
  try {
    const p = new Pathway(app);
    const { page } = app;
    const referral = new Referral(p);

    // The concern, recorded by a nurse and escalated; the lead picks it up in the same tab.
    await referral.openFromEscalatedConcern();
    await referral.completeSections({ forenames: 'Łukasz', surname: 'Ashdown-Nowak' });

    // Consent and the lawful basis: an adult with capacity who consents (row 1).
    await referral.recordConsentOfAdultWhoConsents();
    await expect(page.locator('#task-consent-status').innerText()).resolves.toBe('Completed');

    // Check answers, then export.
    await referral.toExportWithRecipients();
    await expect.poll(() => page.getByRole('textbox', { name: 'Subject' }).inputValue()).toMatch(/^OFFICIAL-SENSITIVE – Prevent referral PP-\d{8}-\w{4} \[secure\]$/);
    await screenshot(page, 'referral-export');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^prevent-referral-PP-\d{8}-\w{4}\.pdf$/);
    const dir = mkdtempSync(join(tmpdir(), 'referral-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((pageText) => pageText.trim() !== '');
    expect(text.match(/OFFICIAL-SENSITIVE/g)?.length).toBeGreaterThanOrEqual(pages.length * 2);
    for (const expected of ['Łukasz', 'Ashdown-Nowak', '14/06/1991', 'SN1 1AA', sampleRecord.whatHappened.slice(0, 40), 'Decision-table row 1', 'Dr Jo Guardian', 'mash@nhs.net']) {
      expect(text.replace(/\s+/g, ' '), expected).toContain(expected);
    }

    // The accessible version of the same referral.
    await page.getByRole('link', { name: /accessible version/ }).click();
    await p.expectPage('National Prevent Referral Form');
    await expect(page.locator('.document .marking').count()).resolves.toBe(2);
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});
