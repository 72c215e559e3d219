/**
 * Paragraphs → lines → runs of glyphs, for one block of text at a given width.
 *
 * Order of work, per paragraph (a paragraph is a line of the input; newlines are kept):
 * 1. Bidi levels for the whole paragraph (bidi-js, direction from its first strong character).
 * 2. Line breaking on the logical text: at spaces, after hyphens, dashes and slashes, around
 *    Chinese/Japanese characters; a word wider than the line (a URL, 10,000 letters with no
 *    space) is broken between grapheme clusters, so nothing is ever cut off.
 * 3. For each line, AFTER breaking: the bidi reordering (getReorderSegments, which also applies
 *    rule L1 to trailing spaces), mirroring of brackets in right-to-left runs, then cutting into
 *    runs of one font and one direction, in visual order.
 * 4. Each run is shaped by fontkit in logical order; right-to-left runs come back in visual order.
 */
import bidiFactory from 'bidi-js';
import type { FontId } from './font-files';
import type { ShapedGlyph, Shaper } from './shaping';
import { assignFonts, type CoverageTest, type TextStyle } from './scripts';

export interface LayoutContext {
  has: CoverageTest;
  shaper(id: FontId): Shaper;
}

export interface PositionedRun {
  font: FontId;
  /** x of the run's left edge, from the line's left edge (alignment included), in points. */
  x: number;
  size: number;
  glyphs: ShapedGlyph[];
  rtl: boolean;
  /** The run's text in logical order, as typed (before mirroring). */
  text: string;
  width: number;
}

export interface TextLine {
  runs: PositionedRun[];
  width: number;
  /** Height of the line box and the baseline's distance from its top, in points. */
  height: number;
  baseline: number;
  /** Paragraph direction (a right-to-left paragraph of several lines is set flush right). */
  rtl: boolean;
}

/** Vertical extent of each font's letters, in em: tighter than the fonts' own (very tall) ascent/descent. */
const FONT_BOX: Record<FontId, { ascent: number; descent: number }> = {
  'dejavu-regular': { ascent: 0.93, descent: 0.24 },
  'dejavu-bold': { ascent: 0.93, descent: 0.24 },
  'arabic-regular': { ascent: 1.0, descent: 0.45 },
  'arabic-bold': { ascent: 1.0, descent: 0.45 },
  'cjk-regular': { ascent: 0.92, descent: 0.2 },
};
export const LINE_GAP = 0.16;

let bidiInstance: ReturnType<typeof bidiFactory> | undefined;
function bidi(): ReturnType<typeof bidiFactory> {
  bidiInstance ??= bidiFactory();
  return bidiInstance;
}

let graphemes: Intl.Segmenter | undefined;
/** 1 where a grapheme cluster starts (a user-perceived character: base + marks, emoji sequences). */
function graphemeStarts(text: string): Uint8Array {
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  const starts = new Uint8Array(text.length + 1);
  for (const segment of graphemes.segment(text)) starts[segment.index] = 1;
  starts[text.length] = 1;
  return starts;
}

