// What the first page loads from the production build (dist/): every script and stylesheet that
// index.html references or preloads, raw and gzip bytes (zlib level 9), plus each chunk loaded on
// demand. A module for scripts/bench.mjs and scripts/check-size-budget.mjs; run on its own
// (`npm run bench:size`, after `npm run build`) it prints JSON.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const defaultDist = fileURLToPath(new URL('../dist/', import.meta.url));

/** Raw and gzip bytes of one file under dist/ (path relative to dist/, e.g. assets/index-abc.js). */
export function measureFile(dist, file) {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);
const total = (files) => ({ raw: sum(files, 'raw'), gzip: sum(files, 'gzip') });

/** The first page's scripts and stylesheets (what index.html loads before any route's code). */
export function firstPageSize(dist = defaultDist) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${join(dist, 'index.html')} is missing: run npm run build first.`);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const referenced = [...new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]))];
  const files = referenced.map((file) => measureFile(dist, file));
  const lazy = readdirSync(join(dist, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => /\.(js|css)$/.test(file) && !referenced.includes(file))
    .map((file) => measureFile(dist, file));
  return {
    firstPage: {
      js: total(files.filter((f) => f.file.endsWith('.js'))),
      css: total(files.filter((f) => f.file.endsWith('.css'))),
      files,
    },
    loadedOnDemand: lazy,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(firstPageSize(process.argv[2] ?? defaultDist), null, 2));
}
