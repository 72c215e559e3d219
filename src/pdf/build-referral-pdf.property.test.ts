// @vitest-environment node
// Random documents of hostile text: the builder never throws, never draws a .notdef box, never
// lets a line run past the margin, and every drawable character of the document is drawn exactly
// as often as it was typed (checked on the glyph runs that go into the PDF, whose code points are
// what the ToUnicode map gives back), with pdftotext run on a sample to check the bytes agree.
import './node-test-env';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_GIVEN, type DocSection, type ReferralDocument } from '../../forms/document';
import { renderReferral } from './build-referral-pdf';
import { createNodeFontLoader } from './node-font-loader';
import { hostileDocument } from './hostile-document.arbitrary';
import { pdftotext, squash } from './pdf-test-helpers';
import { CONTENT, type PageModel } from './referral-layout';
import { appendixHeading, coverageTable, isBlank, isIgnorable, isTable, prepareText, type TextStyle } from './scripts';

const loader = createNodeFontLoader();

const COUNTED_ROLES = new Set(['title', 'heading', 'intro', 'label', 'value', 'table-header', 'cell']);

/** The document text that the counted roles should draw, with placeholders where nothing can draw a character. */
function expectedTexts(doc: ReferralDocument): [string, TextStyle][] {
  const out: [string, TextStyle][] = [[doc.title, 'bold']];
  const value = (s: string): string => (isBlank(s) ? NOT_GIVEN : s);
  const section = (part: DocSection, heading: string): void => {
    out.push([heading, 'bold']);
    for (const p of part.intro ?? []) out.push([p, 'regular']);
    for (const row of part.rows) out.push([row.label, 'bold'], [value(row.value), 'regular']);
  };
  doc.sections.forEach((part) => section(part, part.heading));
  doc.appendices.forEach((part, i) => {
    const heading = appendixHeading(doc, i);
    if (!isTable(part)) return section(part, heading);
    out.push([heading, 'bold']);
    for (const p of part.intro ?? []) out.push([p, 'regular']);
    const columns = Math.max(part.columns.length, ...part.rows.map((r) => r.length), 1);
    for (let c = 0; c < columns; c++) out.push([value(part.columns[c] ?? ''), 'bold']);
    for (const cells of part.rows) for (let c = 0; c < columns; c++) out.push([value(cells[c] ?? ''), 'regular']);
  });
  return out;
}

function tally(into: Map<number, number>, codePoints: Iterable<number>): void {
  for (const cp of codePoints) {
    if (/\s/u.test(String.fromCodePoint(cp)) || isIgnorable(cp)) continue;
    into.set(cp, (into.get(cp) ?? 0) + 1);
  }
}

function drawnCodePoints(pages: PageModel[]): Map<number, number> {
  const drawn = new Map<number, number>();
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'text' || !COUNTED_ROLES.has(item.role)) continue;
      for (const run of item.line.runs) for (const glyph of run.glyphs) tally(drawn, glyph.codePoints);
    }
  }
  return drawn;
}

function expectedCodePoints(doc: ReferralDocument): Map<number, number> {
  const expected = new Map<number, number>();
  for (const [text, style] of expectedTexts(doc)) {
    // The fonts the build loads cover what the coverage table says (font-coverage.test.ts).
    const prepared = prepareText(text, style, coverageTable).text;
    tally(
      expected,
      Array.from(prepared, (ch) => ch.codePointAt(0)!),
    );
  }
  return expected;
}

function describeDiff(expected: Map<number, number>, drawn: Map<number, number>): string[] {
  const keys = new Set([...expected.keys(), ...drawn.keys()]);
  return [...keys]
    .filter((cp) => (expected.get(cp) ?? 0) !== (drawn.get(cp) ?? 0))
    .map((cp) => `U+${cp.toString(16).toUpperCase()} expected ${expected.get(cp) ?? 0}, drawn ${drawn.get(cp) ?? 0}`);
}

/** Bounded by the number of cases, never by the clock: a slow machine takes longer, it does not fail. */
const NUM_RUNS = Number(process.env.PDF_PROPERTY_RUNS ?? 1000);

describe('buildReferralPdf with random hostile documents', () => {
  it('never throws, draws every drawable character exactly once, no boxes, nothing past the margin', async () => {
    const sampled: { doc: ReferralDocument; bytes: Uint8Array }[] = [];
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(hostileDocument, async (doc) => {
        const { pdf, pages } = await renderReferral(doc, { loadFont: loader });
        expect(pdf.bytes.length).toBeGreaterThan(1000);
        expect(pdf.pageCount).toBe(pages.length);
        expect(describeDiff(expectedCodePoints(doc), drawnCodePoints(pages))).toEqual([]);
        const problems: string[] = [];
        for (const page of pages) {
          for (const item of page.items) {
            if (item.kind !== 'text') continue;
            if (item.x + item.line.width > CONTENT.left + CONTENT.width + 0.5) problems.push(`line past the right margin: ${item.role}`);
            if (item.y < CONTENT.bottom - 1) problems.push(`line below the bottom margin: ${item.role}`);
            for (const run of item.line.runs) for (const glyph of run.glyphs) if (glyph.id === 0) problems.push(`.notdef drawn in "${run.text}"`);
          }
        }
        expect(problems).toEqual([]);
        if (runs++ % 100 === 0) sampled.push({ doc, bytes: pdf.bytes });
      }),
      { numRuns: NUM_RUNS, seed: Number(process.env.PDF_PROPERTY_SEED ?? 20261123) },
    );
    console.info(`PDF property test: ${runs} hostile documents built and checked (${sampled.length} read back with pdftotext)`);
    expect(runs).toBe(NUM_RUNS);

    // The bytes agree: pdftotext finds every drawable left-to-right character of the sampled
    // documents (right-to-left text is checked by the extraction tests, where order is known).
    for (const { doc, bytes } of sampled) {
      const text = squash(pdftotext(bytes).join(''));
      const found = new Map<number, number>();
      tally(
        found,
        Array.from(text, (ch) => ch.codePointAt(0)!),
      );
      for (const [cp, n] of expectedCodePoints(doc)) {
        if (cp > 0x2ff && cp !== 0xfffd) continue; // Latin letters, digits, punctuation and the placeholder
        expect(found.get(cp) ?? 0, `U+${cp.toString(16)} in pdftotext output`).toBeGreaterThanOrEqual(n);
      }
    }
    // No wall-clock limit (0): the run is bounded by NUM_RUNS.
  }, 0);
});