/** Anything that could be right-to-left: Hebrew, Arabic, Syriac, Thaana, NKo…, RTL presentation forms, bidi controls. */
const MAYBE_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
const SPACE = /[ \u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]/;
const BREAK_AFTER = /[-\u2010\u2012-\u2014/\\|]/;
const WORDISH = /[\p{L}\p{N}]/u;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3040-\u30ff]/u;
const NO_BREAK_BEFORE = /[\u3001\u3002\uff0c\uff0e\uff1a\uff1b\uff01\uff1f\uff09\u300d\u300f\u3011\u3015\u30fc\u2019\u201d)\]}.,;:!?]/;
const NO_BREAK_AFTER = /[\uff08\u300c\u300e\u3010\u3014\u2018\u201c([{]/;
const GLUE = /[\p{M}\p{Default_Ignorable_Code_Point}\udc00-\udfff]/u;

/** Positions where a new line may start (besides 0). */
function breakOpportunities(p: string): Uint8Array {
  const ok = new Uint8Array(p.length + 1);
  for (let i = 1; i < p.length; i++) {
    const before = p[i - 1]!;
    const here = p[i]!;
    if (GLUE.test(here) || SPACE.test(here)) continue;
    if (SPACE.test(before)) ok[i] = 1;
    else if (BREAK_AFTER.test(before) && i >= 2 && WORDISH.test(p[i - 2]!)) ok[i] = 1;
    else if ((IDEOGRAPHIC.test(here) || IDEOGRAPHIC.test(before)) && !NO_BREAK_BEFORE.test(here) && !NO_BREAK_AFTER.test(before)) ok[i] = 1;
  }
  ok[p.length] = 1;
  return ok;
}

function isHigh(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

interface Paragraph {
  text: string;
  /** Computed on first need (only words too long for a line are broken between graphemes). */
  graphemes?: Uint8Array;
  fonts: FontId[];
  levels: ReturnType<ReturnType<typeof bidiFactory>['getEmbeddingLevels']> | null;
  rtl: boolean;
}

export class TextLayout {
  constructor(private readonly ctx: LayoutContext) {}

  /** Lines for `text` (already prepared: every character drawable) set at `size` points within `maxWidth`. */
  layout(text: string, style: TextStyle, size: number, maxWidth: number): TextLine[] {
    const lines: TextLine[] = [];
    for (const paragraph of text.split('\n')) lines.push(...this.layoutParagraph(paragraph, style, size, maxWidth));
    return lines;
  }

  private emptyLine(style: TextStyle, size: number): TextLine {
    const box = FONT_BOX[style === 'bold' ? 'dejavu-bold' : 'dejavu-regular'];
    const gap = LINE_GAP * size;
    return { runs: [], width: 0, height: (box.ascent + box.descent) * size + gap, baseline: box.ascent * size + gap / 2, rtl: false };
  }

  private layoutParagraph(text: string, style: TextStyle, size: number, maxWidth: number): TextLine[] {
    if (text.length === 0) return [this.emptyLine(style, size)];
    const fallback: FontId = style === 'bold' ? 'dejavu-bold' : 'dejavu-regular';
    const fonts = assignFonts(text, style, this.ctx.has).map((f) => f ?? fallback);
    const levels = MAYBE_RTL.test(text) ? bidi().getEmbeddingLevels(text, 'auto') : null;
    const paragraph: Paragraph = { text, fonts, levels, rtl: levels ? (levels.paragraphs[0]!.level & 1) === 1 : false };
    const breaks = breakOpportunities(text);
    const lines: TextLine[] = [];
    let start = 0;
    while (start < text.length) {
      let end = this.greedyEnd(paragraph, breaks, start, size, maxWidth);
      let line = this.buildLine(paragraph, start, end, size);
      // Measured widths are per word; shaped lines can differ by a hair (or more, for a word
      // broken mid-way in a joining script). Never let a line overflow: step back and retry.
      while (line.width > maxWidth + 0.01) {
        const earlier = this.backOff(paragraph, breaks, start, end);
        if (earlier === end) break;
        end = earlier;
        line = this.buildLine(paragraph, start, end, size);
      }
      lines.push(line);
      start = end;
    }
    // A right-to-left paragraph that wraps is set flush right, as it reads; a single line (a name)
    // stays at the start of its column, beside its label, like every other answer.
    if (paragraph.rtl && lines.length > 1) {
      for (const line of lines) for (const run of line.runs) run.x += Math.max(0, maxWidth - line.width);
    }
    return lines;
  }

  /** Width in points of p[start, end) set in its fonts, and the same without trailing spaces. */
  private measure(paragraph: Paragraph, start: number, end: number, size: number): { ink: number; total: number } {
    const { text, fonts } = paragraph;
    let total = 0;
    let inkEnd = end;
    while (inkEnd > start && SPACE.test(text[inkEnd - 1]!)) inkEnd--;
    let ink = 0;
    let runStart = start;
    for (let i = start + 1; i <= end; i++) {
      if (i === end || fonts[i] !== fonts[runStart] || i === inkEnd) {
        const shaper = this.ctx.shaper(fonts[runStart]!);
        const width = (shaper.width(text.slice(runStart, i)) * size) / shaper.unitsPerEm;
        total += width;
        if (i <= inkEnd) ink += width;
        runStart = i;
      }
    }
    return { ink, total };
  }

  private greedyEnd(paragraph: Paragraph, breaks: Uint8Array, start: number, size: number, maxWidth: number): number {
    const n = paragraph.text.length;
    let width = 0;
    let end = start;
    while (end < n) {
      let next = end + 1;
      while (!breaks[next]) next++;
      const { ink, total } = this.measure(paragraph, end, next, size);
      if (width + ink <= maxWidth + 0.01) {
        width += total;
        end = next;
        continue;
      }
      if (end > start) return end;
      return this.graphemeFill(paragraph, start, next, size, maxWidth);
    }
    return n;
  }

  /** Emergency break inside a word wider than the line: as many grapheme clusters as fit (at least one). */
  private graphemeFill(paragraph: Paragraph, start: number, end: number, size: number, maxWidth: number): number {
    paragraph.graphemes ??= graphemeStarts(paragraph.text);
    const starts = paragraph.graphemes;
    let width = 0;
    let g = start;
    while (g < end) {
      let next = g + 1;
      while (next < end && !starts[next]) next++;
      width += this.measure(paragraph, g, next, size).ink;
      if (width > maxWidth + 0.01) return g === start ? next : g;
      g = next;
    }
    return end;
  }

  /** A shorter line: back to the previous break opportunity, or else one grapheme cluster less. */
  private backOff(paragraph: Paragraph, breaks: Uint8Array, start: number, end: number): number {
    for (let i = end - 1; i > start; i--) if (breaks[i]) return i;
    paragraph.graphemes ??= graphemeStarts(paragraph.text);
    for (let i = end - 1; i > start; i--) if (paragraph.graphemes[i]) return i;
    return end;
  }

  private buildLine(paragraph: Paragraph, start: number, end: number, size: number): TextLine {
    const { text, fonts, levels } = paragraph;
    let drawEnd = end;
    while (drawEnd > start && SPACE.test(text[drawEnd - 1]!)) drawEnd--; // trailing spaces hang

    // Visual order of the line's code units: bidi-js gives segments of POSITIONS to reverse, in
    // turn (rule L2, with L1 for trailing spaces applied by bidi-js itself).
    const order: number[] = [];
    for (let i = start; i < drawEnd; i++) order.push(i);
    let mirrored = new Map<number, string>();
    if (levels && order.length > 0) {
      for (const [from, to] of bidi().getReorderSegments(text, levels, start, drawEnd - 1) as [number, number][]) {
        const reversed = order.slice(from - start, to - start + 1).reverse();
        order.splice(from - start, reversed.length, ...reversed);
      }
      // Mirror only where the font has the mirrored glyph (∟ mirrors to ⯾, which DejaVu lacks).
      mirrored = bidi().getMirroredCharactersMap(text, levels.levels, start, drawEnd - 1);
      for (const [at, mirror] of mirrored) if (!this.ctx.has(fonts[at]!, mirror.codePointAt(0)!)) mirrored.delete(at);
    }
    // Atoms are code points (UTF-16 offset + length): a surrogate pair reversed above is put back together.
    const atoms: { at: number; len: number }[] = [];
    for (let k = 0; k < order.length; k++) {
      const u = order[k]!;
      const next = order[k + 1];
      if (isHigh(text, u) && next === u + 1 && isLow(text, u + 1)) {
        atoms.push({ at: u, len: 2 });
        k++;
      } else if (isLow(text, u) && next === u - 1 && isHigh(text, u - 1)) {
        atoms.push({ at: u - 1, len: 2 });
        k++;
      } else {
        atoms.push({ at: u, len: 1 });
      }
    }
    const rtlAt = (i: number): boolean => (levels ? (levels.levels[i]! & 1) === 1 : false);

    // Cut into runs in visual order: one font, one direction, logically contiguous.
    const runs: PositionedRun[] = [];
    let k = 0;
    while (k < atoms.length) {
      const first = atoms[k]!;
      const font = fonts[first.at]!;
      const rtl = rtlAt(first.at);
      let lo = first.at;
      let hi = first.at + first.len;
      let j = k + 1;
      if (!mirrored.has(first.at)) {
        while (j < atoms.length) {
          const atom = atoms[j]!;
          if (fonts[atom.at] !== font || rtlAt(atom.at) !== rtl || mirrored.has(atom.at)) break;
          if (rtl ? atom.at + atom.len !== lo : atom.at !== hi) break;
          if (rtl) lo = atom.at;
          else hi = atom.at + atom.len;
          j++;
        }
      }
      const logical = text.slice(lo, hi);
      const shaper = this.ctx.shaper(font);
      let glyphs: ShapedGlyph[];
      const mirror = mirrored.get(first.at);
      if (mirror !== undefined) {
        // Draw the mirrored bracket, but let it extract as the character that was typed.
        const original = [...logical].map((c) => c.codePointAt(0)!);
        glyphs = shaper.shape(mirror, true).map((g) => ({ ...g, codePoints: g.codePoints.length ? original : [] }));
      } else {
        glyphs = shaper.shape(logical, rtl);
      }
      let units = 0;
      for (const g of glyphs) units += g.xAdvance;
      runs.push({ font, x: 0, size, glyphs, rtl, text: logical, width: (units * size) / shaper.unitsPerEm });
      k = j;
    }

    let width = 0;
    for (const run of runs) {
      run.x = width;
      width += run.width;
    }

    let ascent = 0;
    let descent = 0;
    for (const run of runs.length > 0 ? runs : [{ font: fonts[start]! }]) {
      ascent = Math.max(ascent, FONT_BOX[run.font].ascent);
      descent = Math.max(descent, FONT_BOX[run.font].descent);
    }
    const gap = LINE_GAP * size;
    return { runs, width, height: (ascent + descent) * size + gap, baseline: ascent * size + gap / 2, rtl: paragraph.rtl };
  }
}
