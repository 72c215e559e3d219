/**
 * Text analysis for the PDF: which scripts a document uses, which font draws each character, and
 * which characters no font we ship can draw. Pure: works from the generated coverage table (no font
 * needs loading), or from loaded fonts' own cmaps when given them.
 *
 * Font choice per character ("fallback"): Arabic-script characters prefer Noto Sans Arabic (better
 * joining and marks than DejaVu's Arabic); everything else tries DejaVu Sans first, then Noto Sans
 * Arabic, then Noto Sans SC. Combining marks stay with their base character's font when it has
 * them; invisible format characters (ZWJ, ZWNJ, bidi controls, variation selectors…) ride along
 * with the previous character so shaping sees them, and are never drawn.
 */
import type { DocRow, DocSection, DocTable, ReferralDocument } from '../../forms/document';
import { covers } from './font-coverage';
import type { FontId } from './font-files';

export type TextStyle = 'regular' | 'bold';
export type ScriptClass = 'latin' | 'arabic' | 'cjk' | 'other';

/** Anything with a cmap: a fontkit Font satisfies this. */
export interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
export type FontSet = Partial<Record<FontId, GlyphSource>>;
/** "Can this font draw this code point?" */
export type CoverageTest = (id: FontId, codePoint: number) => boolean;

/** Drawn in place of a character no font can draw (U+FFFD REPLACEMENT CHARACTER, in DejaVu). */
export const PLACEHOLDER = '\uFFFD';

const CHAINS: Record<TextStyle, { arabic: readonly FontId[]; other: readonly FontId[] }> = {
  regular: {
    arabic: ['arabic-regular', 'dejavu-regular', 'cjk-regular'],
    other: ['dejavu-regular', 'arabic-regular', 'cjk-regular'],
  },
  bold: {
    // No bold CJK font: a second 10 MB download for the odd bold ideograph is not worth it.
    arabic: ['arabic-bold', 'dejavu-bold', 'arabic-regular', 'dejavu-regular', 'cjk-regular'],
    other: ['dejavu-bold', 'dejavu-regular', 'arabic-bold', 'arabic-regular', 'cjk-regular'],
  },
};

