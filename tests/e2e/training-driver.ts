// A script-like driver for trainer mode: each call waits for the page it expects, checks what
// every trainer page must have (one h1, the training mark, 999 reachable, no axe violations) and
// then acts the way a trainer would: by the labels on the buttons.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { AppPage } from './browser';
import { Pathway } from './pathway-driver';

export const TRAINING_MARK = 'TRAINING – FICTIONAL – NOT A REFERRAL';

const squash = (text: string) => text.replace(/\s+/g, '');

declare global {
  interface Window {
    /** Every call that would change sessionStorage or localStorage, recorded by the init script. */
    __storageWrites?: string[];
  }
}

/**
 * Records every sessionStorage and localStorage write (setItem, removeItem, clear) the page makes,
 * from before the app's first line runs: trainer mode must make none.
 */
export async function recordStorageWrites(app: AppPage): Promise<void> {
  await app.context.addInitScript(() => {
    const writes: string[] = [];
    window.__storageWrites = writes;
    for (const method of ['setItem', 'removeItem', 'clear'] as const) {
      const original = Storage.prototype[method] as (...args: unknown[]) => unknown;
      Storage.prototype[method] = function (this: Storage, ...args: unknown[]) {
        writes.push(`${this === window.localStorage ? 'localStorage' : 'sessionStorage'}.${method}(${args.map(String).join(', ')})`);
        return original.apply(this, args);
      } as never;
    }
  });
}

export class Trainer {
  /** The pathway's driver checks what every page must have: one h1, 999 reachable, axe clean. */
  private readonly pages: Pathway;

  constructor(readonly app: AppPage) {
    this.pages = new Pathway(app);
  }

  get page() {
    return this.app.page;
  }

  /** Every URL path visited, in order: axe ran on each. */
  get visited(): readonly string[] {
    return this.pages.visited;
  }

  /** Waits for the page whose h1 matches and checks it as every page is checked, plus the training mark and no email action. */
  async expectPage(heading: string | RegExp): Promise<void> {
    await this.pages.expectPage(heading);
    await expect.poll(() => this.page.locator('.training-mark').innerText()).toContain(TRAINING_MARK);
    await expect(this.page.locator('a[href^="mailto:"]').count()).resolves.toBe(0);
  }

  get path(): string {
    return new URL(this.page.url()).pathname;
  }

  /** From the app's first page to a scenario's briefing. */
  async openScenario(title: string): Promise<void> {
    await this.app.goto('/');
    await this.page.getByRole('link', { name: 'Open trainer mode' }).click();
    await this.expectPage('Trainer mode');
    await this.page.getByRole('link', { name: `Run “${title}”` }).click();
    await this.expectPage(title);
  }

  /** From the app's first page to a scenario's first step. */
  async startScenario(title: string, firstPage: string | RegExp): Promise<void> {
    await this.openScenario(title);
    await this.button('Start the scenario');
    await this.expectPage(firstPage);
  }

  /** Takes a next step from the list under the page ("No → Is the person causing concern?"). */
  async take(step: string, next: string | RegExp): Promise<void> {
    await this.page.getByRole('list').getByRole('button', { name: step, exact: true }).click();
    await this.expectPage(next);
  }

  /** Takes a next step by its button on the flowchart itself. */
  async takeOnFlowchart(step: string, next: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: `Take the next step: ${step}`, exact: true }).click();
    await this.expectPage(next);
  }

  /** The room answers a discussion question. */
  async answer(option: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: option }).click();
  }

  async button(name: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name, exact: typeof name === 'string' }).click();
  }

  /** The verdict on the room's last choice ("Matches the expected path"), or null when there is none. */
  async verdict(): Promise<string | null> {
    const feedback = this.page.locator('.feedback__verdict');
    if ((await feedback.count()) === 0) return null;
    return (await feedback.innerText()).replace(/^[✓✗!]\s*/, '').trim();
  }

  async feedback(): Promise<string> {
    return this.page.locator('.feedback').innerText();
  }

  async storageWrites(): Promise<string[]> {
    return this.page.evaluate(() => window.__storageWrites ?? ['the storage recorder did not run']);
  }

  async storedItems(): Promise<{ session: number; local: number }> {
    return this.page.evaluate(() => ({ session: sessionStorage.length, local: localStorage.length }));
  }

  /**
   * Downloads the training PDF and reads it back with pdftotext, one string per page. Raw mode keeps
   * content-stream order: the diagonal watermark comes out whole, not interleaved with the page text.
   */
  async exportPdf(): Promise<{ name: string; pages: string[] }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.button('Download the training PDF')]);
    const dir = mkdtempSync(join(tmpdir(), 'training-'));
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return { name: download.suggestedFilename(), pages: text.split('\f').filter((page) => page.trim() !== '') };
  }

  static hasMark(pageText: string): boolean {
    return squash(pageText).includes(squash(TRAINING_MARK));
  }
}
