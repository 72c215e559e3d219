/**
 * The fonts the PDF can embed, by id, and where each lives in node_modules. Shared by the browser
 * loader (fonts.ts, which turns them into asset URLs) and the Node loader (node-font-loader.ts).
 * All are TrueType (glyf) files: fontkit subsets those correctly, WOFF/WOFF2 crash it.
 */
export const FONT_IDS = ['dejavu-regular', 'dejavu-bold', 'arabic-regular', 'arabic-bold', 'cjk-regular'] as const;
export type FontId = (typeof FONT_IDS)[number];

/** Paths inside node_modules (package name first). */
export const FONT_FILES: Readonly<Record<FontId, string>> = {
  'dejavu-regular': 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  'dejavu-bold': 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  'arabic-regular': '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  'arabic-bold': '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  // 10 MB: requested only when the document has a character that only this font can draw.
  'cjk-regular': '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
};

/** Loads one font file's bytes. Called at most once per font per PDF, and only for fonts the text needs. */
export type FontLoader = (id: FontId) => Promise<Uint8Array>;

/** A font file could not be loaded (as a rejected promise); the message says what to do. */
export class FontLoadError extends Error {
  constructor(
    readonly fontId: FontId,
    cause: unknown,
  ) {
    super(`The font "${fontId}" needed for this PDF could not be loaded. Reload the app while online, then export again.`, { cause });
    this.name = 'FontLoadError';
  }
}
