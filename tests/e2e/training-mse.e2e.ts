// Trainer mode for an MSE organisation, in real Chromium against the production build: with the MSE
// ICB profile chosen, a scenario's concern stage runs on the MSE police-portal flowchart (the real
// MSE step pages, the MSE chart in the presenter's and the room's windows), a wrong MSE choice is
// judged as differing and, once changed, as corrected; the debrief and the training PDF name the
// MSE pathway. axe on every page visited; screenshots at 1280×720 and 375 wide.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoBrowserProblems, launchBrowser, newPage, screenshot, type Browser, type Page } from './browser';
import { recordStorageWrites, Trainer, TRAINING_MARK } from './training-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const projector = { width: 1280, height: 720 };
const phone = { width: 375, height: 812 };
/** A flowchart's words, whitespace removed: its labels are broken into lines. */
const chartWords = async (on: Page) => ((await on.locator('.flowchart').first().textContent()) ?? '').replace(/\s+/g, '');
const squash = (text: string) => text.replace(/\s+/g, '');
const MSE_PATHWAY = 'Pathway: the MSE police-portal flowchart (MSE ICB Prevent Policy)';

describe('trainer mode on the organisation’s own pathway: MSE', () => {
  test(
    'with the MSE profile, “Wanting a way out” runs on the MSE flowchart to the end of the referrer’s part, and the debrief names MSE',
    { timeout: 240_000 },
    async () => {
      const app = await newPage(browser, { viewport: projector });
      try {
        await recordStorageWrites(app);
        await app.context.addInitScript(() => localStorage.setItem('prevent-pathway:profile', JSON.stringify({ source: 'shipped', id: 'mse-icb' })));
        const t = new Trainer(app);
        const { page } = app;
        // The MSE profile's contacts panel names an advice email address (not an email action of trainer
        // mode), so these pages are checked here rather than by the driver's mailto rule.
        const expectPage = async (on: Page, heading: string | RegExp, label = String(heading)) => {
          await expect.poll(() => on.getByRole('heading', { level: 1 }).innerText()).toMatch(heading);
          await expect(on.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
          await expect(on.locator('.training-mark').first().innerText()).resolves.toContain(TRAINING_MARK);
          await expectNoAxeViolations(on, label);
        };
        const take = async (step: string, next: string | RegExp) => {
          await page.getByRole('list').getByRole('button', { name: step, exact: true }).click();
          await expectPage(page, next);
        };

        await app.goto('/training');
        await expectPage(page, /^Trainer mode$/);
        await page.getByRole('link', { name: 'Run “Wanting a way out”' }).click();
        await expectPage(page, /^Wanting a way out$/);
        // The briefing names the model that will run: the organisation's own.
        await expect(page.getByText(MSE_PATHWAY).count()).resolves.toBe(1);
        await expect(page.getByText('The concern pathway runs on your organisation’s own pathway model.').count()).resolves.toBe(1);
        await expect(page.getByText(/This scenario teaches the BSW/).count()).resolves.toBe(0);
        await screenshot(page, 'training-mse-briefing-1280x720');

        await t.button('Start the scenario');
        // The MSE chart's own first page, and the MSE chart beside it.
        await expectPage(page, 'You are worried about someone');
        await expect(chartWords(page)).resolves.toContain(squash('Liaise with the Prevent Lead: refer?'));
        await expect(chartWords(page)).resolves.not.toContain(squash('Patient or colleague?'));

        // The room view follows with the MSE chart.
        const [room] = await Promise.all([app.context.waitForEvent('page'), t.button('Open the room view')]);
        await room.setViewportSize(projector);
        await room.waitForLoadState('load');
        await expect.poll(() => room.getByRole('heading', { level: 1 }).innerText()).toBe('Start: worried about someone');
        await expect.poll(() => chartWords(room)).toContain(squash('Refer through the police portal'));
        await expectNoAxeViolations(room, 'room view, MSE chart');

        await take('Begin → Immediate danger?', 'Is anyone in immediate danger, or do you think an attack may be about to happen?');
        await expect.poll(() => t.verdict()).toBe('Matches the expected path');
        await take('No → Member of staff?', 'Is the person you are concerned about a member of staff?');
        await take('Not staff → Clarify; make a record', 'Clarify the information and make a record of your concern');
        await take('Recorded → Liaise with the Prevent Lead: refer?', 'Has the Prevent Lead advised that a referral should be made?');
        await expect.poll(() => room.getByRole('heading', { level: 1 }).innerText()).toBe('Liaise with the Prevent Lead: refer?');
        await take('Yes → Consent and knowledge?', 'Will the referral be made with the person’s consent and knowledge?');
        await screenshot(page, 'training-mse-consent-1280x720');
        await screenshot(room, 'training-mse-room-1280x720');

        // A wrong choice on the MSE chart: judged against the MSE path, with what was expected.
        await take('No lawful basis → END: nothing shared', 'No referral is made and no information is shared');
        await expect.poll(() => t.verdict()).toBe('Differs from the expected path');
        await expect(page.locator('.feedback').innerText()).resolves.toMatch(/With consent → Refer through the police portal/);
        await expect(page.getByText(/This is not where the expected path ends \(“What did the police decide\?”\)/).count()).resolves.toBe(1);

        // The room changes its mind: back to the consent step and the expected answer.
        await page.getByRole('button', { name: 'Consent and knowledge?', exact: true }).click();
        await expectPage(page, 'Will the referral be made with the person’s consent and knowledge?');
        await take('With consent → Refer through the police portal', 'Make the referral through the police Prevent portal');
        await expect.poll(() => t.verdict()).toBe('Matches the expected path');
        await take('Submitted → Tell the Prevent Lead and social care', 'Tell the Prevent Lead and share the concern with social care');
        await take('Told → What did the police decide?', 'What did the police decide?');
        // The referrer's part ends here: the police decide, not the room.
        await expect(page.getByText('The room reached the end the expected path reaches.').count()).resolves.toBe(1);
        await expect(
          page
            .getByRole('list')
            .getByRole('button', { name: /→ END: Channel Panel/ })
            .count(),
        ).resolves.toBe(0);
        // The session's paper is the handouts and the debrief: no "Print this record" for a fictional record.
        await expect(page.getByRole('button', { name: 'Print this record' }).count()).resolves.toBe(0);
        await screenshot(page, 'training-mse-end-1280x720');

        await t.button('Go to the debrief');
        await expectPage(page, 'Debrief: S02 “Wanting a way out”');
        await expect(page.getByText(MSE_PATHWAY).count()).resolves.toBe(1);
        await expect(page.locator('.verdict--corrected').count()).resolves.toBe(1);
        await expect(page.getByText('First chose: END: nothing shared').count()).resolves.toBe(1);
        await expect(page.locator('.debrief-table').getByText('Consent and knowledge?').count()).resolves.toBeGreaterThan(0);
        await screenshot(page, 'training-mse-debrief-1280x720');

        // The training PDF names the pathway that ran.
        const pdf = await t.exportPdf();
        expect(pdf.pages.every(Trainer.hasMark)).toBe(true);
        const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
        expect(text).toContain('MSE police-portal flowchart (MSE ICB Prevent Policy)');
        expect(text).toContain('Refer through the police portal');

        // At 375 wide, the debrief and a step of the MSE chart still read, and axe stays clean.
        await page.setViewportSize(phone);
        await expectNoAxeViolations(page, 'debrief at 375');
        // Nothing scrolls sideways: the "corrected" label wraps (WCAG 1.4.10).
        await expect(page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).resolves.toBe(0);
        await screenshot(page, 'training-mse-debrief-375');
        await room.close();

        await expect(page.evaluate(() => window.__storageWrites)).resolves.toEqual([
          'localStorage.setItem(prevent-pathway:profile, {"source":"shipped","id":"mse-icb"})',
        ]);
        expectNoBrowserProblems(app);
      } finally {
        await app.close();
      }
    },
  );
});
