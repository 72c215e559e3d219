// The first pages are drawn at build time (src/prerender-plugin.ts): the question paints before any
// JavaScript has run, and the page takes that HTML over without losing what was ticked meanwhile,
// without letting an answer be submitted natively (it would go into the address) and without errors.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Route } from 'playwright-core';
import { appUrl, expectNoAxeViolations, expectNoBrowserProblems, launchBrowser, newPage, type Browser } from './browser';
import { passphrase } from './drafts-driver';
import { Pathway } from './pathway-driver';
import { distDir } from './nginx-server';
import { PRERENDERED_FILES } from '../../src/prerender-plugin';
import { TAB_COPY_KEY } from '../../src/storage/tab-vault';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const QUESTION = 'Which best describes you?';
const SECTION_B = 'Individual’s biographical and contact details';
const REFERRAL = '/referral/section/individual';
const continueButton = 'main form button[type="submit"]';

describe('the build: one HTML file per prerendered address, and the shell', () => {
  const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

  test.each(Object.entries(PRERENDERED_FILES))('%s → %s: the page, the 999 link, for that address only', (path, file) => {
    const html = read(file);
    expect(html).toContain(`<div id="root" data-prerendered="${path}">`);
    expect(html).toContain('href="tel:999"');
    expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    // The same head as index.html: the stylesheet and the module script, no inline script (the CSP forbids it).
    expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/[^"]+\.css">/);
    // A record page (behind the draft gate) also runs drafts-kept.js first: see the locked-device test below.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts).toEqual([
      ...(path === '/' ? [] : ['<script src="/drafts-kept.js">']),
      expect.stringMatching(/^<script type="module" crossorigin src="\/assets\//),
    ]);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // The stylesheet, which holds up the first paint, is asked for before the module script and its
    // preload hints; only drafts-kept.js (a record page, tiny) comes before it.
    expect(html.indexOf('<link rel="stylesheet"')).toBeLessThan(html.search(/<script type="module"|<link rel="modulepreload"/));
    if (path !== '/') expect(html.indexOf('<script src="/drafts-kept.js">')).toBeLessThan(html.indexOf('<link rel="stylesheet"'));
    // Its gzip -9 copy beside it, which nginx sends as it is (gzip_static): the same page.
    expect(gunzipSync(readFileSync(join(distDir, `${file}.gz`))).toString()).toBe(html);
    // Drawn before the profile check: no organisation named, no NHS logo (the client shows them once checked).
    expect(html).toContain('<span class="header__organisation"></span>');
    expect(html).not.toContain('National default');
  });

  test("/concern/start: the pathway's first question, its answers, and Continue disabled until the page has taken over", () => {
    const html = read(PRERENDERED_FILES['/concern/start']);
    expect(html).toContain(QUESTION);
    for (const answer of ['I noticed the concern', 'I am a safeguarding lead']) expect(html).toContain(answer);
    expect(html).toMatch(/<button type="submit" class="nhsuk-button" disabled="">Continue<\/button>/);
  });

  test('/referral/section/individual: section B of the referral, its fields, and Save and continue disabled until the page has taken over', () => {
    const html = read(PRERENDERED_FILES['/referral/section/individual']);
    expect(html).toContain(`<h1 class="heading-l" tabindex="-1">${SECTION_B}</h1>`);
    for (const label of ['Forename(s)', 'Surname', 'Date of Birth', 'Immigration / Asylum Status', 'Any Other Family Details']) expect(html).toContain(label);
    expect(html).toMatch(/<button type="submit" class="nhsuk-button" disabled="">Save and continue<\/button>/);
  });

  test('index.html, the shell every other address gets: header, 999, footer, "Loading…", nothing of a page', () => {
    const html = read('index.html');
    expect(html).toContain('<div id="root">');
    expect(html).not.toContain('data-prerendered');
    expect(html).toContain('href="tel:999"');
    expect(html).toContain('Loading…');
    expect(html).not.toContain('<h1');
    expect(html.indexOf('<link rel="stylesheet"')).toBeLessThan(html.indexOf('<script'));
    expect(gunzipSync(readFileSync(join(distDir, 'index.html.gz'))).toString()).toBe(html);
  });
});

