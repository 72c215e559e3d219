// Organisation profiles in real Chromium (issue 6): a profile imported on the settings page changes
// the header, the emergency panel and the exported referral (PDF read back with pdftotext); a bad
// file is refused with each problem against its field; the picker and reset; a choice set before
// the page loads (how other journeys pick a profile); and a deployment whose organisation-profile.json
// is broken gets an error page naming the problem, with 999 still on it. axe runs on every page.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoBrowserProblems, launchBrowser, newPage, screenshot, type AppPage, type Browser } from './browser';
import { Pathway } from './pathway-driver';
import { Referral } from './referral-driver';

const root = fileURLToPath(new URL('../..', import.meta.url));
const distDir = resolve(root, process.env.E2E_DIST_DIR ?? 'dist');

/** A fictional organisation: every contact and address is reserved for fiction (Ofcom drama numbers, example domains). */
const northshire = {
  schemaVersion: 1,
  id: 'northshire-icb',
  name: 'Northshire Integrated Care Board',
  pathwayModel: 'bsw-reporting-chart',
  referralCompletedBy: 'safeguarding-lead',
  recipients: [
    { label: 'Northshire MASH', email: 'mash.northshire@nhs.net' },
    { label: 'Northshire Local Authority Prevent Lead', email: 'prevent@northshire.example.gov.uk' },
  ],
  contacts: {
    safeguardingLead: { role: 'Northshire Designated Nurse for Safeguarding', phone: '01632 960123', extension: '4567', hours: 'Monday to Friday, 9am to 5pm' },
    outOfHours: { role: 'Northshire Emergency Duty Team', phone: '01632 960999' },
  },
  staffRouteRoles: ['Line manager', 'Safeguarding lead', 'HR'],
  markingDescriptor: 'PERSONAL DATA',
  sources: ['A fictional profile for the browser tests'],
};

