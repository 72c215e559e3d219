/**
 * The browser's font loader: font files are build assets, fetched from our own origin only when a
 * PDF needs them, and kept in memory for the rest of the session so a second export costs nothing.
 * DejaVu Sans and the Chinese font come in pieces (src/pdf/font-split.ts, split by the build,
 * vite.config.ts): a document fetches each one's outline-less copy and only the outlines its text
 * uses. Noto Sans Arabic (about 0.2 MB each) is fetched whole, and only for Arabic script.
 * Nothing here runs until the export page opens: the whole src/pdf module is loaded lazily.
 */
import arabicRegularUrl from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import arabicBoldUrl from '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?url';
import { FONT_PIECES } from 'virtual:font-pieces';
import { createFontComposer, type FontComposer, type GlyphFinder } from './font-split';
import { FontLoadError, isSplitFont, type FontId, type FontLoader, type SplitFontId } from './font-files';

export { FontLoadError, type FontId, type FontLoader } from './font-files';

/** Where each split font's outline-less copy and pieces are (the build's; tests give their own). */
export type SplitFontUrls = Readonly<Record<SplitFontId, { outline: string; piecePrefix: string; glyphsPerPiece: number }>>;

/** The fonts fetched whole. */
export const WHOLE_FONT_URLS: Readonly<Record<Exclude<FontId, SplitFontId>, string>> = {
  'arabic-regular': arabicRegularUrl,
  'arabic-bold': arabicBoldUrl,
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
   * The same loader for one document: each split font has the outlines of its text only (what the
   * builder draws with it: fontTexts in src/pdf/font-texts.ts; a font missing from `texts` gets
   * every outline). The plain loader's split fonts have them all.
   */
  forText(texts: Partial<Record<SplitFontId, string>>): FontLoader;
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
  wholeUrls: Readonly<Record<Exclude<FontId, SplitFontId>, string>> = WHOLE_FONT_URLS,
  fetchFn: typeof fetch = (...args) => fetch(...args),
  splitUrls: SplitFontUrls = FONT_PIECES,
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
  const composers = new Map<SplitFontId, FontComposer>();
  const composer = (id: SplitFontId): FontComposer => {
    let found = composers.get(id);
    if (!found) {
      const { outline, piecePrefix, glyphsPerPiece } = splitUrls[id];
      found = createFontComposer({
        outline: () => fetchBytes(outline),
        piece: (index) => fetchBytes(`${piecePrefix}${index}.bin`),
        parse: parseWithFontkit,
        glyphsPerPiece,
      });
      composers.set(id, found);
    }
    return found;
  };
  const fontFor = async (id: SplitFontId, text: string | null): Promise<Uint8Array> => {
    try {
      const bytes = await composer(id).fontFor(text);
      if (!stats.fetched.includes(id)) stats.fetched.push(id);
      return bytes;
    } catch (error) {
      throw new FontLoadError(id, error);
    }
  };
  const load = (id: FontId): Promise<Uint8Array> => {
    if (isSplitFont(id)) return fontFor(id, null);
    let pending = cache.get(id);
    if (!pending) {
      pending = (async () => {
        try {
          const bytes = await fetchBytes(wholeUrls[id]);
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
  const withGlyphs = async (id: FontId, bytes: Uint8Array, glyphs: readonly number[]): Promise<Uint8Array> => {
    if (!isSplitFont(id)) return bytes;
    try {
      return await composer(id).extend(bytes, glyphs);
    } catch (error) {
      throw new FontLoadError(id, error);
    }
  };
  return Object.assign(load, {
    stats: () => ({ bytesFetched: stats.bytesFetched, fetched: [...stats.fetched] }),
    withGlyphs,
    forText: (texts: Partial<Record<SplitFontId, string>>): FontLoader =>
      Object.assign((id: FontId) => (isSplitFont(id) ? fontFor(id, texts[id] ?? null) : load(id)), { withGlyphs }),
  });
}

export const browserFontLoader: SessionFontLoader = createBrowserFontLoader();
