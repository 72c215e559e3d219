// @vitest-environment node
import './node-test-env';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FONT_IDS, type FontId } from './font-files';
import { fontPath } from './node-font-loader';
import { PdfSubsetFont } from './pdf-font';

/** fontkit's Path has its drawing commands, though its types do not say so. */
const commands = (glyph: { path: unknown }): number => (glyph.path as { commands: unknown[] }).commands.length;

const SAMPLES: Record<FontId, string> = {
  'dejavu-regular': 'Zażółć gęślą jaźń İstanbul Αλέξανδρος Пушкин Nguyễn “…” �',
  'dejavu-bold': 'OFFICIAL-SENSITIVE Page 1 of 9 Łódź',
  'arabic-regular': 'محمد علی عمران خان کا بیٹا فاطمہ نور',
  'arabic-bold': 'محمد علی',
  'cjk-regular': '王小明李华社区护士（）。，',
};

describe('PdfSubsetFont', () => {
  it.each(FONT_IDS)('keeps every glyph outline of %s when subsetting (odd-length glyphs padded)', async (id) => {
    const font = fontkit.create(new Uint8Array(readFileSync(fontPath(id))));
    const pdf = await PDFDocument.create();
    const subset = new PdfSubsetFont(pdf.context, font, 'F1', 'AAAAAA');
    const glyphs = [...SAMPLES[id]].filter((c) => c !== ' ').map((c) => font.glyphForCodePoint(c.codePointAt(0)!));
    const cids = glyphs.map((g) => subset.cidFor({ id: g.id, codePoints: g.codePoints, xAdvance: g.advanceWidth, xOffset: 0, yOffset: 0 }));
    const embedded = fontkit.create(await subset.subsetBytes());
    glyphs.forEach((glyph, i) => {
      expect(commands(embedded.getGlyph(cids[i]!)), `${String.fromCodePoint(...glyph.codePoints)} in ${id}`).toBe(commands(glyph));
    });
  });

  it('gives one glyph drawn for two different characters two CIDs, so each extracts as itself', async () => {
    const font = fontkit.create(new Uint8Array(readFileSync(fontPath('dejavu-regular'))));
    const pdf = await PDFDocument.create();
    const subset = new PdfSubsetFont(pdf.context, font, 'F1', 'AAAAAA');
    const paren = font.glyphForCodePoint(0x29).id;
    const asClose = subset.cidFor({ id: paren, codePoints: [0x29], xAdvance: 0, xOffset: 0, yOffset: 0 });
    const asOpen = subset.cidFor({ id: paren, codePoints: [0x28], xAdvance: 0, xOffset: 0, yOffset: 0 });
    expect(asOpen).not.toBe(asClose);
    expect(subset.cidFor({ id: paren, codePoints: [0x29], xAdvance: 0, xOffset: 0, yOffset: 0 })).toBe(asClose);
    const embedded = fontkit.create(await subset.subsetBytes());
    expect(commands(embedded.getGlyph(asOpen))).toBe(commands(embedded.getGlyph(asClose)));
  });
});
