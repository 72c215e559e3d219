/**
 * Reads the fonts from node_modules, for unit tests and the benchmark script only. Browser code
 * must not import this file (it uses node:fs); the app uses browserFontLoader from fonts.ts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { FONT_FILES, type FontId, type FontLoader } from './font-files';

const require = createRequire(import.meta.url);

export function fontPath(id: FontId): string {
  return require.resolve(FONT_FILES[id]);
}

export interface NodeFontLoader extends FontLoader {
  /** Every call, in order, including repeats (a spy for "which fonts were requested"). */
  readonly requested: FontId[];
}

/** Caches file bytes across calls (like the browser loader's session cache) and records requests. */
export function createNodeFontLoader(): NodeFontLoader {
  const cache = new Map<FontId, Promise<Uint8Array>>();
  const requested: FontId[] = [];
  const load = (id: FontId): Promise<Uint8Array> => {
    requested.push(id);
    let pending = cache.get(id);
    if (!pending) {
      pending = readFile(fontPath(id)).then((buffer) => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
      cache.set(id, pending);
    }
    return pending;
  };
  return Object.assign(load, { requested });
}

export const nodeFontLoader: FontLoader = createNodeFontLoader();
