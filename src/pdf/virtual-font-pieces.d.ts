/** DejaVu Sans and the Chinese font as the build splits them (vite.config.ts, fontPieces; src/pdf/font-split.ts). */
declare module 'virtual:font-pieces' {
  /** Per split font: its outline-less copy (character map, metrics, layout rules), and its pieces of outlines at `${piecePrefix}${index}.bin`. */
  export const FONT_PIECES: Readonly<Record<import('./font-files').SplitFontId, { outline: string; piecePrefix: string; glyphsPerPiece: number }>>;
}
