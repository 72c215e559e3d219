// @vitest-environment node
import './node-test-env';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { NAMES, scriptsReferral, typicalReferral, worstCaseReferral } from '../../tests/fixtures/referral-documents';
import type { ReferralDocument } from '../../forms/document';
import { fontPath } from './node-font-loader';
import { assignFonts, cleanText, coverageTable, detectScripts, findUnrenderable, fontsNeeded, isBlank, PLACEHOLDER, prepareText } from './scripts';

const oneRow = (value: string, field = 'individual.forenames'): ReferralDocument => ({
  ...typicalReferral,
  sections: [{ heading: 'B', rows: [{ label: 'Forename(s):', value, field }] }],
  appendices: [],
});

describe('detectScripts', () => {
  it('sorts text into the font families it needs', () => {
    expect(detectScripts('Zażółć gęślą jaźń – “Αλέξανδρος” Пушкин Nguyễn')).toEqual(new Set(['latin']));
    expect(detectScripts(NAMES.urdu)).toEqual(new Set(['arabic']));
    expect(detectScripts(NAMES.mixed)).toEqual(new Set(['latin', 'arabic']));
    expect(detectScripts(NAMES.chineseLong)).toEqual(new Set(['cjk']));
    expect(detectScripts('नमस्ते 🙂')).toEqual(new Set(['other']));
    expect(detectScripts(' \n\t\u200d')).toEqual(new Set());
  });
});

describe('fontsNeeded', () => {
  it('asks for the Latin fonts only for a Latin-only referral', () => {
    expect(fontsNeeded(typicalReferral).sort()).toEqual(['dejavu-bold', 'dejavu-regular']);
  });
  it('adds Noto Sans Arabic for Arabic or Urdu, and the 10 MB Chinese font only for Chinese', () => {
    expect(fontsNeeded(oneRow(NAMES.urdu)).sort()).toEqual(['arabic-regular', 'dejavu-bold', 'dejavu-regular']);
    expect(fontsNeeded(oneRow(NAMES.chinese)).sort()).toEqual(['cjk-regular', 'dejavu-bold', 'dejavu-regular']);
    expect(fontsNeeded(worstCaseReferral)).toContain('cjk-regular');
  });
  it('does not fetch a font for characters no font has', () => {
    expect(fontsNeeded(oneRow('🙂 𐀀 नमस्ते')).sort()).toEqual(['dejavu-bold', 'dejavu-regular']);
  });
});

describe('assignFonts (per-character fallback)', () => {
  it('prefers Noto Sans Arabic for Arabic script, DejaVu for the rest, Noto Sans SC for Chinese', () => {
    const text = 'Ali علی 12 王';
    const fonts = assignFonts(text, 'regular', coverageTable);
    expect(fonts[0]).toBe('dejavu-regular');
    expect(fonts[4]).toBe('arabic-regular');
    expect(fonts[8]).toBe('dejavu-regular');
    expect(fonts[11]).toBe('cjk-regular');
  });
  it('keeps combining marks and joiners with their base character’s font', () => {
    const fonts = assignFonts('بِ\u200dب', 'regular', coverageTable);
    expect(fonts).toEqual(['arabic-regular', 'arabic-regular', 'arabic-regular', 'arabic-regular']);
  });
  it('agrees with the fonts’ own cmaps', () => {
    const dejavu = fontkit.create(new Uint8Array(readFileSync(fontPath('dejavu-regular'))));
    for (const ch of 'AŁİıΩЖễ“…€') expect(coverageTable('dejavu-regular', ch.codePointAt(0)!)).toBe(dejavu.hasGlyphForCodePoint(ch.codePointAt(0)!));
  });
});

describe('cleanText and prepareText', () => {
  it('removes control characters, keeps newlines, turns tabs and line separators into spaces and newlines', () => {
    expect(cleanText('a\u0000b\u0007c\td\r\ne\rf\u2028g\u000bh\u0085i')).toBe('abc    d\ne\nf\ng\nh\ni');
  });
  it('composes decomposed accents (NFC), so the font’s own precomposed letters are used', () => {
    expect(cleanText('Nguye\u0302\u0303n')).toBe('Nguyễn');
  });
  it('replaces what no font can draw with a visible placeholder and lists it', () => {
    expect(prepareText('Sam 🙂 𐀀\ud800!', 'regular', coverageTable)).toEqual({
      text: `Sam ${PLACEHOLDER} ${PLACEHOLDER}${PLACEHOLDER}!`,
      missing: ['🙂', '𐀀', '\ud800'],
    });
  });
  it('treats empty, whitespace-only and invisible-only answers as blank', () => {
    expect(isBlank('')).toBe(true);
    expect(isBlank(' \n\t\u200b\ufeff')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
  });
});

describe('findUnrenderable', () => {
  it('names the field and the characters, for a warning before export', () => {
    const doc = { ...oneRow('Sam 🙂🙂'), appendices: [{ heading: 'Decision log', columns: ['When'], rows: [['𐀀']] }] };
    expect(findUnrenderable(doc)).toEqual([
      { field: 'individual.forenames', label: 'Forename(s):', characters: ['🙂'], codePoints: ['U+1F642'] },
      { field: 'appendix A › row 1 › When', label: 'Decision log: When', characters: ['𐀀'], codePoints: ['U+10000'] },
    ]);
  });
  it('finds nothing in the sample referrals, whatever the script', () => {
    expect(findUnrenderable(typicalReferral)).toEqual([]);
    expect(findUnrenderable(worstCaseReferral)).toEqual([]);
    expect(findUnrenderable(scriptsReferral)).toEqual([]);
  });
  it('does not flag invisible characters (joiners, bidi marks, variation selectors)', () => {
    expect(findUnrenderable(oneRow('a\u200db\u200cc\u200ed\u202be\ufe0f'))).toEqual([]);
  });
  it('judges against the fonts given, when given', () => {
    const dejavu = fontkit.create(new Uint8Array(readFileSync(fontPath('dejavu-regular'))));
    const bold = fontkit.create(new Uint8Array(readFileSync(fontPath('dejavu-bold'))));
    const result = findUnrenderable(oneRow('王小明'), { 'dejavu-regular': dejavu, 'dejavu-bold': bold });
    expect(result[0]).toMatchObject({ field: 'individual.forenames', characters: ['王', '小', '明'] });
  });
});
