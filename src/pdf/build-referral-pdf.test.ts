// @vitest-environment node
// The referral PDF read back as a recipient's tools read it: poppler's pdftotext for the text,
// pdf-lib for the metadata.
import './node-test-env';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ReferralDocument } from '../../forms/document';
import { longConcern, NAMES, scriptsReferral, trainingReferral, typicalReferral, worstCaseReferral } from '../../tests/fixtures/referral-documents';
import { buildReferralPdf, FontLoadError, pdfTitle, referralFileName, renderReferral, TRAINING_WATERMARK, type ReferralPdf } from './build-referral-pdf';
import type { FontId, FontLoader } from './font-files';
import { createNodeFontLoader } from './node-font-loader';
import { count, nonEmptyLines, pdftotext, squash } from './pdf-test-helpers';
import { CONTENT } from './referral-layout';
import { PLACEHOLDER } from './scripts';

const loader = createNodeFontLoader();
const build = (doc: ReferralDocument): Promise<ReferralPdf> => buildReferralPdf(doc, { loadFont: loader });

function withRows(rows: { label: string; value: string; field?: string }[], extra: Partial<ReferralDocument> = {}): ReferralDocument {
  return { ...typicalReferral, sections: [{ heading: 'B. TEST', rows }], appendices: [], ...extra };
}

function expectMarkedOnEveryPage(pages: string[], pageCount: number, marking = 'OFFICIAL-SENSITIVE'): void {
  expect(pages).toHaveLength(pageCount);
  pages.forEach((page, i) => {
    const lines = nonEmptyLines(page);
    expect(lines[0], `first line of page ${i + 1}`).toBe(marking);
    expect(lines.at(-1), `last line of page ${i + 1}`).toBe(marking);
    expect(page).toContain(`Page ${i + 1} of ${pageCount}`);
  });
  expect(count(pages.join('\n'), 'OFFICIAL-SENSITIVE')).toBe(2 * pageCount);
}

