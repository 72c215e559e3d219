import type { ReferralDocument } from '../../forms/document';
import { assignFonts, cleanText, coverageTable, documentTexts } from './scripts';

/**
 * The runs of a document's text that the builder will draw with the Chinese font, one per line:
 * what the Chinese font must have outlines for (src/pdf/cjk-font-split.ts). Empty when none.
 */
export function cjkRuns(doc: ReferralDocument): string {
  const runs: string[] = [];
  for (const { text, style } of documentTexts(doc)) {
    const clean = cleanText(text);
    const fonts = assignFonts(clean, style, coverageTable);
    let run = '';
    for (let i = 0; i <= clean.length; i++) {
      if (i < clean.length && fonts[i] === 'cjk-regular') run += clean[i];
      else if (run) {
        runs.push(run);
        run = '';
      }
    }
  }
  return runs.join('\n');
}
