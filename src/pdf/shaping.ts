/**
 * Shaping with fontkit: turns a run of text in one font and one direction into positioned glyphs,
 * each knowing which characters it stands for (for the PDF's ToUnicode map, so the text can be
 * searched and copied).
 *
 * What fontkit does, verified in shaping.test.ts rather than assumed:
 * - It shapes Arabic (init/medi/fina/isol, lam-alef, marks via GPOS) from text in LOGICAL order,
 *   and for a right-to-left run returns the glyphs already in VISUAL (left-to-right) order.
 * - Its Glyph objects are cached per glyph id, so `glyph.codePoints` is whatever character first
 *   produced that glyph: Noto Sans Arabic draws ب, ٹ, ی… on one dotless base glyph plus dot glyphs,
 *   and the cached codePoints would make them all extract as the first one seen. We therefore record
 *   the code points fontkit's shaper carries for each glyph during this layout call.
 * - Mark offsets (xOffset/yOffset) matter: pdf-lib's own drawText ignores them, which puts Arabic
 *   dots and harakat in the wrong place; our drawing applies them.
 */
import type { Font, Glyph } from '@pdf-lib/fontkit';
import { isIgnorable } from './scripts';

export interface ShapedGlyph {
  /** Glyph id in the font. */
  id: number;
  /** The characters this glyph stands for (empty for extra glyphs a character was split into). */
  codePoints: number[];
  /** Pen advance and offsets, in font units. */
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

/**
 * Scripts whose glyphs depend on context (Hebrew to Mongolian, incl. Arabic and the Indic
 * scripts), presentation forms, combining marks, joiners, and everything outside the BMP.
 */
const NEEDS_SHAPING = /[\u0590-\u1cff\ua800-\uabff\ufb1d-\ufdff\ufe70-\ufeff\u{10000}-\u{10ffff}\ud800-\udfff]|\p{M}|\u200c|\u200d/u;

type FontInternals = Font & {
  getGlyph(id: number, codePoints?: number[]): Glyph;
  layout(text: string, features?: unknown, script?: string, language?: string, direction?: 'ltr' | 'rtl'): ReturnType<Font['layout']>;
};

/**
 * One Shaper per parsed font, kept across exports (the builder parses each font once per session:
 * build-referral-pdf.ts), so a build after the export page's preparation (download-pdf.ts) finds
 * its text already shaped and measured. Shaping is a pure function of the font and the text, so
 * the PDF is the same bytes either way (build-referral-pdf.test.ts checks it).
 */
const shapers = new WeakMap<Font, Shaper>();
export function shaperFor(font: Font): Shaper {
  let shaper = shapers.get(font);
  if (!shaper) {
    shaper = new Shaper(font);
    shapers.set(font, shaper);
  }
  return shaper;
}

/** Above this many shaped runs or measured widths a Shaper starts again (a long session of many exports). */
const MAX_CACHED = 50_000;

export class Shaper {
  readonly unitsPerEm: number;
  private readonly cache = new Map<string, ShapedGlyph[]>();
  private readonly widths = new Map<string, number>();

  constructor(readonly font: Font) {
    this.unitsPerEm = font.unitsPerEm;
  }

  /** Glyphs in visual (left-to-right drawing) order. Invisible format characters are dropped. */
  shape(text: string, rtl: boolean): ShapedGlyph[] {
    const key = (rtl ? 'r' : 'l') + text;
    let glyphs = this.cache.get(key);
    if (!glyphs) {
      glyphs = this.layout(text, rtl);
      if (this.cache.size >= MAX_CACHED) this.cache.clear();
      this.cache.set(key, glyphs);
    }
    return glyphs;
  }

  /**
   * Advance width in font units (direction does not change it), for line breaking. Text that
   * needs no shaping (Latin, Greek, Cyrillic, CJK… without combining marks) is measured from the
   * glyphs' advances without fontkit's layout, which is most of the cost of a long document; the
   * drawn lines are shaped properly and the line breaker steps back if kerning made one wider.
   */
  width(text: string): number {
    let width = this.widths.get(text);
    if (width === undefined) {
      width = 0;
      if (NEEDS_SHAPING.test(text)) {
        for (const glyph of this.shape(text, false)) width += glyph.xAdvance;
      } else {
        for (const ch of text) width += this.advance(ch.codePointAt(0)!);
      }
      if (this.widths.size >= MAX_CACHED) this.widths.clear();
      this.widths.set(text, width);
    }
    return width;
  }

  private readonly advances = new Map<number, number>();
  private advance(codePoint: number): number {
    let advance = this.advances.get(codePoint);
    if (advance === undefined) {
      advance = isIgnorable(codePoint) ? 0 : this.font.glyphForCodePoint(codePoint).advanceWidth;
      this.advances.set(codePoint, advance);
    }
    return advance;
  }

  /** One glyph per character from the cmap, nominal advances; right-to-left runs reversed. */
  private unshaped(text: string, rtl: boolean): ShapedGlyph[] {
    const glyphs: ShapedGlyph[] = [];
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (isIgnorable(cp)) continue;
      const glyph = this.font.glyphForCodePoint(cp);
      glyphs.push({ id: glyph.id, codePoints: [cp], xAdvance: glyph.advanceWidth, xOffset: 0, yOffset: 0 });
    }
    return rtl ? glyphs.reverse() : glyphs;
  }

  private layout(text: string, rtl: boolean): ShapedGlyph[] {
    const font = this.font as FontInternals;
    const sharedGetGlyph = font.getGlyph;
    // Hand out a per-call view of each glyph that carries the code points the shaper tracked.
    font.getGlyph = function (this: FontInternals, id: number, codePoints?: number[]) {
      const glyph = sharedGetGlyph.call(this, id, codePoints);
      if (!codePoints) return glyph;
      const view = Object.create(glyph) as Glyph;
      view.codePoints = [...codePoints];
      return view;
    };
    let run: ReturnType<Font['layout']>;
    try {
      run = font.layout(text, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr');
    } catch {
      // fontkit 1.1's shapers for Indic and "universal" scripts (Devanagari, Khmer, Myanmar…) need
      // a regenerator runtime it does not ship, and its GPOS code trips on some mark sequences.
      // Never fail the export for that: draw the characters unshaped, one glyph each.
      return this.unshaped(text, rtl);
    } finally {
      delete (font as Partial<FontInternals>).getGlyph; // back to the prototype's method
      if (font.getGlyph !== sharedGetGlyph) font.getGlyph = sharedGetGlyph;
    }
    const glyphs: ShapedGlyph[] = [];
    run.glyphs.forEach((glyph, i) => {
      const codePoints = glyph.codePoints;
      if (codePoints.length > 0 && codePoints.every(isIgnorable)) return; // ZWJ, ZWNJ, LRM, VS16…
      const position = run.positions[i]!;
      glyphs.push({
        id: glyph.id,
        codePoints,
        xAdvance: position.xAdvance,
        xOffset: position.xOffset,
        yOffset: position.yOffset,
      });
    });
    return glyphs;
  }
}
