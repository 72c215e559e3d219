// Journeys through the MSE pathway (seed 002 "Referral Flowchart"; domain-spec §1.2) in real
// Chromium against the production build, with the device's profile set to MSE ICB: one journey per
// END of the chart (every step of mseStepMeta with an outcome), each through the real pages, with
// axe on every page visited.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mseStepMeta } from '../../machines/mse.machine';
import { expectNoBrowserProblems, launchBrowser, screenshot, type Browser } from './browser';
import { MsePathway } from './mse-driver';
import { sampleRecord } from './pathway-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The ENDs reached by the journeys below, checked against the machine's list at the end. */
const reached = new Set<string>();

async function journey(name: string, run: (p: MsePathway) => Promise<void>) {
  const p = await MsePathway.open(browser);
  try {
    await run(p);
    const end = new URL(p.page.url()).pathname.replace('/concern/', '');
    reached.add(end);
    // An END shows the record, marked for printing, and the way to start again.
    await expect(p.page.locator('.record .marking').first().textContent()).resolves.toBe('OFFICIAL-SENSITIVE');
    await expect(p.page.getByRole('button', { name: 'Print this record' }).count()).resolves.toBe(1);
    await screenshot(p.page, `mse-${name}`);
    expectNoBrowserProblems(p.app);
  } finally {
    await p.app.close();
  }
}