const ARABIC = /\p{Script_Extensions=Arabic}/u;
const CJK =
  /[\p{Script_Extensions=Han}\p{Script_Extensions=Hiragana}\p{Script_Extensions=Katakana}\p{Script_Extensions=Bopomofo}\p{Script_Extensions=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const MARK = /\p{M}/u;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
/** C0/C1 controls except \t and \n (handled separately), which are removed before layout. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;

/** Default-ignorable characters (ZWJ, ZWNJ, bidi controls, variation selectors, soft hyphen…): never drawn. */
export function isIgnorable(codePoint: number): boolean {
  return IGNORABLE.test(String.fromCodePoint(codePoint));
}

export function isMark(codePoint: number): boolean {
  return MARK.test(String.fromCodePoint(codePoint));
}

export function isArabicScript(codePoint: number): boolean {
  return ARABIC.test(String.fromCodePoint(codePoint));
}

/**
 * What is drawn for a field's text: canonical composition (NFC, so "e + ◌̂ + ◌̃" uses the font's
 * "ễ"), line breaks normalised to \n (CR, CRLF, VT, FF, NEL, U+2028/2029), each tab as four spaces,
 * other control characters removed.
 */
export function cleanText(raw: string): string {
  return (
    raw
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- VT and FF are line breaks, on purpose
      .replace(/\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g, '\n')
      .replace(/\t/g, '    ')
      .replace(CONTROLS, '')
  );
}

/** True when nothing visible would be printed: empty, spaces, newlines, invisible characters. */
export function isBlank(raw: string): boolean {
  for (const ch of cleanText(raw)) {
    const cp = ch.codePointAt(0)!;
    if (!/\s/u.test(ch) && !isIgnorable(cp)) return false;
  }
  return true;
}

export const coverageTable: CoverageTest = covers;

export function coverageOf(fonts: FontSet): CoverageTest {
  return (id, codePoint) => fonts[id]?.hasGlyphForCodePoint(codePoint) ?? false;
}

/** The fonts to try for a character, best first. */
export function fontChain(codePoint: number, style: TextStyle): readonly FontId[] {
  return isArabicScript(codePoint) ? CHAINS[style].arabic : CHAINS[style].other;
}

/**
 * The font that draws each code point of `text` (indexed by UTF-16 offset; both halves of a
 * surrogate pair get the same entry), or null where no font can draw it.
 */
export function assignFonts(text: string, style: TextStyle, has: CoverageTest): (FontId | null)[] {
  const result: (FontId | null)[] = new Array<FontId | null>(text.length).fill(null);
  let previous: FontId | null = null;
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let font: FontId | null;
    if (cp === 10) font = previous ?? CHAINS[style].other[0]!;
    else if (isIgnorable(cp)) font = previous ?? CHAINS[style].other[0]!;
    else if (previous && isMark(cp) && has(previous, cp)) font = previous;
    else font = fontChain(cp, style).find((id) => has(id, cp)) ?? null;
    result[i] = font;
    if (width === 2) result[i + 1] = font;
    if (font && cp !== 10) previous = font;
    i += width;
  }
  return result;
}

export interface PreparedText {
  /** The cleaned text with each undrawable character replaced by PLACEHOLDER. */
  text: string;
  /** The undrawable characters, each once, in order of appearance. */
  missing: string[];
}

/** cleanText, then replace every character no font can draw with the visible placeholder. */
export function prepareText(raw: string, style: TextStyle, has: CoverageTest): PreparedText {
  const text = cleanText(raw);
  const fonts = assignFonts(text, style, has);
  if (!fonts.includes(null)) return { text, missing: [] };
  const missing = new Set<string>();
  let out = '';
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    // A lone surrogate is one code unit long even though codePointAt returns it.
    const unit = cp > 0xffff ? 2 : 1;
    if (fonts[i] === null) {
      missing.add(ch);
      out += PLACEHOLDER;
    } else {
      out += text.slice(i, i + unit);
    }
    i += unit;
  }
  return { text: out, missing: [...missing] };
}

export function scriptClassOf(codePoint: number): ScriptClass {
  if (isArabicScript(codePoint)) return 'arabic';
  if (CJK.test(String.fromCodePoint(codePoint))) return 'cjk';
  return covers('dejavu-regular', codePoint) ? 'latin' : 'other';
}

/** Which script classes appear in the text (whitespace, controls and invisible characters ignored). */
export function detectScripts(text: string): Set<ScriptClass> {
  const found = new Set<ScriptClass>();
  for (const ch of cleanText(text)) {
    const cp = ch.codePointAt(0)!;
    if (/\s/u.test(ch) || isIgnorable(cp)) continue;
    found.add(scriptClassOf(cp));
  }
  return found;
}

/** One piece of text the PDF prints, with where it came from (for warnings). */
export interface DocText {
  /** The data field (DocRow.field), or a path such as "appendix A › Decision log › row 2 › Time". */
  field: string;
  /** The label a user recognises. */
  label: string;
  text: string;
  style: TextStyle;
}

export function isTable(part: DocSection | DocTable): part is DocTable {
  return 'columns' in part;
}

function sectionTexts(section: DocSection, where: string): DocText[] {
  const texts: DocText[] = [{ field: `${where} heading`, label: section.heading, text: section.heading, style: 'bold' }];
  (section.intro ?? []).forEach((paragraph, i) => texts.push({ field: `${where} intro ${i + 1}`, label: section.heading, text: paragraph, style: 'regular' }));
  section.rows.forEach((row: DocRow) => {
    const field = row.field ?? `${where} › ${row.label}`;
    texts.push({ field, label: row.label, text: row.label, style: 'bold' });
    texts.push({ field, label: row.label, text: row.value, style: 'regular' });
  });
  return texts;
}

