// A script-like driver for the concern pathway: each call waits for the page it expects, checks
// what every page must have (one h1, the 999 link, no axe violations) and then answers it the way
// a person would, by label.
import { expect } from 'vitest';
import { expectNoAxeViolations, followedAddress, type AppPage } from './browser';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class Pathway {
  /** Every URL path visited, in order: the journeys assert on it and axe ran on each. */
  readonly visited: string[] = [];

  constructor(readonly app: AppPage) {}

  get page() {
    return this.app.page;
  }

  /** Waits for the page whose h1 matches, then checks it: one h1, 999 reachable, axe clean. */
  async expectPage(heading: string | RegExp): Promise<void> {
    const h1 = this.page.getByRole('heading', { level: 1 });
    // Exactly one h1, with the expected text (several would read as "A | B" and fail the match).
    await expect
      .poll(async () => (await h1.allTextContents()).join(' | '), { timeout: 10_000 })
      .toMatch(heading instanceof RegExp ? heading : new RegExp(`^${escape(heading)}$`));
    await expect.poll(() => this.page.locator('a[href="tel:999"]').count()).toBeGreaterThan(0);
    const path = new URL(await followedAddress(this.page), this.page.url()).pathname;
    this.visited.push(path);
    await expectNoAxeViolations(this.page, `page ${path}`);
  }

  async choose(label: string | RegExp): Promise<void> {
    await this.page.getByRole('radio', { name: label }).check();
  }

  async fill(label: string | RegExp, value: string): Promise<void> {
    await this.page.getByLabel(label).fill(value);
  }

  async continue(name: string | RegExp = 'Continue'): Promise<void> {
    await this.page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  }

  async start(role: RegExp = /I noticed the concern/): Promise<void> {
    await this.app.goto('/');
    await this.expectPage('Worried someone may be drawn into terrorism?');
    await this.page.getByRole('link', { name: 'Start now' }).click();
    await this.expectPage('You are worried about someone');
    await this.choose(role);
    await this.continue();
    await this.expectPage('Is anyone in immediate danger, or do you think an attack may be about to happen?');
  }

  async answerYesNo(answer: RegExp, next: string | RegExp, notes?: string): Promise<void> {
    await this.choose(answer);
    if (notes !== undefined) await this.page.getByRole('textbox').fill(notes);
    await this.continue();
    await this.expectPage(next);
  }

  /** Immediate risk: no; concern: yes; patient or colleague. */
  async toSubject(subject: 'A patient' | 'A colleague'): Promise<void> {
    await this.start();
    await this.answerYesNo(/^No$/, /vulnerable to being drawn into extremist activity/);
    await this.answerYesNo(/^Yes$/, /patient or a colleague/);
    await this.choose(subject);
    await this.continue();
    await this.expectPage(/^Discuss your concern with your (line )?manager/);
  }

  async fillRecord(record = sampleRecord): Promise<void> {
    await this.fill('What did you see or hear?', record.whatHappened);
    await this.page.getByRole('group', { name: 'When did you first notice this?' }).getByLabel('Day').fill(record.day);
    await this.page.getByRole('group', { name: 'When did you first notice this?' }).getByLabel('Month').fill(record.month);
    await this.page.getByRole('group', { name: 'When did you first notice this?' }).getByLabel('Year').fill(record.year);
    await this.fill(/Exact words used/, record.exactWords);
    await this.fill('Who did you discuss this with?', record.discussedWith);
    await this.continue('Save and continue');
  }

  /** The outcome page's decision log, as rows of cell text. */
  async decisionLog(): Promise<string[][]> {
    const rows = this.page.getByRole('table', { name: 'Decision log' }).locator('tbody tr');
    return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  }
}

export const sampleRecord = {
  whatHappened: 'In the outpatient waiting area the person showed another patient videos praising a recent attack and said others deserved the same.',
  day: '3',
  month: '11',
  year: '2026',
  exactWords: '“They had it coming – all of them.”',
  discussedWith: 'Sam Taylor, ward manager',
};
