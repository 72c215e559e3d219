// The look on a phone, a ward PC and a projector (issue 15): every step of both pathway models at
// 375×812 has its h1 and first answer on the first screen; nothing scrolls sideways at 320 px or at
// 400% zoom; first load leaves focus at the top with 999 a few Tabs away; "Exit this page" replaces
// the page; axe (WCAG 2.2 AA) finds no violation and no "incomplete" item that is a real fault.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AXE_TAGS, baseUrl, launchBrowser, newPage, type Browser, type Page } from './browser';
// @ts-expect-error: a plain ES module shared with scripts/screenshots.mjs
import { chooseProfile, otherPages, pathwayProfiles, picks, walkPathway } from '../../scripts/page-walker.mjs';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Profile {
  name: string;
  choice: unknown;
}

/**
 * Where the h1 and the first answer sit: a question's first option, or a page's first field (its
 * top plus one 44 px line, so the user sees where to type). Null on a page with nothing to answer.
 */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('h1')!.getBoundingClientRect();
    const question = document.querySelector('main legend h1') !== null;
    // On a 999 page the first answer is the call itself, in the emergency care card.
    const first = document.querySelector(
      'main .nhsuk-card--care--emergency:has(h1) a[href^="tel:"], main form .nhsuk-radios__item, main form .nhsuk-checkboxes__item, main form input:not([type="hidden"]), main form textarea, main form select',
    );
    if (!first) return { question, h1Top: Math.round(h1.top + window.scrollY), answerBottom: null };
    const box = first.getBoundingClientRect();
    const bottom = first.matches('input, textarea, select') ? box.top + 44 : box.bottom;
    return { question, h1Top: Math.round(h1.top + window.scrollY), answerBottom: Math.round(bottom + window.scrollY) };
  });
}

/** Real faults among axe's "incomplete" items: everything but colour contrast over things axe cannot read (it asks a person to look). */
const notAFault = new Set(['color-contrast']);

async function axeOnPage(page: Page, label: string) {
  const { violations, incomplete } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const faults = incomplete.filter((item) => !notAFault.has(item.id));
  expect(
    [...violations, ...faults].map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `${label}: axe violations and incomplete faults`,
  ).toEqual([]);
}

describe('on a 375×812 phone', () => {
  for (const profile of pathwayProfiles as Profile[]) {
    test(`every step of the ${profile.name} pathway shows its h1 and first answer on the first screen`, async () => {
      const app = await newPage(browser, { viewport: { width: 375, height: 812 } });
      await chooseProfile(app.context, profile.choice);
      const seen: { path: string; question: boolean; h1Top: number; answerBottom: number | null }[] = [];
      for (const pick of picks) {
        await walkPathway(app.page, baseUrl(), pick, async (page: Page, path: string) => {
          if (seen.some((s) => s.path === path)) return;
          await page.evaluate(() => window.scrollTo(0, 0));
          seen.push({ path, ...(await firstScreen(page)) });
        });
      }
      console.log(`first screen (${profile.name}, 375×812): ${seen.map((s) => `${s.path} h1 ${s.h1Top}px, first answer ${s.answerBottom}px`).join('; ')}`);
      // Every step with something to answer (questions, start pages, records, actions) has its first answer on the first screen.
      const answerable = seen.filter((step) => step.answerBottom !== null);
      expect(seen.filter((step) => step.question).length).toBeGreaterThan(1);
      expect(answerable.length).toBeGreaterThan(seen.filter((step) => step.question).length);
      for (const step of seen) expect(step.h1Top, `${step.path}: h1`).toBeLessThan(400);
      for (const step of seen.filter((s) => s.question)) expect(step.answerBottom, `${step.path}: first answer`).not.toBeNull();
      for (const step of answerable) expect(step.answerBottom!, `${step.path}: first answer`).toBeLessThanOrEqual(812);
      await app.context.close();
    }, 180_000);
  }
});

describe('nothing scrolls sideways', () => {
  for (const [label, viewport] of [
    ['320 px wide', { width: 320, height: 640 }],
    ['400% zoom of a 1280 px screen', { width: 320, height: 256 }],
  ] as const) {
    test(`at ${label}`, async () => {
      const app = await newPage(browser, { viewport });
      const wide: string[] = [];
      const check = async (page: Page, path: string) => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) wide.push(`${path} by ${overflow}px`);
      };
      for (const path of otherPages as string[]) {
        await app.goto(path);
        await app.page.locator('h1').first().waitFor();
        await check(app.page, path);
      }
      for (const pick of picks) await walkPathway(app.page, baseUrl(), pick, check);
      expect(wide).toEqual([]);
      await app.context.close();
    }, 180_000);
  }
});

