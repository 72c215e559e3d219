// Trainer mode in a real room, in real Chromium against the production build: the presenter's window
// and the room view in a second window (BroadcastChannel, same device), reveal mode, a corrected
// choice in the debrief, the knowledge checks, the handouts, the completion record (CSV and PDF read
// back), the organisation's pathway model named, and the pressed-button focus contrast. axe runs on
// every page, presenter and room view alike. Screenshots at 1280×720 and 1024×768.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoBrowserProblems, launchBrowser, newPage, screenshot, type Browser, type Page } from './browser';
import { recordStorageWrites, Trainer } from './training-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const projector = { width: 1280, height: 720 };
const smallProjector = { width: 1024, height: 768 };

/** The room view's page: no notes, no "Expected here", no trainer controls. */
async function expectRoomShowsNoAnswers(room: Page) {
  await expect(room.locator('.trainer__notes').count()).resolves.toBe(0);
  await expect(room.getByText(/Expected here|Trainer notes|Cues to draw out/).count()).resolves.toBe(0);
  await expect(room.getByRole('navigation', { name: 'Presenter controls' }).count()).resolves.toBe(0);
}

/** Nothing scrolls sideways, and every control of the presenter's toolbar is in sight (none hidden off the edge or scrolled away inside the bar). */
async function expectFitsTheWidth(page: Page, label: string) {
  const seen = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return {
      sideways: document.documentElement.scrollWidth - width,
      outOfSight: [...document.querySelectorAll('.trainer__bar button, .trainer__bar a')]
        .filter((control) => {
          const box = control.getBoundingClientRect();
          return box.left < 0 || box.right > width;
        })
        .map((control) => control.textContent?.trim()),
    };
  });
  expect(seen, label).toEqual({ sideways: 0, outOfSight: [] });
}

