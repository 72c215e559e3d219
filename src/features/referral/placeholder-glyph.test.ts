import { describe, expect, it } from 'vitest';
import { exportPageText } from '../../content/referral-export.content';
import { PLACEHOLDER } from '../../pdf/scripts';

// src/pdf/build-referral-pdf.test.ts reads a PDF back with pdftotext and finds PLACEHOLDER where an
// unprintable character was typed; the export page must name that same glyph.
describe('the export page names the placeholder the PDF prints', () => {
  it('shows the glyph the PDF draws for a character no font has, and no other box', () => {
    expect(exportPageText.warningsIntro).toContain(PLACEHOLDER);
    expect(exportPageText.warningsIntro).not.toMatch(/[\u25a0\u25a1\u25af\u2610]/u);
  });
});
