// Trainer S11 in real Chromium: after the room discusses the checks, it walks the same request on the
// lead's own request machine (the same steps as /request/...), judged like the consent stages. axe
// runs on every page (the Trainer driver); trainer mode writes nothing to the browser's storage.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { expectNoBrowserProblems, launchBrowser, newPage, screenshot, type Browser } from './browser';
import { recordStorageWrites, Trainer } from './training-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test(
  'S11: the discussion, then the request on the request machine; declining differs, asking for more is expected; all in the debrief',
  { timeout: 120_000 },
  async () => {
    const app = await newPage(browser, { viewport: { width: 1280, height: 800 } });
    try {
      await recordStorageWrites(app);
      const t = new Trainer(app);
      const { page } = t;
      /** Takes the next step that leads to `to` (the list under the page names each "answer → step"). */
      const takeTo = async (to: string, next: string) => {
        await page
          .getByRole('list')
          .getByRole('button', { name: new RegExp(`→ ${to.replace(/[?()]/g, '\\$&')}$`) })
          .click();
        await t.expectPage(next);
      };
      await t.startScenario('Send us everything', /^The request is an ordinary email/);
      const discussion: [RegExp, RegExp][] = [
        [/^Ask for the request on an official information-sharing proforma/, /^The email cites no legal power/],
        [/^The lawful basis and powers relied on/, /^The email does not say whether the person was asked for consent/],
        [/^A form of words explaining/, /^“The full GP and hospital record\.”/],
        [/^Ask what specific, relevant information is needed/, /^A compliant request arrives/],
      ];
      for (const [answer, next] of discussion) {
        await t.answer(answer);
        await expect.poll(() => t.verdict()).toBe('Matches the expected path');
        await t.button('Next question');
        await t.expectPage(next);
      }
      await t.answer(/^After the questions in paragraph 70/);
      await expect.poll(() => t.verdict()).toBe('Matches the expected path');
      await t.button('Continue: Answering the request');

      // The request machine, step by step: the real pages' questions, the request flowchart.
      await t.expectPage('Is anyone’s life at risk right now?');
      expect(t.path).toBe('/training/s11/answer-request/urgent');
      await t.take('No → Who is asking', 'Who is asking for the information?');
      await t.take('Given → Purpose of the request', 'What is the information for?');
      await t.take('Given → In writing, on the proforma, by secure email?', 'How did the request come to you?');
      await t.take('Checked → Powers and exemptions cited', 'Which powers and exemptions does the request cite?');
      await t.take('Checked → Reason for not seeking consent', 'Does the request explain why the person’s consent has not been sought?');
      await t.take('Checked → Items requested', 'What specific information is requested?');
      await takeTo('Questions before sharing', 'Questions to consider before sharing');
      await t.take('Answered → Caldicott Guardian or IG', 'Have you consulted your Caldicott Guardian or Information Governance team?');
      await t.take('Recorded → Your decision', 'What have you decided?');
      // With the gaps open, the machine offers only asking for more or declining: never release.
      const offered = await page.getByRole('list').getByRole('button').allInnerTexts();
      expect(offered.some((label) => /Release/.test(label))).toBe(false);
      await takeTo('Reasons for declining', 'Why are you declining the request?');
      await expect.poll(() => t.verdict()).toBe('Differs from the expected path');
      await page.keyboard.press('ArrowLeft');
      await t.expectPage('What have you decided?');
      await takeTo('What is missing', 'What does the requester need to send before you can decide?');
      await expect.poll(() => t.verdict()).toBe('Matches the expected path');
      await t.take('Listed → Who decided and why', 'Record who decided and why');
      await takeTo('Record: asked for what is missing', 'Decision recorded: ask the requester for what is missing');
      await screenshot(page, 'training-s11-request-end');
      await t.button('End and debrief');
      await t.expectPage('Debrief: S11 “Send us everything”');
      const debrief = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      expect(debrief).toContain('Answering the request');
      expect(debrief).toMatch(/not reached/);
      await expect(t.storageWrites()).resolves.toEqual([]);
      expectNoBrowserProblems(app);
    } finally {
      await app.close();
    }
  },
);
