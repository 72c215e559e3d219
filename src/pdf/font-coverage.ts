/**
 * Which code points each embeddable font can draw, without loading the fonts: lets the UI warn
 * about unprintable characters before export, and lets the builder fetch only the fonts a document
 * needs (the 10 MB Chinese font only when there is Chinese). The data is generated from the font
 * files and checked against them by font-coverage.test.ts.
 */
import type { FontId } from './font-files';
import { FONT_COVERAGE } from './font-coverage.data';

/** Sorted code points → "start[+length]" base-36 ranges, comma-separated. */
export function encodeCoverage(sortedCodePoints: readonly number[]): string {
  const ranges: [number, number][] = [];
  for (const cp of sortedCodePoints) {
    const last = ranges.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges.map(([a, b]) => a.toString(36) + (b > a ? `+${(b - a).toString(36)}` : '')).join(',');
}

function decodeCoverage(encoded: string): Uint32Array {
  const parts = encoded ? encoded.split(',') : [];
  const flat = new Uint32Array(parts.length * 2);
  parts.forEach((part, i) => {
    const [start, length = '0'] = part.split('+') as [string, string?];
    const a = parseInt(start, 36);
    flat[i * 2] = a;
    flat[i * 2 + 1] = a + parseInt(length, 36);
  });
  return flat;
}

const decoded = new Map<FontId, Uint32Array>();

/** True if the font's cmap maps the code point to a real glyph (not .notdef). */
export function covers(id: FontId, codePoint: number): boolean {
  let ranges = decoded.get(id);
  if (!ranges) {
    ranges = decodeCoverage(FONT_COVERAGE[id]);
    decoded.set(id, ranges);
  }
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < ranges[mid * 2]!) hi = mid - 1;
    else if (codePoint > ranges[mid * 2 + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}
