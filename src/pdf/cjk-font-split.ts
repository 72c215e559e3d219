/**
 * The Chinese font (Noto Sans SC, 10.5 MB, 30,000 glyphs) served in pieces, so a PDF fetches only
 * the outlines its text uses: the build splits the TrueType file into an outline-less copy (every
 * table but the glyph outlines: the character map, metrics and layout rules, about 300 KB) and the
 * outlines in pieces of CJK_GLYPHS_PER_PIECE glyphs, by glyph id. At export, fontkit reads the
 * outline-less copy to find which glyphs the text needs (the same cmap and GSUB the builder shapes
 * with), the pieces holding them are fetched, and a font with just those outlines (every other
 * glyph empty, ids unchanged) goes to the builder, which subsets it as it does any font.
 *
 * Why this and not unicode-range fonts (one font per block of characters, as web fonts do): the
 * PDF builder, its coverage table and its shaping work with one font per script; splitting by
 * glyph keeps exactly one Chinese font, glyph for glyph the shipped one, with no second tool in
 * the build: the split is plain table slicing, and fontkit (already the builder's) does the rest.
 */

/** Glyphs per piece: about 11 KB of outlines each (Noto Sans SC averages 340 bytes a glyph). */
export const CJK_GLYPHS_PER_PIECE = 32;

interface Table {
  tag: string;
  data: Uint8Array;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function readTables(font: Uint8Array): Table[] {
  const dv = view(font);
  const count = dv.getUint16(4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const tag = String.fromCharCode(font[record]!, font[record + 1]!, font[record + 2]!, font[record + 3]!);
    const offset = dv.getUint32(record + 8);
    const length = dv.getUint32(record + 12);
    tables.push({ tag, data: font.subarray(offset, offset + length) });
  }
  return tables;
}

function table(tables: readonly Table[], tag: string): Uint8Array {
  const found = tables.find((t) => t.tag === tag);
  if (!found) throw new Error(`The font has no ${tag} table.`);
  return found.data;
}

function checksum(data: Uint8Array): number {
  let sum = 0;
  const padded = new Uint8Array((data.length + 3) & ~3);
  padded.set(data);
  const dv = view(padded);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + dv.getUint32(i)) >>> 0;
  return sum;
}

