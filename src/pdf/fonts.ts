/**
 * The browser's font loader: font files are build assets (Vite `?url`), fetched from our own origin
 * only when a PDF needs them, and kept in memory for the rest of the session so a second export
 * costs nothing. Nothing here runs until the user exports: the whole src/pdf module is loaded lazily.
 */
import dejavuRegularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import dejavuBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import arabicRegularUrl from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import arabicBoldUrl from '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?url';
import cjkRegularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import { FontLoadError, type FontId, type FontLoader } from './font-files';

export { FontLoadError, type FontId, type FontLoader } from './font-files';

export const FONT_URLS: Readonly<Record<FontId, string>> = {
  'dejavu-regular': dejavuRegularUrl,
  'dejavu-bold': dejavuBoldUrl,
  'arabic-regular': arabicRegularUrl,
  'arabic-bold': arabicBoldUrl,
  'cjk-regular': cjkRegularUrl,
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
}

/** A loader with its own session cache; `browserFontLoader` is the app's shared one. */
export function createBrowserFontLoader(
  urls: Readonly<Record<FontId, string>> = FONT_URLS,
  fetchFn: typeof fetch = (...args) => fetch(...args),
): SessionFontLoader {
  const cache = new Map<FontId, Promise<Uint8Array>>();
  const stats: FontLoadStats = { bytesFetched: 0, fetched: [] };
  const load = (id: FontId): Promise<Uint8Array> => {
    let pending = cache.get(id);
    if (!pending) {
      pending = (async () => {
        try {
          const response = await fetchFn(urls[id]);
          if (!response.ok) throw new Error(`HTTP ${response.status} for ${urls[id]}`);
          const bytes = new Uint8Array(await response.arrayBuffer());
          stats.bytesFetched += bytes.byteLength;
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
  return Object.assign(load, { stats: () => ({ bytesFetched: stats.bytesFetched, fetched: [...stats.fetched] }) });
}

export const browserFontLoader: SessionFontLoader = createBrowserFontLoader();
