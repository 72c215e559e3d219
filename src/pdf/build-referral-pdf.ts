/**
 * The referral as a PDF: a pure function of the document and the font files.
 *
 *   const { bytes, warnings } = await buildReferralPdf(doc, { loadFont: browserFontLoader });
 *
 * - A4 portrait. The protective marking (plus descriptor, if any) in capitals at the top and the
 *   bottom of every page; "Page x of y" and the reference in every footer; the marking first in
 *   the Title metadata, and in Subject and Keywords. No personal data in metadata or file name.
 * - Only the fonts the text needs are requested (see scripts.ts); fontkit is imported on demand.
 * - Never throws on odd characters: anything no font can draw prints as "�" and is listed in
 *   `warnings` (by field), and page 1 says so. Use `findUnrenderable(doc)` to warn before export.
 * - Rejects only if a font cannot be loaded (FontLoadError: the message says what to do).
 * - Deterministic: the same document and fonts give the same bytes (Node and Chromium alike).
 *
 * Searching and copying (what pdftotext 22 gives back; tested in build-referral-pdf.test.ts):
 * - Latin, Greek, Cyrillic, Vietnamese, Polish, Turkish, Chinese, curly quotes and dashes: exact.
 * - Arabic and Urdu words and names without vowel marks (محمد علی, عمران خان کا بیٹا, لا إله):
 *   exact, in logical order (pdftotext wraps them in U+202B…U+202C embedding marks). Every glyph
 *   maps to the letter it was shaped from, including Noto's shared dotless bases (ب ٹ ی) and
 *   mirrored brackets, so the text layer holds exactly the characters typed.
 * - Not exact, though every character is there: pdftotext re-orders lines by its own heuristic,
 *   so neutral characters at a change of direction can move ("Name: محمد علی (Ali) 2024" comes
 *   back as "Name: (محمد علی Ali) 2024"), as can digits, brackets and Arabic punctuation inside
 *   right-to-left paragraphs; and vowel marks (harakat), which are positioned above or below the
 *   baseline, come out as a separate line. The page itself shows all of these correctly.
 * - Invisible characters (ZWJ, ZWNJ, bidi controls) are used for shaping but not drawn, so they do
 *   not come back.
 */
import { PDFDocument, PDFName, type PDFRef } from 'pdf-lib';
import type { Font } from '@pdf-lib/fontkit';
import type { ReferralDocument } from '../../forms/document';
import { FONT_IDS, FontLoadError, type FontId, type FontLoader } from './font-files';
import { num, PdfSubsetFont } from './pdf-font';
import { CONTENT, GRAY, layoutReferral, PAGE, shorten, type PageModel } from './referral-layout';
import { coverageOf, findUnrenderable, fontsNeeded, PLACEHOLDER, prepareText, type FontSet, type TextStyle, type UnrenderableText } from './scripts';
import { shaperFor, type Shaper } from './shaping';
import { TextLayout, type TextLine } from './text-layout';

export interface BuildReferralPdfOptions {
  loadFont: FontLoader;
}

export interface ReferralPdf {
  bytes: Uint8Array;
  /** Characters printed as "�" because no font can draw them, by field. Empty when all is well. */
  warnings: UnrenderableText[];
  pageCount: number;
  /** The fonts that were requested from the loader. */
  fonts: FontId[];
}

export const PRODUCER = 'Prevent Pathway';
/** The brief's wording; domain-spec §2.7 has "TRAINING EXERCISE – FICTIONAL DATA – NOT A REFERRAL". */
export const TRAINING_WATERMARK = 'TRAINING – FICTIONAL – NOT A REFERRAL';

/** "OFFICIAL-SENSITIVE", or with the descriptor: "OFFICIAL-SENSITIVE PERSONAL DATA" (a descriptor is a short policy term; over 40 characters it is shortened). */
export function markingLine(doc: ReferralDocument): string {
  const descriptor = shorten(doc.descriptor?.toUpperCase() ?? '', 40);
  return descriptor ? `${doc.marking} ${descriptor}` : doc.marking;
}

/** "OFFICIAL-SENSITIVE – National Prevent Referral Form – PP-20261123-4F7Q" (training says so first). */
export function pdfTitle(doc: ReferralDocument): string {
  const parts = [markingLine(doc)];
  if (doc.training) parts.push(TRAINING_WATERMARK);
  parts.push(doc.title, doc.reference);
  return parts.join(' – ');
}

