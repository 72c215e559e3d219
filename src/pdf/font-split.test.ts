// @vitest-environment node
// DejaVu Sans and the Chinese font as the browser gets them: split by the build, put back together
// for one document with only the outlines its text uses, then embedded by the real builder and
// read back with pdftotext. Bytes are counted, never timed.
import './node-test-env';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import type { ReferralDocument } from '../../forms/document';
import { NAMES, scriptsReferral, trainingReferral, typicalReferral, worstCaseReferral } from '../../tests/fixtures/referral-documents';
import { buildReferralPdf } from './build-referral-pdf';
import { SPLIT_FONTS, type FontId, type SplitFontId } from './font-files';
import { componentsOf, composeFont, glyphOffsets, pieceGlyphs, splitFont, type PieceGlyph } from './font-split';
import { fontTexts } from './font-texts';
import { preparePdfNow } from './download-pdf';
import { createBrowserFontLoader, WHOLE_FONT_URLS, type SplitFontUrls } from './fonts';
import { createNodeFontLoader, fontPath } from './node-font-loader';
import { pdftotext, squash } from './pdf-test-helpers';

const SPLIT_IDS = Object.keys(SPLIT_FONTS) as SplitFontId[];
const whole = Object.fromEntries(SPLIT_IDS.map((id) => [id, new Uint8Array(readFileSync(fontPath(id)))])) as Record<SplitFontId, Uint8Array>;
const split = Object.fromEntries(SPLIT_IDS.map((id) => [id, splitFont(whole[id], SPLIT_FONTS[id].glyphsPerPiece, SPLIT_FONTS[id])])) as Record<
  SplitFontId,
  ReturnType<typeof splitFont>
>;
const URLS: SplitFontUrls = Object.fromEntries(
  SPLIT_IDS.map((id) => [id, { outline: `/${id}-outline.ttf`, piecePrefix: `/${id}-piece-`, glyphsPerPiece: SPLIT_FONTS[id].glyphsPerPiece }]),
) as SplitFontUrls;

/** A same-origin server for the built fonts: the Arabic fonts whole, the others split. */
function server(requested: string[]): typeof fetch {
  const files = new Map<string, Uint8Array>();
  for (const id of ['arabic-regular', 'arabic-bold'] as const) files.set(WHOLE_FONT_URLS[id], new Uint8Array(readFileSync(fontPath(id))));
  for (const id of SPLIT_IDS) {
    files.set(URLS[id].outline, split[id].outline);
    split[id].pieces.forEach((piece, index) => files.set(`${URLS[id].piecePrefix}${index}.bin`, piece));
  }
  return (async (url: string) => {
    requested.push(url);
    const body = files.get(url);
    return body ? new Response(body.slice()) : new Response('Not found', { status: 404 });
  }) as typeof fetch;
}

const loaderFor = (requested: string[]) => createBrowserFontLoader(WHOLE_FONT_URLS, server(requested), URLS);
const piecesOf = (requested: readonly string[], id: SplitFontId) =>
  requested.filter((url) => url.startsWith(URLS[id].piecePrefix)).map((url) => Number(url.slice(URLS[id].piecePrefix.length, -'.bin'.length)));
const fetchedBytes = (requested: readonly string[], id: SplitFontId) =>
  (requested.includes(URLS[id].outline) ? split[id].outline.length : 0) + piecesOf(requested, id).reduce((total, i) => total + split[id].pieces[i]!.length, 0);

/** One glyph (outline and metrics), from the pieces. */
function glyphOf(id: SplitFontId, glyph: number): PieceGlyph {
  const perPiece = SPLIT_FONTS[id].glyphsPerPiece;
  const index = Math.floor(glyph / perPiece);
  const count = Math.min(perPiece, glyphOffsets(whole[id]).length - 1 - index * perPiece);
  return pieceGlyphs(split[id].pieces[index]!, index * perPiece, count).get(glyph)!;
}