function tableTexts(table: DocTable, where: string): DocText[] {
  const texts: DocText[] = [{ field: `${where} heading`, label: table.heading, text: table.heading, style: 'bold' }];
  (table.intro ?? []).forEach((paragraph, i) => texts.push({ field: `${where} intro ${i + 1}`, label: table.heading, text: paragraph, style: 'regular' }));
  table.columns.forEach((column) => texts.push({ field: `${where} › ${column}`, label: column, text: column, style: 'bold' }));
  table.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const column = table.columns[c] ?? `column ${c + 1}`;
      texts.push({ field: `${where} › row ${r + 1} › ${column}`, label: `${table.heading}: ${column}`, text: cell, style: 'regular' });
    }),
  );
  return texts;
}

export function appendixLetter(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

/** "Appendix A: Decision log", or "Annex A: …" where the document names its appendices so. */
export function appendixHeading(doc: Pick<ReferralDocument, 'appendices' | 'appendixName'>, index: number): string {
  return `${doc.appendixName ?? 'Appendix'} ${appendixLetter(index)}: ${doc.appendices[index]?.heading ?? ''}`;
}

/** Every piece of document text the PDF prints, in print order. */
export function documentTexts(doc: ReferralDocument): DocText[] {
  const texts: DocText[] = [
    { field: 'title', label: 'Title', text: doc.title, style: 'bold' },
    { field: 'reference', label: 'Reference', text: doc.reference, style: 'regular' },
    { field: 'formVersion', label: 'Form version', text: doc.formVersion, style: 'regular' },
  ];
  if (doc.descriptor) texts.push({ field: 'descriptor', label: 'Descriptor', text: doc.descriptor.toUpperCase(), style: 'bold' });
  doc.sections.forEach((section, i) => texts.push(...sectionTexts(section, `section ${i + 1}`)));
  doc.appendices.forEach((part, i) => {
    const where = `appendix ${appendixLetter(i)}`;
    texts.push(...(isTable(part) ? tableTexts(part, where) : sectionTexts(part, where)));
  });
  return texts;
}

/** Static text the builder itself prints (headings, "Not given", page numbers): always DejaVu. */
const ALWAYS_NEEDED: readonly FontId[] = ['dejavu-regular', 'dejavu-bold'];

/** The fonts a document needs, judged from the coverage table: what the builder asks its loader for. */
export function fontsNeeded(doc: ReferralDocument): FontId[] {
  const needed = new Set<FontId>(ALWAYS_NEEDED);
  for (const { text, style } of documentTexts(doc)) {
    for (const font of assignFonts(cleanText(text), style, coverageTable)) if (font) needed.add(font);
  }
  return [...needed];
}

export interface UnrenderableText {
  field: string;
  label: string;
  /** The characters no available font can draw, each once. */
  characters: string[];
  /** The same as "U+1F642", for messages and logs. */
  codePoints: string[];
}

export function codePointLabel(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Characters that would print as the placeholder, grouped by field, so the UI can warn before
 * export. Without `fonts`, judged against every font the app ships (the coverage table); with
 * `fonts`, against those fonts' cmaps only.
 */
export function findUnrenderable(doc: ReferralDocument, fonts?: FontSet): UnrenderableText[] {
  const has = fonts ? coverageOf(fonts) : coverageTable;
  const byField = new Map<string, UnrenderableText>();
  for (const { field, label, text, style } of documentTexts(doc)) {
    const { missing } = prepareText(text, style, has);
    if (missing.length === 0) continue;
    const key = `${field}\u0000${label}`;
    const entry = byField.get(key) ?? { field, label, characters: [], codePoints: [] };
    for (const ch of missing) {
      if (entry.characters.includes(ch)) continue;
      entry.characters.push(ch);
      entry.codePoints.push(codePointLabel(ch));
    }
    byField.set(key, entry);
  }
  return [...byField.values()];
}
