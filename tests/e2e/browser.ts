// Small, typed helpers for the browser journeys (tests/e2e/*.e2e.ts).
// Chromium is driven by playwright-core (no bundled browsers): Debian's /usr/bin/chromium,
// or CHROMIUM_PATH if set. Every page gets its own BrowserContext (axe needs that, and it keeps
// storage isolated between journeys), and every page records what went wrong in the browser.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export type { Browser, Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const screenshotDir = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}. Install Debian's: apt-get install chromium poppler-utils (bash .ci/run does it), or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The preview server's root URL (ends in "/"), from tests/e2e/global-setup.ts. */
export function baseUrl(): string {
  return inject('baseUrl');
}

/** Absolute URL of an app path: appUrl('/report/start') → http://127.0.0.1:PORT/report/start. */
export function appUrl(path = '/'): string {
  return new URL(path.replace(/^\/+/, ''), baseUrl()).href;
}

export interface NewPageOptions {
  /** Defaults to 1280x900. */
  viewport?: { width: number; height: number };
  /** Defaults to the preview server's URL. Requests to any other origin are recorded and blocked. */
  baseUrl?: string;
  /** Extra options for browser.newContext(), e.g. { reducedMotion: 'reduce', locale: 'en-GB' }. */
  contextOptions?: Parameters<Browser['newContext']>[0];
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** console.error() calls and failed resource loads reported by the browser console. */
  consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: string[];
  /** Every http(s)/ws(s) request to an origin other than the app's own (these are also aborted). */
  offOriginRequests: string[];
  /** The type of every dialog the page opened ("beforeunload" when leaving with unsaved work). */
  dialogs: string[];
  /** Navigate to an app path (resolved against the base URL) and wait for the load event. */
  goto(path?: string): Promise<void>;
  /** Close the page's context (and so the page). */
  close(): Promise<void>;
}

export async function newPage(browser: Browser, opts: NewPageOptions = {}): Promise<AppPage> {
  const root = opts.baseUrl ?? baseUrl();
  const appOrigin = new URL(root).origin;
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    ...opts.contextOptions,
  });

  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const offOriginRequests: string[] = [];

  const isOffOrigin = (raw: string): boolean => {
    const url = new URL(raw);
    return /^(https?|wss?):$/.test(url.protocol) && url.origin !== appOrigin;
  };

  // Context-wide, so popups and workers are covered too. Off-origin requests are aborted: the
  // app promises that nothing leaves the device, and the tests must not depend on the network.
  context.on('request', (request) => {
    if (isOffOrigin(request.url())) offOriginRequests.push(`${request.method()} ${request.url()}`);
  });
  await context.route(
    (url) => isOffOrigin(url.href),
    (route) => route.abort('blockedbyclient'),
  );

  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      const { url, lineNumber } = msg.location();
      consoleErrors.push(url ? `${msg.text()} (${url}:${lineNumber})` : msg.text());
    }
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? String(error)));
  // "Leave site?" is accepted, as a user who means to reload would; the test can see it was asked.
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
  });
  page.on('websocket', (ws) => {
    if (isOffOrigin(ws.url())) offOriginRequests.push(`WEBSOCKET ${ws.url()}`);
  });

  return {
    page,
    context,
    consoleErrors,
    pageErrors,
    offOriginRequests,
    dialogs,
    async goto(path = '/') {
      await page.goto(new URL(path.replace(/^\/+/, ''), root).href, { waitUntil: 'load' });
    },
    close: () => context.close(),
  };
}

/** Fails if the page logged a console error, threw, or tried to reach another origin. */
export function expectNoBrowserProblems(app: AppPage): void {
  const { pageErrors, consoleErrors, offOriginRequests } = app;
  expect({ pageErrors, consoleErrors, offOriginRequests }, 'problems seen in the browser').toEqual({
    pageErrors: [],
    consoleErrors: [],
    offOriginRequests: [],
  });
}

/**
 * A journey draws its next step in the click and its address follows once that page has painted,
 * 100 ms after the click at the latest (src/journey/after-next-paint.ts): waits for that on the
 * page's own clock (its timers run in order of their deadline), and returns the address.
 */
export async function followedAddress(page: Page): Promise<string> {
  return page.evaluate(() => new Promise<string>((resolve) => setTimeout(() => resolve(location.pathname + location.search), 150)));
}

/** Runs axe (WCAG 2.0/2.1 A+AA and 2.2 AA) on the page as it is now; fails with a readable list. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (violations.length === 0) return;
  const lines = violations.map((v) => {
    const targets = v.nodes.map((node) => `      ${node.target.map(String).join(' >> ')}`).join('\n');
    return `  - ${v.id} [${v.impact ?? 'unknown impact'}] ${v.help} (${v.helpUrl})\n${targets}`;
  });
  expect.fail(`${label}: ${violations.length} axe violation(s) on ${page.url()}\n${lines.join('\n')}`);
}

/** Full-page screenshot to test-results/screenshots/NAME.png; returns the file path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const file = `${screenshotDir}${name.replace(/[^\w.-]+/g, '_')}.png`;
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