describe('a typical referral', () => {
  let pdf: ReferralPdf;
  let pages: string[];
  beforeAll(async () => {
    pdf = await build(typicalReferral);
    pages = pdftotext(pdf.bytes, 'layout');
  });

  it('is A4 portrait', async () => {
    const doc = await PDFDocument.load(pdf.bytes);
    for (const page of doc.getPages()) expect(page.getSize()).toEqual({ width: 595.28, height: 841.89 });
  });

  it('says OFFICIAL-SENSITIVE at the top and the bottom of every page, and "Page x of y"', () => {
    expectMarkedOnEveryPage(pages, pdf.pageCount);
  });

  it('prints every label and every answer, and "Not given" for empty ones', () => {
    const text = squash(pdftotext(pdf.bytes).join(''));
    for (const part of [...typicalReferral.sections, ...typicalReferral.appendices]) {
      expect(text).toContain(squash(part.heading));
      if ('columns' in part) {
        for (const cell of [...part.columns, ...part.rows.flat()]) expect(text).toContain(squash(cell));
        continue;
      }
      for (const paragraph of part.intro ?? []) expect(text).toContain(squash(paragraph));
      for (const row of part.rows) {
        expect(text).toContain(squash(row.label));
        expect(text).toContain(squash(row.value || 'Not given'));
      }
    }
    const empty = [...typicalReferral.sections.flatMap((s) => s.rows)].filter((r) => r.value === '').length;
    expect(count(text, 'Notgiven')).toBeGreaterThanOrEqual(empty);
  });

  it('runs sections on instead of giving each a page, and starts appendices on a new page', () => {
    expect(pdf.pageCount).toBeLessThanOrEqual(5);
    const appendixPages = pages.map((page, i) => [i, nonEmptyLines(page)[1]] as const).filter(([, second]) => second?.startsWith('Appendix'));
    expect(appendixPages.map(([, heading]) => heading)).toEqual(['Appendix A: Consent and lawful basis', 'Appendix B: Decision log']);
  });

  it('runs appendices on when the document asks (the internal record’s logs), with any intro above a table', async () => {
    const doc: ReferralDocument = {
      ...typicalReferral,
      appendicesRunOn: true,
      appendixName: 'Annex',
      appendices: typicalReferral.appendices.map((part) => ({ ...part, intro: ['Why it is included: the police asked.'] })),
    };
    const runOn = await build(doc);
    expect(runOn.pageCount).toBeLessThan(pdf.pageCount);
    const text = pdftotext(runOn.bytes).join('\n');
    expect(text).toContain('Annex A: Consent and lawful basis');
    expect(text).toContain('Annex B: Decision log');
    expect(count(text, 'Why it is included: the police asked.')).toBe(2);
  });

  it('never leaves a heading alone at the foot of a page', async () => {
    const { pages: model } = await renderReferral(worstCaseReferral, { loadFont: loader });
    for (const page of model) {
      const text = page.items.filter((item) => item.kind === 'text');
      expect(text.at(-1)?.role).not.toBe('heading');
    }
  });

  it('marks the metadata, names the producer and holds no personal data', async () => {
    const doc = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('OFFICIAL-SENSITIVE – National Prevent Referral Form – PP-20261123-4F7Q');
    expect(doc.getSubject()).toMatch(/^OFFICIAL-SENSITIVE/);
    expect(doc.getKeywords()).toContain('OFFICIAL-SENSITIVE');
    expect(doc.getProducer()).toBe('Prevent Pathway');
    expect(doc.getCreator()).toBe('Prevent Pathway');
    expect(doc.getAuthor()).toBeUndefined();
    const metadata = [doc.getTitle(), doc.getSubject(), doc.getKeywords(), doc.getAuthor()].join(' ');
    for (const personal of ['Jordan', 'Ellis', 'Priya', 'Natarajan', 'Gareth', 'Orchard', '07700']) expect(metadata).not.toContain(personal);
  });

  it('is named after the reference only', () => {
    expect(referralFileName(typicalReferral)).toBe('prevent-referral-PP-20261123-4F7Q.pdf');
    expect(referralFileName({ ...typicalReferral, reference: ' PP/2026 11:23 ' })).toBe('prevent-referral-PP-2026-11-23.pdf');
    expect(referralFileName({ ...typicalReferral, reference: '' })).toBe('prevent-referral.pdf');
    expect(referralFileName(trainingReferral)).toBe('prevent-training-TR-S01-0001.pdf');
    expect(referralFileName({ ...trainingReferral, fileStem: 'prevent-training-session' })).toBe('prevent-training-session-TR-S01-0001.pdf');
    expect(referralFileName({ ...typicalReferral, kind: 'internal-record' })).toBe('prevent-internal-record-PP-20261123-4F7Q.pdf');
  });

  it('is a pure function of the document: the same bytes every time', async () => {
    const again = await build(typicalReferral);
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true);
  });

  it('is the same PDF whether its fonts were parsed and its text shaped by earlier exports (as after the export page’s preparation) or afresh', async () => {
    await build(scriptsReferral);
    await build(worstCaseReferral);
    const warm = await build(worstCaseReferral);
    // Copies of the font files: parsed again, with shapers of their own (the caches are keyed by the bytes).
    const copies: FontLoader = (id) => loader(id).then((bytes) => bytes.slice());
    const fresh = await buildReferralPdf(worstCaseReferral, { loadFont: copies });
    expect(Buffer.from(warm.bytes).equals(Buffer.from(fresh.bytes))).toBe(true);
    const again = await buildReferralPdf(typicalReferral, { loadFont: copies });
    expect(Buffer.from(again.bytes).equals(Buffer.from(pdf.bytes))).toBe(true);
  });

  it('requests only the Latin fonts for a Latin-only referral', async () => {
    const spy = createNodeFontLoader();
    await buildReferralPdf(typicalReferral, { loadFont: spy });
    expect([...spy.requested].sort()).toEqual<FontId[]>(['dejavu-bold', 'dejavu-regular']);
  });
});