const kebab = (id: string) => id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('MSE pathway: each end of the Referral Flowchart', () => {
  test('when someone needs urgent police help, then I am told to call 999, tell the safeguarding team and record it', async () => {
    await journey('end-emergency', async (p) => {
      await p.start();
      await p.answerYesNo(/^Yes$/, 'Call 999 now and ask for police presence');
      await p.fill(/Police reference number/, 'CAD 5678');
      await p.continue('I have called 999');
      await p.expectPage('Inform the safeguarding lead');
      // The profile's safeguarding team, by the name MSE ICB gives it.
      await expect(p.localContacts()).resolves.toContain('MSE ICB Safeguarding Team');
      await p.choose('Yes');
      await p.continue();
      await p.expectPage('Record what happened');
      await p.fill(/What happened, what you did/, 'The person said they would hurt someone today. Police called.');
      await p.continue('Save the record');
      await p.expectPage('You have contacted the police and recorded what happened');
      expect((await p.decisionLog()).map((row) => row[1])).toEqual([
        'Member of staff',
        'Yes',
        '999 called (reference CAD 5678)',
        'Safeguarding lead informed',
        'Record of what happened made',
      ]);
      expect(p.visited.slice(1)).toEqual([
        '/concern/mse-start',
        '/concern/mse-immediate-risk',
        '/concern/emergency-call-police',
        '/concern/emergency-inform-lead',
        '/concern/emergency-record',
        '/concern/end-emergency',
      ]);
    });
  });

  test('staff route: the risk assessment manages it through another process (the reasons are required)', async () => {
    await journey('end-staff-other-process', async (p) => {
      await p.toRecord(true);
      await expect(p.page.getByRole('heading', { name: 'Who assesses concerns about staff here' }).count()).resolves.toBe(1);
      await p.fillRecord({ ...sampleRecord, discussedWith: 'Jo Patel, line manager' });
      await p.expectPage('What did the staff risk assessment decide?');
      await p.choose('Manage it through another process');
      await p.continue();
      const summary = p.page.getByRole('alert');
      await expect(summary.getByRole('link').textContent()).resolves.toBe('Enter the reasons for the decision');
      await summary.getByRole('link').click();
      await expect.poll(() => p.page.evaluate(() => document.activeElement?.id)).toBe('notes');
      await p.page.keyboard.type('HR and the safeguarding lead agreed a conduct process; no indication of radicalisation.');
      await p.continue();
      await p.expectPage('The concern will be managed through another process');
      await expect(p.localContacts()).resolves.toContain('Human Resources');
      expect((await p.decisionLog()).at(-1)?.slice(1, 3)).toEqual([
        'Managed through another process (HR or safeguarding)',
        'HR and the safeguarding lead agreed a conduct process; no indication of radicalisation.',
      ]);
    });
  });

  test('staff route: the risk assessment decides no further action', async () => {
    await journey('end-staff-no-further-action', async (p) => {
      await p.toRecord(true);
      await p.fillRecord();
      await p.expectPage('What did the staff risk assessment decide?');
      await p.decide(
        'No further action',
        'The staff risk assessment decided that no further action is needed',
        'A misunderstanding about a news story, resolved with the colleague.',
      );
      await expect(p.page.locator('main a[href="tel:101"]').count()).resolves.toBe(1);
    });
  });

  test('the Prevent Lead advises no referral: their advice is required, then other support', async () => {
    await journey('end-no-referral', async (p) => {
      await p.toLiaison();
      await expect(p.localContacts()).resolves.toContain('MSE ICB Prevent Lead');
      await p.choose(/No, a referral is not advised/);
      await p.continue();
      await expect(p.page.getByRole('alert').getByRole('link').textContent()).resolves.toBe('Enter the advice you were given and who gave it');
      await p.fill('Who you spoke to and what they advised', 'ICB Prevent Lead: no Prevent referral; refer to the mental health team.');
      await p.continue();
      await p.expectPage('No Prevent referral is needed: consider other sources of support');
      await expect(p.page.locator('.record').textContent()).resolves.toContain(sampleRecord.whatHappened);
    });
  });

  test('no lawful basis to refer without consent: no referral is made', async () => {
    await journey('end-no-lawful-basis', async (p) => {
      await p.toConsent();
      await p.choose(/No referral: there is no lawful basis/);
      await p.continue();
      await expect(p.page.getByRole('alert').getByRole('link').textContent()).resolves.toBe('Enter the rationale for your decision');
      await p.fill('Your rationale', 'They refused consent; the risk is to themselves only. Discussed with the Caldicott Guardian.');
      await p.continue();
      await p.expectPage('No referral is made and no information is shared');
    });
  });

  const policeDecisions = [
    { name: 'police-space', option: 'Police space', end: 'The police decided to progress the referral to the police space' },
    { name: 'channel-panel', option: 'Channel Panel', end: 'The police decided to progress the referral to the Channel Panel' },
    { name: 'nfa', option: 'No Further Action (NFA)', end: 'The police decided on no further action under Prevent' },
  ] as const;

  for (const decision of policeDecisions) {
    test(`referral through the portal, then the police decide: ${decision.option}`, async () => {
      await journey(`end-${decision.name}`, async (p) => {
        await p.toPoliceReview();
        // The referrer's part is done: the record and its print button are here already.
        await expect(p.page.getByRole('button', { name: 'Print this record' }).count()).resolves.toBe(1);
        await p.decide(decision.option, decision.end);
        const answers = (await p.decisionLog()).map((row) => row[1]);
        expect(answers.slice(-4)).toEqual([
          'Refer with the person’s consent and knowledge',
          'Referral submitted through the police portal (reference ESX-2026-0042)',
          'ICB Prevent Lead notified; concern shared with local authority social care',
          expect.stringContaining(decision.option.replace(' (NFA)', '')),
        ]);
        expect(p.visited.slice(1)).toEqual([
          '/concern/mse-start',
          '/concern/mse-immediate-risk',
          '/concern/mse-subject',
          '/concern/mse-clarify',
          '/concern/mse-liaise-prevent-lead',
          '/concern/mse-consent',
          '/concern/mse-submit-portal',
          '/concern/mse-notify',
          '/concern/mse-police-review',
          `/concern/mse-end-${decision.name}`,
        ]);
      });
    });
  }

  test('when I cannot reach the Prevent Lead and it can wait, then I am told to tell them as soon as I can', async () => {
    await journey('end-lead-to-be-told', async (p) => {
      await p.toRecord(false);
      await p.fillRecord();
      await p.expectPage('Has the Prevent Lead advised that a referral should be made?');
      await p.choose('I cannot reach the Prevent Lead or safeguarding team yet');
      await p.continue();
      await p.expectPage(/^Can this wait until you can reach/);
      await p.choose(/^Yes, it can wait/);
      await p.fill('Why it can wait, and when you will tell them', 'No risk to anyone tonight; I will phone the Prevent Lead at 9 am.');
      await p.continue();
      await p.expectPage(/as soon as you can reach them$/);
    });
  });

  test('when I cannot reach the Prevent Lead and it cannot wait, then I call for advice now and tell the lead the next working day', async () => {
    await journey('end-urgent-advice-sought', async (p) => {
      await p.toRecord(false);
      await p.fillRecord();
      await p.expectPage('Has the Prevent Lead advised that a referral should be made?');
      await p.choose('I cannot reach the Prevent Lead or safeguarding team yet');
      await p.continue();
      await p.expectPage(/^Can this wait until you can reach/);
      await p.choose(/cannot wait/);
      await p.continue();
      await p.expectPage('Call for advice now');
      await p.page.getByLabel('The police on 101 (text relay: 18001 101)').check();
      await p.fill('Time you called', '02:40');
      await p.continue('Save and continue');
      await p.expectPage('You have called for advice: now tell the lead the next working day');
    });
  });

  test('every END of the MSE chart was reached by a journey above', () => {
    const ends = Object.entries(mseStepMeta)
      .filter(([, meta]) => 'outcome' in meta)
      .map(([id]) => kebab(id));
    expect([...reached].sort()).toEqual(ends.sort());
  });
});

describe('MSE pathway: the referral form from the portal step', () => {
  test('the portal page names the police Prevent page, and the referral form fills in from the record', async () => {
    const p = await MsePathway.open(browser);
    try {
      await p.toConsent();
      await p.decide(
        /No, without their consent or knowledge/,
        'Make the referral through the police Prevent portal',
        'Asking would increase the risk to others.',
      );
      await expect(p.page.getByText('Prevent | Essex Police', { exact: true }).count()).resolves.toBe(1);
      // Nothing ticked: the error summary says what to do.
      await p.continue();
      await expect(p.page.getByRole('alert').getByRole('link').textContent()).resolves.toMatch(
        /^Submit the referral through the police portal before you continue/,
      );
      await p.page.getByRole('link', { name: /Fill in the National Prevent Referral Form from this record/ }).click();
      await p.page.getByRole('button', { name: 'Use the record of concern' }).click();
      await expect.poll(() => p.page.getByRole('status').filter({ hasText: 'The record of concern has been copied into the form' }).count()).toBe(1);
      await screenshot(p.page, 'mse-referral-from-portal-step');
      expectNoBrowserProblems(p.app);
    } finally {
      await p.app.close();
    }
  });
});
