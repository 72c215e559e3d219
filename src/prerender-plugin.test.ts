// @vitest-environment node
// The head of a prerendered page in the order its first paint needs, and the gzip copies nginx sends
// as they are (src/prerender-plugin.ts). The built pages themselves: tests/e2e/prerender.e2e.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import { precompress, stylesheetsFirst } from './prerender-plugin';

// The head as Vite writes it: module script, its preload hints, and the stylesheet last.
const built = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <title>Prevent Pathway</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/jsx-runtime-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

describe('stylesheetsFirst', () => {
  test('the stylesheet is asked for before the module script and its preload hints, and nothing is lost or added', () => {
    const html = stylesheetsFirst(built);
    const tags = [...html.matchAll(/<(script|link)\b[^>]*>/g)].map(([tag]) => tag);
    expect(tags).toEqual([
      '<link rel="stylesheet" crossorigin href="/assets/index-ghi.css">',
      '<script type="module" crossorigin src="/assets/index-abc.js">',
      '<link rel="modulepreload" crossorigin href="/assets/jsx-runtime-def.js">',
    ]);
    expect(html.indexOf('</title>')).toBeLessThan(html.indexOf('rel="stylesheet"'));
    expect(html.replace(/\s+/g, '')).toHaveLength(built.replace(/\s+/g, '').length);
  });

  test('a page without a stylesheet is left as it is', () => {
    const without = built.replace(/\n\s*<link rel="stylesheet"[^>]*>/, '');
    expect(stylesheetsFirst(without)).toBe(without);
  });
});

describe('precompress', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('writes name.gz beside each file, which unzips to the same bytes and is smaller', () => {
    dir = mkdtempSync(join(tmpdir(), 'precompress-'));
    mkdirSync(join(dir, 'assets'));
    const css = Buffer.from('.nhsuk-button{color:#fff}\n'.repeat(200));
    writeFileSync(join(dir, 'assets/index.css'), css);
    writeFileSync(join(dir, 'index.html'), built);
    precompress(dir, ['index.html', 'assets/index.css']);
    const gz = readFileSync(join(dir, 'assets/index.css.gz'));
    expect(gunzipSync(gz).equals(css)).toBe(true);
    expect(gz.length).toBeLessThan(css.length / 10);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(built);
  });
});
