// Requests for information in real Chromium, beyond the five decision journeys: the lead reaches them
// from the referral's start page; the consult step names the organisation profile's own Caldicott
// Guardian and IG contacts; a reload keeps the request (the tab's encrypted copy, no passphrase); a
// hand-over file with a request opens in a fresh browser context at the step it was on.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoBrowserProblems, followedAddress, launchBrowser, newPage, type Browser, type Page } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fictional organisation (Ofcom drama numbers, example domains) with its own Caldicott Guardian and IG team. */
const northshire = {
  schemaVersion: 1,
  id: 'northshire-icb',
  name: 'Northshire Integrated Care Board',
  pathwayModel: 'bsw-reporting-chart',
  referralCompletedBy: 'safeguarding-lead',
  recipients: [{ label: 'Northshire Local Authority Prevent Lead', email: 'prevent@northshire.example.gov.uk' }],
  contacts: {
    safeguardingLead: { role: 'Northshire Designated Nurse for Safeguarding', phone: '01632 960123' },
    caldicottGuardian: { name: 'Dr Morgan Example', role: 'Caldicott Guardian', phone: '01632 960456', email: 'caldicott@northshire.example.org' },
    informationGovernance: { role: 'Northshire Information Governance Team', email: 'ig@northshire.example.org' },
  },
  staffRouteRoles: ['Line manager', 'Safeguarding lead', 'HR'],
  markingDescriptor: 'PERSONAL DATA',
  sources: ['A fictional profile for the browser tests'],
};

const h1 = (page: Page) => page.locator('h1').first().innerText();
const cont = (page: Page) => page.getByRole('button', { name: 'Continue' }).click();

async function toPurpose(page: Page) {
  await expect.poll(() => h1(page), { timeout: 10_000 }).toBe('Is anyone’s life at risk right now?');
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await cont(page);
  await expect.poll(() => h1(page)).toBe('Who is asking for the information?');
  await page.getByRole('radio', { name: /^Local authority/ }).check();
  await page.getByRole('textbox', { name: 'Organisation' }).fill('Example Council Prevent team');
  await page.getByRole('textbox', { name: 'Name and role of the person asking' }).fill('A. Officer, Prevent Coordinator');
  await cont(page);
  await expect.poll(() => h1(page)).toBe('What is the information for?');
  // Its address too, before anything reloads it.
  await followedAddress(page);
}