let browser: Browser;
let workDir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  workDir = mkdtempSync(join(tmpdir(), 'profiles-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function writeJson(name: string, content: unknown): string {
  const file = join(workDir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

async function openSettings(p: Pathway) {
  await p.app.goto('/');
  await p.expectPage('Worried someone may be drawn into terrorism?');
  await p.page.getByRole('main').getByRole('link', { name: 'Organisation profile and local contacts' }).click();
  await p.expectPage('Organisation profile');
}

async function importFile(page: AppPage['page'], file: string) {
  await page.getByLabel('Profile file (.json)').setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

/** The emergency panel's "more" section, opened, as text. */
async function urgentContactsText(page: AppPage['page']): Promise<string> {
  const panel = page.getByRole('complementary', { name: 'Urgent help' });
  const more = panel.locator('details');
  if (!(await more.evaluate((el) => (el as HTMLDetailsElement).open))) await panel.getByText('More urgent contacts and advice').click();
  return (await panel.innerText()).replace(/\s+/g, ' ');
}

describe('a profile imported on the settings page', () => {
  test('changes the header, the emergency panel, the covering email and the exported PDF', { timeout: 180_000 }, async () => {
    const app = await newPage(browser, { contextOptions: { acceptDownloads: true } });
    try {
      const p = new Pathway(app);
      const { page } = app;
      await openSettings(p);
      await expect(page.getByRole('banner').innerText()).resolves.toContain('National default (no local contacts)');
      expect(await urgentContactsText(page)).not.toContain('Local contacts');

      await importFile(page, writeJson('northshire.json', northshire));
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Imported and now in use' }).count()).toBe(1);
      await expect(page.getByRole('banner').innerText()).resolves.toContain('Northshire Integrated Care Board');
      const urgent = await urgentContactsText(page);
      for (const expected of [
        'Local contacts: Northshire Integrated Care Board',
        'Northshire Designated Nurse for Safeguarding',
        '01632 960123, extension 4567',
        'Northshire Emergency Duty Team',
      ]) {
        expect(urgent).toContain(expected);
      }
      // The national numbers are still there, first.
      expect(urgent.indexOf('0800 789 321')).toBeLessThan(urgent.indexOf('Northshire Designated Nurse'));
      await expect(page.locator('a[href="tel:01632960123"]').count()).resolves.toBe(1);
      await expectNoAxeViolations(page, 'settings page after import, emergency panel open');
      await screenshot(page, 'profile-settings-imported');

      // The choice is kept on this device.
      await page.reload();
      await p.expectPage('Organisation profile');
      await expect(page.getByRole('banner').innerText()).resolves.toContain('Northshire Integrated Care Board');

      // A referral, exported with the profile's recipients (nothing saved on the export page).
      const referral = new Referral(p);
      await referral.openFromEscalatedConcern();
      await referral.completeSections({ forenames: 'Robin', surname: 'Ashdown' });
      await referral.recordConsentOfAdultWhoConsents();
      await page.getByRole('link', { name: 'Check your answers' }).click();
      await p.expectPage('Check your answers before exporting');
      await page.getByRole('link', { name: 'Continue to export' }).click();
      await p.expectPage('Export the referral');
      await expect(page.getByRole('list', { name: 'Who the referral goes to' }).innerText()).resolves.toContain('Northshire MASH (mash.northshire@nhs.net)');
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Subject' }).inputValue())
        .toMatch(/^OFFICIAL-SENSITIVE PERSONAL DATA – Prevent referral PP-\d{8}-\w{4} \[secure\]$/);
      await expect(page.getByRole('textbox', { name: 'To', exact: true }).inputValue()).resolves.toBe(
        'mash.northshire@nhs.net; prevent@northshire.example.gov.uk',
      );
      await screenshot(page, 'profile-referral-export');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the referral (PDF)' }).click()]);
      const file = join(workDir, download.suggestedFilename());
      await download.saveAs(file);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((pageText) => pageText.trim() !== '');
      const flat = text.replace(/\s+/g, ' ');
      expect(text.match(/OFFICIAL-SENSITIVE PERSONAL DATA/g)?.length).toBeGreaterThanOrEqual(pages.length * 2);
      expect(flat).toContain(
        'please email it to: Northshire MASH (mash.northshire@nhs.net); Northshire Local Authority Prevent Lead (prevent@northshire.example.gov.uk)',
      );
      // The local contacts are in the internal decision record, which is kept, not sent.
      expect(flat).not.toContain('Local contacts');
      const [internal] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the internal decision record (PDF)' }).click(),
      ]);
      const internalFile = join(workDir, internal.suggestedFilename());
      await internal.saveAs(internalFile);
      const internalText = execFileSync('pdftotext', ['-layout', internalFile, '-'], { encoding: 'utf8' });
      expect(internalText.match(/OFFICIAL-SENSITIVE PERSONAL DATA/g)?.length).toBeGreaterThanOrEqual(
        internalText.split('\f').filter((t) => t.trim() !== '').length * 2,
      );
      const internalFlat = internalText.replace(/\s+/g, ' ');
      for (const expected of [
        'Local contacts: Northshire Integrated Care Board',
        // (The contacts are a two-column table: long roles wrap beside the number.)
        'Northshire Designated Nurse',
        '01632 960123, extension 4567',
        'Northshire Emergency Duty',
      ]) {
        expect(internalFlat, expected).toContain(expected);
      }
      expectNoBrowserProblems(app);
    } finally {
      await app.close();
    }
  });

  test('a file with problems is refused: each problem against its field, nothing changes; correcting it in the form puts it in use', async () => {
    const app = await newPage(browser);
    try {
      const p = new Pathway(app);
      const { page } = app;
      await openSettings(p);

      // Not JSON at all: a message on the file field.
      await importFile(page, writeJson('notes.json', 'name: Northshire'));
      await expect.poll(() => page.locator('#importFile-error').innerText()).toMatch(/The file is not a JSON profile/);
      await expect(page.getByLabel('Profile file (.json)').getAttribute('aria-invalid')).resolves.toBe('true');
      await expectNoAxeViolations(page, 'settings page, file not JSON');

      const broken = {
        ...northshire,
        recipients: [{ label: 'Northshire MASH', email: 'not an address' }],
        contacts: { ...northshire.contacts, safeguardingLead: { role: 'Designated Nurse', phone: '999' } },
        colour: 'blue',
      };
      await importFile(page, writeJson('broken.json', broken));
      await expect.poll(() => page.locator('#importFile-error').innerText()).toMatch(/The file was not imported: there are 3 problems\. Nothing has changed/);
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await expect(summary.getByRole('link').count()).resolves.toBe(3);
      // Against the fields themselves.
      const phone = page.locator('#contacts-safeguardingLead-phone');
      await expect(phone.getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.locator('#contacts-safeguardingLead-phone-error').innerText()).resolves.toMatch(
        /999, 101 and the Anti-Terrorist Hotline are national numbers/,
      );
      await expect(page.locator('#recipients-0-email').getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(page.locator('#profile').innerText()).resolves.toMatch(/"colour" is not a field the app knows/);
      // The summary's link takes the user to the field.
      await summary.getByRole('link', { name: /telephone number/ }).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contacts-safeguardingLead-phone');
      // Nothing changed.
      await expect(page.getByRole('banner').innerText()).resolves.toContain('National default (no local contacts)');
      await expectNoAxeViolations(page, 'settings page, file refused');
      await screenshot(page, 'profile-settings-refused');

      // Corrected in the form and saved: in use. (The unknown field has no place in the form, so it goes.)
      await phone.fill('01632 960123');
      await page.locator('#recipients-0-email').fill('mash.northshire@nhs.net');
      await page.getByRole('button', { name: 'Save and use this profile' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved and now in use: Northshire Integrated Care Board' }).count()).toBe(1);
      expect(await urgentContactsText(page)).toContain('01632 960123');
      expectNoBrowserProblems(app);
    } finally {
      await app.close();
    }
  });

  test('the picker puts a shipped profile in use, export downloads it as JSON, and reset goes back to the default', async () => {
    const app = await newPage(browser, { contextOptions: { acceptDownloads: true } });
    try {
      const p = new Pathway(app);
      const { page } = app;
      await openSettings(p);
      await page.getByRole('radio', { name: /Mid & South Essex/ }).check();
      await page.getByRole('button', { name: 'Use this profile', exact: true }).click();
      await expect.poll(() => page.getByRole('banner').innerText()).toContain('Mid & South Essex Integrated Care Board (MSE ICB)');
      expect(await urgentContactsText(page)).toContain('MSE ICB Safeguarding Team');
      await expectNoAxeViolations(page, 'settings page, MSE chosen');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the profile (JSON)' }).click()]);
      expect(download.suggestedFilename()).toBe('mse-icb.json');
      const file = join(workDir, 'exported.json');
      await download.saveAs(file);
      const exported = JSON.parse(readFileSync(file, 'utf8'));
      expect(exported).toMatchObject({ id: 'mse-icb', pathwayModel: 'mse-police-portal', mse: { policePortalName: 'Prevent | Essex Police' } });

      await page.getByRole('button', { name: 'Go back to your organisation’s default' }).click();
      await expect.poll(() => page.getByRole('banner').innerText()).toContain('National default (no local contacts)');
      await expect(page.evaluate(() => localStorage.getItem('prevent-pathway:profile'))).resolves.toBeNull();
      expectNoBrowserProblems(app);
    } finally {
      await app.close();
    }
  });

  test('a choice stored before the page loads is read at start-up (how other journeys pick a profile)', async () => {
    const app = await newPage(browser);
    try {
      await app.context.addInitScript(() => localStorage.setItem('prevent-pathway:profile', JSON.stringify({ source: 'shipped', id: 'mse-icb' })));
      const p = new Pathway(app);
      await app.goto('/');
      await p.expectPage('Worried someone may be drawn into terrorism?');
      await expect(app.page.getByRole('banner').innerText()).resolves.toContain('Mid & South Essex Integrated Care Board (MSE ICB)');
      expectNoBrowserProblems(app);
    } finally {
      await app.close();
    }
  });
});

/** Serves a copy of the build whose organisation-profile.json is replaced (or removed). */
async function serveDeployment(profile: string | null): Promise<{ server: PreviewServer; url: string }> {
  const outDir = mkdtempSync(join(workDir, 'dist-'));
  cpSync(distDir, outDir, { recursive: true });
  if (profile === null) rmSync(join(outDir, 'organisation-profile.json'));
  else writeFileSync(join(outDir, 'organisation-profile.json'), profile);
  const server = await preview({
    root,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report a URL.');
  return { server, url: url.endsWith('/') ? url : `${url}/` };
}

describe('the deployment profile', () => {
  test('a broken organisation-profile.json gives an error page naming each problem, with 999 still on it', async () => {
    const broken = { ...northshire, contacts: { safeguardingLead: { role: 'Designated Nurse', phone: '101' } }, pathwayModel: 'mse-portal' };
    const { server, url } = await serveDeployment(JSON.stringify(broken));
    const app = await newPage(browser, { baseUrl: url });
    try {
      const { page } = app;
      await app.goto('/concern/start');
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('This copy of Prevent Pathway is not set up correctly');
      const body = (await page.getByRole('main').innerText()).replace(/\s+/g, ' ');
      expect(body).toContain('/organisation-profile.json');
      expect(body).toMatch(/Pathway model: Use "bsw-reporting-chart".*\(Field: pathwayModel\)/);
      expect(body).toMatch(/Contacts › Safeguarding lead › telephone number: Enter a local telephone number.*\(Field: contacts\.safeguardingLead\.phone\)/);
      await expect(page.locator('a[href="tel:999"]').count()).resolves.toBeGreaterThan(0);
      await expectNoAxeViolations(page, 'deployment profile error page');
      await screenshot(page, 'profile-deployment-error');
      expectNoBrowserProblems(app);
    } finally {
      await app.close();
      await server.close();
    }
  });

  test('a file that is not JSON is named as such; no file at all means the national default', async () => {
    const notJson = await serveDeployment('{ "schemaVersion": 1, "id": "x", }');
    const app = await newPage(browser, { baseUrl: notJson.url });
    try {
      await app.goto('/');
      await expect.poll(() => app.page.getByRole('main').innerText()).toMatch(/the file is not valid JSON/);
    } finally {
      await app.close();
      await notJson.server.close();
    }

    const missing = await serveDeployment(null);
    const second = await newPage(browser, { baseUrl: missing.url });
    try {
      const p = new Pathway(second);
      await second.goto('/');
      await p.expectPage('Worried someone may be drawn into terrorism?');
      await expect(second.page.getByRole('banner').innerText()).resolves.toContain('National default (no local contacts)');
      expectNoBrowserProblems(second);
    } finally {
      await second.close();
      await missing.server.close();
    }
  });

  test('a deployer’s own profile is the default on every page', async () => {
    const { server, url } = await serveDeployment(JSON.stringify(northshire));
    const app = await newPage(browser, { baseUrl: url });
    try {
      const p = new Pathway(app);
      await app.goto('/settings');
      await p.expectPage('Organisation profile');
      await expect(app.page.getByRole('banner').innerText()).resolves.toContain('Northshire Integrated Care Board');
      await expect(app.page.getByText('Your organisation’s default for this site').count()).resolves.toBe(1);
      expect(await urgentContactsText(app.page)).toContain('Northshire Emergency Duty Team');
      expectNoBrowserProblems(app);
    } finally {
      await app.close();
      await server.close();
    }
  });
});
