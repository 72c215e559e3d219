// @vitest-environment node
// Line breaking and bidi on the layout model (what gets drawn, run by run, left to right).
import './node-test-env';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { FONT_IDS, type FontId } from './font-files';
import { fontPath } from './node-font-loader';
import { coverageTable, prepareText } from './scripts';
import { Shaper } from './shaping';
import { TextLayout, type TextLine } from './text-layout';

const shapers = new Map<FontId, Shaper>(FONT_IDS.map((id) => [id, new Shaper(fontkit.create(new Uint8Array(readFileSync(fontPath(id)))))]));
const layout = new TextLayout({ has: coverageTable, shaper: (id) => shapers.get(id)! });
const lines = (text: string, width = 300): TextLine[] => layout.layout(prepareText(text, 'regular', coverageTable).text, 'regular', 10, width);
/** Each run's characters as drawn left to right (so right-to-left runs read backwards). */
const visual = (line: TextLine): string[] => line.runs.map((run) => String.fromCodePoint(...run.glyphs.flatMap((g) => g.codePoints)));
const logical = (line: TextLine): string[] => line.runs.map((run) => run.text);

describe('bidi, per line, after line breaking', () => {
  it('orders a mixed line: Latin left to right, the Arabic name right to left in the middle', () => {
    const [line] = lines('Name: محمد علی (Ali) 2024');
    expect(logical(line!)).toEqual(['Name: ', 'علی', ' ', 'محمد', ' (Ali) 2024']);
    expect(visual(line!)[1]).toBe('یلع'); // drawn glyphs of the right-to-left run, left to right
    expect(line!.runs.map((r) => r.rtl)).toEqual([false, true, true, true, false]);
    for (let i = 1; i < line!.runs.length; i++) expect(line!.runs[i]!.x).toBeGreaterThan(line!.runs[i - 1]!.x);
  });

  it('keeps numbers left to right inside right-to-left text', () => {
    const [line] = lines('عمران 2024');
    expect(logical(line!)).toEqual(['2024', ' ', 'عمران']);
    expect(line!.rtl).toBe(true);
  });

  it('mirrors brackets in right-to-left text but extracts them as typed', () => {
    const [line] = lines('عمران (خان)');
    const brackets = line!.runs.filter((r) => r.text === '(' || r.text === ')');
    expect(brackets).toHaveLength(2);
    const open = brackets.find((r) => r.text === '(')!;
    expect(open.glyphs[0]!.codePoints).toEqual([0x28]); // ToUnicode says "("
    expect(open.glyphs[0]!.id).toBe(shapers.get('dejavu-regular')!.font.glyphForCodePoint(0x29).id); // drawn as ")"
    expect(open.x).toBeGreaterThan(brackets.find((r) => r.text === ')')!.x); // "(" opens on the right
  });

  it('sets a wrapped right-to-left paragraph flush right, and a one-line name at the start of its column', () => {
    const paragraph = lines('عمران خان کا بیٹا '.repeat(12), 200);
    expect(paragraph.length).toBeGreaterThan(2);
    for (const line of paragraph) expect(line.runs[0]!.x + line.width).toBeCloseTo(200, 0);
    expect(lines('عمران خان')[0]!.runs[0]!.x).toBe(0);
  });
});

describe('line breaking', () => {
  const joined = (ls: TextLine[]): string => ls.map((l) => logical(l).join('')).join('');

  it('breaks at spaces and keeps every character, with no line wider than the column', () => {
    const text = 'He said the group would be ready when the time comes and asked where the police station was. '.repeat(20).trim();
    const result = lines(text, 250);
    expect(result.length).toBeGreaterThan(10);
    for (const line of result) expect(line.width).toBeLessThanOrEqual(250.01);
    expect(joined(result).replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('breaks a word longer than the line between characters (never between a letter and its accent)', () => {
    const word = 'e\u0301'.repeat(400) + 'x'.repeat(600);
    const result = lines(word, 200);
    for (const line of result) {
      expect(line.width).toBeLessThanOrEqual(200.01);
      expect(logical(line).join('').startsWith('\u0301')).toBe(false);
    }
    expect(joined(result)).toBe(cleanNfc(word));
  });

  it('breaks URLs after slashes and Chinese between characters', () => {
    const url = lines('https://example.org/' + 'path/'.repeat(30) + 'end', 200);
    expect(logical(url[0]!).join('').endsWith('/')).toBe(true);
    const chinese = lines('社区护士'.repeat(40), 100);
    expect(chinese.length).toBeGreaterThan(5);
    for (const line of chinese) expect(line.width).toBeLessThanOrEqual(100.01);
  });

  it('keeps newlines as line breaks and blank lines as blank lines', () => {
    const result = lines('one\n\nthree');
    expect(result.map((l) => logical(l).join(''))).toEqual(['one', '', 'three']);
    expect(result[1]!.height).toBeGreaterThan(0);
  });

  it('gives Arabic lines room for their taller letters', () => {
    expect(lines('عمران')[0]!.height).toBeGreaterThan(lines('Imran')[0]!.height);
  });
});

function cleanNfc(s: string): string {
  return s.normalize('NFC');
}