describe('a worst-case referral (long text, four scripts, long words, a long table)', () => {
  let pdf: ReferralPdf;
  beforeAll(async () => {
    pdf = await build(worstCaseReferral);
  });

  it('keeps the marking and page numbers on every page', () => {
    expectMarkedOnEveryPage(pdftotext(pdf.bytes, 'layout'), pdf.pageCount, 'OFFICIAL-SENSITIVE PERSONAL DATA');
  });

  // Layout mode: pdftotext's default mode "dehyphenates", dropping a hyphen that ends a line.
  const body = (): string =>
    pdftotext(pdf.bytes, 'layout')
      .map((page) =>
        nonEmptyLines(page)
          .slice(1, -1)
          .filter((line) => !/^Reference: \S+\s+Page \d+ of \d+$/.test(line) && line !== 'Concerns (continued)')
          .join('\n'),
      )
      .join('\n');

  it('prints a 10,000-character concern in full across pages', () => {
    const concern = worstCaseReferral.sections.find((s) => s.heading.startsWith('C.'))!.rows[0]!.value;
    expect(concern.length).toBeGreaterThan(10_000);
    expect(squash(body())).toContain(squash(concern));
    expect(squash(body())).toContain(squash(longConcern()));
  });

  it('wraps long words and URLs instead of cutting them off', async () => {
    const text = squash(body());
    expect(text).toContain('X'.repeat(400));
    expect(text).toContain(`https://social.example.org/users/${'a'.repeat(180)}/posts?from=2026-01-01&to=2026-11-23&sort=newest`);
    const { pages } = await renderReferral(worstCaseReferral, { loadFont: loader });
    for (const page of pages) {
      for (const item of page.items) if (item.kind === 'text') expect(item.x + item.line.width).toBeLessThanOrEqual(CONTENT.left + CONTENT.width + 0.5);
    }
  });

  it('repeats the table header on every page the table crosses', () => {
    const pages = pdftotext(pdf.bytes, 'layout');
    const first = pages.findIndex((page) => page.includes('Appendix B: Decision log'));
    expect(first).toBeGreaterThan(0);
    expect(pages.length - first).toBeGreaterThan(1);
    for (const page of pages.slice(first)) expect(page).toMatch(/When\s+Step\s+Answer\s+Who/);
  });

  it('requests the Arabic and Chinese fonts, and no bold Arabic it does not need', () => {
    expect([...pdf.fonts].sort()).toEqual<FontId[]>(['arabic-regular', 'cjk-regular', 'dejavu-bold', 'dejavu-regular']);
  });
});

describe('names in every script', () => {
  let text: string;
  beforeAll(async () => {
    const pdf = await build(scriptsReferral);
    expect(pdf.warnings).toEqual([]);
    text = pdftotext(pdf.bytes)
      .join('\n')
      .replace(/[\u202a-\u202e]/g, '');
  });

  it.each(Object.entries(NAMES).filter(([key]) => key !== 'mixed'))('extracts %s intact', (_key, name) => {
    expect(text).toContain(name);
  });

  it('extracts a mixed-direction line with every character and the Arabic in logical order', () => {
    // pdftotext's own bidi heuristic moves the "(" that follows the Arabic into the Arabic run;
    // nothing else moves. See the report in build-referral-pdf.ts's header.
    const line = text.split('\n').find((l) => l.startsWith('Name: '))!;
    expect(line).toContain('محمد علی');
    expect([...squash(line)].sort()).toEqual([...squash(NAMES.mixed)].sort());
  });
});

