/**
 * The referral's page layout: a title block, sections that run on (no page per section), rows of
 * label and answer, tables with a header row repeated on every page they cross, and appendices that
 * each start a page. Produces a plain page model (what to draw where); build-referral-pdf.ts turns
 * it into PDF and adds the running header and footer once the page count is known.
 */
import { NOT_GIVEN, type DocRow, type DocSection, type DocTable, type ReferralDocument } from '../../forms/document';
import { appendixHeading, isBlank, isTable, type TextStyle } from './scripts';
import type { TextLayout, TextLine } from './text-layout';

export const PAGE = { width: 595.28, height: 841.89 } as const; // A4 portrait, points
export const MARGIN_X = 50;
export const CONTENT = { left: MARGIN_X, width: PAGE.width - 2 * MARGIN_X, top: PAGE.height - 58, bottom: 62 } as const;

const LABEL_WIDTH = 165;
const COLUMN_GAP = 14;
const VALUE_X = CONTENT.left + LABEL_WIDTH + COLUMN_GAP;
const VALUE_WIDTH = CONTENT.width - LABEL_WIDTH - COLUMN_GAP;
/** A value that would take more lines than this beside its label goes below it, full width. */
const MAX_BESIDE_LINES = 6;
const ROW_PAD = 4;
const CELL_PAD_X = 4;
const CELL_PAD_Y = 3;

export const SIZE = { title: 16, meta: 9, heading: 11, label: 9.5, value: 10, intro: 9.5, cell: 9, note: 9 } as const;
export const GRAY = { text: 0, muted: 0.35, band: 0.9, rule: 0.75, banner: 0.93 } as const;

export interface TextItem {
  kind: 'text';
  x: number;
  /** Baseline. */
  y: number;
  line: TextLine;
  gray: number;
  /** Where the text came from, e.g. "value" or "label" (for tests and debugging). */
  role: string;
}
export interface RuleItem {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  gray: number;
}
export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  gray: number;
}
export type PageItem = TextItem | RuleItem | RectItem;
export interface PageModel {
  items: PageItem[];
}

/** Text already checked and cleaned (placeholders in), ready to lay out. */
export type Prepare = (text: string, style: TextStyle) => string;

export interface ReferralLayoutInput {
  doc: ReferralDocument;
  prepare: Prepare;
  text: TextLayout;
  /** Shown on page 1 when some characters print as the placeholder. */
  unprintableNote?: string;
  trainingBanner?: string;
  generatedLabel: string;
}