test('from the referral start page to the consult step, which names the profile’s Caldicott Guardian and IG team', async () => {
  const app = await newPage(browser);
  try {
    await app.context.addInitScript((profile) => localStorage.setItem('prevent-pathway:profile', JSON.stringify({ source: 'custom', profile })), northshire);
    await app.goto('/referral');
    await expect.poll(() => h1(app.page), { timeout: 10_000 }).toMatch(/referral/i);
    await app.page.getByRole('link', { name: 'Answer a request for information' }).click();
    await toPurpose(app.page);
    await app.page.getByRole('radio', { name: /^Prevent case management/ }).check();
    await cont(app.page);
    await expect.poll(() => h1(app.page)).toBe('How did the request come to you?');
    await app.page.getByRole('group', { name: 'Was the request made in writing?' }).getByRole('radio', { name: 'Yes' }).check();
    await app.page
      .getByRole('group', { name: /sanctioned information sharing request proforma/ })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await app.page
      .getByRole('group', { name: /secure, protectively marked email/ })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await cont(app.page);
    await expect.poll(() => h1(app.page)).toBe('Which powers and exemptions does the request cite?');
    await app.page.getByRole('checkbox', { name: /section 115/ }).check();
    await cont(app.page);
    await expect.poll(() => h1(app.page)).toBe('Does the request explain why the person’s consent has not been sought?');
    await app.page.getByRole('radio', { name: 'Yes', exact: true }).check();
    await app.page.getByRole('textbox', { name: /the reason the request gives/ }).fill('Informing the person may prejudice the safeguarding plan.');
    await cont(app.page);
    await expect.poll(() => h1(app.page)).toBe('What specific information is requested?');
    await app.page.getByRole('textbox', { name: 'Items requested' }).fill('Dates of contact in the last 12 months');
    await cont(app.page);
    await expect.poll(() => h1(app.page)).toBe('Questions to consider before sharing');
    for (const fieldset of await app.page.locator('main fieldset').all()) await fieldset.getByRole('radio', { name: 'Yes', exact: true }).check();
    await cont(app.page);
    await expect.poll(() => h1(app.page)).toBe('Have you consulted your Caldicott Guardian or Information Governance team?');
    const contacts = app.page.locator('.inset-text', { hasText: 'Your organisation’s contacts' });
    const text = (await contacts.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Dr Morgan Example, Caldicott Guardian');
    expect(text).toContain('Northshire Information Governance Team');
    await expect(contacts.getByRole('link', { name: '01632 960456' }).getAttribute('href')).resolves.toBe('tel:01632960456');
    await expect(contacts.getByRole('link', { name: 'caldicott@northshire.example.org' }).getAttribute('href')).resolves.toBe(
      'mailto:caldicott@northshire.example.org',
    );
    await expect(contacts.getByRole('link', { name: 'ig@northshire.example.org' }).getAttribute('href')).resolves.toBe('mailto:ig@northshire.example.org');
    await expectNoAxeViolations(app.page, 'consult step with the profile’s contacts');
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});

test('a reload keeps the request, with no passphrase: the same step, and the answers before it', async () => {
  const app = await newPage(browser);
  try {
    await app.goto('/request/urgent');
    await toPurpose(app.page);
    await app.page.reload();
    await expect.poll(() => h1(app.page), { timeout: 10_000 }).toBe('What is the information for?');
    expect(new URL(app.page.url()).pathname).toBe('/request/purpose');
    await app.page.getByRole('link', { name: 'Back' }).first().click();
    await expect.poll(() => h1(app.page)).toBe('Who is asking for the information?');
    await expect(app.page.getByRole('textbox', { name: 'Organisation' }).inputValue()).resolves.toBe('Example Council Prevent team');
    // Nothing readable in sessionStorage: the copy is encrypted with the tab's key.
    const stored = await app.page.evaluate(() => Object.values(sessionStorage).join('\n'));
    expect(stored).not.toMatch(/Example Council|Prevent Coordinator/);
    await expectNoAxeViolations(app.page, 'request after a reload');
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});

test('a hand-over file with a request, saved in one browser context, opens in a fresh one at the same step', async () => {
  const filePassphrase = 'lantern copper meadow';
  let file: string;
  const first = await newPage(browser, { contextOptions: { acceptDownloads: true } });
  try {
    await first.goto('/request/urgent');
    await toPurpose(first.page);
    await first.page.getByRole('link', { name: 'Save a hand-over file' }).first().click();
    await expect.poll(() => h1(first.page), { timeout: 10_000 }).toBe('Save a hand-over file: the request for information');
    await expectNoAxeViolations(first.page, 'hand-over export for a request');
    await first.page.getByLabel('Passphrase', { exact: true }).fill(filePassphrase);
    await first.page.getByLabel('Type the passphrase again').fill(filePassphrase);
    const download = first.page.waitForEvent('download');
    await first.page.getByRole('button', { name: 'Save the file' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^prevent-pathway-request-\d{4}-\d\d-\d\d\.prevent\.json$/);
    file = join(mkdtempSync(join(tmpdir(), 'request-handover-')), saved.suggestedFilename());
    await saved.saveAs(file);
    expectNoBrowserProblems(first);
  } finally {
    await first.close();
  }

  const fresh = await newPage(browser);
  try {
    await fresh.goto('/');
    await fresh.page.getByRole('link', { name: 'Open a hand-over file' }).click();
    await expect.poll(() => h1(fresh.page), { timeout: 10_000 }).toBe('Open a hand-over file');
    await fresh.page.getByLabel('Hand-over file').setInputFiles(file);
    await fresh.page.getByLabel('Passphrase', { exact: true }).fill(filePassphrase);
    await fresh.page.getByRole('button', { name: 'Open the file' }).click();
    await expect.poll(() => h1(fresh.page), { timeout: 15_000 }).toBe('What is the information for?');
    expect(new URL(fresh.page.url()).pathname).toBe('/request/purpose');
    await fresh.page.getByRole('link', { name: 'Back' }).first().click();
    await expect.poll(() => h1(fresh.page)).toBe('Who is asking for the information?');
    await expect(fresh.page.getByRole('textbox', { name: 'Organisation' }).inputValue()).resolves.toBe('Example Council Prevent team');
    await expectNoAxeViolations(fresh.page, 'request opened from a hand-over file');
    expectNoBrowserProblems(fresh);
  } finally {
    await fresh.close();
  }
});
