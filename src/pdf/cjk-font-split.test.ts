// @vitest-environment node
// The Chinese font as the browser gets it: split by the build, put back together for one document
// with only the outlines its text uses, then embedded by the real builder and read back with
// pdftotext. Bytes are counted, never timed.
import './node-test-env';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import type { ReferralDocument } from '../../forms/document';
import { NAMES, typicalReferral, worstCaseReferral } from '../../tests/fixtures/referral-documents';
import { buildReferralPdf } from './build-referral-pdf';
import { cjkRuns } from './cjk-text';
import { CJK_GLYPHS_PER_PIECE, composeFont, componentsOf, glyphOffsets, outlineOffsets, splitFont } from './cjk-font-split';
import { createBrowserFontLoader, FONT_URLS } from './fonts';
import type { FontId } from './font-files';
import { fontPath } from './node-font-loader';
import { pdftotext, squash } from './pdf-test-helpers';

const full = new Uint8Array(readFileSync(fontPath('cjk-regular')));
const { outline, pieces } = splitFont(full);

/** A same-origin server for the built fonts: the four whole fonts and the split Chinese one. */
function server(requested: string[]): typeof fetch {
  const files = new Map<string, Uint8Array>();
  for (const id of ['dejavu-regular', 'dejavu-bold', 'arabic-regular', 'arabic-bold'] as FontId[])
    files.set(FONT_URLS[id], new Uint8Array(readFileSync(fontPath(id))));
  files.set(FONT_URLS['cjk-regular'], outline);
  pieces.forEach((piece, index) => files.set(`/piece-${index}.bin`, piece));
  return (async (url: string) => {
    requested.push(url);
    const body = files.get(url);
    return body ? new Response(body.slice()) : new Response('Not found', { status: 404 });
  }) as typeof fetch;
}

const loaderFor = (requested: string[]) => createBrowserFontLoader(FONT_URLS, server(requested), (index) => `/piece-${index}.bin`, CJK_GLYPHS_PER_PIECE);

describe('the split Chinese font', () => {
  it('keeps every outline: the pieces put back together are the original glyph table, glyph for glyph', () => {
    const offsets = glyphOffsets(full);
    expect(offsets.length - 1).toBeGreaterThan(30_000);
    expect(pieces).toHaveLength(Math.ceil((offsets.length - 1) / CJK_GLYPHS_PER_PIECE));
    expect(pieces.reduce((total, p) => total + p.length, 0)).toBe(offsets.at(-1));
    expect(outlineOffsets(outline)).toEqual(offsets);
    // The outline-less copy is small and still a font fontkit reads, with the same character map.
    expect(outline.length).toBeLessThan(600_000);
    const whole = fontkit.create(full);
    const bare = fontkit.create(outline);
    for (const char of `${NAMES.chinese}${NAMES.chineseLong}ABC`)
      expect(bare.glyphForCodePoint(char.codePointAt(0)!).id).toBe(whole.glyphForCodePoint(char.codePointAt(0)!).id);
  });

  it('a font put together with some outlines draws those glyphs exactly as the original does', () => {
    const offsets = glyphOffsets(full);
    const whole = fontkit.create(full);
    const ids = [...NAMES.chinese].map((c) => whole.glyphForCodePoint(c.codePointAt(0)!).id);
    const outlines = new Map(
      ids.map((id) => [
        id,
        pieces[Math.floor(id / CJK_GLYPHS_PER_PIECE)]!.subarray(
          offsets[id]! - offsets[Math.floor(id / CJK_GLYPHS_PER_PIECE) * CJK_GLYPHS_PER_PIECE]!,
          offsets[id + 1]! - offsets[Math.floor(id / CJK_GLYPHS_PER_PIECE) * CJK_GLYPHS_PER_PIECE]!,
        ),
      ]),
    );
    const composed = fontkit.create(composeFont(outline, outlines));
    for (const id of ids) {
      expect(composed.getGlyph(id).path.toSVG()).toBe(whole.getGlyph(id).path.toSVG());
      expect(composed.getGlyph(id).advanceWidth).toBe(whole.getGlyph(id).advanceWidth);
      expect(componentsOf(outlines.get(id)!)).toEqual([]);
    }
  });

  it('the worst-case referral fetches well under 1 MB of Chinese font, and every Chinese name reads back from the PDF', async () => {
    const requested: string[] = [];
    const loader = loaderFor(requested);
    const text = cjkRuns(worstCaseReferral);
    expect(text).toContain(NAMES.chinese);
    const pdf = await buildReferralPdf(worstCaseReferral, { loadFont: loader.forText(text) });
    expect(pdf.fonts).toContain('cjk-regular');
    expect(requested.filter((url) => url.startsWith('/piece-')).length, 'some pieces, not all').toBeLessThan(20);
    const fetched = requested
      .filter((url) => url === FONT_URLS['cjk-regular'] || url.startsWith('/piece-'))
      .reduce((total, url) => total + (url === FONT_URLS['cjk-regular'] ? outline.length : pieces[Number(/\d+/.exec(url)![0])]!.length), 0);
    expect(fetched).toBeLessThan(1_000_000);
    expect(fetched).toBeGreaterThan(outline.length);
    const read = squash(pdftotext(pdf.bytes, 'layout').join('\n'));
    for (const name of [NAMES.chinese, NAMES.chineseLong]) expect(read).toContain(squash(name));
  });

  it('a second document fetches only the pieces it has not fetched yet, and a document without Chinese fetches none', async () => {
    const requested: string[] = [];
    const loader = loaderFor(requested);
    const first = {
      ...typicalReferral,
      sections: [{ heading: 'B. TEST', rows: [{ label: 'Name', value: NAMES.chinese }] }],
      appendices: [],
    } satisfies ReferralDocument;
    await buildReferralPdf(first, { loadFont: loader.forText(cjkRuns(first)) });
    const afterFirst = requested.length;
    await buildReferralPdf(first, { loadFont: loader.forText(cjkRuns(first)) });
    expect(requested).toHaveLength(afterFirst);
    const second = {
      ...first,
      sections: [{ heading: 'B. TEST', rows: [{ label: 'Name', value: `${NAMES.chinese} ${NAMES.chineseLong}` }] }],
    } satisfies ReferralDocument;
    const pdf = await buildReferralPdf(second, { loadFont: loader.forText(cjkRuns(second)) });
    expect(requested.slice(afterFirst).every((url) => url.startsWith('/piece-'))).toBe(true);
    expect(squash(pdftotext(pdf.bytes).join('\n'))).toContain(squash(NAMES.chineseLong));

    const none: string[] = [];
    await buildReferralPdf(typicalReferral, { loadFont: loaderFor(none).forText(cjkRuns(typicalReferral)) });
    expect(none.some((url) => url === FONT_URLS['cjk-regular'] || url.startsWith('/piece-'))).toBe(false);
  });
});