export { referralFileName } from './file-name';

/** "23/11/2026 14:05" in UK time; the ISO string as given if it is not a date. */
export function formatGeneratedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

const SUBSET_TAGS: Record<FontId, string> = {
  'dejavu-regular': 'PPDJVR',
  'dejavu-bold': 'PPDJVB',
  'arabic-regular': 'PPNARR',
  'arabic-bold': 'PPNARB',
  'cjk-regular': 'PPNSCR',
};

async function loadFontkit(): Promise<{ create(bytes: Uint8Array): Font }> {
  // ~340 KB gzipped: only fetched when a PDF is actually made.
  const module = (await import('@pdf-lib/fontkit')) as unknown as { default?: { create(bytes: Uint8Array): Font }; create?(bytes: Uint8Array): Font };
  const fontkit = module.default ?? module;
  if (typeof fontkit.create !== 'function') throw new Error('fontkit did not load');
  return fontkit as { create(bytes: Uint8Array): Font };
}

/**
 * Parsed fonts, keyed by the loader's bytes (loaders cache bytes per session, so a second export
 * skips parsing). Safe to share: nothing here relies on fontkit's per-font glyph cache.
 */
const parsedFonts = new WeakMap<Uint8Array, Font>();

async function loadFonts(
  doc: ReferralDocument,
  loadFont: FontLoader,
): Promise<{ ids: FontId[]; fonts: Partial<Record<FontId, Font>>; files: Partial<Record<FontId, Uint8Array>> }> {
  const ids = fontsNeeded(doc);
  const [fontkit, files] = await Promise.all([
    loadFontkit(),
    Promise.all(
      ids.map((id) =>
        loadFont(id).catch((error: unknown) => {
          throw error instanceof FontLoadError ? error : new FontLoadError(id, error);
        }),
      ),
    ),
  ]);
  const parse = (bytes: Uint8Array): Font => {
    let font = parsedFonts.get(bytes);
    if (!font) {
      font = fontkit.create(bytes);
      parsedFonts.set(bytes, font);
    }
    return font;
  };
  const fonts: Partial<Record<FontId, Font>> = {};
  const byId: Partial<Record<FontId, Uint8Array>> = {};
  ids.forEach((id, i) => {
    byId[id] = files[i]!;
    fonts[id] = parse(files[i]!);
  });
  return { ids, fonts, files: byId };
}

/** Content-stream text for one line of glyph runs, starting at (x, baseline). */
function showLine(out: string[], line: TextLine, x: number, baseline: number, gray: number, fonts: Record<string, PdfSubsetFont>, used: Set<FontId>): void {
  if (line.runs.length === 0) return;
  out.push(`BT ${num(gray)} g`);
  for (const run of line.runs) {
    const font = fonts[run.font]!;
    used.add(run.font);
    const scale = run.size / font.font.unitsPerEm;
    out.push(`/${font.resourceName} ${num(run.size)} Tf`);
    let pen = x + run.x;
    let array: string[] = [];
    let hex = '';
    let needMove = true;
    const flush = (): void => {
      if (hex) array.push(`<${hex}>`);
      hex = '';
      if (array.length) out.push(`[${array.join(' ')}] TJ`);
      array = [];
    };
    for (const glyph of run.glyphs) {
      const cid = font.cidFor(glyph);
      const cidHex = cid.toString(16).padStart(4, '0');
      if (glyph.xOffset !== 0 || glyph.yOffset !== 0) {
        // A mark (or kerned glyph) placed by GPOS: position it on its own.
        flush();
        out.push(`1 0 0 1 ${num(pen + glyph.xOffset * scale)} ${num(baseline + glyph.yOffset * scale)} Tm <${cidHex}> Tj`);
        needMove = true;
      } else {
        if (needMove) {
          flush();
          out.push(`1 0 0 1 ${num(pen)} ${num(baseline)} Tm`);
          needMove = false;
        }
        hex += cidHex;
        // TJ adjustment so the pen moves by the shaped advance, not the glyph's nominal width.
        const adjust = font.widthOf(cid) - (glyph.xAdvance * 1000) / font.font.unitsPerEm;
        if (Math.abs(adjust) > 0.005) {
          array.push(`<${hex}>`, num(adjust));
          hex = '';
        }
      }
      pen += glyph.xAdvance * scale;
    }
    flush();
  }
  out.push('ET');
}