describe('the split fonts', () => {
  it.each(SPLIT_IDS)('%s keeps every outline: the pieces read back are the original glyph table, glyph for glyph', (id) => {
    const offsets = glyphOffsets(whole[id]);
    const file = whole[id];
    const { pieces, outline } = split[id];
    const perPiece = SPLIT_FONTS[id].glyphsPerPiece;
    expect(pieces).toHaveLength(Math.ceil((offsets.length - 1) / perPiece));
    const font = fontkit.create(whole[id]);
    const bare = fontkit.create(outline);
    // Every outline, from every piece, is the original's bytes for that glyph.
    const glyf = locateGlyf(file);
    pieces.forEach((piece, index) => {
      const count = Math.min(perPiece, offsets.length - 1 - index * perPiece);
      for (const [glyph, { outline: bytes, advance, lsb }] of pieceGlyphs(piece, index * perPiece, count)) {
        expect(Buffer.from(bytes).equals(file.subarray(glyf + offsets[glyph]!, glyf + offsets[glyph + 1]!)), `glyph ${glyph}`).toBe(true);
        expect([advance, lsb], `glyph ${glyph}'s metrics`).toEqual([font.getGlyph(glyph).advanceWidth, metricsOf(font, glyph).bearing]);
      }
    });
    // The outline-less copy is small and still a font fontkit reads, with the same character map and names.
    expect(outline.length).toBeLessThan(id === 'cjk-regular' ? 600_000 : 100_000);
    expect(bare.postscriptName).toBe(font.postscriptName);
    for (const char of `${NAMES.chinese}${NAMES.greek}${NAMES.cyrillic}ABCé€–`)
      expect(bare.glyphForCodePoint(char.codePointAt(0)!).id).toBe(font.glyphForCodePoint(char.codePointAt(0)!).id);
  });

  it.each(SPLIT_IDS)('%s: a font put together with some outlines draws and measures those glyphs exactly as the original does', (id) => {
    const font = fontkit.create(whole[id]);
    const text = id === 'cjk-regular' ? NAMES.chinese : `Ab é ễ ${NAMES.greek} ${NAMES.cyrillic}`;
    const ids = [...new Set(font.layout(text).glyphs.map((g) => g.id))];
    const outlines = new Map<number, PieceGlyph>();
    const add = (glyph: number): void => {
      outlines.set(glyph, glyphOf(id, glyph));
      for (const component of componentsOf(outlines.get(glyph)!.outline)) add(component);
    };
    ids.forEach(add);
    const composed = fontkit.create(composeFont(split[id].outline, outlines));
    for (const glyph of ids) {
      expect(composed.getGlyph(glyph).path.toSVG()).toBe(font.getGlyph(glyph).path.toSVG());
      expect(composed.getGlyph(glyph).advanceWidth).toBe(font.getGlyph(glyph).advanceWidth);
    }
    expect(composed.layout(text).positions).toEqual(font.layout(text).positions);
  });

  it('leaves DejaVu Sans’s old kern table out only because its GPOS kerns every script (fontkit then never reads it)', () => {
    for (const id of SPLIT_IDS) {
      const gpos = (fontkit.create(whole[id]) as unknown as { GPOS?: GposTable }).GPOS;
      const kernsEveryScript = !!gpos && gpos.scriptList.every((s) => s.script.defaultLangSys?.featureIndexes.some((i) => gpos.featureList[i]!.tag === 'kern'));
      if (SPLIT_FONTS[id].dropKern) expect(kernsEveryScript, id).toBe(true);
    }
  });

  it('a text fetches the outline-less copy and exactly the pieces holding its glyphs', async () => {
    const requested: string[] = [];
    const loader = loaderFor(requested);
    const text = 'Fatima Ali – 07700 900123';
    await loader.forText({ 'dejavu-regular': text })('dejavu-regular');
    const font = fontkit.create(whole['dejavu-regular']);
    const expected = new Set(
      [0, ...font.layout(text).glyphs.map((g) => g.id)].map((glyph) => Math.floor(glyph / SPLIT_FONTS['dejavu-regular'].glyphsPerPiece)),
    );
    expect(requested[0]).toBe(URLS['dejavu-regular'].outline);
    expect(new Set(piecesOf(requested, 'dejavu-regular'))).toEqual(expected);
    expect(piecesOf(requested, 'dejavu-regular')).toHaveLength(expected.size); // each piece once
    expect(requested.filter((url) => !url.startsWith('/dejavu-regular'))).toEqual([]);
  });

  it('gives the same PDF, byte for byte, as the whole fonts: every character kept, and one no font has falls back to the same placeholder', async () => {
    const unknown = {
      ...typicalReferral,
      sections: [{ heading: 'B. TEST ☃', rows: [{ label: 'Name 🙂', value: `Ali 🙂 ${NAMES.chinese} ${NAMES.greek} ${NAMES.cyrillic} \u{10FFFD}` }] }],
      appendices: [],
    } satisfies ReferralDocument;
    for (const doc of [typicalReferral, trainingReferral, scriptsReferral, worstCaseReferral, unknown]) {
      const requested: string[] = [];
      const fromSplit = await buildReferralPdf(doc, { loadFont: loaderFor(requested).forText(fontTexts(doc)) });
      const fromWhole = await buildReferralPdf(doc, { loadFont: createNodeFontLoader() });
      expect(fromSplit.warnings).toEqual(fromWhole.warnings);
      expect(Buffer.from(fromSplit.bytes).equals(Buffer.from(fromWhole.bytes)), doc.reference).toBe(true);
    }
  });

  it('a glyph the loader did not expect is fetched before embedding and the document laid out again: the same PDF', async () => {
    const requested: string[] = [];
    const loader = loaderFor(requested);
    // Told nothing of the text: the loader gives DejaVu with .notdef only.
    const pdf = await buildReferralPdf(trainingReferral, { loadFont: loader.forText({ 'dejavu-regular': '', 'dejavu-bold': '' }) });
    expect(piecesOf(requested, 'dejavu-regular').length).toBeGreaterThan(1);
    const fromWhole = await buildReferralPdf(trainingReferral, { loadFont: createNodeFontLoader() });
    expect(Buffer.from(pdf.bytes).equals(Buffer.from(fromWhole.bytes))).toBe(true);
  });

  it('an export prepared before the click (preparePdfNow, as the export page does at idle) is the same PDF, byte for byte, and the click fetches no font', async () => {
    const requested: string[] = [];
    const session = loaderFor(requested);
    await preparePdfNow(worstCaseReferral, session);
    const fetchedByPreparation = [...requested];
    expect(fetchedByPreparation.length).toBeGreaterThan(0);
    const clicked = await buildReferralPdf(worstCaseReferral, { loadFont: session.forText(fontTexts(worstCaseReferral)) });
    expect(requested).toEqual(fetchedByPreparation);
    const fresh = await buildReferralPdf(worstCaseReferral, { loadFont: loaderFor([]).forText(fontTexts(worstCaseReferral)) });
    expect(Buffer.from(clicked.bytes).equals(Buffer.from(fresh.bytes))).toBe(true);
  });

  it('a typical referral’s first export fetches at most 200 KB of font, and reads back whole', async () => {
    const requested: string[] = [];
    const loader = loaderFor(requested);
    const pdf = await buildReferralPdf(typicalReferral, { loadFont: loader.forText(fontTexts(typicalReferral)) });
    expect([...pdf.fonts].sort()).toEqual<FontId[]>(['dejavu-bold', 'dejavu-regular']);
    const total = loader.stats().bytesFetched;
    expect(total).toBe(fetchedBytes(requested, 'dejavu-regular') + fetchedBytes(requested, 'dejavu-bold'));
    expect(total).toBeLessThanOrEqual(200_000);
    const read = squash(pdftotext(pdf.bytes).join('\n'));
    for (const row of typicalReferral.sections.flatMap((s) => s.rows)) if (row.value.trim()) expect(read).toContain(squash(row.value));
  });

  it('the worst-case referral fetches well under 1 MB of Chinese font, and every Chinese name reads back from the PDF', async () => {
    const requested: string[] = [];
    const loader = loaderFor(requested);
    const texts = fontTexts(worstCaseReferral);
    expect(texts['cjk-regular']).toContain(NAMES.chinese);
    const pdf = await buildReferralPdf(worstCaseReferral, { loadFont: loader.forText(texts) });
    expect(pdf.fonts).toContain('cjk-regular');
    expect(piecesOf(requested, 'cjk-regular').length, 'some pieces, not all').toBeLessThan(20);
    const fetched = fetchedBytes(requested, 'cjk-regular');
    expect(fetched).toBeLessThan(1_000_000);
    expect(fetched).toBeGreaterThan(split['cjk-regular'].outline.length);
    const read = squash(pdftotext(pdf.bytes, 'layout').join('\n'));
    for (const name of [NAMES.chinese, NAMES.chineseLong, NAMES.greek, NAMES.cyrillic]) expect(read).toContain(squash(name));
  });

  it('a second document fetches only the pieces it has not fetched yet, and a document without Chinese fetches none of that font', async () => {
    const requested: string[] = [];
    const loader = loaderFor(requested);
    const first = {
      ...typicalReferral,
      sections: [{ heading: 'B. TEST', rows: [{ label: 'Name', value: NAMES.chinese }] }],
      appendices: [],
    } satisfies ReferralDocument;
    await buildReferralPdf(first, { loadFont: loader.forText(fontTexts(first)) });
    const afterFirst = requested.length;
    await buildReferralPdf(first, { loadFont: loader.forText(fontTexts(first)) });
    expect(requested).toHaveLength(afterFirst);
    const second = {
      ...first,
      sections: [{ heading: 'B. TEST', rows: [{ label: 'Name', value: `${NAMES.chinese} ${NAMES.chineseLong} ${NAMES.cyrillic}` }] }],
    } satisfies ReferralDocument;
    const pdf = await buildReferralPdf(second, { loadFont: loader.forText(fontTexts(second)) });
    expect(requested.slice(afterFirst).length).toBeGreaterThan(0);
    expect(requested.slice(afterFirst).every((url) => url.includes('-piece-'))).toBe(true);
    expect(squash(pdftotext(pdf.bytes).join('\n'))).toContain(squash(`${NAMES.chineseLong} ${NAMES.cyrillic}`));

    const none: string[] = [];
    await buildReferralPdf(typicalReferral, { loadFont: loaderFor(none).forText(fontTexts(typicalReferral)) });
    expect(none.some((url) => url.startsWith('/cjk-regular'))).toBe(false);
  });
});

/** fontkit's reading of a glyph's hmtx entry. */
function metricsOf(font: unknown, glyph: number): { advance: number; bearing: number } {
  const hmtx = (font as { hmtx: { metrics: { length: number; get(i: number): { advance: number; bearing: number } }; bearings: { get(i: number): number } } })
    .hmtx;
  if (glyph < hmtx.metrics.length) return hmtx.metrics.get(glyph);
  return { advance: hmtx.metrics.get(hmtx.metrics.length - 1).advance, bearing: hmtx.bearings.get(glyph - hmtx.metrics.length) };
}

interface GposTable {
  scriptList: { tag: string; script: { defaultLangSys?: { featureIndexes: number[] } } }[];
  featureList: { tag: string }[];
}

/** Where the glyf table starts in a font file. */
function locateGlyf(font: Uint8Array): number {
  const dv = new DataView(font.buffer, font.byteOffset, font.byteLength);
  for (let i = 0; i < dv.getUint16(4); i++) {
    const record = 12 + 16 * i;
    if (String.fromCharCode(...font.subarray(record, record + 4)) === 'glyf') return dv.getUint32(record + 8);
  }
  throw new Error('no glyf table');
}
