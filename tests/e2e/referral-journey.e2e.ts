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
    const radio = (group: string | RegExp, option: string) => page.getByRole('group', { name: group }).getByRole('radio', { name: option, exact: true }).check();

    // The concern, recorded by a nurse and escalated.
    await p.toSubject('A patient');
    await p.fillRecord();
    await p.answerYesNo(/Yes, escalate/, 'Inform the safeguarding lead');
    await p.choose('Yes');
    await p.continue();
    await p.expectPage('No further action is required from you');

    // The lead picks it up in the same tab: nothing asked twice.
    await page.getByRole('link', { name: /Safeguarding lead: complete the National Prevent Referral Form/ }).click();
    await p.expectPage('National Prevent Referral Form');
    await page.getByRole('button', { name: 'Use the record of concern' }).click();
    await expect.poll(() => page.getByText('The record of concern has been copied into the form').count()).toBe(1);
    await new Referral(p).completeSections({ forenames: 'Łukasz', surname: 'Ashdown-Nowak' });

    // Consent and the lawful basis: an adult with capacity who consents (row 1).
    await page.getByRole('link', { name: 'Consent and lawful basis for sharing' }).click();
    await p.expectPage('Check for existing records of the person');
    await radio('Is the person known to the service or practice?', 'Yes');
    await page.getByRole('textbox', { name: 'Which records did you search, and what did you find?' }).fill('Outpatient and GP records: no earlier concerns');
    await p.continue();
    await p.expectPage(/planning or carrying out terrorist acts/);
    await radio(/planning or carrying out terrorist acts/, 'No');
    await p.continue();
    await p.expectPage(/Is limited information needed urgently/);
    await radio(/needed urgently/, 'No');
    await p.continue();
    await p.expectPage(/grounds to doubt/);
    await radio(/grounds to doubt/, 'No');
    await p.continue();
    await p.expectPage('Is it appropriate to seek consent?');
    await radio('Is it appropriate to seek consent?', 'Yes');
    await p.continue();
    await p.expectPage('Did they give informed consent?');
    await radio(/Did they give informed consent to/, 'Yes');
    await page.getByRole('textbox', { name: 'Who gave consent?' }).fill('The patient');
    await page.getByRole('textbox', { name: 'What did they consent to?' }).fill('The referral, and sharing with the local authority and the police');
    const consentDate = page.getByRole('group', { name: 'Date consent was given' });
    const today = new Date();
    await consentDate.getByRole('textbox', { name: 'Day' }).fill(String(today.getDate()));
    await consentDate.getByRole('textbox', { name: 'Month' }).fill(String(today.getMonth() + 1));
    await consentDate.getByRole('textbox', { name: 'Year' }).fill(String(today.getFullYear()));
    await page.getByRole('textbox', { name: 'How were they informed?' }).fill('Face to face, with the Prevent leaflet');
    await p.continue();
    await p.expectPage(/consulted your Caldicott Guardian/);
    await radio(/consulted your Caldicott/, 'Yes');
    await page.getByRole('textbox', { name: 'Name and role of the person you consulted' }).fill('Dr Jo Guardian, Caldicott Guardian');
    await p.continue();
    await p.expectPage('Record the decision and your rationale');
    await page.getByRole('textbox', { name: 'Capacity or competence notes' }).fill('No grounds to doubt capacity');
    await page.getByRole('textbox', { name: /^Justification/ }).fill('To safeguard the patient from being drawn into terrorism');
    await page.getByRole('textbox', { name: 'What will be shared, and why it is the minimum necessary' }).fill('The referral form only');
    await page.getByRole('textbox', { name: /Who will receive it/ }).fill('Local Authority Prevent Lead; MASH');
    await page.getByRole('group', { name: /Who made the decision/ }).getByRole('textbox', { name: 'Name' }).fill('Alex Morgan');
    await page.getByRole('group', { name: /Who made the decision/ }).getByRole('textbox', { name: 'Role' }).fill('Safeguarding Locality Lead');
    await p.continue('Save the decision');
    await p.expectPage('Your decision and rationale are recorded');
    await page.getByRole('link', { name: 'Back to the task list' }).click();
    await p.expectPage('National Prevent Referral Form');
    await expect(page.locator('#task-consent-status').innerText()).resolves.toBe('Completed');

    // Check answers, then export.
    await page.getByRole('link', { name: 'Check your answers' }).click();
    await p.expectPage('Check your answers before exporting');
    await page.getByRole('link', { name: 'Continue to export' }).click();
    await p.expectPage('Export the referral');
    await page.getByRole('textbox', { name: 'Recipients’ email addresses' }).fill('mash@nhs.net, prevent.lead@council.gov.uk');
    await page.getByRole('textbox', { name: /Your sign-off/ }).fill('Alex Morgan, Safeguarding Locality Lead, 01632 960002');
    await page.getByRole('button', { name: 'Save recipients' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Subject' }).inputValue()).toMatch(/^OFFICIAL-SENSITIVE – Prevent referral PP-\d{8}-\w{4} \[secure\]$/);
    await p.expectPage('Export the referral');
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