/** WCAG relative luminance contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
      .slice(0, 3)
      .map(Number)
      .map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('trainer mode in the room', () => {
  test(
    'two windows: the presenter’s choices move the room view; the room never shows notes or the expected answer; reveal mode',
    { timeout: 240_000 },
    async () => {
      const app = await newPage(browser, { viewport: projector });
      try {
        await recordStorageWrites(app);
        const t = new Trainer(app);
        const { page } = t;
        await t.startScenario('The staff-room leaflets', 'You are worried about someone');

        // "Open the room view": a second window, on this device.
        const [room] = await Promise.all([app.context.waitForEvent('page'), t.button('Open the room view')]);
        await room.setViewportSize(projector);
        await room.waitForLoadState('load');
        expect(new URL(room.url()).pathname).toBe('/training/room');
        await expect.poll(() => room.getByRole('heading', { level: 1 }).innerText()).toBe('Start: worried about someone');
        await expect(room.locator('.flowchart').count()).resolves.toBe(1);
        await expectRoomShowsNoAnswers(room);
        await expectNoAxeViolations(room, 'room view, first step');

        // The presenter takes a step: the room view follows, chart and question.
        await t.take('Begin → Immediate risk?', 'Is anyone in immediate danger, or do you think an attack may be about to happen?');
        await expect.poll(() => room.getByRole('heading', { level: 1 }).innerText()).toBe('Immediate risk?');
        await expect(room.locator('.room__options li').allInnerTexts()).resolves.toContain('No → Is the person causing concern?');
        // Notes shown on the presenter's screen stay there.
        await page.keyboard.press('n');
        await expect(page.getByText('Expected here', { exact: false }).count()).resolves.toBeGreaterThan(0);
        await expectRoomShowsNoAnswers(room);
        await screenshot(page, 'training-presenter-1280x720');
        await screenshot(room, 'training-room-1280x720');
        await page.setViewportSize(smallProjector);
        await room.setViewportSize(smallProjector);
        await expectNoAxeViolations(page, 'presenter at 1024×768');
        await expectNoAxeViolations(room, 'room view at 1024×768');
        await expectFitsTheWidth(page, 'presenter with notes at 1024×768');
        await expectFitsTheWidth(room, 'room view at 1024×768');
        await screenshot(page, 'training-presenter-1024x768');
        await screenshot(room, 'training-room-1024x768');
        await page.setViewportSize(projector);
        await page.keyboard.press('n');

        // Through the pathway to the discussion stage.
        await t.take('No → Is the person causing concern?', /^Are you concerned/);
        await t.take('Yes → Patient or colleague?', /patient or a colleague\?$/);
        await t.take('Colleague → Discuss with line manager; record observations', /line manager/);
        await t.take('Record made → Decision to escalate?', /escalate/);
        await t.take('Yes → Manager, safeguarding lead and HR discuss', /HR/);
        await t.take('Discussed → END: lead assesses risk with LA Prevent Lead', /./);
        // The end of the pathway (its decision log, its buttons) in the presenter's narrower column: nothing sideways at either size.
        await expectFitsTheWidth(page, 'presenter at the end of the pathway, 1280×720');
        await page.setViewportSize(smallProjector);
        await expectFitsTheWidth(page, 'presenter at the end of the pathway, 1024×768');
        await expectNoAxeViolations(page, 'presenter at the end of the pathway, 1024×768');
        await screenshot(page, 'training-presenter-end-1024x768');
        await page.setViewportSize(projector);
        await t.button(/^Continue: /);

        // Reveal mode: the room decides; nothing is judged until the presenter reveals.
        await t.button('Reveal mode: on');
        const question = await page.getByRole('heading', { level: 1 }).innerText();
        await expect.poll(() => room.getByRole('heading', { level: 1 }).innerText()).toBe(question);
        await t.answer(/^As a Prevent matter only/);
        await expect(page.locator('.feedback').count()).resolves.toBe(0);
        await expect(page.getByRole('button', { name: 'Next question' }).count()).resolves.toBe(0);
        await expect.poll(() => room.locator('.room__option--chosen').innerText()).toMatch(/^As a Prevent matter only/);
        await expect(room.locator('.room__revealed').count()).resolves.toBe(0);
        await expectRoomShowsNoAnswers(room);
        await page.getByRole('button', { name: '1 minute' }).click();
        await expect(page.getByRole('timer').innerText()).resolves.toMatch(/^[01]:\d\d$/);
        await expectNoAxeViolations(page, 'presenter, reveal mode, before the reveal');
        await t.button('Reveal the answer');
        await expect.poll(() => t.verdict()).toBe('Differs from the expected path');
        await expect.poll(() => room.locator('.room__revealed').innerText()).toMatch(/^The answer: Both in parallel/);
        await expectNoAxeViolations(room, 'room view, answer revealed');

        // The room changes its mind: the debrief shows the step as corrected.
        await t.answer(/^Both in parallel/);
        await expect.poll(() => t.verdict()).toBe('Matches the expected path');
        await t.button('End and debrief');
        await t.expectPage('Debrief: S07 “The staff-room leaflets”');
        await expect(page.getByText('Pathway: the BSW reporting flow chart (BSW ICB Prevent Policy)').count()).resolves.toBe(1);
        await expect(page.locator('.verdict--corrected').innerText()).resolves.toBe('Corrected: the room changed its choice to this');
        await expect(page.getByText(/First chose: As a Prevent matter only/).count()).resolves.toBe(1);
        await expect(page.getByText(/\d+ as expected, 1 corrected,/).count()).resolves.toBe(1);
        await expect(page.evaluate(() => window.__storageWrites)).resolves.toEqual([]);
        expectNoBrowserProblems(app);
      } finally {
        await app.close();
      }
    },
  );

  test('a pressed presenter button with focus: label contrast at least 4.5:1, focus indicator at least 3:1', { timeout: 60_000 }, async () => {
    const app = await newPage(browser, { viewport: projector });
    try {
      const t = new Trainer(app);
      await t.startScenario('Wanting a way out', 'You are worried about someone');
      await t.button('Show trainer notes');
      const pressed = app.page.getByRole('button', { name: 'Hide trainer notes' });
      await expect(pressed.getAttribute('aria-pressed')).resolves.toBe('true');
      await pressed.focus();
      const style = await pressed.evaluate((element) => {
        const css = getComputedStyle(element);
        const page = getComputedStyle(element.closest('.trainer__bar') ?? document.body);
        return {
          color: css.color,
          background: css.backgroundColor,
          outline: css.outlineColor,
          outlineWidth: css.outlineWidth,
          around: page.backgroundColor === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : page.backgroundColor,
        };
      });
      expect(contrast(style.color, style.background), JSON.stringify(style)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(style.outline, style.background), JSON.stringify(style)).toBeGreaterThanOrEqual(3);
      expect(contrast(style.outline, style.around), JSON.stringify(style)).toBeGreaterThanOrEqual(3);
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      await expectNoAxeViolations(app.page, 'presenter, a pressed button focused');
    } finally {
      await app.close();
    }
  });

  test('knowledge checks: level 3 with the room (reveal) and for one learner; every answer explained with its source', { timeout: 120_000 }, async () => {
    const app = await newPage(browser, { viewport: projector });
    try {
      await recordStorageWrites(app);
      const t = new Trainer(app);
      const { page } = t;
      await app.goto('/training');
      await t.expectPage('Trainer mode');
      await page.getByRole('link', { name: 'Knowledge checks' }).click();
      await t.expectPage('Knowledge checks');
      await page.getByRole('link', { name: /^Level 3:/ }).click();
      await t.expectPage('In your organisation’s pathway, who completes and sends the national Prevent referral form?');
      await t.answer(/^Whoever first noticed the concern/);
      await expect(page.locator('.feedback').count()).resolves.toBe(0);
      await t.button('Reveal the answer');
      await expect(page.locator('.feedback').innerText()).resolves.toMatch(/^Not quite\.[\s\S]*Source: BSW ICB Prevent Policy/);
      await t.button('Next question');
      await t.expectPage('When should the person not be told that information about them is being shared?');
      await page.getByRole('radio', { name: 'One learner: explain each answer at once' }).check();
      await t.answer(/^When there is concern they are planning terrorist acts/);
      await expect(page.locator('.feedback').innerText()).resolves.toMatch(/^Correct\.[\s\S]*Source: BSW ICB Prevent Policy, paragraphs 55 and 60/);
      await t.button('Next question');
      await t.answer(/^No: an interest in mass violence/);
      await t.button('Next question');
      await t.answer(/^The Caldicott Guardian/);
      await t.button('See the results');
      await t.expectPage('Level 3: referrals, consent and information governance');
      await expect(page.getByText('3 of 4 answered correctly.').count()).resolves.toBe(1);
      await expect(page.evaluate(() => window.__storageWrites)).resolves.toEqual([]);
      expectNoBrowserProblems(app);
    } finally {
      await app.close();
    }
  });

  test(
    'the completion record: attendees pasted, CSV parses with the refresher dates, the PDF is marked and named for training',
    { timeout: 120_000 },
    async () => {
      const app = await newPage(browser, { viewport: projector });
      try {
        await recordStorageWrites(app);
        const t = new Trainer(app);
        const { page } = t;
        await app.goto('/training');
        await t.expectPage('Trainer mode');
        await page.getByRole('link', { name: 'Record a training session' }).click();
        await t.expectPage('Record a training session');
        await page.getByLabel('Date of the session').fill('2027-03-24');
        await page.getByLabel('Attendees').fill('Staff 40211\nOkafor, Ada\nStaff 40388\tStaff 40412');
        await expect(page.getByRole('status').filter({ hasText: 'attendees' }).innerText()).resolves.toBe(
          '4 attendees at Level 3. Annual update due 24/03/2028; three-yearly refresher due 24/03/2030.',
        );
        await expect(page.locator('.record-page__counts').innerText()).resolves.toMatch(/Level 3\s+4/);
        await t.expectPage('Record a training session');

        const dir = mkdtempSync(join(tmpdir(), 'record-'));
        const [csv] = await Promise.all([page.waitForEvent('download'), t.button('Download the record as CSV')]);
        expect(csv.suggestedFilename()).toBe('prevent-training-record-2027-03-24.csv');
        await csv.saveAs(join(dir, 'record.csv'));
        const rows = readFileSync(join(dir, 'record.csv'), 'utf8').trimEnd().split('\r\n');
        expect(rows[0]).toBe('Session date,Level,Attendee,Annual update due,Three-yearly refresher due');
        expect(rows.slice(1)).toEqual([
          '2027-03-24,3,Staff 40211,2028-03-24,2030-03-24',
          '2027-03-24,3,"Okafor, Ada",2028-03-24,2030-03-24',
          '2027-03-24,3,Staff 40388,2028-03-24,2030-03-24',
          '2027-03-24,3,Staff 40412,2028-03-24,2030-03-24',
        ]);

        const [pdf] = await Promise.all([page.waitForEvent('download'), t.button('Download the record as PDF')]);
        expect(pdf.suggestedFilename()).toBe('prevent-training-record-RECORD-20270324.pdf');
        await pdf.saveAs(join(dir, 'record.pdf'));
        const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'record.pdf'), '-'], { encoding: 'utf8' });
        for (const expected of ['OFFICIAL', 'Okafor, Ada', '24/03/2028', '24/03/2030', 'Level 3: 4']) expect(text).toContain(expected);
        expect(text).not.toMatch(/OFFICIAL-SENSITIVE|referral/i);
        // Nothing stored.
        await expect(page.evaluate(() => window.__storageWrites)).resolves.toEqual([]);
        expectNoBrowserProblems(app);
      } finally {
        await app.close();
      }
    },
  );

  test(
    'with the MSE profile: the handouts draw the MSE flowchart, marked as training; scenarios say which model they teach',
    { timeout: 120_000 },
    async () => {
      const app = await newPage(browser, { viewport: projector });
      try {
        await app.context.addInitScript(() => localStorage.setItem('prevent-pathway:profile', JSON.stringify({ source: 'shipped', id: 'mse-icb' })));
        const { page } = app;
        // The MSE profile's contacts panel names an advice email address: not an email action of trainer mode.
        const expectPage = async (heading: string | RegExp) => {
          await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toMatch(heading);
          await expect(page.locator('.training-mark').innerText()).resolves.toContain('TRAINING – FICTIONAL – NOT A REFERRAL');
          await expectNoAxeViolations(page, String(heading));
        };
        await app.goto('/training');
        await expectPage(/^Trainer mode$/);
        await expect(page.getByText('Your organisation’s pathway: the MSE police-portal flowchart.').count()).resolves.toBe(1);
        await page.getByRole('link', { name: 'Handouts to print' }).click();
        await expectPage(/^Handouts to print$/);
        await expect(page.locator('.handout__mark').count()).resolves.toBe(3);
        for (const mark of await page.locator('.handout__mark').allInnerTexts()) expect(mark).toMatch(/^TRAINING – FICTIONAL/);
        await expect(page.getByText('OFFICIAL-SENSITIVE').count()).resolves.toBe(0);
        await expect(page.getByRole('heading', { name: /MSE police-portal referral flowchart$/ }).count()).resolves.toBe(1);
        await expect(page.locator('.handout--flowchart .flowchart').count()).resolves.toBe(1);
        await expect(page.title()).resolves.not.toMatch(/referral/i);
        await screenshot(page, 'training-handouts-mse');

        await page.getByRole('link', { name: 'Back to trainer mode' }).click();
        await expectPage(/^Trainer mode$/);
        await page.getByRole('link', { name: 'Run “Wanting a way out”' }).click();
        await expectPage(/^Wanting a way out$/);
        // S02 runs on the organisation's own chart (issue 16 item 2).
        await expect(page.getByText('Pathway: the MSE police-portal flowchart (MSE ICB Prevent Policy)').count()).resolves.toBe(1);
        await expect(page.getByText('The concern pathway runs on your organisation’s own pathway model.').count()).resolves.toBe(1);
        expectNoBrowserProblems(app);
      } finally {
        await app.close();
      }
    },
  );
});
