// `npm run bench:pdf`: how long the referral PDF takes to make, how big it is, and how many font
// bytes each case fetches, for a typical referral and a worst case, in Node and in Chromium.
// Prints JSON. Node: the builder bundled by Vite for Node (SSR build). Chromium: a tiny
// page bundled with Vite (fonts as assets), served by `vite preview` on 127.0.0.1, driven by
// playwright-core with Debian's Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
import { rm } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, preview, runnerImport } from 'vite';
import { launchChromium } from './chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const CASES = ['typical', 'worstCase'];
const root = fileURLToPath(new URL('./bench-pdf/', import.meta.url));
// BENCH_PDF_OUT: a folder of your own when several people build on one machine.
const outDir = process.env.BENCH_PDF_OUT?.replace(/\/?$/, '/') ?? fileURLToPath(new URL('../node_modules/.cache/bench-pdf/', import.meta.url));
const quiet = { configFile: false, logLevel: 'error' };

async function inNode() {
  // Bundled for Node (dependencies stay external, resolved from node_modules as usual).
  const nodeOut = `${outDir}node/`;
  await build({
    ...quiet,
    root,
    build: { ssr: `${root}node-entry.ts`, outDir: nodeOut, emptyOutDir: true, target: 'node20', rollupOptions: { output: { entryFileNames: '[name].mjs' } } },
  });
  const module = await import(pathToFileURL(`${nodeOut}node-entry.mjs`).href);
  const results = {};
  for (const name of CASES) results[name] = await module.runCase(name, RUNS);
  return results;
}

/**
 * The browser harness (scripts/bench-pdf/index.html) built and served by Vite preview; also used
 * by scripts/bench.mjs, which drives window.firstExport in fresh pages.
 */
export async function serveHarness() {
  const webOut = `${outDir}web/`;
  // DejaVu and the Chinese font split as the app's build splits them (src/pdf/font-pieces-plugin.ts).
  const { module: pieces } = await runnerImport(fileURLToPath(new URL('../src/pdf/font-pieces-plugin.ts', import.meta.url)), quiet);
  await build({
    ...quiet,
    root,
    base: '/',
    plugins: [pieces.fontPieces()],
    build: { outDir: webOut, emptyOutDir: true, target: 'es2022', reportCompressedSize: false },
  });
  const server = await preview({ ...quiet, root, build: { outDir: webOut }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  return { url: server.resolvedUrls.local[0], close: () => server.close() };
}

async function inChromium() {
  const harness = await serveHarness();
  const server = { resolvedUrls: { local: [harness.url] }, close: harness.close };
  const browser = await launchChromium();
  try {
    const results = { version: browser.version() };
    for (const name of CASES) {
      // A new context per case: an empty HTTP cache, so the fonts really are fetched.
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(server.resolvedUrls.local[0]);
      await page.waitForSelector('body[data-ready="yes"]');
      results[name] = await page.evaluate(([n, runs]) => window.benchPdf(n, runs), [name, RUNS]);
      if (errors.length) throw new Error(`Errors in the page: ${errors.join('\n')}`);
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await rm(outDir, { recursive: true, force: true });
  const node = await inNode();
  const browser = await inChromium();
  console.log(
    JSON.stringify(
      {
        runs: RUNS,
        note: 'medianMs: median of the timed runs with fonts cached for the session; firstRunMs: first export (fonts fetched/read, fontkit loaded); bytes: PDF size; fontBytesFetched: font file bytes the case needed',
        machine: { cpus: cpus().length, node: process.version, chromium: browser.version },
        node,
        chromium: Object.fromEntries(CASES.map((name) => [name, browser[name]])),
      },
      null,
      2,
    ),
  );
}
