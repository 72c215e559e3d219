// What the browser actually fetches for a page of the production build: every script and
// stylesheet in the page's Resource Timing, in headless Chromium, against the build served the way
// it is deployed (real nginx with deploy/prevent-pathway/site.conf when installed, else Vite's
// preview server). Sizes are gzip -9 of the same files in the build folder, so the figure is the
// same on every machine and never depends on timing. Shared by scripts/check-size-budget.mjs (the
// budget in npm test) and scripts/bench.mjs; run on its own it prints JSON:
//   node scripts/bench-fetched.mjs [dist folder]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, runnerImport } from 'vite';
import { defaultDist, measureFile } from './bench-size.mjs';
import { chromiumPath, launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export { chromiumPath };

/**
 * The pages the budgets cover. `ready` is a CSS selector that is there once the page is complete:
 * the home page with the organisation's name in the header (the profile check is done), and the
 * referral's first section with its first question.
 */
export const MEASURED_PAGES = {
  firstPage: { path: '/', ready: 'main h1', settled: '.header__organisation:not(:empty)' },
  referralFirstQuestion: { path: '/referral/section/individual', ready: 'main h1', settled: 'main form input, main form textarea, main form select' },
};

/** nginx with the deployed config if installed, else Vite preview. */
export async function startServer(dist) {
  const { module: nginx } = await runnerImport(join(root, 'tests/e2e/nginx-server.ts'), { configFile: false, logLevel: 'error' });
  try {
    const binary = nginx.nginxBinary();
    const server = await nginx.startNginx({ root: dist });
    const version = spawnSync(binary, ['-v'], { encoding: 'utf8' }).stderr.trim();
    return { baseUrl: server.baseUrl, stop: server.stop, gzipOnTheWire: true, description: `${version}, deploy/prevent-pathway/site.conf (gzip level 6)` };
  } catch (error) {
    const server = await preview({ root, configFile: false, logLevel: 'error', build: { outDir: dist }, preview: { host: '127.0.0.1', port: 0 } });
    return {
      baseUrl: server.resolvedUrls.local[0],
      stop: () => server.close(),
      gzipOnTheWire: false,
      description: `vite preview (nginx unavailable: ${error.message.split('\n')[0]}): no gzip on the wire`,
    };
  }
}

export function launch() {
  return launchChromium();
}

/**
 * A cold context (empty cache) that refuses every request off the app's origin. The service worker
 * is blocked: its precache is not what the page needs, and it starts only after the page anyway.
 */
export async function coldContext(browser, baseUrl, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', ...options });
  const origin = new URL(baseUrl).origin;
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/**
 * Loads one page cold and returns the scripts and stylesheets it fetched, each with its gzip -9
 * size from the build folder, and the number of sequential fetch waves (a file whose request
 * started after another's response ended is one wave later).
 */
export async function fetchedBy(browser, baseUrl, dist, { path, ready, settled }) {
  const context = await coldContext(browser, baseUrl);
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
    await page.locator(ready).first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator(settled).first().waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd, encodedBodySize: e.encodedBodySize })),
    );
    const files = entries
      .map((e) => ({ ...e, file: new URL(e.name).pathname.slice(1) }))
      .filter((e) => /\.(js|css)$/.test(e.file))
      .map((e) => ({ ...measureFile(dist, e.file), onTheWire: e.encodedBodySize, start: e.start, end: e.end }));
    // Waves: the document is wave 0; a file is one wave after the latest file that finished before it started.
    const sorted = [...files].sort((a, b) => a.start - b.start);
    for (const f of sorted) f.wave = 1 + Math.max(0, ...sorted.filter((g) => g !== f && g.end <= f.start).map((g) => g.wave ?? 0));
    const sum = (list, key) => list.reduce((t, f) => t + f[key], 0);
    const js = files.filter((f) => f.file.endsWith('.js'));
    const css = files.filter((f) => f.file.endsWith('.css'));
    return {
      path,
      landedOn: new URL(page.url()).pathname,
      js: { files: js.length, raw: sum(js, 'raw'), gzip: sum(js, 'gzip'), onTheWire: sum(js, 'onTheWire') },
      css: { files: css.length, raw: sum(css, 'raw'), gzip: sum(css, 'gzip'), onTheWire: sum(css, 'onTheWire') },
      waves: Math.max(0, ...files.map((f) => f.wave)),
      files: files.map(({ file, raw, gzip, wave }) => ({ file, raw, gzip, wave })),
      otherRequests: entries.map((e) => new URL(e.name).pathname).filter((p) => !/\.(js|css)$/.test(p)),
    };
  } finally {
    await context.close();
  }
}

/** Every page in MEASURED_PAGES, in one browser against one server. */
export async function measureFetched(dist = defaultDist) {
  if (!existsSync(join(dist, 'index.html')))
    throw new Error(`${join(dist, 'index.html')} is missing: build first (npm run build, or vite build --outDir <dir>).`);
  const server = await startServer(dist);
  try {
    const browser = await launch();
    try {
      const pages = {};
      for (const [name, spec] of Object.entries(MEASURED_PAGES)) pages[name] = await fetchedBy(browser, server.baseUrl, dist, spec);
      return { server: server.description, pages };
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await measureFetched(process.argv[2] ?? process.env.E2E_DIST_DIR ?? defaultDist), null, 2));
}