/** A TrueType file from its tables (sorted by tag, 4-byte aligned, with checksums). */
function writeFont(sfntVersion: number, tables: Table[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const headerSize = 12 + 16 * sorted.length;
  const total = sorted.reduce((size, t) => size + ((t.data.length + 3) & ~3), headerSize);
  const out = new Uint8Array(total);
  const dv = view(out);
  const entrySelector = Math.floor(Math.log2(sorted.length));
  const searchRange = 2 ** entrySelector * 16;
  dv.setUint32(0, sfntVersion);
  dv.setUint16(4, sorted.length);
  dv.setUint16(6, searchRange);
  dv.setUint16(8, entrySelector);
  dv.setUint16(10, sorted.length * 16 - searchRange);
  let offset = headerSize;
  sorted.forEach((t, i) => {
    const record = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[record + c] = t.tag.charCodeAt(c);
    dv.setUint32(record + 4, checksum(t.data));
    dv.setUint32(record + 8, offset);
    dv.setUint32(record + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}

/** Where each glyph's outline starts and ends in the glyf table: numGlyphs + 1 offsets. */
export function glyphOffsets(font: Uint8Array): Uint32Array {
  const tables = readTables(font);
  const numGlyphs = view(table(tables, 'maxp')).getUint16(4);
  const longOffsets = view(table(tables, 'head')).getInt16(50) === 1;
  const loca = view(table(tables, 'loca'));
  const offsets = new Uint32Array(numGlyphs + 1);
  for (let i = 0; i <= numGlyphs; i++) offsets[i] = longOffsets ? loca.getUint32(i * 4) : loca.getUint16(i * 2) * 2;
  return offsets;
}

/**
 * Where the outline-less font keeps each glyph's outline length (uint16 each), for finding it in
 * the pieces: a private table, which font readers skip. Its own glyf and loca describe every glyph
 * as one empty outline, so fontkit can still lay text out (it reads each glyph's box for metrics).
 */
const LENGTHS_TAG = 'PPgl';
const EMPTY_GLYPH = new Uint8Array(12); // numberOfContours 0 and a zero box, padded

/** Each glyph's outline offsets (numGlyphs + 1), from the outline-less font's private table. */
export function outlineOffsets(outlineFont: Uint8Array): Uint32Array {
  const lengths = view(table(readTables(outlineFont), LENGTHS_TAG));
  const offsets = new Uint32Array(lengths.byteLength / 2 + 1);
  for (let i = 0; i < offsets.length - 1; i++) offsets[i + 1] = offsets[i]! + lengths.getUint16(i * 2);
  return offsets;
}

/** The build's split: the outline-less font and the outline pieces. */
export function splitFont(font: Uint8Array, glyphsPerPiece = CJK_GLYPHS_PER_PIECE): { outline: Uint8Array; pieces: Uint8Array[] } {
  const tables = readTables(font);
  const glyf = table(tables, 'glyf');
  const offsets = glyphOffsets(font);
  const numGlyphs = offsets.length - 1;
  const pieces: Uint8Array[] = [];
  for (let first = 0; first < numGlyphs; first += glyphsPerPiece) {
    const end = Math.min(first + glyphsPerPiece, numGlyphs);
    pieces.push(glyf.slice(offsets[first]!, offsets[end]!));
  }
  const lengths = new Uint8Array(numGlyphs * 2);
  for (let id = 0; id < numGlyphs; id++) view(lengths).setUint16(id * 2, offsets[id + 1]! - offsets[id]!);
  const longOffsets = view(table(tables, 'head')).getInt16(50) === 1;
  const emptyLoca = new Uint8Array((numGlyphs + 1) * (longOffsets ? 4 : 2));
  const replaced: Record<string, Uint8Array> = { glyf: EMPTY_GLYPH, loca: emptyLoca };
  // Vertical metrics (vhea, vmtx: 120 KB) are left out: the PDF sets text horizontally only.
  const kept = tables.filter((t) => t.tag !== 'vhea' && t.tag !== 'vmtx');
  const outline = writeFont(view(font).getUint32(0), [
    ...kept.map((t) => ({ tag: t.tag, data: replaced[t.tag] ?? t.data })),
    { tag: LENGTHS_TAG, data: lengths },
  ]);
  return { outline, pieces };
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** The glyphs a composite glyph is drawn from (none for a simple glyph). */
export function componentsOf(outline: Uint8Array): number[] {
  if (outline.length < 10) return [];
  const dv = view(outline);
  if (dv.getInt16(0) >= 0) return [];
  const components: number[] = [];
  let at = 10;
  for (;;) {
    const flags = dv.getUint16(at);
    components.push(dv.getUint16(at + 2));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return components;
  }
}

/** The font with the given outlines (by glyph id) and every other glyph empty; ids and all other tables unchanged. */
export function composeFont(outlineFont: Uint8Array, outlines: ReadonlyMap<number, Uint8Array>): Uint8Array {
  const tables = readTables(outlineFont);
  const numGlyphs = view(table(tables, 'maxp')).getUint16(4);
  const size = [...outlines.values()].reduce((total, o) => total + ((o.length + 3) & ~3), 0);
  const glyf = new Uint8Array(size);
  const loca = new Uint8Array((numGlyphs + 1) * 4);
  const locaView = view(loca);
  let offset = 0;
  for (let id = 0; id < numGlyphs; id++) {
    locaView.setUint32(id * 4, offset);
    const outline = outlines.get(id);
    if (outline) {
      glyf.set(outline, offset);
      offset += (outline.length + 3) & ~3;
    }
  }
  locaView.setUint32(numGlyphs * 4, offset);
  const head = table(tables, 'head').slice();
  view(head).setUint32(8, 0); // checkSumAdjustment: not needed by readers; left 0
  view(head).setInt16(50, 1); // long loca offsets
  const replaced: Record<string, Uint8Array> = { glyf, loca, head };
  return writeFont(
    view(outlineFont).getUint32(0),
    tables.filter((t) => t.tag !== LENGTHS_TAG).map((t) => ({ tag: t.tag, data: replaced[t.tag] ?? t.data })),
  );
}

/** What the composer needs from fontkit: the glyphs a text lays out to, read from the outline-less font. */
export interface GlyphFinder {
  layout(text: string): { glyphs: readonly { id: number }[] };
  glyphForCodePoint(codePoint: number): { id: number };
}

export interface CjkSource {
  /** The outline-less font's bytes. */
  outline(): Promise<Uint8Array>;
  /** One piece of outlines, by index. */
  piece(index: number): Promise<Uint8Array>;
  /** fontkit's reading of the outline-less font. */
  parse(bytes: Uint8Array): Promise<GlyphFinder>;
  glyphsPerPiece?: number;
}

/**
 * Fonts for texts, sharing what was fetched: each piece is fetched once per session, and the same
 * set of glyphs gives back the same bytes (so the builder's parsed-font cache applies).
 */
export function createCjkComposer(source: CjkSource): { fontFor(text: string | null): Promise<Uint8Array> } {
  const perPiece = source.glyphsPerPiece ?? CJK_GLYPHS_PER_PIECE;
  let base: Promise<{ bytes: Uint8Array; offsets: Uint32Array; finder: GlyphFinder }> | null = null;
  const pieces = new Map<number, Promise<Uint8Array>>();
  const composed = new Map<string, Uint8Array>();
  const loadBase = () =>
    (base ??= (async () => {
      const bytes = await source.outline();
      return { bytes, offsets: outlineOffsets(bytes), finder: await source.parse(bytes) };
    })().catch((error: unknown) => {
      base = null;
      throw error;
    }));
  const piece = (index: number) => {
    let pending = pieces.get(index);
    if (!pending) {
      pending = source.piece(index).catch((error: unknown) => {
        pieces.delete(index);
        throw error;
      });
      pieces.set(index, pending);
    }
    return pending;
  };
  return {
    /** The font for a text (null: every glyph, the whole font fetched piece by piece). */
    async fontFor(text: string | null) {
      const { bytes, offsets, finder } = await loadBase();
      const wanted = new Set<number>([0]);
      if (text === null) for (let id = 1; id < offsets.length - 1; id++) wanted.add(id);
      else {
        for (const line of text.split('\n')) for (const glyph of finder.layout(line).glyphs) wanted.add(glyph.id);
        for (const char of text) wanted.add(finder.glyphForCodePoint(char.codePointAt(0)!).id);
      }
      const outlines = new Map<number, Uint8Array>();
      // Composite glyphs name their components: fetch those too, round by round.
      let round = [...wanted];
      while (round.length) {
        const next: number[] = [];
        await Promise.all(
          round.map(async (id) => {
            if (outlines.has(id) || id >= offsets.length - 1) return;
            const first = Math.floor(id / perPiece) * perPiece;
            const data = await piece(first / perPiece);
            const start = offsets[id]! - offsets[first]!;
            const outline = data.subarray(start, start + offsets[id + 1]! - offsets[id]!);
            outlines.set(id, outline);
            for (const component of componentsOf(outline)) if (!outlines.has(component)) next.push(component);
          }),
        );
        round = next;
      }
      const key = [...outlines.keys()].sort((a, b) => a - b).join(',');
      let font = composed.get(key);
      if (!font) {
        font = composeFont(bytes, outlines);
        composed.set(key, font);
      }
      return font;
    },
  };
}
