import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoBrowserProblems, launchBrowser, newPage, screenshot, type Browser } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test('home page loads from the production build: heading, 999 link, accessible, self-contained', async () => {
  const app = await newPage(browser);
  try {
    await app.goto('/');
    // The SPA renders after load: wait for it rather than sampling once.
    await app.page.locator('h1').first().waitFor({ state: 'visible', timeout: 10_000 });
    await app.page.locator('a[href="tel:999"]').first().waitFor({ state: 'attached', timeout: 10_000 });
    expect(await app.page.locator('a[href="tel:999"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(app.page, 'home');
    await screenshot(app.page, 'smoke-home');
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});