/** Holds the app's scripts until release() (or, with abort, never lets them load). */
async function holdScripts(app: Awaited<ReturnType<typeof newPage>>, abort = false) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await app.page.route(/\/assets\/[^/]+\.js(\?|$)/, async (route: Route) => {
    if (abort) return route.abort('blockedbyclient');
    await released;
    await route.continue();
  });
  return release;
}

test('with JavaScript blocked, /concern/start shows its question and the 999 link, and axe finds nothing', async () => {
  const app = await newPage(browser);
  try {
    await holdScripts(app, true);
    await app.goto('/concern/start');
    const page = app.page;
    expect(await page.locator('main h1').textContent()).toBe('You are worried about someone');
    expect(await page.getByRole('group', { name: QUESTION }).isVisible()).toBe(true);
    expect(await page.locator('a[href="tel:999"]').first().isVisible()).toBe(true);
    expect(await page.locator(continueButton).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'prerendered /concern/start');
  } finally {
    await app.close();
  }
});

test('with JavaScript blocked, an address not prerendered shows the shell: 999, and "Loading…" where the page goes', async () => {
  const app = await newPage(browser);
  try {
    await holdScripts(app, true);
    await app.goto('/drafts');
    expect(await app.page.locator('a[href="tel:999"]').first().isVisible()).toBe(true);
    expect(await app.page.getByRole('status').filter({ hasText: 'Loading…' }).isVisible()).toBe(true);
  } finally {
    await app.close();
  }
});

