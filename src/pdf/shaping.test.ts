// @vitest-environment node
// What fontkit (as pdf-lib embeds it) really does with Arabic, checked rather than assumed.
import './node-test-env';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { fontPath } from './node-font-loader';
import { Shaper } from './shaping';

const arabic = fontkit.create(new Uint8Array(readFileSync(fontPath('arabic-regular'))));
const dejavu = fontkit.create(new Uint8Array(readFileSync(fontPath('dejavu-regular'))));
const cp = (s: string): number => s.codePointAt(0)!;

describe('fontkit shaping of Arabic (Noto Sans Arabic)', () => {
  it('joins letters: medial and final forms are different glyphs from the isolated ones', () => {
    const isolated = new Shaper(arabic).shape('م', true)[0]!.id;
    const joined = new Shaper(arabic).shape('ممم', true).filter((g) => g.codePoints.length > 0);
    expect(joined).toHaveLength(3);
    for (const glyph of joined) expect(glyph.id).not.toBe(isolated);
    expect(new Set(joined.map((g) => g.id)).size).toBe(3); // initial, medial, final
  });

  it('takes logical order in and gives visual (left-to-right) order back for a right-to-left run', () => {
    const glyphs = new Shaper(arabic).shape('علی', true).filter((g) => g.codePoints.length > 0);
    expect(glyphs.map((g) => g.codePoints)).toEqual([[cp('ی')], [cp('ل')], [cp('ع')]]);
  });

  it('records the characters behind each glyph, even where one glyph serves several letters', () => {
    // Noto draws ب, ٹ and ی on shared dotless bases plus separate dot glyphs; fontkit's own glyph
    // cache would label them all with whichever letter came first.
    const shaper = new Shaper(arabic);
    const words = ['بیٹا', 'بیب', 'ٹیٹ'];
    for (const word of words) {
      const letters = shaper
        .shape(word, true)
        .flatMap((g) => g.codePoints)
        .reverse();
      expect(String.fromCodePoint(...letters)).toBe(word);
    }
  });

  it('positions marks with offsets (which pdf-lib’s drawText would ignore)', () => {
    const glyphs = new Shaper(arabic).shape('بِسْم', true);
    const marks = glyphs.filter((g) => g.codePoints.some((c) => c === 0x0650 || c === 0x0652));
    expect(marks).toHaveLength(2);
    for (const mark of marks) {
      expect(mark.xAdvance).toBe(0);
      expect(Math.abs(mark.xOffset) + Math.abs(mark.yOffset)).toBeGreaterThan(0);
    }
  });

  it('drops invisible joiners after shaping, but lets them act on joining', () => {
    const shaper = new Shaper(arabic);
    const apart = shaper.shape('ب\u200cب', true);
    const together = shaper.shape('بب', true);
    expect(apart.flatMap((g) => g.codePoints)).not.toContain(0x200c);
    expect(apart.map((g) => g.id)).not.toEqual(together.map((g) => g.id)); // ZWNJ stopped the join
  });
});

describe('Shaper', () => {
  it('measures simple text without shaping, to the same width as shaping gives', () => {
    const shaper = new Shaper(dejavu);
    const text = 'Zażółć gęślą jaźń Αλέξανδρος';
    const shaped = shaper.shape(text, false).reduce((w, g) => w + g.xAdvance, 0);
    expect(Math.abs(shaper.width(text) - shaped) / shaped).toBeLessThan(0.02); // kerning only
  });

  it('draws text unshaped instead of failing where fontkit cannot shape (Devanagari)', () => {
    const glyphs = new Shaper(dejavu).shape('नमस्ते', false);
    expect(glyphs.flatMap((g) => g.codePoints)).toEqual(Array.from('नमस्ते', (c) => c.codePointAt(0)!));
  });
});
