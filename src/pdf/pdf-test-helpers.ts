/**
 * Reading PDFs back in tests, the way a recipient's tools would: poppler's pdftotext (text as
 * search and copy see it) and pdf-lib (metadata). Node only; used by src/pdf/*.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type TextMode = 'layout' | 'raw' | 'plain';

/** The text of each page (pdftotext splits pages with form feeds). */
export function pdftotext(bytes: Uint8Array, mode: TextMode = 'plain'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const flags = mode === 'layout' ? ['-layout'] : mode === 'raw' ? ['-raw'] : [];
    const out = execFileSync('pdftotext', [...flags, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const pages = out.split('\f');
    if (pages.at(-1)?.trim() === '') pages.pop();
    return pages;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The embedding marks poppler wraps right-to-left text in (RLE … PDF and friends). */
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** For comparing text that was wrapped: no whitespace, no bidi marks. */
export function squash(text: string): string {
  return text.normalize('NFC').replace(BIDI_MARKS, '').replace(/\s+/g, '');
}

export function nonEmptyLines(page: string): string[] {
  return page
    .split('\n')
    .map((line) => line.replace(BIDI_MARKS, '').trim())
    .filter((line) => line !== '');
}

export function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}
