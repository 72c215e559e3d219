import type { ReferralDocument } from '../../forms/document';
import type { SplitFontId } from './font-files';
import { assignFonts, cleanText, coverageTable, documentTexts } from './scripts';

/**
 * What the builder prints itself beside the document's fields, in DejaVu: "Page 3 of 12",
 * "Reference: …", "Generated: 23/11/2026 14:05", "(continued)", "Not given", "…" where a repeated
 * label is cut. A glyph missed here is still drawn: the builder asks the loader for every glyph it
 * drew before embedding (FontLoader.withGlyphs) and lays the document out again with any it lacked,
 * at the cost of a later fetch.
 */
const BUILDER_TEXT = 'Page of 0123456789 Reference: Form version: Generated: /. (continued) Not given …';

/**
 * The text each split font (src/pdf/font-split.ts) must have outlines for to draw a document, one
 * run a line: what the builder will draw with it. A field is counted in both styles, as the
 * builder prints some in the other (a bold label is repeated in regular in the note on unprintable
 * characters), and DejaVu also gets BUILDER_TEXT. A font the document does not use gets "".
 */
export function fontTexts(doc: ReferralDocument): Record<SplitFontId, string> {
  const runs: Record<SplitFontId, string[]> = { 'dejavu-regular': [BUILDER_TEXT], 'dejavu-bold': [BUILDER_TEXT], 'cjk-regular': [] };
  const texts = [...documentTexts(doc).map((t) => t.text), doc.marking];
  for (const text of texts) {
    const clean = cleanText(text);
    for (const style of ['regular', 'bold'] as const) {
      const fonts = assignFonts(clean, style, coverageTable);
      let run = '';
      let runFont: SplitFontId | null = null;
      for (let i = 0; i <= clean.length; i++) {
        const font = i < clean.length ? fonts[i] : null;
        const split = font && font in runs ? (font as SplitFontId) : null;
        if (split === runFont && split) run += clean[i];
        else {
          if (runFont && run) runs[runFont].push(run);
          run = split ? clean[i]! : '';
          runFont = split;
        }
      }
    }
  }
  return { 'dejavu-regular': runs['dejavu-regular'].join('\n'), 'dejavu-bold': runs['dejavu-bold'].join('\n'), 'cjk-regular': runs['cjk-regular'].join('\n') };
}
