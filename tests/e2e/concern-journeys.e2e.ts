// Journeys through the concern pathway in real Chromium against the production build: one per end
// of the flowchart, plus an emergency declared halfway. Every page visited is checked by axe.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoBrowserProblems, launchBrowser, newPage, screenshot, type Browser } from './browser';
import { Pathway, sampleRecord } from './pathway-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function journey(name: string, run: (p: Pathway) => Promise<void>) {
  const app = await newPage(browser);
  try {
    const pathway = new Pathway(app);
    await run(pathway);
    await screenshot(app.page, name);
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
}

describe('concern pathway: each end of the flowchart', () => {
  test('when I answer "Yes" to immediate risk, then I see how to call 999, inform the lead and record it', async () => {
    await journey('end-emergency', async (p) => {
      await p.start();
      await p.answerYesNo(/^Yes$/, 'Call 999 now and ask for police presence');
      await expect.poll(() => p.page.locator('main a[href="tel:999"]').count()).toBeGreaterThan(0);
      await p.fill(/Police reference number/, 'CAD 1234');
      await p.continue('I have called 999');
      await p.expectPage('Inform the safeguarding lead');
      await p.choose('Yes');
      await p.fill(/Name of the safeguarding lead/, 'Alex Morgan');
      await p.continue();
      await p.expectPage('Record what happened');
      await p.fill(/What happened, what you did/, 'Person said they had a weapon in their car and would use it today. Called 999.');
      await p.continue('Save the record');
      await p.expectPage('You have contacted the police and recorded what happened');
      const log = await p.decisionLog();
      expect(log.map((row) => row[1])).toEqual([
        'Member of staff',
        'Yes',
        '999 called (reference CAD 1234)',
        'Safeguarding lead informed: Alex Morgan',
        'Record of what happened made',
      ]);
      expect(p.visited).toEqual([
        '/',
        '/concern/start',
        '/concern/immediate-risk',
        '/concern/emergency-call-police',
        '/concern/emergency-inform-lead',
        '/concern/emergency-record',
        '/concern/end-emergency',
      ]);
    });
  });

  test('when the concern is not about extremism, then I am signposted to other support', async () => {
    await journey('end-no-concern', async (p) => {
      await p.start();
      await p.answerYesNo(/^No$/, /vulnerable to being drawn into extremist activity/);
      await p.answerYesNo(/^No$/, 'This is not a Prevent concern');
      await expect(p.page.getByText(/follow your organisation’s usual safeguarding procedures/).count()).resolves.toBe(1);
      await expect(p.page.locator('main a[href="tel:101"]').count()).resolves.toBe(1);
    });
  });

  test('patient, escalate: yes → the safeguarding lead takes it from here', async () => {
    await journey('end-referred-to-lead', async (p) => {
      await p.toSubject('A patient');
      await p.fillRecord();
      await p.expectPage('Have you and your manager decided to escalate this concern to the safeguarding lead?');
      await p.answerYesNo(/Yes, escalate/, 'Inform the safeguarding lead');
      await p.choose('Yes');
      await p.continue();
      await p.expectPage('No further action is required from you');
      // Said once among what happens next (the note for the patient record may repeat the next step).
      await expect(
        p.page
          .locator('.summary-list--next')
          .getByText(/completes the National Prevent Referral Form/)
          .count(),
      ).resolves.toBe(1);
      const record = p.page.locator('.record');
      await expect(record.textContent()).resolves.toContain(sampleRecord.whatHappened);
      await expect(record.textContent()).resolves.toContain('03/11/2026');
      await expect(record.textContent()).resolves.toContain(sampleRecord.exactWords);
    });
  });

  test('patient, escalate: no → the reasons are required, then no further Prevent action', async () => {
    await journey('end-no-further-prevent-patient', async (p) => {
      await p.toSubject('A patient');
      await p.fillRecord();
      await p.expectPage(/decided to escalate this concern/);
      await p.choose(/No, no further Prevent action/);
      await p.continue();
      // The error summary names the missing rationale and links to the field.
      const summary = p.page.getByRole('alert');
      await expect(summary.getByRole('link').textContent()).resolves.toBe('Enter the reasons for deciding not to escalate');
      await expect.poll(() => p.page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      await expect(p.page.title()).resolves.toMatch(/^Error: /);
      await summary.getByRole('link').click();
      await expect.poll(() => p.page.evaluate(() => document.activeElement?.id)).toBe('notes');
      await p.page.getByRole('textbox').fill('Manager knows the family; the comments were about a news story, with no support for violence.');
      await p.continue();
      await p.expectPage('No further Prevent action required: consider other sources of support');
      const log = await p.decisionLog();
      expect(log.at(-1)?.[2]).toContain('no support for violence');
    });
  });

  test('colleague, escalate: yes → the manager discusses with the safeguarding lead and HR', async () => {
    await journey('end-colleague-with-lead', async (p) => {
      await p.toSubject('A colleague');
      await p.fillRecord();
      await p.expectPage('Has the line manager decided to escalate this concern?');
      await p.answerYesNo(
        /Yes, escalate to the safeguarding lead and HR/,
        /discusses the concern with the safeguarding lead and a Human Resources \(HR\) colleague/,
      );
      await p.fill(/Who took part/, 'Line manager, safeguarding lead, HR adviser');
      await p.continue();
      await p.expectPage('The safeguarding lead will assess the risk and liaise with the Local Authority Prevent Lead');
      await expect(p.page.getByText(/Advises the line manager on any employment process/).count()).resolves.toBe(1);
    });
  });

  test('colleague, escalate: no → no further Prevent action, other support', async () => {
    await journey('end-no-further-prevent-colleague', async (p) => {
      await p.toSubject('A colleague');
      await p.fillRecord();
      await p.answerYesNo(
        /No, no further Prevent action/,
        /No further Prevent action required/,
        'Discussed with HR: a workplace grievance, not extremism. Occupational health referral offered.',
      );
    });
  });

  test('with the BSW ICB profile, the escalation names the profile’s safeguarding lead, and HR on the colleague route', async () => {
    await journey('bsw-local-contacts', async (p) => {
      await p.app.context.addInitScript(() => localStorage.setItem('prevent-pathway:profile', JSON.stringify({ source: 'shipped', id: 'bsw-icb' })));
      await p.toSubject('A colleague');
      await p.fillRecord();
      await p.expectPage('Has the line manager decided to escalate this concern?');
      const contacts = p.page.getByRole('region', { name: 'Contacts in your organisation' });
      await expect(contacts.textContent()).resolves.toContain('BSW ICB Safeguarding Locality Lead (the Designated Nurse for your locality)');
      await expect(contacts.textContent()).resolves.toContain('Human Resources Advisor');
    });
  });

  test('an emergency declared halfway goes straight to 999 and keeps what was recorded', async () => {
    await journey('emergency-halfway', async (p) => {
      await p.toSubject('A patient');
      await p.fillRecord();
      await p.expectPage(/decided to escalate this concern/);
      await p.page.getByRole('button', { name: 'This has become an emergency' }).click();
      await p.expectPage('Call 999 now and ask for police presence');
      await p.continue('I have called 999');
      await p.expectPage('Inform the safeguarding lead');
      await p.choose('Not yet');
      await p.continue();
      await p.expectPage('Record what happened');
      await p.fill(/What happened, what you did/, 'While waiting the person became threatening. Police called.');
      await p.continue('Save the record');
      await p.expectPage('You have contacted the police and recorded what happened');
      const log = await p.decisionLog();
      expect(log.map((row) => row[1])).toContain('This has become an emergency');
      // The record made before the emergency is still there.
      await expect(p.page.locator('.record').textContent()).resolves.toContain(sampleRecord.whatHappened);
    });
  });
});