export interface RenderedReferral {
  pdf: ReferralPdf;
  /** The page model that was drawn (every line's glyph runs): for tests. */
  pages: PageModel[];
}

/** buildReferralPdf, plus the layout it drew (tests check that no character went missing). */
export async function renderReferral(doc: ReferralDocument, options: BuildReferralPdfOptions): Promise<RenderedReferral> {
  const { ids, fonts, files } = await loadFonts(doc, options.loadFont);
  const fontSet: FontSet = fonts;
  const has = coverageOf(fontSet);
  const warnings = findUnrenderable(doc, fontSet);

  const prepared = new Map<string, string>();
  const prepare = (s: string, style: TextStyle): string => {
    const key = style + '\u0000' + s;
    let text = prepared.get(key);
    if (text === undefined) {
      text = prepareText(s, style, has).text;
      prepared.set(key, text);
    }
    return text;
  };
  const shaper = (id: FontId): Shaper => {
    const font = fonts[id];
    if (!font) throw new Error(`Font ${id} was not loaded`); // cannot happen: assignFonts only picks loaded fonts
    return shaperFor(font);
  };
  const text = new TextLayout({ has, shaper });

  const unprintableNote = warnings.length
    ? `Some characters cannot be printed with the fonts available and are shown as ${PLACEHOLDER}: ` +
      warnings.map((w) => `${prepare(w.label, 'regular')} (${w.codePoints.join(', ')})`).join('; ') +
      '.'
    : undefined;
  const pages = layoutReferral({
    doc,
    prepare,
    text,
    generatedLabel: formatGeneratedAt(doc.generatedAt),
    unprintableNote,
    trainingBanner: doc.training ? `${TRAINING_WATERMARK}. A training exercise with fictional people: do not send it.` : undefined,
  });

  const pdf = await PDFDocument.create({ updateMetadata: false });
  const marking = markingLine(doc);
  pdf.setTitle(pdfTitle(doc), { showInWindowTitleBar: true });
  pdf.setSubject(`${marking} – ${doc.title}${doc.training ? ` – ${TRAINING_WATERMARK}` : ''}`);
  pdf.setKeywords([marking, 'Prevent', ...(doc.training ? ['TRAINING', 'FICTIONAL'] : ['referral'])]);
  pdf.setProducer(PRODUCER);
  pdf.setCreator(PRODUCER);
  pdf.setLanguage('en-GB');
  const when = new Date(doc.generatedAt);
  if (!Number.isNaN(when.getTime())) {
    pdf.setCreationDate(when);
    pdf.setModificationDate(when);
  }

  const pdfFonts: Record<string, PdfSubsetFont> = {};
  for (const id of ids) pdfFonts[id] = new PdfSubsetFont(pdf.context, fonts[id]!, `F${FONT_IDS.indexOf(id) + 1}`, SUBSET_TAGS[id]);
  const translucent = doc.training ? pdf.context.register(pdf.context.obj({ Type: 'ExtGState', ca: 0.2, CA: 0.2 })) : undefined;

  // Running heads are one line: newlines become spaces, and an over-long reference is shortened
  // there (page 1 prints it in full).
  const layoutLine = (s: string, style: TextStyle, size: number): TextLine => text.layout(prepare(s, style).replace(/\n/g, ' '), style, size, 10_000)[0]!;
  const markingLineLaid = layoutLine(marking, 'bold', 10.5);
  const referenceLine = layoutLine(`Reference: ${shorten(doc.reference, 40)}`, 'regular', 8);
  const watermark = doc.training ? layoutLine(TRAINING_WATERMARK, 'bold', 10) : undefined;

  const usedFonts = new Set<FontId>();
  pages.forEach((model, index) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    const out: string[] = [];
    const onPage = new Set<FontId>();
    for (const item of model.items) {
      if (item.kind === 'rect') out.push(`${num(item.gray)} g ${num(item.x)} ${num(item.y)} ${num(item.w)} ${num(item.h)} re f`);
      else if (item.kind === 'rule') out.push(`${num(item.gray)} G ${num(item.width)} w ${num(item.x1)} ${num(item.y1)} m ${num(item.x2)} ${num(item.y2)} l S`);
      else showLine(out, item.line, item.x, item.y, item.gray, pdfFonts, onPage);
    }
    // Running header and footer: marking top and bottom, then page number and reference.
    const centre = (line: TextLine): number => (PAGE.width - line.width) / 2;
    showLine(out, markingLineLaid, centre(markingLineLaid), PAGE.height - 30, GRAY.text, pdfFonts, onPage);
    out.push(`${num(GRAY.rule)} G 0.5 w ${num(CONTENT.left)} ${num(PAGE.height - 40)} m ${num(CONTENT.left + CONTENT.width)} ${num(PAGE.height - 40)} l S`);
    out.push(
      `${num(GRAY.rule)} G 0.5 w ${num(CONTENT.left)} ${num(CONTENT.bottom - 10)} m ${num(CONTENT.left + CONTENT.width)} ${num(CONTENT.bottom - 10)} l S`,
    );
    const pageLine = layoutLine(`Page ${index + 1} of ${pages.length}`, 'regular', 8);
    showLine(out, referenceLine, CONTENT.left, CONTENT.bottom - 24, GRAY.muted, pdfFonts, onPage);
    showLine(out, pageLine, CONTENT.left + CONTENT.width - pageLine.width, CONTENT.bottom - 24, GRAY.muted, pdfFonts, onPage);
    showLine(out, markingLineLaid, centre(markingLineLaid), 22, GRAY.text, pdfFonts, onPage);
    if (watermark && translucent) {
      // Diagonal, corner to corner, on top of everything, translucent so the text stays legible.
      const angle = Math.atan2(PAGE.height, PAGE.width);
      const size = (Math.hypot(PAGE.width, PAGE.height) * 0.78 * 10) / watermark.width;
      const scaled = layoutLine(TRAINING_WATERMARK, 'bold', size);
      const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
      out.push(`q /GS1 gs ${num(cos)} ${num(sin)} ${num(-sin)} ${num(cos)} ${num(PAGE.width / 2)} ${num(PAGE.height / 2)} cm`);
      showLine(out, scaled, -scaled.width / 2, -size * 0.35, 0.35, pdfFonts, onPage);
      out.push('Q');
      page.node.setExtGState(PDFName.of('GS1'), translucent);
    }
    for (const id of onPage) {
      page.node.setFontDictionary(pdfFonts[id]!.resourceKey, pdfFonts[id]!.ref);
      usedFonts.add(id);
    }
    const stream: PDFRef = pdf.context.register(pdf.context.flateStream(out.join('\n')));
    page.node.addContentStream(stream);
  });
  // A split font (fonts.ts) has the outlines and metrics of the glyphs its loader expected: if the
  // layout drew any other (none, usually), fetch them and lay the document out again with them.
  const { withGlyphs } = options.loadFont;
  if (withGlyphs) {
    const completed: Partial<Record<FontId, Uint8Array>> = {};
    for (const id of usedFonts) {
      const bytes = await withGlyphs(id, files[id]!, pdfFonts[id]!.glyphIds).catch((error: unknown) => {
        throw error instanceof FontLoadError ? error : new FontLoadError(id, error);
      });
      if (bytes !== files[id]) completed[id] = bytes;
    }
    if (Object.keys(completed).length) {
      const loadFont = Object.assign((id: FontId) => (completed[id] ? Promise.resolve(completed[id]) : options.loadFont(id)), { withGlyphs });
      return renderReferral(doc, { loadFont });
    }
  }
  for (const id of usedFonts) await pdfFonts[id]!.embed();

  const bytes = await pdf.save({ useObjectStreams: true });
  return { pdf: { bytes, warnings, pageCount: pages.length, fonts: ids }, pages };
}

export async function buildReferralPdf(doc: ReferralDocument, options: BuildReferralPdfOptions): Promise<ReferralPdf> {
  return (await renderReferral(doc, options)).pdf;
}

export type { FontId, FontLoader } from './font-files';
export { FontLoadError } from './font-files';
export { findUnrenderable } from './scripts';
export type { UnrenderableText } from './scripts';
