// Prints what the first page loads from the production build (dist/): every script and stylesheet
// that index.html references or preloads, raw and gzip bytes, plus each lazily loaded chunk.
// Run `npm run build` first. Prints JSON.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const referenced = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
const measure = (file) => {
  const bytes = readFileSync(join(dist, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);
const firstPage = referenced.map(measure);
const lazy = readdirSync(join(dist, 'assets'))
  .map((name) => `assets/${name}`)
  .filter((file) => /\.(js|css)$/.test(file) && !referenced.includes(file))
  .map(measure);
const js = firstPage.filter((f) => f.file.endsWith('.js'));
const css = firstPage.filter((f) => f.file.endsWith('.css'));
console.log(
  JSON.stringify(
    {
      firstPage: {
        js: { raw: sum(js, 'raw'), gzip: sum(js, 'gzip') },
        css: { raw: sum(css, 'raw'), gzip: sum(css, 'gzip') },
        files: firstPage,
      },
      loadedOnDemand: lazy,
    },
    null,
    2,
  ),
);
