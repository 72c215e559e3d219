// `npm run bench` (after `npm run build`): Prevent Pathway measured side by side with the SurveyJS
// build of the same National Prevent Referral Form (../shared/peers/surveyjs, see its README), in
// one run, interleaved (each round measures one app then the other, the order alternating), in
// Debian's Chromium, a fresh browser context per load. JSON on stdout, progress on stderr.
//
// Both apps are served by nginx the same way: gzip -9 copies of pages, scripts and stylesheets
// (gzip_static; the peer's own bench also sends level 9), gzip level 6 for anything else; ours with
// deploy/prevent-pathway/site.conf, the peer with the same gzip settings and no headers of ours (our
// CSP would block its styles).
// Figures, each the median of BENCH_RUNS (default 20):
//  - firstQuestion: navigation start → the first question in the DOM, then one frame later
//    (painted), and when the page answers a click (hydrated): our pathway (/concern/start, prerendered
//    at build time), our referral (/referral/section/individual), the peer (B1);
//  - step: the click on Continue/Next → the next question in the DOM, and painted one frame later;
//  - export: the first PDF of a session, typical and worst case, cold (the click loads the PDF code
//    and fonts) and, for us, prepared (as our export page and Check your answers do at idle: code and
//    fonts fetched, the PDF built once); and warm; fonts fetched;
//  - bytes: what each page fetches (scripts/bench-fetched.mjs: Resource Timing, gzip -9);
//  - lighthouse: Lighthouse 12 scores on / and /concern/start (npm exec fetches it); BENCH_LIGHTHOUSE=0 skips it.
// BENCH_PARTS=pages (or export, bytes, comma-separated) measures only those parts, and no Lighthouse.
// The peer must be built first: cp -r ../shared/peers/surveyjs /tmp/peer && cd /tmp/peer &&
// npm install && npx vite build; then PEER_DIST=/tmp/peer/dist npm run bench (default
// /tmp/peer-surveyjs/dist). NGINX_DIST_DIR measures another build of ours instead of dist/.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fetchedBy, launch, MEASURED_PAGES, startServer } from './bench-fetched.mjs';
import { serveHarness } from './bench-pdf.mjs';
import { defaultDist } from './bench-size.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
// BENCH_PARTS=pages,export,bytes measures only those parts (default: all three, then Lighthouse).
const PARTS = new Set((process.env.BENCH_PARTS ?? 'pages,export,bytes').split(',').map((part) => part.trim()));
const LIGHTHOUSE_VERSION = '12.8.2'; // the last Lighthouse that runs on Node 20
const root = new URL('..', import.meta.url).pathname;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const dist = process.env.NGINX_DIST_DIR ?? defaultDist;
const peerDist = process.env.PEER_DIST ?? '/tmp/peer-surveyjs/dist';
const peerRoot = join(peerDist, '..');
const started = performance.now();
const log = (message) => process.stderr.write(`bench: ${message}\n`);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (ms) => Math.round(ms * 10) / 10;
const stats = (values) =>
  values.length ? { medianMs: round(median(values)), minMs: round(Math.min(...values)), maxMs: round(Math.max(...values)), runs: values.length } : null;

/**
 * The peer's build served by nginx with gzip as ours is, SPA fallback, nothing else: on-the-fly gzip at
 * level 6, and, as our build has (src/prerender-plugin.ts), a gzip -9 copy beside every page, script and
 * stylesheet for gzip_static, made here in a copy of the peer's build.
 */
