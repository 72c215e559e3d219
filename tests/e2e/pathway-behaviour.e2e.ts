// How the pathway behaves as a web page: back button and Back link, reload, deep links, keyboard
// only, the emergency panel from every step, and the printed record.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoBrowserProblems, launchBrowser, newPage, screenshot, type AppPage, type Browser } from './browser';
import { keepLockedCopy, unlock } from './drafts-driver';
import { Pathway } from './pathway-driver';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withPathway(run: (p: Pathway, app: AppPage) => Promise<void>) {
  const app = await newPage(browser);
  try {
    await run(new Pathway(app), app);
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
}

const path = (p: Pathway) => new URL(p.page.url()).pathname;

describe('navigation', () => {
  test('the browser back button and the Back link return to the previous step with its answer', async () => {
    await withPathway(async (p) => {
      await p.toSubject('A patient');
      expect(path(p)).toBe('/concern/patient-discuss-and-record');

      await p.page.goBack();
      await p.expectPage(/patient or a colleague/);
      await expect(p.page.getByRole('radio', { name: 'A patient' }).isChecked()).resolves.toBe(true);

      await p.page.getByRole('link', { name: 'Back' }).click();
      await p.expectPage(/vulnerable to being drawn into extremist activity/);
      await expect(p.page.getByRole('radio', { name: 'Yes' }).isChecked()).resolves.toBe(true);

      // Changing an earlier answer takes the new route.
      await p.answerYesNo(/^No$/, 'This is not a Prevent concern');
      const log = await p.decisionLog();
      expect(log.map((row) => row[1])).toEqual(['Member of staff', 'No', 'No']);
    });
  });

  test('a reload keeps me on my step with my answers, once I unlock', async () => {
    await withPathway(async (p) => {
      await p.toSubject('A colleague');
      await keepLockedCopy(p, /^Discuss your concern with your line manager/);
      await p.fillRecord();
      await p.expectPage('Has the line manager decided to escalate this concern?');
      await p.page.reload();
      await unlock(p, 'Has the line manager decided to escalate this concern?');
      await p.answerYesNo(/No, no further Prevent action/, /No further Prevent action required/, 'A grievance about rotas, not extremism.');
      const log = await p.decisionLog();
      expect(log).toHaveLength(6);
      await expect(p.page.locator('.record').textContent()).resolves.toContain('Sam Taylor, ward manager');
    });
  });

  test('a deep link to a step not yet reached goes to the current step', async () => {
    await withPathway(async (p) => {
      await p.app.goto('/concern/end-referred-to-lead');
      await p.expectPage('You are worried about someone');
      expect(path(p)).toBe('/concern/start');
      await p.choose(/I noticed the concern/);
      await p.continue();
      await p.expectPage('Is anyone in immediate danger, or do you think an attack may be about to happen?');
      await keepLockedCopy(p, 'Is anyone in immediate danger, or do you think an attack may be about to happen?');
      await p.app.goto('/concern/colleague-escalate');
      await unlock(p, 'Is anyone in immediate danger, or do you think an attack may be about to happen?');
      expect(path(p)).toBe('/concern/immediate-risk');
      await p.app.goto('/concern/no-such-step');
      await unlock(p, 'Is anyone in immediate danger, or do you think an attack may be about to happen?');
    });
  });

  test('an unknown address shows "Page not found" with the emergency panel', async () => {
    await withPathway(async (p) => {
      await p.app.goto('/nowhere');
      await p.expectPage('Page not found');
    });
  });
});

describe('keyboard only', () => {
  test('I can reach an outcome with Tab, arrow keys, Space and Enter alone', async () => {
    await withPathway(async (p) => {
      const { page } = p;
      const tabTo = async (matches: (el: { tag: string; text: string; type: string; label: string }) => boolean, limit = 40) => {
        for (let i = 0; i < limit; i++) {
          await page.keyboard.press('Tab');
          const el = await page.evaluate(() => {
            const a = document.activeElement as HTMLElement | null;
            const labelFor = a?.id ? document.querySelector(`label[for="${a.id}"]`)?.textContent : '';
            return { tag: a?.tagName ?? '', text: a?.textContent?.trim() ?? '', type: a?.getAttribute('type') ?? '', label: labelFor ?? '' };
          });
          if (matches(el)) return;
        }
        throw new Error('Could not reach the element by Tab');
      };
      await p.app.goto('/');
      await p.expectPage('Worried someone may be drawn into terrorism?');
      await tabTo((el) => el.tag === 'A' && el.text === 'Start now');
      await page.keyboard.press('Enter');
      await p.expectPage('You are worried about someone');
      await tabTo((el) => el.type === 'radio');
      await page.keyboard.press('Space');
      await tabTo((el) => el.tag === 'BUTTON' && el.text === 'Continue');
      await page.keyboard.press('Enter');
      await p.expectPage('Is anyone in immediate danger, or do you think an attack may be about to happen?');
      // Focus moved to the h1: the next Tab goes into the question.
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
      await tabTo((el) => el.type === 'radio' && el.label === 'Yes');
      await page.keyboard.press('ArrowDown'); // radios: arrows move and select → "No"
      await tabTo((el) => el.tag === 'BUTTON' && el.text === 'Continue');
      await page.keyboard.press('Enter');
      await p.expectPage(/vulnerable to being drawn into extremist activity/);
      await tabTo((el) => el.type === 'radio' && el.label === 'Yes');
      await page.keyboard.press('ArrowDown');
      await tabTo((el) => el.tag === 'BUTTON' && el.text === 'Continue');
      await page.keyboard.press('Enter');
      await p.expectPage('This is not a Prevent concern');
      await screenshot(page, 'keyboard-only-end');
    });
  });
});

describe('the emergency panel', () => {
  test('from every step, 999 is at most four Shift+Tabs from the heading, and the panel opens by keyboard', async () => {
    await withPathway(async (p) => {
      const { page } = p;
      const check = async () => {
        // Each page lands with focus on its h1. From there, 999 is a few Shift+Tabs away
        // (Back link, the panel's controls), never behind the form.
        await page.locator('h1').focus();
        const reached: string[] = [];
        for (let i = 0; i < 4 && !reached.includes('tel:999'); i++) {
          await page.keyboard.press('Shift+Tab');
          reached.push(await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? ''));
        }
        expect(reached, JSON.stringify(reached)).toContain('tel:999');
        await page.keyboard.press('Tab'); // the hotline
        await page.keyboard.press('Tab'); // "More urgent contacts and advice"
        await page.keyboard.press('Enter');
        const panel = page.locator('#urgent details');
        await expect(panel.getAttribute('open')).resolves.not.toBeNull();
        for (const href of ['tel:0800789321', 'tel:08000324539', 'tel:101', 'https://www.gov.uk/report-terrorism']) {
          await expect(panel.locator(`a[href="${href}"]`).isVisible()).resolves.toBe(true);
        }
        await expect(panel.getByText(/Run, Hide, Tell/).isVisible()).resolves.toBe(true);
        await page.keyboard.press('Enter'); // focus is still on the summary: close it again
        await expect(panel.getAttribute('open')).resolves.toBeNull();
      };
      await p.app.goto('/');
      await p.expectPage(/Worried someone/);
      await check();
      await p.page.getByRole('link', { name: 'Start now' }).click();
      const steps: [string | RegExp, () => Promise<void>][] = [
        [
          'You are worried about someone',
          async () => {
            await p.choose(/I noticed the concern/);
            await p.continue();
          },
        ],
        [
          'Is anyone in immediate danger, or do you think an attack may be about to happen?',
          async () => {
            await p.choose(/^No$/);
            await p.continue();
          },
        ],
        [
          /vulnerable to being drawn/,
          async () => {
            await p.choose(/^Yes$/);
            await p.continue();
          },
        ],
        [
          /patient or a colleague/,
          async () => {
            await p.choose('A colleague');
            await p.continue();
          },
        ],
        [/Discuss your concern/, () => p.fillRecord()],
        [
          /line manager decided to escalate/,
          async () => {
            await p.choose(/Yes, escalate/);
            await p.continue();
          },
        ],
        [
          /discusses the concern with the safeguarding lead and a Human Resources \(HR\) colleague/,
          async () => {
            await p.fill(/Who took part/, 'Line manager, safeguarding lead, HR');
            await p.continue();
          },
        ],
        [/safeguarding lead will assess the risk/, async () => {}],
      ];
      // The patient column, then an emergency declared from it, covers the remaining steps.
      const patientThenEmergency: typeof steps = [
        [
          'You are worried about someone',
          async () => {
            await p.choose(/I am a safeguarding lead/);
            await p.continue();
          },
        ],
        [
          'Is anyone in immediate danger, or do you think an attack may be about to happen?',
          async () => {
            await p.choose(/^No$/);
            await p.continue();
          },
        ],
        [
          /vulnerable to being drawn/,
          async () => {
            await p.choose(/^Yes$/);
            await p.continue();
          },
        ],
        [
          /patient or a colleague/,
          async () => {
            await p.choose('A patient');
            await p.continue();
          },
        ],
        [/Discuss your concern/, () => p.fillRecord()],
        [
          /decided to escalate this concern to the safeguarding lead/,
          async () => {
            await p.choose(/Yes, escalate/);
            await p.continue();
          },
        ],
        ['Inform the safeguarding lead', () => p.page.getByRole('button', { name: 'This has become an emergency' }).click()],
        ['Call 999 now and ask for police presence', () => p.continue('I have called 999')],
        [
          'Inform the safeguarding lead',
          async () => {
            await p.choose('Yes');
            await p.continue();
          },
        ],
        [
          'Record what happened',
          async () => {
            await p.fill(/What happened, what you did/, 'Threats made on the ward; police attended.');
            await p.continue('Save the record');
          },
        ],
        ['You have contacted the police and recorded what happened', async () => {}],
      ];
      for (const [heading, answer] of steps) {
        await p.expectPage(heading);
        await check();
        await answer();
      }
      await p.page.getByRole('button', { name: 'Start a new concern' }).click();
      for (const [heading, answer] of patientThenEmergency) {
        await p.expectPage(heading);
        await check();
        await answer();
      }
      expect(new Set(p.visited).size).toBe(18 + 1 - 3); // every step but three outcomes, plus the home page
    });
  });
});