describe('characters no font can draw', () => {
  const doc = withRows([
    { label: 'Forename(s):', value: 'Sam 🙂', field: 'individual.forenames' },
    { label: 'Concerns', value: 'Wrote 𐀀 on the wall', field: 'concerns.description' },
    { label: 'Surname:', value: 'Ellis', field: 'individual.surname' },
  ]);

  it('prints a visible placeholder, warns naming the field, and never throws', async () => {
    const pdf = await build(doc);
    expect(pdf.warnings).toEqual([
      { field: 'individual.forenames', label: 'Forename(s):', characters: ['🙂'], codePoints: ['U+1F642'] },
      { field: 'concerns.description', label: 'Concerns', characters: ['𐀀'], codePoints: ['U+10000'] },
    ]);
    const text = pdftotext(pdf.bytes).join('\n');
    expect(text).toContain(`Sam ${PLACEHOLDER}`);
    expect(text).toContain(`Wrote ${PLACEHOLDER} on the wall`);
    expect(squash(text)).toContain(squash('cannot be printed with the fonts available and are shown as �: Forename(s): (U+1F642); Concerns (U+10000).'));
  });
});

describe('control characters, tabs, newlines and invisible characters', () => {
  it('removes control characters, keeps newlines, turns tabs into spaces, draws no boxes for joiners', async () => {
    const doc = withRows([
      { label: 'Notes', value: 'one\u0007two\tthree\r\nfour\u200bfive\u200dsix\ufeffseven\u0000', field: 'notes' },
      { label: 'Arabic with ZWNJ', value: 'می\u200cخواهم', field: 'zwnj' },
    ]);
    const { pdf, pages } = await renderReferral(doc, { loadFont: loader });
    expect(pdf.warnings).toEqual([]);
    const text = pdftotext(pdf.bytes, 'layout').join('\n');
    expect(text).toMatch(/onetwo\s+three\n\s*fourfivesixseven\n/);
    expect(text).toContain('میخواهم');
    expect(text).not.toContain(PLACEHOLDER);
    const drawn = pages
      .flatMap((page) => page.items)
      .filter((item) => item.kind === 'text' && item.role === 'value')
      .map((item) => (item.kind === 'text' ? item.line.runs.flatMap((run) => run.glyphs) : []));
    expect(drawn.map((glyphs) => String.fromCodePoint(...glyphs.flatMap((g) => g.codePoints)))).toContain('onetwo    three'); // tab: four spaces
    for (const glyphs of drawn) for (const glyph of glyphs) expect(glyph.id).not.toBe(0);
  });
});

describe('training mode', () => {
  it('watermarks every page and says so in the title', async () => {
    const pdf = await build(trainingReferral);
    const pages = pdftotext(pdf.bytes, 'raw');
    for (const page of pages) expect(squash(page)).toContain(squash(TRAINING_WATERMARK));
    const meta = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
    expect(meta.getTitle()).toBe(pdfTitle(trainingReferral));
    expect(meta.getTitle()).toMatch(/^OFFICIAL-SENSITIVE – TRAINING – FICTIONAL – NOT A REFERRAL – /);
    expectMarkedOnEveryPage(pdftotext(pdf.bytes, 'layout'), pdf.pageCount);
  });
});

describe('the descriptor', () => {
  it('follows the marking at the top and bottom of every page and in the title', async () => {
    const pdf = await build({ ...typicalReferral, descriptor: 'Personal data' });
    for (const page of pdftotext(pdf.bytes, 'layout')) {
      const lines = nonEmptyLines(page);
      expect(lines[0]).toBe('OFFICIAL-SENSITIVE PERSONAL DATA');
      expect(lines.at(-1)).toBe('OFFICIAL-SENSITIVE PERSONAL DATA');
    }
    const meta = await PDFDocument.load(pdf.bytes, { updateMetadata: false });
    expect(meta.getTitle()).toMatch(/^OFFICIAL-SENSITIVE PERSONAL DATA – National Prevent Referral Form/);
  });
});

describe('when a font cannot be loaded', () => {
  it('rejects with an error that says what to do', async () => {
    const failing = (id: FontId): Promise<Uint8Array> => (id === 'dejavu-bold' ? Promise.reject(new Error('offline')) : loader(id));
    await expect(buildReferralPdf(typicalReferral, { loadFont: failing })).rejects.toBeInstanceOf(FontLoadError);
    await expect(buildReferralPdf(typicalReferral, { loadFont: failing })).rejects.toThrow(/Reload the app while online/);
  });
});