async function startPeerServer() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-peer-nginx-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, sub));
  const root = join(dir, 'dist');
  cpSync(peerDist, root, { recursive: true });
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (entry.isFile() && /\.(html|js|mjs|css)$/.test(entry.name)) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
  const port = await new Promise((resolve) => {
    import('node:net').then(({ createServer }) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address();
        server.close(() => resolve(free));
      });
    });
  });
  const conf = `daemon off;
worker_processes 1;
${process.getuid?.() === 0 ? 'user root;' : ''}
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  gzip on; gzip_comp_level 6; gzip_min_length 256; gzip_static on;
  gzip_types text/css application/javascript application/json application/manifest+json image/svg+xml font/ttf text/plain;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri $uri/ /index.html; }
  }
}
`;
  writeFileSync(join(dir, 'nginx.conf'), conf);
  const child = spawn(
    spawnSync('sh', ['-c', 'command -v nginx || echo /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim(),
    ['-p', dir, '-c', join(dir, 'nginx.conf')],
    { stdio: 'ignore' },
  );
  // Never left running, even when the bench fails half-way.
  process.once('exit', () => child.kill('SIGTERM'));
  const baseUrl = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(baseUrl)).ok) break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return {
    baseUrl,
    stop: async () => {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// In the page, before its own scripts: the first time `selector` matches (a question), and the
// first time `next` matches after a click on a submit or Next button; each also one frame later.
// `live` matches once the page answers a click (hydrated): ours, the form's button enabled (a page
// prerendered at build time keeps it disabled until React has taken the page over); the peer, its
// question (drawn by its script, so live at once).
const instrument = ({ first, next, live }) => {
  const marks = {};
  window.__benchMarks = marks;
  const afterFrame = (name) => requestAnimationFrame(() => setTimeout(() => (marks[name] = performance.now())));
  const seen = (selector) => {
    const el = document.querySelector(selector);
    return el && el.getClientRects().length > 0 ? el : null;
  };
  new MutationObserver(() => {
    if (marks.hydrated === undefined && seen(live)) marks.hydrated = performance.now();
    if (marks.firstQuestion === undefined && seen(first)) {
      marks.firstQuestion = performance.now();
      marks.firstText = seen(first).textContent;
      afterFrame('firstQuestionPainted');
    } else if (marks.clickAt !== undefined && marks.nextQuestion === undefined) {
      const el = seen(next);
      if (el && el.textContent !== marks.firstText) {
        marks.nextQuestion = performance.now();
        afterFrame('nextQuestionPainted');
      }
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['disabled'] });
  document.addEventListener(
    'click',
    (event) => {
      if (event.target instanceof Element && event.target.closest('button[type="submit"], button:not([type]), input[type="button"], .sd-navigation__next-btn'))
        marks.clickAt ??= event.timeStamp;
    },
    true,
  );
};

async function cold(browser, baseUrl) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  const origin = new URL(baseUrl).origin;
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
  return context;
}

/** Our page answers a click: its form's button is enabled (disabled in prerendered HTML until React has taken it over). */
const LIVE = 'main form button[type="submit"]:not([disabled])';

const apps = {
  /** Our pathway: the first question, then answer it and Continue. */
  async pathway(browser, baseUrl) {
    const context = await cold(browser, baseUrl);
    try {
      const page = await context.newPage();
      await page.addInitScript(instrument, { first: 'main h1', next: 'main h1', live: LIVE });
      await page.goto(new URL('/concern/start', baseUrl).href);
      await page.waitForFunction(() => window.__benchMarks.firstQuestionPainted !== undefined && window.__benchMarks.hydrated !== undefined);
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await page.waitForFunction(() => window.__benchMarks.nextQuestionPainted !== undefined);
      return await page.evaluate(() => window.__benchMarks);
    } finally {
      await context.close();
    }
  },
  /** Our referral's first question (section B). */
  async referral(browser, baseUrl) {
    const context = await cold(browser, baseUrl);
    try {
      const page = await context.newPage();
      await page.addInitScript(instrument, { first: 'main form label', next: 'main h1', live: LIVE });
      await page.goto(new URL('/referral/section/individual', baseUrl).href);
      await page.waitForFunction(() => window.__benchMarks.firstQuestionPainted !== undefined && window.__benchMarks.hydrated !== undefined);
      return await page.evaluate(() => window.__benchMarks);
    } finally {
      await context.close();
    }
  },
  /** The peer: its first question (B1), then page B filled through its model and Next → C1. */
  async peer(browser, baseUrl, typical) {
    const context = await cold(browser, baseUrl);
    try {
      const page = await context.newPage();
      await page.addInitScript(instrument, { first: '[data-name="B1"]', next: '[data-name="C1"]', live: '[data-name="B1"]' });
      await page.goto(baseUrl);
      await page.waitForFunction(() => window.__benchMarks.firstQuestionPainted !== undefined);
      await page.evaluate((data) => (window.__survey.data = data), typical);
      await page.locator('.sd-navigation__next-btn, input[value="Next"], button:has-text("Next")').first().click();
      await page.waitForFunction(() => window.__benchMarks.nextQuestionPainted !== undefined, null, { timeout: 15_000 });
      return await page.evaluate(() => window.__benchMarks);
    } finally {
      await context.close();
    }
  },
};

/** One first export in a fresh page: ours through the PDF harness (the app's builder and font loader), the peer in its app. */
async function exportOnce(browser, url, kind, name, data) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    if (kind === 'peer') {
      await page.waitForSelector('[data-name="B1"]');
      return await page.evaluate(
        async ({ data, warmRuns }) => {
          window.__survey.data = data;
          let start = performance.now();
          await window.__nprf.buildPdf('helvetica', 'pages');
          const first = performance.now() - start;
          const warm = [];
          for (let i = 0; i < warmRuns; i++) {
            start = performance.now();
            await window.__nprf.buildPdf('helvetica', 'pages');
            warm.push(performance.now() - start);
          }
          return { ms: first, warm };
        },
        { data, warmRuns: 1 },
      );
    }
    await page.waitForSelector('body[data-ready="yes"]');
    return await page.evaluate(([n, prepared]) => window.firstExport(n, prepared), [name, kind === 'prepared']);
  } finally {
    await context.close();
  }
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

async function lighthouseRun(url, preset, outDir) {
  const output = join(outDir, 'report.json');
  const args = [
    'exec',
    '--yes',
    `--package=lighthouse@${LIGHTHOUSE_VERSION}`,
    '--',
    'lighthouse',
    url,
    '--quiet',
    '--output=json',
    `--output-path=${output}`,
    '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync',
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  let problem = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    rmSync(output, { force: true });
    const result = await run('npm', args, { env: { ...process.env, CHROME_PATH: chromiumPath } });
    const report = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')) : undefined;
    if (result.code === 0 && report && !report.runtimeError) return { report };
    problem =
      report?.runtimeError?.message ??
      `exit ${result.code}: ${result.stderr
        .split('\n')
        .filter((line) => line.trim() && !/Unknown user config/.test(line))
        .slice(-2)
        .join(' | ')}`;
    log(`lighthouse ${preset} ${url}: attempt ${attempt} failed: ${problem}`);
  }
  return { problem };
}

async function lighthouse(baseUrl) {
  if (process.env.BENCH_LIGHTHOUSE === '0') return { skipped: 'BENCH_LIGHTHOUSE=0' };
  const outDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const results = {
    version: LIGHTHOUSE_VERSION,
    note: 'Lighthouse with Debian Chromium, offline against the local server, simulated throttling of each preset (desktop; mobile = the default, a mid-range phone on slow 4G). Scores 0-100.',
  };
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

const output = {
  machine: { cpus: cpus().length, node: process.version, loadAverage: loadavg().map((l) => Math.round(l * 100) / 100) },
  runs: RUNS,
  note: 'Medians of BENCH_RUNS rounds; in each round both apps are measured, the order alternating. Painted = one frame after the element entered the DOM (requestAnimationFrame, then a task).',
};
if (!existsSync(join(peerDist, 'index.html')))
  throw new Error(`No peer build at ${peerDist}: copy ../shared/peers/surveyjs to /tmp, npm install, npx vite build there (or set PEER_DIST).`);
const { typical, worst } = await import(join(peerRoot, 'fixtures.mjs'));
const ours = await startServer(dist);
const peer = await startPeerServer();
const harness = await serveHarness();
log(`ours ${ours.baseUrl} (${ours.description}); peer ${peer.baseUrl}; PDF harness ${harness.url}`);
try {
  const browser = await launch();
  output.machine.chromium = browser.version();
  try {
    const samples = { pathway: [], referral: [], peer: [] };
    for (let i = 0; PARTS.has('pages') && i < RUNS; i++) {
      const order = i % 2 ? ['peer', 'pathway', 'referral'] : ['pathway', 'referral', 'peer'];
      for (const app of order) samples[app].push(await apps[app](browser, app === 'peer' ? peer.baseUrl : ours.baseUrl, typical));
      if (i % 5 === 4) log(`pages: ${i + 1} of ${RUNS} rounds`);
    }
    const pick = (list, key) => list.map((m) => m[key]).filter((v) => typeof v === 'number');
    const step = (list, key) => list.filter((m) => m.clickAt !== undefined && m[key] !== undefined).map((m) => m[key] - m.clickAt);
    const first = (list) => ({
      dom: stats(pick(list, 'firstQuestion')),
      painted: stats(pick(list, 'firstQuestionPainted')),
      hydrated: stats(pick(list, 'hydrated')),
    });
    if (PARTS.has('pages'))
      output.firstQuestion = {
        note: 'From navigation start: dom = the question in the DOM; painted = one frame later; hydrated = the page answers a click (our form button enabled; the peer: its question, live at once).',
        pathway: first(samples.pathway),
        referral: first(samples.referral),
        peer: first(samples.peer),
      };
    if (PARTS.has('pages'))
      output.step = {
        note: 'ours: /concern/start, first answer chosen, Continue → the next question; peer: page B filled through its model, Next → C1.',
        pathway: { dom: stats(step(samples.pathway, 'nextQuestion')), painted: stats(step(samples.pathway, 'nextQuestionPainted')) },
        peer: { dom: stats(step(samples.peer, 'nextQuestion')), painted: stats(step(samples.peer, 'nextQuestionPainted')) },
      };

    const exportsOf = { cold: {}, prepared: {}, peer: {} };
    const fonts = {};
    for (const name of PARTS.has('export') ? ['typical', 'worstCase'] : []) {
      const rows = { cold: [], prepared: [], peer: [] };
      const warm = { ours: [], peer: [] };
      for (let i = 0; i < RUNS; i++) {
        const order = i % 2 ? ['peer', 'cold', 'prepared'] : ['cold', 'prepared', 'peer'];
        for (const kind of order) {
          const result = await exportOnce(browser, kind === 'peer' ? peer.baseUrl : harness.url, kind, name, name === 'typical' ? typical : worst);
          rows[kind].push(result.ms);
          if (kind === 'peer') warm.peer.push(...result.warm);
          else fonts[name] ??= { bytesFetched: result.fontBytes, fonts: result.fonts };
        }
      }
      // Warm: ours from the PDF harness's own loop (bench-pdf), measured once here per case.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(harness.url);
      await page.waitForSelector('body[data-ready="yes"]');
      const oursWarm = await page.evaluate(([n, runs]) => window.benchPdf(n, runs), [name, RUNS]);
      await context.close();
      for (const kind of ['cold', 'prepared', 'peer']) exportsOf[kind][name] = stats(rows[kind]);
      exportsOf.peer[name].warm = stats(warm.peer);
      exportsOf.cold[name].warm = { medianMs: oursWarm.medianMs, minMs: oursWarm.minMs, maxMs: oursWarm.maxMs, runs: RUNS };
      log(`export ${name} done`);
    }
    if (PARTS.has('export'))
      output.export = {
        note: "First export of a session, in a fresh page: cold = the click loads the PDF code and fonts (ours through the PDF harness: the app's builder and font loader); prepared = as our export page and Check your answers do at idle, the code and this document's fonts fetched and the PDF built once (preparePdfNow) before the click; peer = survey-pdf with its default Helvetica (which loses every non-Latin character of the worst case). warm: later exports in the same page.",
        ours: { cold: exportsOf.cold, prepared: exportsOf.prepared },
        peer: exportsOf.peer,
        fontsFetched: fonts,
      };

    if (PARTS.has('bytes')) output.bytes = {};
    for (const [name, spec] of PARTS.has('bytes') ? Object.entries(MEASURED_PAGES) : []) {
      const { js, css, waves } = await fetchedBy(browser, ours.baseUrl, dist, spec);
      output.bytes[name] = { path: spec.path, js, css, waves };
    }
  } finally {
    await browser.close();
  }
  // Lighthouse (performance, accessibility, best practices; desktop and mobile presets), unless BENCH_LIGHTHOUSE=0.
  log('lighthouse');
  if (PARTS.size === 3 && PARTS.has('pages') && PARTS.has('export') && PARTS.has('bytes')) output.lighthouse = await lighthouse(ours.baseUrl);
} finally {
  await ours.stop();
  await peer.stop();
  await harness.close();
}
output.machine.loadAverageAfter = loadavg().map((l) => Math.round(l * 100) / 100);
output.durationSeconds = Math.round((performance.now() - started) / 1000);
console.log(JSON.stringify(output, null, 2));
