// Walks the app as a person would, to reach every page: the home page, each pathway model's steps
// (answering each question with each of its choices in turn, filling any text with a sample), the
// referral, drafts, training and settings. Used by `npm run screenshots` and the layout browser tests.

/** The organisation profiles whose pathway models are walked: the shipped default (BSW chart) and MSE ICB. */
export const pathwayProfiles = [
  { name: 'bsw', choice: null },
  { name: 'mse', choice: { source: 'shipped', id: 'mse-icb' } },
];

/** Pages reached by address, besides the pathway's steps. */
export const otherPages = ['/', '/referral', '/drafts', '/training', '/request', '/settings', '/no-such-page'];

/** Sets the device's profile (as the settings page does) before the app loads. */
export async function chooseProfile(context, choice) {
  if (choice) await context.addInitScript((c) => localStorage.setItem('prevent-pathway:profile', JSON.stringify(c)), choice);
}

async function h1Text(page) {
  return (await page.locator('h1').first().textContent({ timeout: 10_000 }))?.trim() ?? '';
}

async function fillText(page) {
  for (const field of await page.locator('main textarea:visible, main input[type="text"]:visible').all()) {
    if ((await field.inputValue()) !== '') continue;
    const mode = await field.getAttribute('inputmode');
    const id = (await field.getAttribute('id')) ?? '';
    await field.fill(mode !== 'numeric' ? 'Sample text' : id.endsWith('-year') ? '2025' : '1');
  }
  // Confirmation lists (every item must be ticked to go on).
  for (const box of await page.locator('main fieldset input[type="checkbox"]:visible').all()) await box.check();
}

/**
 * From /concern, answers every question with choice `pick(count)` until a page has no Continue,
 * calling `visit(page, path)` on each new step. Returns the paths seen, in order.
 */
export async function walkPathway(page, baseUrl, pick, visit, limit = 40) {
  const seen = [];
  // A fresh journey each walk: a reload keeps the tab's answers (sessionStorage), so forget them first.
  await page.goto(new URL('concern', baseUrl).href);
  await page.evaluate(() => sessionStorage.clear());
  await page.goto(new URL('concern', baseUrl).href);
  for (let i = 0; i < limit; i++) {
    await page.locator('h1').first().waitFor({ timeout: 10_000 });
    const path = new URL(page.url()).pathname;
    if (seen.includes(path)) break;
    seen.push(path);
    await visit(page, path);
    const radios = page.locator('main input[type="radio"]');
    const count = await radios.count();
    if (count > 0) await radios.nth(Math.min(pick(count, i), count - 1)).check();
    await fillText(page);
    const next = page.locator('main button[type="submit"]').first();
    if ((await next.count()) === 0) break;
    const before = await h1Text(page);
    await next.click();
    try {
      await page.waitForFunction(
        (b) => document.querySelector('h1')?.textContent?.trim() !== b || (location.pathname !== undefined && document.querySelector('.nhsuk-error-summary')),
        before,
        { timeout: 5_000 },
      );
    } catch {
      break;
    }
    if ((await page.locator('.nhsuk-error-summary').count()) > 0) break;
  }
  return seen;
}

/**
 * The choices walked on each question (`pick(count, stepIndex)`): the first, the last, the second;
 * then "no" to the second step (immediate risk) and the first after it, to reach the record pages,
 * and the same with the second answer at the fourth step (a colleague, not a patient).
 */
export const picks = [() => 0, (n) => n - 1, () => 1, (n, i) => (i === 1 ? n - 1 : 0), (n, i) => (i === 1 || i === 3 ? n - 1 : 0)];