describe('the printed record', () => {
  test('prints the decision log with OFFICIAL-SENSITIVE at the top and bottom of every page', async () => {
    await withPathway(async (p) => {
      await p.toSubject('A patient');
      // A long record so the print runs over several pages.
      await p.fill('What did you see or hear?', 'Over several weeks the person has talked at length in the clinic. '.repeat(120));
      await p.page.getByRole('group', { name: 'When did you first notice this?' }).getByLabel('Day').fill('1');
      await p.page.getByRole('group', { name: 'When did you first notice this?' }).getByLabel('Month').fill('10');
      await p.page.getByRole('group', { name: 'When did you first notice this?' }).getByLabel('Year').fill('2026');
      await p.fill('Who did you discuss this with?', 'Ward manager');
      await p.continue('Save and continue');
      await p.answerYesNo(/Yes, escalate/, 'Inform the safeguarding lead');
      await p.choose('Yes');
      await p.continue();
      await p.expectPage('No further action is required from you');
      const pdf = await p.page.pdf({ format: 'A4', printBackground: true });
      const dir = mkdtempSync(join(tmpdir(), 'print-'));
      writeFileSync(join(dir, 'record.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'record.pdf'), '-'], { encoding: 'utf8' });
      const pages = text.split('\f').filter((page) => page.trim() !== '');
      expect(pages.length).toBeGreaterThan(1);
      for (const [index, page] of pages.entries()) {
        const lines = page
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean);
        expect(lines[0], `top of page ${index + 1}`).toBe('OFFICIAL-SENSITIVE');
        expect(lines.at(-1), `bottom of page ${index + 1}`).toBe('OFFICIAL-SENSITIVE');
      }
      expect(text.match(/OFFICIAL-SENSITIVE/g)).toHaveLength(pages.length * 2);
      expect(text).toContain('Decision log');
      expect(text).toContain('Ward manager');
      expect(text).not.toContain('Call 999'); // the screen-only panel is not printed
    });
  });
});
