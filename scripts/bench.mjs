// `npm run bench` (after `npm run build`): how heavy and how fast the production build is, as JSON
// on stdout (progress on stderr). Measured in Debian's Chromium against the build served the way it
// is deployed: real nginx with deploy/prevent-pathway/site.conf (gzip, caching, headers) if nginx is
// installed, else Vite's preview server (no gzip on the wire; said so in the output).
//
//  - bytes: JavaScript and CSS the first page loads (from dist/index.html), and what each route
//    actually loads in a cold browser (Resource Timing): raw, gzip -9 of the same files, and the
//    bytes on the wire as served;
//  - timing: navigation start → first question rendered (/concern/start), and Continue → next
//    question rendered; medians of BENCH_RUNS (default 20) cold loads, each in a fresh context;
//  - pdf: `npm run bench:pdf` (scripts/bench-pdf.mjs, its own JSON), plus the fonts' gzip sizes;
//  - lighthouse: performance, accessibility and best-practices scores (Lighthouse 12, desktop and
//    mobile presets) if it can be run (npm exec fetches it into npm's cache the first time);
//    BENCH_LIGHTHOUSE=0 skips it.
// NGINX_DIST_DIR measures another build folder instead of dist/. On 2 cores it takes about two minutes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview, runnerImport } from 'vite';
import { defaultDist, firstPageSize, measureFile } from './bench-size.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const LIGHTHOUSE_VERSION = '12.8.2'; // the last Lighthouse that runs on Node 20
const ROUTES = ['/', '/concern/start', '/referral', '/referral/export', '/training'];
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = process.env.NGINX_DIST_DIR ?? defaultDist;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const started = performance.now();
const log = (message) => process.stderr.write(`bench: ${message}\n`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (ms) => Math.round(ms * 10) / 10;
const stats = (values) => ({
  medianMs: round(median(values)),
  minMs: round(Math.min(...values)),
  maxMs: round(Math.max(...values)),
  runs: values.length,
});

/** nginx with the deployed config if installed, else Vite preview. */
async function startServer() {
  const { module: nginx } = await runnerImport(join(root, 'tests/e2e/nginx-server.ts'), { configFile: false, logLevel: 'error' });
  try {
    const binary = nginx.nginxBinary();
    const server = await nginx.startNginx({ root: dist });
    const version = spawnSync(binary, ['-v'], { encoding: 'utf8' }).stderr.trim();
    return { baseUrl: server.baseUrl, stop: server.stop, description: `${version}, deploy/prevent-pathway/site.conf (gzip level 6)` };
  } catch (error) {
    log(`nginx unavailable (${error.message.split('\n')[0]}); using vite preview`);
    const server = await preview({ root, configFile: false, logLevel: 'error', build: { outDir: dist }, preview: { host: '127.0.0.1', port: 0 } });
    return {
      baseUrl: server.resolvedUrls.local[0],
      stop: () => server.close(),
      description: 'vite preview: nginx is not installed, so no gzip on the wire (onTheWire = raw)',
    };
  }
}

function launch() {
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH).`);
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A context that refuses every request off the app's origin (there should be none). */
async function coldContext(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const origin = new URL(baseUrl).origin;
  await context.route((url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== origin, (route) => route.abort('blockedbyclient'));
  return context;
}

/** JS and CSS one route loads in a cold browser, from Resource Timing, with gzip -9 of the same files. */
async function measureRoute(browser, baseUrl, path) {
  const context = await coldContext(browser, baseUrl);
  try {
    const page = await context.newPage();
    await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    const entries = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ name: e.name, transferSize: e.transferSize, encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize })),
    );
    const kind = (ext) => {
      const files = entries.filter((e) => new URL(e.name).pathname.endsWith(ext));
      const measured = files.map((e) => measureFile(dist, new URL(e.name).pathname.slice(1)));
      return {
        files: files.length,
        raw: measured.reduce((t, f) => t + f.raw, 0),
        gzip: measured.reduce((t, f) => t + f.gzip, 0),
        onTheWire: files.reduce((t, e) => t + e.encodedBodySize, 0),
      };
    };
    return {
      landedOn: new URL(page.url()).pathname,
      h1: (await page.locator('main h1').first().textContent())?.trim(),
      js: kind('.js'),
      css: kind('.css'),
      otherRequests: entries.filter((e) => !/\.(js|css)$/.test(new URL(e.name).pathname)).map((e) => new URL(e.name).pathname),
    };
  } finally {
    await context.close();
  }
}

// In the page, before its own scripts: marks when a question (an h1 with answer options) first
// appears, and when the h1 changes after a click on Continue; each also one frame later (painted).
const instrument = () => {
  const marks = {};
  window.__benchMarks = marks;
  const question = () => {
    const h1 = document.querySelector('main h1');
    return h1 && h1.getClientRects().length > 0 && document.querySelector('main input[type="radio"]') ? h1.textContent : null;
  };
  const afterFrame = (name) => requestAnimationFrame(() => setTimeout(() => (marks[name] = performance.now())));
  new MutationObserver(() => {
    const text = question();
    if (!text) return;
    if (marks.firstQuestion === undefined) {
      marks.firstQuestion = performance.now();
      marks.firstQuestionText = text;
      afterFrame('firstQuestionPainted');
    } else if (marks.clickAt !== undefined && marks.nextQuestion === undefined && text !== marks.firstQuestionText) {
      marks.nextQuestion = performance.now();
      afterFrame('nextQuestionPainted');
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('button[type="submit"], button:not([type])')) marks.clickAt ??= event.timeStamp;
  }, true);
};

async function measureTiming(browser, baseUrl) {
  const firstQuestion = [];
  const firstQuestionPainted = [];
  const transition = [];
  const transitionPainted = [];
  let questions;
  for (let i = 0; i < RUNS; i++) {
    const context = await coldContext(browser, baseUrl);
    try {
      const page = await context.newPage();
      await page.addInitScript(instrument);
      await page.goto(new URL('/concern/start', baseUrl).href);
      await page.waitForFunction(() => window.__benchMarks.firstQuestionPainted !== undefined);
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.waitForFunction(() => window.__benchMarks.nextQuestionPainted !== undefined);
      const marks = await page.evaluate(() => ({ ...window.__benchMarks, next: document.querySelector('main h1').textContent }));
      questions ??= { first: marks.firstQuestionText, next: marks.next };
      firstQuestion.push(marks.firstQuestion);
      firstQuestionPainted.push(marks.firstQuestionPainted);
      transition.push(marks.nextQuestion - marks.clickAt);
      transitionPainted.push(marks.nextQuestionPainted - marks.clickAt);
    } finally {
      await context.close();
    }
  }
  return {
    note: 'Cold loads, each in a fresh browser context (empty cache). firstQuestion: navigation start → /concern/start has its h1 and answer options in the DOM (MutationObserver, performance.now()); Painted: one frame later. stepTransition: the click on Continue (event.timeStamp) → the next question\'s h1 in the DOM; Painted: one frame later.',
    questions,
    firstQuestion: stats(firstQuestion),
    firstQuestionPainted: stats(firstQuestionPainted),
    stepTransition: stats(transition),
    stepTransitionPainted: stats(transitionPainted),
  };
}

function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ code: -1, stdout, stderr: `${stderr}${error.message}` }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function benchPdf() {
  const ttfNames = readdirSync(join(dist, 'assets')).filter((name) => name.endsWith('.ttf'));
  const fonts = Object.fromEntries(
    ttfNames.map((name) => {
      const bytes = readFileSync(join(dist, 'assets', name));
      return [name.replace(/-[\w-]{8}\.ttf$/, '.ttf'), { raw: bytes.length, gzip: gzipSync(bytes, { level: 6 }).length }];
    }),
  );
  const fontNote = 'fonts: each TTF in dist/assets, raw and gzip level 6 (what nginx sends); the PDF fetches only the ones its text needs (fontBytesFetched below is raw bytes).';
  if (!existsSync(join(root, 'scripts/bench-pdf.mjs'))) return { unavailable: 'scripts/bench-pdf.mjs does not exist yet', fontNote, fonts };
  const result = await run(process.execPath, ['scripts/bench-pdf.mjs']);
  if (result.code !== 0) return { unavailable: `npm run bench:pdf failed (exit ${result.code}): ${result.stderr.trim().split('\n').slice(-5).join(' | ')}`, fontNote, fonts };
  let pdf;
  try {
    pdf = JSON.parse(result.stdout);
  } catch {
    return { unavailable: 'npm run bench:pdf printed something other than JSON', output: result.stdout.slice(0, 500), fontNote, fonts };
  }
  // Font bytes per case as served by nginx: the case's font ids → their files → gzip sizes.
  const { module: fontFileTable } = await runnerImport(join(root, 'src/pdf/font-files.ts'), { configFile: false, logLevel: 'error' });
  const fontBytesPerCase = Object.fromEntries(
    Object.entries(pdf.chromium ?? {}).map(([name, result]) => {
      const files = (result.fonts ?? []).map((id) => fontFileTable.FONT_FILES[id].split('/').pop());
      return [name, { fonts: files, raw: files.reduce((t, f) => t + (fonts[f]?.raw ?? 0), 0), gzipOnTheWire: files.reduce((t, f) => t + (fonts[f]?.gzip ?? 0), 0) }];
    }),
  );
  return { source: 'npm run bench:pdf (scripts/bench-pdf.mjs)', ...pdf, fontNote, fonts, fontBytesPerCase };
}

async function lighthouseRun(url, preset, outDir) {
  const output = join(outDir, 'report.json');
  const args = ['exec', '--yes', `--package=lighthouse@${LIGHTHOUSE_VERSION}`, '--', 'lighthouse', url,
    '--quiet', '--output=json', `--output-path=${output}`, '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync'];
  if (preset === 'desktop') args.push('--preset=desktop');
  let problem = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    rmSync(output, { force: true });
    const result = await run('npm', args, { env: { ...process.env, CHROME_PATH: chromiumPath } });
    const report = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')) : undefined;
    if (result.code === 0 && report && !report.runtimeError) return { report };
    problem = report?.runtimeError?.message ?? `exit ${result.code}: ${result.stderr.split('\n').filter((line) => line.trim() && !/Unknown user config/.test(line)).slice(-2).join(' | ')}`;
    log(`lighthouse ${preset} ${url}: attempt ${attempt} failed: ${problem}`);
  }
  return { problem };
}

async function lighthouse(baseUrl) {
  if (process.env.BENCH_LIGHTHOUSE === '0') return { skipped: 'BENCH_LIGHTHOUSE=0' };
  const outDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const results = { version: LIGHTHOUSE_VERSION, note: 'Lighthouse with Debian Chromium, offline against the local server, simulated throttling of each preset (desktop; mobile = the default, a mid-range phone on slow 4G). Scores 0-100.' };
  try {
    for (const preset of ['desktop', 'mobile']) {
      results[preset] = {};
      for (const path of ['/', '/concern/start']) {
        const { report, problem } = await lighthouseRun(new URL(path, baseUrl).href, preset, outDir);
        if (!report) return { unavailable: `Lighthouse ${LIGHTHOUSE_VERSION} could not run here: ${problem}` };
        const score = (id) => Math.round((report.categories[id]?.score ?? NaN) * 100);
        const metric = (id) => report.audits[id]?.displayValue;
        results[preset][path] = {
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          firstContentfulPaint: metric('first-contentful-paint'),
          largestContentfulPaint: metric('largest-contentful-paint'),
          totalBlockingTime: metric('total-blocking-time'),
          cumulativeLayoutShift: metric('cumulative-layout-shift'),
        };
        log(`lighthouse ${preset} ${path}: ${JSON.stringify(results[preset][path])}`);
      }
    }
    return results;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const server = await startServer();
const output = { machine: { cpus: cpus().length, node: process.version }, server: server.description, runs: RUNS };
try {
  log(`serving ${dist} at ${server.baseUrl} (${server.description})`);
  output.firstPage = (({ js, css }) => ({ note: 'what dist/index.html loads: raw and gzip -9 bytes', js, css }))(firstPageSize(dist).firstPage);

  const browser = await launch();
  output.machine.chromium = browser.version();
  try {
    log(`timing: ${RUNS} cold loads of /concern/start and a step transition`);
    output.timing = await measureTiming(browser, server.baseUrl);
    output.routes = { note: 'What each route loads in a cold browser (Resource Timing): raw and gzip -9 of those files, and onTheWire = encodedBodySize as served' };
    for (const path of ROUTES) {
      log(`route ${path}`);
      output.routes[path] = await measureRoute(browser, server.baseUrl, path);
      if (output.routes[path].h1 === 'Page not found') output.routes[path].note = 'no such route in this build';
    }
  } finally {
    await browser.close();
  }

  log('lighthouse');
  output.lighthouse = await lighthouse(server.baseUrl);
} finally {
  await server.stop();
}
log('npm run bench:pdf');
output.pdf = await benchPdf();
output.durationSeconds = Math.round((performance.now() - started) / 1000);
console.log(JSON.stringify(output, null, 2));
