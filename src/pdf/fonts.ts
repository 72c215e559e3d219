/**
 * The browser's font loader: font files are build assets (Vite `?url`), fetched from our own origin
 * only when a PDF needs them, and kept in memory for the rest of the session so a second export
 * costs nothing. The Chinese font comes in pieces (src/pdf/cjk-font-split.ts, split by the build,
 * vite.config.ts): a document fetches the outline-less font and only the outlines its text uses.
 * Nothing here runs until the export page opens: the whole src/pdf module is loaded lazily.
 */
import dejavuRegularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import dejavuBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import arabicRegularUrl from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import arabicBoldUrl from '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?url';
import { CJK_GLYPHS_PER_PIECE as SPLIT_GLYPHS_PER_PIECE, CJK_OUTLINE_URL, cjkPieceUrl } from 'virtual:cjk-font';
import { createCjkComposer, type GlyphFinder } from './cjk-font-split';
import { FontLoadError, type FontId, type FontLoader } from './font-files';

export { FontLoadError, type FontId, type FontLoader } from './font-files';

export const FONT_URLS: Readonly<Record<FontId, string>> = {
  'dejavu-regular': dejavuRegularUrl,
  'dejavu-bold': dejavuBoldUrl,
  'arabic-regular': arabicRegularUrl,
  'arabic-bold': arabicBoldUrl,
  // The outline-less font: the pieces come from cjkPieceUrl.
  'cjk-regular': CJK_OUTLINE_URL,
};

export interface FontLoadStats {
  /** Bytes downloaded by this loader so far (cached fonts are not counted again). */
  bytesFetched: number;
  /** The fonts downloaded so far, in the order they were requested. */
  fetched: FontId[];
}

/** A FontLoader that also says what it has downloaded. */
export interface SessionFontLoader extends FontLoader {
  stats(): FontLoadStats;
  /**
   * The same loader for one document: its Chinese font has the outlines of `cjkText` only (the
   * runs the builder draws with it: src/pdf/cjk-text.ts). The plain loader's Chinese font has them all.
   */
  forText(cjkText: string): FontLoader;
}

async function parseWithFontkit(bytes: Uint8Array): Promise<GlyphFinder> {
  const module = (await import('@pdf-lib/fontkit')) as unknown as {
    default?: { create(bytes: Uint8Array): GlyphFinder };
    create?(bytes: Uint8Array): GlyphFinder;
  };
  return (module.default ?? (module as { create(bytes: Uint8Array): GlyphFinder })).create(bytes);
}

/** A loader with its own session cache; `browserFontLoader` is the app's shared one. */
export function createBrowserFontLoader(
  urls: Readonly<Record<FontId, string>> = FONT_URLS,
  fetchFn: typeof fetch = (...args) => fetch(...args),
  pieceUrl: (index: number) => string = cjkPieceUrl,
  glyphsPerPiece: number = SPLIT_GLYPHS_PER_PIECE,
): SessionFontLoader {
  const cache = new Map<FontId, Promise<Uint8Array>>();
  const stats: FontLoadStats = { bytesFetched: 0, fetched: [] };
  const fetchBytes = async (url: string): Promise<Uint8Array> => {
    const response = await fetchFn(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    stats.bytesFetched += bytes.byteLength;
    return bytes;
  };
  const cjk = createCjkComposer({
    outline: () => fetchBytes(urls['cjk-regular']),
    piece: (index) => fetchBytes(pieceUrl(index)),
    parse: parseWithFontkit,
    glyphsPerPiece,
  });
  const fontFor = async (text: string | null): Promise<Uint8Array> => {
    try {
      const bytes = await cjk.fontFor(text);
      if (!stats.fetched.includes('cjk-regular')) stats.fetched.push('cjk-regular');
      return bytes;
    } catch (error) {
      throw new FontLoadError('cjk-regular', error);
    }
  };
  const load = (id: FontId): Promise<Uint8Array> => {
    if (id === 'cjk-regular') return fontFor(null);
    let pending = cache.get(id);
    if (!pending) {
      pending = (async () => {
        try {
          const bytes = await fetchBytes(urls[id]);
          stats.fetched.push(id);
          return bytes;
        } catch (error) {
          cache.delete(id); // a later export may succeed (e.g. back online)
          throw new FontLoadError(id, error);
        }
      })();
      cache.set(id, pending);
    }
    return pending;
  };
  return Object.assign(load, {
    stats: () => ({ bytesFetched: stats.bytesFetched, fetched: [...stats.fetched] }),
    forText:
      (cjkText: string): FontLoader =>
      (id) =>
        id === 'cjk-regular' ? fontFor(cjkText) : load(id),
  });
}

export const browserFontLoader: SessionFontLoader = createBrowserFontLoader();
