/** The Chinese font as the build splits it (vite.config.ts, cjkFontPieces; src/pdf/cjk-font-split.ts). */
declare module 'virtual:cjk-font' {
  /** The font without outlines: character map, metrics and layout rules. */
  export const CJK_OUTLINE_URL: string;
  /** The URL of one piece of outlines, by index. */
  export function cjkPieceUrl(index: number): string;
  export const CJK_GLYPHS_PER_PIECE: number;
}
