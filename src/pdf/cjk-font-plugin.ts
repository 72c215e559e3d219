/**
 * Vite plugin: serves the Chinese font split for the browser (src/pdf/cjk-font-split.ts). The build
 * writes assets/NotoSansSC-outline-<hash>.ttf and assets/NotoSansSC-<hash>-<n>.bin (the outline
 * pieces); the dev server answers the same paths from memory; `virtual:cjk-font` gives the page
 * their addresses. The hash is of the font file, so a cached piece never goes stale.
 * Build tooling only (node:fs): no page imports this file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { FONT_FILES } from './font-files';
import { CJK_GLYPHS_PER_PIECE, splitFont } from './cjk-font-split';

const VIRTUAL = 'virtual:cjk-font';
const RESOLVED = `\0${VIRTUAL}`;

export function cjkFontPieces(): Plugin {
  const fontPath = createRequire(import.meta.url).resolve(FONT_FILES['cjk-regular']);
  let hash: string | null = null;
  let split: ReturnType<typeof splitFont> | null = null;
  let base = '/';
  const bytes = () => new Uint8Array(readFileSync(fontPath));
  const fontHash = () => (hash ??= createHash('sha256').update(bytes()).digest('hex').slice(0, 10));
  const parts = () => (split ??= splitFont(bytes(), CJK_GLYPHS_PER_PIECE));
  const outlineName = () => `assets/NotoSansSC-outline-${fontHash()}.ttf`;
  const piecePrefix = () => `assets/NotoSansSC-${fontHash()}-`;
  return {
    name: 'cjk-font-pieces',
    configResolved(config) {
      base = config.base;
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      return [
        `export const CJK_OUTLINE_URL = ${JSON.stringify(base + outlineName())};`,
        `export const CJK_GLYPHS_PER_PIECE = ${CJK_GLYPHS_PER_PIECE};`,
        `const prefix = ${JSON.stringify(base + piecePrefix())};`,
        'export function cjkPieceUrl(index) { return `${prefix}${index}.bin`; }',
      ].join('\n');
    },
    generateBundle(_options, bundle) {
      // Only where the page's font loader was bundled (not the service worker's own build).
      if (!Object.values(bundle).some((chunk) => chunk.type === 'chunk' && chunk.moduleIds.includes(RESOLVED))) return;
      const { outline, pieces } = parts();
      this.emitFile({ type: 'asset', fileName: outlineName(), source: outline });
      pieces.forEach((piece, index) => this.emitFile({ type: 'asset', fileName: `${piecePrefix()}${index}.bin`, source: piece }));
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]!;
        if (!path.startsWith(`${base}assets/NotoSansSC-`)) return next();
        const name = path.slice(base.length);
        const index = name.startsWith(piecePrefix()) ? Number(name.slice(piecePrefix().length, -'.bin'.length)) : NaN;
        const body = name === outlineName() ? parts().outline : Number.isInteger(index) ? parts().pieces[index] : undefined;
        if (!body) return next();
        response.setHeader('Content-Type', name.endsWith('.ttf') ? 'font/ttf' : 'application/octet-stream');
        response.end(Buffer.from(body));
      });
    },
  };
}
