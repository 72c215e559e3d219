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

/**
 * The fonts the build serves split into an outline-less copy and pieces of outlines
 * (src/pdf/font-split.ts), so a PDF fetches only the outlines its text uses. `name` starts the
 * asset file names; `glyphsPerPiece` sets the pieces' size: about 6 KB for DejaVu (90 bytes a
 * glyph), about 11 KB for Noto Sans SC (340 bytes a glyph). `dropKern`: the font's GPOS kerns every
 * script, so fontkit never reads its old kern table (it does only where GPOS has no kerning):
 * left out of the copy (16 KB; checked in font-split.test.ts). DejaVu Bold's GPOS has no kerning
 * for kana, so it keeps its own.
 */
export const SPLIT_FONTS = {
  'dejavu-regular': { name: 'DejaVuSans', glyphsPerPiece: 32, dropKern: true },
  'dejavu-bold': { name: 'DejaVuSans-Bold', glyphsPerPiece: 32, dropKern: false },
  'cjk-regular': { name: 'NotoSansSC', glyphsPerPiece: 32, dropKern: false },
} as const satisfies Partial<Record<FontId, { name: string; glyphsPerPiece: number; dropKern: boolean }>>;
export type SplitFontId = keyof typeof SPLIT_FONTS;

export function isSplitFont(id: FontId): id is SplitFontId {
  return id in SPLIT_FONTS;
}

/** Loads one font file's bytes. Called at most once per font per PDF, and only for fonts the text needs. */
export interface FontLoader {
  (id: FontId): Promise<Uint8Array>;
  /**
   * For a loader that serves a split font with only the glyphs a text was expected to need
   * (fonts.ts): the same font (`bytes`, as it gave it) with `glyphs` too, the glyphs the builder
   * actually drew; `bytes` itself when it has them all. The builder calls it before embedding and,
   * given new bytes, lays the document out again with them: a glyph the prediction missed is
   * fetched, never lost.
   */
  withGlyphs?(id: FontId, bytes: Uint8Array, glyphs: readonly number[]): Promise<Uint8Array>;
}

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