describe('focus and "Exit this page"', () => {
  test('first load leaves focus at the top: the skip link, then 999 within a few Tabs', async () => {
    const app = await newPage(browser);
    await app.goto('/concern');
    await app.page.locator('h1').first().waitFor();
    expect(await app.page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    const reached: string[] = [];
    for (let i = 0; i < 4; i++) {
      await app.page.keyboard.press('Tab');
      reached.push(
        await app.page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href') ?? document.activeElement?.textContent ?? ''),
      );
    }
    expect(reached[0]).toBe('#main');
    expect(reached).toContain('tel:999');
    await app.context.close();
  });

  test('Shift pressed three times replaces the page with a neutral site', async () => {
    const app = await newPage(browser);
    await app.context.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title><p>Weather</p>' }),
    );
    await app.goto('/concern');
    await app.page.locator('h1').first().waitFor();
    for (let i = 0; i < 3; i++) await app.page.keyboard.press('Shift');
    await app.page.waitForURL('https://www.bbc.co.uk/weather');
    expect(await app.page.title()).toBe('Weather');
    // Replaced, not added: Back does not return to the app.
    await app.page.goBack().catch(() => undefined);
    expect(app.page.url()).not.toContain(new URL(baseUrl()).host);
    await app.context.close();
  });
});

describe('axe on every page', () => {
  for (const profile of pathwayProfiles as Profile[]) {
    test(`no violations and no real-fault "incomplete" items (${profile.name})`, async () => {
      const app = await newPage(browser);
      await chooseProfile(app.context, profile.choice);
      if (!profile.choice) {
        for (const path of otherPages as string[]) {
          await app.goto(path);
          await app.page.locator('h1').first().waitFor();
          await axeOnPage(app.page, path);
        }
      }
      const done = new Set<string>();
      for (const pick of picks) {
        await walkPathway(app.page, baseUrl(), pick, async (page: Page, path: string) => {
          if (done.has(path)) return;
          done.add(path);
          await axeOnPage(page, path);
        });
      }
      await app.context.close();
    }, 240_000);
  }
});

describe('on a projector', () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1280, height: 720 },
  ]) {
    test(`at ${viewport.width}×${viewport.height} the trainer's question and the flowchart are both on the first screen, labels at least 18 px`, async () => {
      const app = await newPage(browser, { viewport });
      await app.goto('/training');
      await app.page.locator('main a[href*="/training/"]').first().click();
      await app.page.locator('.trainer__bar').waitFor();
      // From the briefing to the pathway's first question.
      await app.page.keyboard.press('ArrowRight');
      await app.page.locator('.trainer__page .nhsuk-radios__item').first().waitFor();
      await app.page.waitForTimeout(300);
      const seen = await app.page.evaluate(() => {
        const box = (element: Element | null) => element?.getBoundingClientRect() ?? null;
        const question = box(document.querySelector('.trainer__page h1'));
        const firstAnswer = box(document.querySelector('.trainer__page .nhsuk-radios__item'));
        const chart = box(document.querySelector('.flowchart__viewport'));
        const current = box(document.querySelector('.flowchart__node--current'));
        // The toolbar's two groups (the session's controls, what the screens show): each on one row, every control in sight.
        const groups = [...document.querySelectorAll('.trainer__buttons')].map((group) => [...group.children].map((button) => button.getBoundingClientRect()));
        const inSight = (button: DOMRect) => button.left >= 0 && button.right <= document.documentElement.clientWidth;
        const oneRow =
          groups.length === 2 &&
          groups.every((buttons) => buttons.every((button) => inSight(button) && button.top < Math.min(...buttons.map((other) => other.bottom))));
        const labels = [...document.querySelectorAll('.flowchart svg text')].map(
          (text) => parseFloat(getComputedStyle(text).fontSize) * ((text as SVGTextElement).getScreenCTM()?.a ?? 1),
        );
        const overlays = [...document.querySelectorAll('.flowchart__take, .flowchart__edge-text')].map((label) => parseFloat(getComputedStyle(label).fontSize));
        const legend = document.querySelector('.trainer__shortcuts');
        return {
          questionTop: question?.top,
          answerBottom: firstAnswer?.bottom,
          chartTop: chart?.top,
          currentBottom: current?.bottom,
          currentTop: current?.top,
          sideBySide: Boolean(chart && question && chart.right <= question.left),
          oneRow,
          smallestLabel: Math.min(...labels, ...overlays),
          legendClosed: legend?.tagName === 'DETAILS' && !(legend as HTMLDetailsElement).open,
          sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      console.log(`projector ${viewport.width}×${viewport.height}: ${JSON.stringify(seen)}`);
      expect(seen.sideBySide).toBe(true);
      expect(seen.answerBottom!).toBeLessThanOrEqual(viewport.height);
      expect(seen.questionTop!).toBeGreaterThan(0);
      // At least 300 px of the chart on the first screen, and the step the room is on inside it.
      expect(seen.chartTop!).toBeLessThan(viewport.height - 300);
      expect(seen.currentTop!).toBeGreaterThanOrEqual(seen.chartTop!);
      expect(seen.currentBottom!).toBeLessThanOrEqual(viewport.height);
      expect(seen.oneRow).toBe(true);
      expect(seen.smallestLabel).toBeGreaterThanOrEqual(17.99);
      expect(seen.legendClosed).toBe(true);
      expect(seen.sideways).toBe(0);
      await app.context.close();
    }, 60_000);
  }
});