test('an answer ticked before the page has taken over is kept, cannot be submitted until then, and Continue then works', async () => {
  const app = await newPage(browser);
  const page = app.page;
  // Nothing typed may leave the device: a native submission would be a request with the answer in it.
  const withAnswers: string[] = [];
  page.on('request', (request) => {
    if (/[?&]role=/.test(request.url()) || (request.method() === 'POST' && request.url().includes('/concern'))) withAnswers.push(request.url());
  });
  try {
    const release = await holdScripts(app);
    await page.goto(appUrl('/concern/start'), { waitUntil: 'commit' });
    const lead = page.getByRole('radio', { name: 'I am a safeguarding lead' });
    await lead.waitFor();
    await lead.check();
    // Before the page has taken over: Continue is disabled, and Enter in the form submits nothing.
    expect(await page.locator(continueButton).isDisabled()).toBe(true);
    await lead.press('Enter');
    await page.locator(continueButton).click({ force: true });
    expect(new URL(page.url()).pathname).toBe('/concern/start');
    expect(page.url()).not.toContain('?');

    release();
    await page.waitForFunction((selector) => !(document.querySelector(selector) as HTMLButtonElement | null)?.disabled, continueButton);
    expect(await lead.isChecked()).toBe(true);
    await page.locator(continueButton).click();
    await page.waitForURL((url) => url.pathname !== '/concern/start');
    expect(withAnswers).toEqual([]);
    expectNoBrowserProblems(app);

    // Back at the first question in the same tab, with an answer to restore (once this tab's encrypted
    // copy is written): drawn afresh with it, not the blank prerendered page.
    await page.waitForFunction((key) => sessionStorage.getItem(key) !== null, TAB_COPY_KEY);
    await app.goto('/concern/start');
    await page.waitForFunction((selector) => !(document.querySelector(selector) as HTMLButtonElement | null)?.disabled, continueButton);
    expect(await page.getByRole('radio', { name: 'I am a safeguarding lead' }).isChecked()).toBe(true);
    expect(withAnswers).toEqual([]);
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});

test('the home page is prerendered too and taken over without an error', async () => {
  const app = await newPage(browser);
  try {
    await app.goto('/');
    const page = app.page;
    expect(await page.evaluate(() => document.getElementById('root')?.dataset.prerendered)).toBe('/');
    await page.getByRole('link', { name: 'Start now' }).first().waitFor();
    await expectNoAxeViolations(page, 'prerendered home');
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});

test('on a device that keeps drafts behind a passphrase, a new tab at /concern/start or section B of the referral never shows the question before the lock screen', async () => {
  const app = await newPage(browser);
  try {
    const p = new Pathway(app);
    await app.goto('/concern/start');
    await p.expectPage('You are worried about someone');
    // Set a passphrase ("Keep a locked copy on this device") before any answer: nothing saved yet, but the device now locks.
    await p.page.getByRole('link', { name: 'Keep a locked copy on this device' }).click();
    await p.expectPage('Keep a locked copy on this device');
    await p.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await p.page.getByLabel('Type the passphrase again').fill(passphrase);
    await p.continue('Save and lock with this passphrase');
    await p.expectPage('You are worried about someone');
    expectNoBrowserProblems(app);

    // New tabs of the same browser: locked. Before the app's code has run, 999 shows and the question does not.
    const questions = [
      { path: '/concern/start', heading: 'You are worried about someone', field: 'I am a safeguarding lead', role: 'radio', text: QUESTION },
      { path: REFERRAL, heading: SECTION_B, field: 'Forename(s)', role: 'textbox', text: 'Forename(s)' },
    ] as const;
    for (const { path, heading, field, role, text } of questions) {
      const tab = await app.context.newPage();
      const errors: string[] = [];
      tab.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
      tab.on('pageerror', (error) => void errors.push(String(error)));
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await tab.route(/\/assets\/[^/]+\.js(\?|$)/, async (route: Route) => {
        await released;
        await route.continue();
      });
      await tab.goto(appUrl(path), { waitUntil: 'commit' });
      await tab.locator('a[href="tel:999"]').first().waitFor({ state: 'visible' });
      // The question is in the page (prerendered), only hidden until the app has decided.
      expect(await tab.locator('main h1', { hasText: heading }).count(), path).toBe(1);
      expect(await tab.locator('main h1').isVisible(), path).toBe(false);
      expect(await tab.getByRole(role, { name: field }).isVisible(), path).toBe(false);

      release();
      await tab.getByRole('heading', { level: 1, name: 'Unlock your saved work' }).waitFor();
      expect(await tab.getByText(text).count(), path).toBe(0);
      expect(errors, path).toEqual([]);
      await tab.close();
    }
  } finally {
    await app.close();
  }
});

test("with JavaScript blocked, the referral's first question (section B) shows its fields and the 999 link, and axe finds nothing", async () => {
  const app = await newPage(browser);
  try {
    await holdScripts(app, true);
    await app.goto(REFERRAL);
    const page = app.page;
    expect(await page.locator('main h1').textContent()).toBe(SECTION_B);
    expect(await page.getByRole('textbox', { name: 'Forename(s)' }).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Date of Birth' }).isVisible()).toBe(true);
    expect(await page.locator('a[href="tel:999"]').first().isVisible()).toBe(true);
    expect(await page.locator(continueButton).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, `prerendered ${REFERRAL}`);
  } finally {
    await app.close();
  }
});

test('section B: text typed before the page has taken over is kept, nothing is sent, and a reload restores it rather than the blank page', async () => {
  const app = await newPage(browser);
  const page = app.page;
  const forename = 'Zebedee-Early';
  const typed = {
    forenames: forename,
    surname: 'Quillfeather',
    day: '7',
    month: '11',
    year: '1990',
    address: '12 Early Lane',
    status: 'Typed before hydration',
  };
  // Nothing typed may leave the device: no request may carry any of it (address, query or body).
  const leaked: string[] = [];
  page.on('request', (request) => {
    const sent = decodeURIComponent(request.url().replace(/\+/g, ' ')) + (request.postData() ?? '');
    if (Object.values(typed).some((text) => text.length > 2 && sent.includes(text))) leaked.push(request.url());
  });
  try {
    const release = await holdScripts(app);
    await page.goto(appUrl(REFERRAL), { waitUntil: 'commit' });
    const forenames = page.getByRole('textbox', { name: 'Forename(s)' });
    await forenames.waitFor();
    await forenames.fill(typed.forenames);
    await page.getByRole('textbox', { name: 'Surname' }).fill(typed.surname);
    await page.getByRole('textbox', { name: 'Day' }).fill(typed.day);
    await page.getByRole('textbox', { name: 'Month' }).fill(typed.month);
    await page.getByRole('textbox', { name: 'Year' }).fill(typed.year);
    await page.locator('textarea[name="addresses.0.address"]').fill(typed.address);
    await page.getByRole('checkbox', { name: 'This is the individual’s current residence' }).check();
    await page.getByRole('textbox', { name: /Immigration \/ Asylum Status/ }).fill(typed.status);
    // Before the page has taken over: Save and continue is disabled, and Enter in a field submits nothing.
    expect(await page.locator(continueButton).isDisabled()).toBe(true);
    await forenames.press('Enter');
    await page.locator(continueButton).click({ force: true });
    expect(new URL(page.url()).pathname).toBe(REFERRAL);
    expect(page.url()).not.toContain('?');

    release();
    await page.waitForFunction((selector) => !(document.querySelector(selector) as HTMLButtonElement | null)?.disabled, continueButton);
    const expectTyped = async () => {
      expect(await page.getByRole('textbox', { name: 'Forename(s)' }).inputValue()).toBe(typed.forenames);
      expect(await page.getByRole('textbox', { name: 'Surname' }).inputValue()).toBe(typed.surname);
      expect(await page.getByRole('textbox', { name: 'Day' }).inputValue()).toBe(typed.day);
      expect(await page.getByRole('textbox', { name: 'Month' }).inputValue()).toBe(typed.month);
      expect(await page.getByRole('textbox', { name: 'Year' }).inputValue()).toBe(typed.year);
      expect(await page.locator('textarea[name="addresses.0.address"]').inputValue()).toBe(typed.address);
      expect(await page.getByRole('checkbox', { name: 'This is the individual’s current residence' }).isChecked()).toBe(true);
      expect(await page.getByRole('textbox', { name: /Immigration \/ Asylum Status/ }).inputValue()).toBe(typed.status);
    };
    await expectTyped();
    expect(leaked).toEqual([]);
    expectNoBrowserProblems(app);

    // The answers reached the referral itself (not only the page): once this tab's encrypted copy is
    // written, a reload restores them. Until the app has decided, the blank prerendered form is hidden
    // (drafts-kept.js sees the tab's copy), then the page is drawn afresh with them.
    await page.waitForFunction(
      ([key, text]) => sessionStorage.getItem(key!) !== null && (document.querySelector('input[name="forenames"]') as HTMLInputElement | null)?.value === text,
      [TAB_COPY_KEY, typed.forenames],
    );
    let releaseAgain!: () => void;
    const releasedAgain = new Promise<void>((resolve) => (releaseAgain = resolve));
    await page.unroute(/\/assets\/[^/]+\.js(\?|$)/);
    await page.route(/\/assets\/[^/]+\.js(\?|$)/, async (route: Route) => {
      await releasedAgain;
      await route.continue();
    });
    await page.reload({ waitUntil: 'commit' });
    await page.locator('a[href="tel:999"]').first().waitFor({ state: 'visible' });
    expect(await page.getByRole('textbox', { name: 'Forename(s)' }).isVisible()).toBe(false);
    releaseAgain();
    await page.waitForFunction((selector) => !(document.querySelector(selector) as HTMLButtonElement | null)?.disabled, continueButton);
    await expectTyped();
    expect(leaked).toEqual([]);
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});
