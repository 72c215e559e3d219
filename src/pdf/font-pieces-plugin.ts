/**
 * Vite plugin: serves DejaVu Sans (regular, bold) and the Chinese font split for the browser
 * (src/pdf/font-split.ts). The build writes assets/<Name>-outline-<hash>.ttf and
 * assets/<Name>-<hash>-<n>.bin (the outline pieces) for each; the dev server answers the same paths
 * from memory; `virtual:font-pieces` gives the page their addresses. The hash is of the font file,
 * so a cached piece never goes stale. Build tooling only (node:fs): no page imports this file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { FONT_FILES, SPLIT_FONTS, type SplitFontId } from './font-files';
import { splitFont } from './font-split';

const VIRTUAL = 'virtual:font-pieces';
const RESOLVED = `\0${VIRTUAL}`;

interface SplitAsset {
  outlineName: string;
  piecePrefix: string;
  parts(): ReturnType<typeof splitFont>;
}

function splitAsset(id: SplitFontId): SplitAsset {
  const { name, glyphsPerPiece, dropKern } = SPLIT_FONTS[id];
  const bytes = () => new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(FONT_FILES[id])));
  const hash = createHash('sha256').update(bytes()).digest('hex').slice(0, 10);
  let split: ReturnType<typeof splitFont> | null = null;
  return {
    outlineName: `assets/${name}-outline-${hash}.ttf`,
    piecePrefix: `assets/${name}-${hash}-`,
    parts: () => (split ??= splitFont(bytes(), glyphsPerPiece, { dropKern })),
  };
}

export function fontPieces(): Plugin {
  let assets: Record<SplitFontId, SplitAsset> | null = null;
  const all = () =>
    (assets ??= Object.fromEntries(Object.keys(SPLIT_FONTS).map((id) => [id, splitAsset(id as SplitFontId)])) as Record<SplitFontId, SplitAsset>);
  let base = '/';
  return {
    name: 'font-pieces',
    configResolved(config) {
      base = config.base;
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const entries = Object.entries(all()).map(
        ([fontId, asset]) =>
          `${JSON.stringify(fontId)}: { outline: ${JSON.stringify(base + asset.outlineName)}, piecePrefix: ${JSON.stringify(base + asset.piecePrefix)}, glyphsPerPiece: ${SPLIT_FONTS[fontId as SplitFontId].glyphsPerPiece} }`,
      );
      return `export const FONT_PIECES = {\n${entries.join(',\n')}\n};`;
    },
    generateBundle(_options, bundle) {
      // Only where the page's font loader was bundled (not the service worker's own build).
      if (!Object.values(bundle).some((chunk) => chunk.type === 'chunk' && chunk.moduleIds.includes(RESOLVED))) return;
      for (const asset of Object.values(all())) {
        const { outline, pieces } = asset.parts();
        this.emitFile({ type: 'asset', fileName: asset.outlineName, source: outline });
        pieces.forEach((piece, index) => this.emitFile({ type: 'asset', fileName: `${asset.piecePrefix}${index}.bin`, source: piece }));
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]!;
        if (!path.startsWith(`${base}assets/`)) return next();
        const name = path.slice(base.length);
        for (const asset of Object.values(all())) {
          const index = name.startsWith(asset.piecePrefix) ? Number(name.slice(asset.piecePrefix.length, -'.bin'.length)) : NaN;
          const body = name === asset.outlineName ? asset.parts().outline : Number.isInteger(index) ? asset.parts().pieces[index] : undefined;
          if (!body) continue;
          response.setHeader('Content-Type', name.endsWith('.ttf') ? 'font/ttf' : 'application/octet-stream');
          response.end(Buffer.from(body));
          return;
        }
        next();
      });
    },
  };
}