/** At most `max` characters, with "…" when cut (only for repeated labels; the full text is printed once). */
export function shorten(s: string, max: number): string {
  const chars = Array.from(s.replace(/\s+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

function linesHeight(lines: readonly TextLine[], from = 0, to = lines.length): number {
  let h = 0;
  for (let i = from; i < to; i++) h += lines[i]!.height;
  return h;
}

/** How many lines from `from` fit in `space`. */
function fitting(lines: readonly TextLine[], from: number, space: number): number {
  let h = 0;
  let n = 0;
  for (let i = from; i < lines.length; i++) {
    h += lines[i]!.height;
    if (h > space + 0.01) break;
    n++;
  }
  return n;
}

class Flow {
  readonly pages: PageModel[] = [];
  y: number = CONTENT.top;
  private page!: PageModel;

  constructor() {
    this.newPage();
  }

  newPage(): void {
    this.page = { items: [] };
    this.pages.push(this.page);
    this.y = CONTENT.top;
  }

  get space(): number {
    return this.y - CONTENT.bottom;
  }

  get atTop(): boolean {
    return this.y >= CONTENT.top - 0.01;
  }

  /** Moves to a new page unless `height` fits here (or the page is still empty). */
  ensure(height: number): void {
    if (height > this.space + 0.01 && !this.atTop) this.newPage();
  }

  add(item: PageItem): void {
    this.page.items.push(item);
  }

  /** Draws lines[from, to) at x, top at the current y; returns the height used (does not move y). */
  drawLines(lines: readonly TextLine[], from: number, to: number, x: number, top: number, gray: number, role: string): number {
    let y = top;
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      this.add({ kind: 'text', x, y: y - line.baseline, line, gray, role });
      y -= line.height;
    }
    return top - y;
  }

  rule(y: number, gray: number = GRAY.rule, x1: number = CONTENT.left, x2: number = CONTENT.left + CONTENT.width, width = 0.5): void {
    this.add({ kind: 'rule', x1, y1: y, x2, y2: y, width, gray });
  }
}

export function layoutReferral(input: ReferralLayoutInput): PageModel[] {
  const { doc, prepare, text } = input;
  const flow = new Flow();
  const lay = (s: string, style: TextStyle, size: number, width: number): TextLine[] => text.layout(prepare(s, style), style, size, width);

  interface Entry {
    line: TextLine;
    x: number;
    gray: number;
    role: string;
    /** Extra space below this line. */
    gap?: number;
  }
  const entries = (lines: TextLine[], x: number, gray: number, role: string): Entry[] => lines.map((line) => ({ line, x, gray, role }));
  const entryHeight = (e: Entry): number => e.line.height + (e.gap ?? 0);

  interface FlowOptions {
    /** A filled box behind each page's part (headings, notes). */
    band?: { gray: number; pad: number; accent?: boolean };
    /** Lines to repeat at the top of each continuation page, e.g. "Concerns (continued)". */
    continuation?: () => Entry[];
    /** Lines that must start together on one page (keeps a label with the start of its answer). */
    minFirst?: number;
  }

  /** Lines that may split across pages, with no lone line left at the top of the next page. */
  const flowLines = (list: Entry[], options: FlowOptions = {}): void => {
    const pad = options.band?.pad ?? 0;
    let i = 0;
    let first = true;
    while (i < list.length) {
      const head = first ? [] : (options.continuation?.() ?? []);
      const space = flow.space - 2 * pad - head.reduce((h, e) => h + entryHeight(e), 0);
      let n = 0;
      for (let h = 0; i + n < list.length; n++) {
        h += entryHeight(list[i + n]!);
        if (h > space + 0.01) break;
      }
      const wanted = first ? Math.min(options.minFirst ?? 1, list.length - i) : 1;
      if (n < wanted && !flow.atTop) {
        flow.newPage();
        continue;
      }
      n = Math.max(n, 1);
      if (i + n === list.length - 1 && n > 2) n--;
      const chunk = [...head, ...list.slice(i, i + n)];
      const height = chunk.reduce((h, e) => h + entryHeight(e), 0) + 2 * pad;
      if (options.band) {
        flow.add({ kind: 'rect', x: CONTENT.left, y: flow.y - height, w: CONTENT.width, h: height, gray: options.band.gray });
        if (options.band.accent)
          flow.add({ kind: 'rule', x1: CONTENT.left + 1.25, y1: flow.y - height, x2: CONTENT.left + 1.25, y2: flow.y, width: 2.5, gray: 0.2 });
      }
      let y = flow.y - pad;
      for (const e of chunk) {
        flow.add({ kind: 'text', x: e.x, y: y - e.line.baseline, line: e.line, gray: e.gray, role: e.role });
        y -= entryHeight(e);
      }
      flow.y -= height;
      i += n;
      first = false;
      if (i < list.length) flow.newPage();
    }
  };

  // Title block.
  flowLines(entries(lay(doc.title, 'bold', SIZE.title, CONTENT.width), CONTENT.left, GRAY.text, 'title'));
  flow.y -= 2;
  const meta = lay(
    `Reference: ${doc.reference}    Form version: ${doc.formVersion}    Generated: ${input.generatedLabel}`,
    'regular',
    SIZE.meta,
    CONTENT.width,
  );
  flowLines(entries(meta, CONTENT.left, GRAY.muted, 'meta'));
  flow.y -= 8;
  for (const [note, role] of [
    [input.trainingBanner, 'training-banner'],
    [input.unprintableNote, 'unprintable-note'],
  ] as const) {
    if (!note) continue;
    const lines = text.layout(note, role === 'training-banner' ? 'bold' : 'regular', SIZE.note, CONTENT.width - 16);
    flowLines(entries(lines, CONTENT.left + 10, GRAY.text, role), { band: { gray: GRAY.banner, pad: 6, accent: true } });
    flow.y -= 8;
  }

  const heading = (label: string): TextLine[] => lay(label, 'bold', SIZE.heading, CONTENT.width - 12);
  const drawHeading = (lines: TextLine[]): void => {
    flowLines(entries(lines, CONTENT.left + 6, GRAY.text, 'heading'), { band: { gray: GRAY.band, pad: 4 } });
    flow.y -= 4;
  };

  const section = (part: DocSection, headingText: string, firstOnPage: boolean): void => {
    if (firstOnPage && !flow.atTop) flow.newPage();
    const headingLines = heading(headingText);
    const intro = (part.intro ?? []).map((p) => lay(p, 'regular', SIZE.intro, CONTENT.width));
    const rows = part.rows.map((row) => prepareRow(row));
    // Keep the heading with the start of what follows it: no heading alone at the foot of a page.
    const firstBit = intro[0] ? linesHeight(intro[0], 0, Math.min(2, intro[0].length)) : rows[0] ? rows[0].minHeight : 0;
    flow.ensure(linesHeight(headingLines) + 12 + firstBit);
    drawHeading(headingLines);
    for (const paragraph of intro) {
      flowLines(entries(paragraph, CONTENT.left, GRAY.text, 'intro'), { minFirst: 2 });
      flow.y -= 4;
    }
    for (const row of rows) drawRow(row);
    flow.y -= 10;
  };

  interface PreparedRow {
    label: string;
    labelLines: TextLine[];
    valueLines: TextLine[];
    beside: boolean;
    empty: boolean;
    minHeight: number;
  }

  const prepareRow = (row: DocRow): PreparedRow => {
    const empty = isBlank(row.value);
    const value = empty ? NOT_GIVEN : row.value;
    let labelLines = lay(row.label, 'bold', SIZE.label, LABEL_WIDTH);
    let valueLines = lay(value, 'regular', SIZE.value, VALUE_WIDTH);
    // Beside its label when short; below it, full width, when long (so it can run across pages).
    const beside = valueLines.length <= MAX_BESIDE_LINES && labelLines.length <= MAX_BESIDE_LINES;
    if (!beside) {
      labelLines = lay(row.label, 'bold', SIZE.label, CONTENT.width);
      valueLines = lay(value, 'regular', SIZE.value, CONTENT.width);
    }
    const firstValue = linesHeight(valueLines, 0, Math.min(2, valueLines.length));
    const minHeight = (beside ? Math.max(linesHeight(labelLines), linesHeight(valueLines)) : linesHeight(labelLines) + 2 + firstValue) + 2 * ROW_PAD;
    return { label: row.label, labelLines, valueLines, beside, empty, minHeight };
  };

  const drawRow = (row: PreparedRow): void => {
    const valueGray = row.empty ? GRAY.muted : GRAY.text;
    if (row.beside) {
      // At most a few lines each: the row is kept whole. Label and answer share their first
      // baseline, whatever fonts (line heights) each uses.
      const skew = (row.valueLines[0]?.baseline ?? 0) - (row.labelLines[0]?.baseline ?? 0);
      const labelH = linesHeight(row.labelLines) + Math.max(0, skew);
      const valueH = linesHeight(row.valueLines) + Math.max(0, -skew);
      flow.ensure(Math.max(labelH, valueH) + 2 * ROW_PAD);
      const top = flow.y - ROW_PAD;
      flow.drawLines(row.labelLines, 0, row.labelLines.length, CONTENT.left, top - Math.max(0, skew), GRAY.text, 'label');
      flow.drawLines(row.valueLines, 0, row.valueLines.length, VALUE_X, top - Math.max(0, -skew), valueGray, 'value');
      flow.y -= Math.max(labelH, valueH) + 2 * ROW_PAD;
      flow.rule(flow.y);
      return;
    }
    const label = entries(row.labelLines, CONTENT.left, GRAY.text, 'label');
    label[label.length - 1]!.gap = 2;
    flow.y -= ROW_PAD;
    flowLines([...label, ...entries(row.valueLines, CONTENT.left, valueGray, 'value')], {
      minFirst: label.length + Math.min(2, row.valueLines.length),
      continuation: () => {
        const again = entries(lay(`${shorten(row.label, 80)} (continued)`, 'bold', SIZE.label, CONTENT.width), CONTENT.left, GRAY.muted, 'label-continued');
        again[again.length - 1]!.gap = 2;
        return again;
      },
    });
    flow.y -= ROW_PAD;
    flow.rule(flow.y);
  };

  const table = (part: DocTable, headingText: string, newPage: boolean): void => {
    if (newPage && !flow.atTop) flow.newPage();
    const headingLines = heading(headingText);
    const columns = Math.max(part.columns.length, ...part.rows.map((r) => r.length), 1);
    const widths = columnWidths(part, columns);
    const cellLines = (s: string, c: number, style: TextStyle): TextLine[] => lay(isBlank(s) ? NOT_GIVEN : s, style, SIZE.cell, widths[c]! - 2 * CELL_PAD_X);
    const header = Array.from({ length: columns }, (_, c) => cellLines(part.columns[c] ?? '', c, 'bold'));
    const bodyRows = part.rows.map((cells) => Array.from({ length: columns }, (_, c) => cellLines(cells[c] ?? '', c, 'regular')));
    // The header row is repeated on every page the table crosses, unless it is absurdly tall (then
    // it is printed once, as the first row, and may itself split).
    const repeatHeader = Math.max(...header.map((l) => linesHeight(l))) + 2 * CELL_PAD_Y <= (CONTENT.top - CONTENT.bottom) / 4;
    const headerH = repeatHeader ? Math.max(...header.map((l) => linesHeight(l))) + 2 * CELL_PAD_Y : 0;
    const rows = repeatHeader ? bodyRows : [header, ...bodyRows];
    const xs: number[] = [];
    widths.reduce((x, w) => (xs.push(x), x + w), CONTENT.left);

    let headerDrawn = false;
    const drawHeader = (): void => {
      if (!repeatHeader) return;
      const role = headerDrawn ? 'table-header-repeat' : 'table-header';
      headerDrawn = true;
      const top = flow.y;
      flow.add({ kind: 'rect', x: CONTENT.left, y: top - headerH, w: CONTENT.width, h: headerH, gray: GRAY.band });
      header.forEach((lines, c) => flow.drawLines(lines, 0, lines.length, xs[c]! + CELL_PAD_X, top - CELL_PAD_Y, GRAY.text, role));
      flow.y -= headerH;
      flow.rule(flow.y, 0.5);
    };
    const grid = (top: number, bottom: number): void => {
      for (const x of [...xs, CONTENT.left + CONTENT.width]) flow.add({ kind: 'rule', x1: x, y1: top, x2: x, y2: bottom, width: 0.5, gray: GRAY.rule });
    };

    const firstRowMin = rows[0] ? Math.max(...rows[0].map((l) => linesHeight(l, 0, Math.min(2, l.length)))) + 2 * CELL_PAD_Y : 0;
    const intro = (part.intro ?? []).map((p) => lay(p, 'regular', SIZE.intro, CONTENT.width));
    flow.ensure(linesHeight(headingLines) + 12 + intro.reduce((h, p) => h + linesHeight(p) + 4, 0) + headerH + firstRowMin);
    drawHeading(headingLines);
    for (const paragraph of intro) {
      flowLines(entries(paragraph, CONTENT.left, GRAY.text, 'intro'), { minFirst: 2 });
      flow.y -= 4;
    }
    // A long intro may have run on: the header still starts where its first row fits.
    if (intro.length > 0) flow.ensure(headerH + firstRowMin);
    let tableTop = flow.y;
    drawHeader();
    // Nothing but the repeated header on a fresh page: moving on would not help, so split here.
    const onlyHeaderOnPage = (): boolean => tableTop >= CONTENT.top - 0.01 && flow.y >= tableTop - headerH - 0.01;
    const continueOnNewPage = (): void => {
      grid(tableTop, flow.y);
      flow.newPage();
      tableTop = flow.y;
      drawHeader();
    };
    for (const row of rows) {
      const from = row.map(() => 0);
      for (;;) {
        const space = flow.space - 2 * CELL_PAD_Y;
        const take = row.map((lines, c) => fitting(lines, from[c]!, space));
        const fitsWhole = row.every((lines, c) => from[c]! + take[c]! >= lines.length);
        if (!fitsWhole && !onlyHeaderOnPage()) {
          // Split a row only when a fair part of it fits here; otherwise start it on the next page.
          const fairPart = space >= 3 * SIZE.cell * 1.4 && row.some((lines, c) => take[c]! >= Math.min(2, lines.length - from[c]!));
          if (!fairPart) {
            continueOnNewPage();
            continue;
          }
        }
        if (onlyHeaderOnPage()) row.forEach((lines, c) => (take[c] = Math.max(take[c]!, from[c]! < lines.length ? 1 : 0)));
        const top = flow.y - CELL_PAD_Y;
        let used = 0;
        row.forEach((lines, c) => {
          used = Math.max(used, flow.drawLines(lines, from[c]!, from[c]! + take[c]!, xs[c]! + CELL_PAD_X, top, GRAY.text, 'cell'));
          from[c] = from[c]! + take[c]!;
        });
        flow.y -= used + 2 * CELL_PAD_Y;
        flow.rule(flow.y);
        if (row.every((lines, c) => from[c]! >= lines.length)) break;
        continueOnNewPage();
      }
    }
    grid(tableTop, flow.y);
    flow.y -= 10;
  };

  const columnWidths = (part: DocTable, columns: number): number[] => {
    const natural = Array.from({ length: columns }, (_, c) => {
      const texts: [string, TextStyle][] = [[part.columns[c] ?? '', 'bold'], ...part.rows.map((r): [string, TextStyle] => [r[c] ?? '', 'regular'])];
      let max = 0;
      for (const [s, style] of texts) {
        for (const line of lay(isBlank(s) ? NOT_GIVEN : s, style, SIZE.cell, 10_000)) max = Math.max(max, line.width);
      }
      return max + 2 * CELL_PAD_X + 1;
    });
    const total = CONTENT.width;
    const fair = total / columns;
    // Narrow columns (dates, names) keep their natural width; wide ones share what is left.
    const minimum = natural.map((w) => (w <= fair * 0.95 ? w : Math.min(w, Math.max(50, fair * 0.6))));
    const sumNatural = natural.reduce((a, b) => a + b, 0);
    const sumMin = minimum.reduce((a, b) => a + b, 0);
    if (sumNatural <= total) return natural.map((w) => (w * total) / sumNatural);
    if (sumMin >= total) return minimum.map((w) => (w * total) / sumMin);
    const spare = (total - sumMin) / (sumNatural - sumMin);
    return natural.map((w, c) => minimum[c]! + (w - minimum[c]!) * spare);
  };

  doc.sections.forEach((part) => section(part, part.heading, false));
  doc.appendices.forEach((part, i) => {
    const label = appendixHeading(doc, i);
    const newPage = !doc.appendicesRunOn;
    if (isTable(part)) table(part, label, newPage);
    else section(part, label, newPage);
  });
  return flow.pages;
}
