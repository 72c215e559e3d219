// The safeguarding lead's whole job in real Chromium: a concern recorded on the pathway, the
// referral form completed from it, the consent and lawful-basis decision, and the exported PDF read
// back with pdftotext. axe runs on every page visited.
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

test('pathway → the lead completes the form → consent record → export → two PDFs: the referral to send and the internal record to keep, marked on every page', async () => {
  const app = await newPage(browser, { contextOptions: { acceptDownloads: true } });
  try {
    const p = new Pathway(app);
    const { page } = app;
    const referral = new Referral(p);

    // The concern, recorded by a nurse and escalated; the lead picks it up in the same tab. The nurse
    // who first noticed it asked not to be identified to the patient (section F "Yes").
    await referral.openFromEscalatedConcern();
    await referral.completeSections({ forenames: 'Łukasz', surname: 'Ashdown-Nowak' }, { anonymous: true });

    // Consent and the lawful basis: an adult with capacity who consents.
    await referral.recordConsentOfAdultWhoConsents();
    await expect(page.locator('#task-consent-status').innerText()).resolves.toBe('Completed');

    // Check your answers shows the consent and basis record, with a link back to the consent questions.
    await page.getByRole('link', { name: 'Check your answers' }).click();
    await p.expectPage('Check your answers before exporting');
    const consentCheck = page.getByRole('region', { name: 'Consent and lawful basis' });
    await expect(consentCheck.innerText()).resolves.toContain('Consent to this referral was given by the person.');
    await expect(
      consentCheck
        .getByRole('link', { name: /^Change/ })
        .first()
        .getAttribute('href'),
    ).resolves.toBe('/referral/consent');
    // It also gets the first export ready at idle (src/pdf/download-pdf.ts): the PDF code and this
    // referral's fonts (DejaVu's outline-less copies and the pieces its text uses) are fetched here.
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    await expect
      .poll(fetched, { timeout: 30_000 })
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/\/build-referral-pdf-[\w-]+\.js$/),
          expect.stringMatching(/\/DejaVuSans-outline-\w+\.ttf$/),
          expect.stringMatching(/\/DejaVuSans-Bold-outline-\w+\.ttf$/),
          expect.stringMatching(/\/DejaVuSans-\w+-\d+\.bin$/),
        ]),
      );
    await page.getByRole('link', { name: 'Back to the task list' }).click();
    await p.expectPage('National Prevent Referral Form');

    // Export: the page says which document is which, and who each is for.
    await referral.toExportWithRecipients();
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Subject' }).inputValue())
      .toMatch(/^OFFICIAL-SENSITIVE – Prevent referral PP-\d{8}-\w{4} \[secure\]$/);
    await expect(page.getByRole('region', { name: 'The referral: send this' }).innerText()).resolves.toContain('For mash@nhs.net; prevent.lead@council.gov.uk');
    await expect(page.getByRole('region', { name: 'The internal decision record: keep this, never send it' }).innerText()).resolves.toContain(
      'Never send it with the referral',
    );
    await screenshot(page, 'referral-export');

    const sent = await referral.download('referral');
    const kept = await referral.download('internal record');
    expect(sent.name).toMatch(/^prevent-referral-PP-\d{8}-\w{4}\.pdf$/);
    expect(kept.name).toMatch(/^prevent-internal-record-PP-\d{8}-\w{4}\.pdf$/);
    for (const pdf of [sent, kept]) expect(pdf.text.match(/OFFICIAL-SENSITIVE/g)?.length).toBeGreaterThanOrEqual(pdf.pages.length * 2);
    const referralText = sent.text.replace(/\s+/g, ' ');
    const internalText = kept.text.replace(/\s+/g, ' ');
    for (const expected of [
      'Łukasz',
      'Ashdown-Nowak',
      '14/06/1991',
      'SN1 1AA',
      sampleRecord.whatHappened.slice(0, 40),
      'mash@nhs.net',
      'CONSENT AND THE BASIS FOR SHARING',
      'Withheld: the person who first identified the concerns',
    ]) {
      expect(referralText, expected).toContain(expected);
    }
    // Nothing internal in the referral; all of it in the internal record.
    for (const internal of ['Dr Jo Guardian', 'Outpatient and GP records', 'Smithfield', 'jo.smith@nhs.net', 'decision log']) {
      expect(referralText, internal).not.toContain(internal);
      expect(internalText, internal).toContain(internal);
    }
    for (const word of ['004 ¶', 'domain-spec', 'Decision-table', 'Row 7', '[verify with IG]']) expect(referralText, word).not.toContain(word);

    // The covering email names the referral as its one attachment.
    const body = await page.getByRole('textbox', { name: 'Message' }).inputValue();
    expect(body).toContain(sent.name);
    expect(body).not.toContain(kept.name);

    // The accessible versions of both.
    await page.getByRole('link', { name: 'Open the accessible version of the referral (for screen readers and printing)' }).click();
    await p.expectPage('National Prevent Referral Form');
    await expect(page.locator('.document .marking').count()).resolves.toBe(2);
    await page.getByRole('link', { name: 'Back to export' }).click();
    await p.expectPage('Export the referral');
    await page.getByRole('link', { name: 'Open the accessible version of the internal decision record' }).click();
    await p.expectPage('Internal decision record');
    await expect(page.locator('.document').innerText()).resolves.toContain('Dr Jo Guardian');
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
  // The whole job in one test (about 25 s on a quiet machine): a hang guard, never a speed check.
}, 240_000);
