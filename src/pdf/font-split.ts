/**
 * A font served in pieces, so a PDF fetches only the outlines its text uses. Used for DejaVu Sans
 * (regular and bold, 0.75 MB each, drawn in every PDF) and Noto Sans SC (10.5 MB, 30,000 glyphs,
 * only when the text has Chinese): the build splits each TrueType file into an outline-less copy
 * (the tables the builder reads to lay text out and embed it: character map, layout rules,
 * font-wide metrics) and the glyphs in pieces of a fixed number, by glyph id. At export, fontkit
 * reads the outline-less copy to find which glyphs the text needs (the same cmap and GSUB the
 * builder shapes with), the pieces holding them are fetched, and a font with just those glyphs
 * (every other glyph empty, ids unchanged) goes to the builder, which subsets it as it does any font.
 *
 * Why this and not unicode-range fonts (one font per block of characters, as web fonts do): the
 * PDF builder, its coverage table and its shaping work with one font per script; splitting by
 * glyph keeps exactly one font, glyph for glyph the shipped one, with no second tool in the build:
 * the split is plain table slicing, and fontkit (already the builder's) does the rest.
 *
 * A piece holds, for each of its glyphs, its horizontal metrics (advance, left side bearing) and
 * its outline length (6 bytes), then the outlines. So the outline-less copy carries neither
 * offsets nor metrics for the glyphs a document never uses (DejaVu's hmtx is 25 KB): it says it has
 * one glyph with one metric (maxp, hhea, hmtx), which is all fontkit needs to find glyph ids, and
 * keeps the real glyph count in a private table; composeFont puts the real values back.
 */

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

/**
 * The split's own table in the outline-less copy (font readers skip unknown tags): the real glyph
 * count (uint16), as the copy's maxp says 1.
 */
const SPLIT_TAG = 'PPsp';

/** How many glyphs the font has (the outline-less copy: as the whole font). */
export function glyphCount(font: Uint8Array): number {
  const tables = readTables(font);
  const own = tables.find((t) => t.tag === SPLIT_TAG);
  return view(own?.data ?? table(tables, 'maxp')).getUint16(own ? 0 : 4);
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
 * The outline-less copy's glyf and loca: one empty outline and the first offsets only, so fontkit
 * reads every glyph as empty (it lays text out from cmap, GSUB, GPOS and hmtx, never from outlines).
 */
const EMPTY_GLYPH = new Uint8Array(12);

/**
 * Tables nothing reads from the copy: fontkit's layout and its subsetter never use them, and the
 * embedded subset never holds them. Vertical metrics (120 KB in Noto Sans SC): the PDF sets text
 * horizontally only. MATH, FFTM, DSIG, hdmx, LTSH, VDMX: typesetting, tool stamps, hints for screens.
 */
const DROPPED = new Set(['vhea', 'vmtx', 'MATH', 'FFTM', 'DSIG', 'hdmx', 'LTSH', 'VDMX']);

/**
 * The name table with only names 0–6 (copyright, family, style, unique id, full name, version,
 * PostScript name: the PDF's BaseFont): DejaVu's licence text alone is 14 KB.
 */
function shortNames(name: Uint8Array): Uint8Array {
  const dv = view(name);
  const count = dv.getUint16(2);
  const storage = dv.getUint16(4);
  const kept: { record: Uint8Array; text: Uint8Array }[] = [];
  for (let i = 0; i < count; i++) {
    const at = 6 + 12 * i;
    if (dv.getUint16(at + 6) > 6) continue;
    const length = dv.getUint16(at + 8);
    const offset = dv.getUint16(at + 10);
    kept.push({ record: name.slice(at, at + 12), text: name.subarray(storage + offset, storage + offset + length) });
  }
  const start = 6 + 12 * kept.length;
  const out = new Uint8Array(start + kept.reduce((size, k) => size + k.text.length, 0));
  const ov = view(out);
  ov.setUint16(0, 0);
  ov.setUint16(2, kept.length);
  ov.setUint16(4, start);
  let offset = 0;
  kept.forEach(({ record, text }, i) => {
    out.set(record, 6 + 12 * i);
    ov.setUint16(6 + 12 * i + 10, offset);
    out.set(text, start + offset);
    offset += text.length;
  });
  return out;
}

/** The post table's header only (version 3: no glyph names; italic angle and underline kept). */
function postWithoutNames(post: Uint8Array): Uint8Array {
  const out = post.slice(0, 32);
  view(out).setUint32(0, 0x00030000);
  return out;
}

/** Each glyph's advance and left side bearing, from hhea and hmtx. */
function horizontalMetrics(tables: readonly Table[], numGlyphs: number): { advance: Uint16Array; lsb: Int16Array } {
  const metrics = view(table(tables, 'hmtx'));
  const long = view(table(tables, 'hhea')).getUint16(34);
  const advance = new Uint16Array(numGlyphs);
  const lsb = new Int16Array(numGlyphs);
  for (let id = 0; id < numGlyphs; id++) {
    advance[id] = metrics.getUint16(4 * Math.min(id, long - 1));
    lsb[id] = id < long ? metrics.getInt16(4 * id + 2) : metrics.getInt16(4 * long + 2 * (id - long));
  }
  return { advance, lsb };
}

const PER_GLYPH = 6; // advance, left side bearing, outline length

/** The build's split: the outline-less font and the pieces (each its glyphs' metrics and lengths, then their outlines). */
export function splitFont(font: Uint8Array, glyphsPerPiece: number, { dropKern = false } = {}): { outline: Uint8Array; pieces: Uint8Array[] } {
  const tables = readTables(font);
  const glyf = table(tables, 'glyf');
  const offsets = glyphOffsets(font);
  const numGlyphs = offsets.length - 1;
  const { advance, lsb } = horizontalMetrics(tables, numGlyphs);
  const pieces: Uint8Array[] = [];
  for (let first = 0; first < numGlyphs; first += glyphsPerPiece) {
    const end = Math.min(first + glyphsPerPiece, numGlyphs);
    const header = PER_GLYPH * (end - first);
    const piece = new Uint8Array(header + offsets[end]! - offsets[first]!);
    const dv = view(piece);
    for (let id = first; id < end; id++) {
      dv.setUint16(PER_GLYPH * (id - first), advance[id]!);
      dv.setInt16(PER_GLYPH * (id - first) + 2, lsb[id]!);
      dv.setUint16(PER_GLYPH * (id - first) + 4, offsets[id + 1]! - offsets[id]!);
    }
    piece.set(glyf.subarray(offsets[first]!, offsets[end]!), header);
    pieces.push(piece);
  }
  const oneGlyph = (tag: string, at: number) => {
    const data = table(tables, tag).slice();
    view(data).setUint16(at, 1);
    return data;
  };
  const hmtx = new Uint8Array(4);
  view(hmtx).setUint16(0, advance[0]!);
  view(hmtx).setInt16(2, lsb[0]!);
  const count = new Uint8Array(2);
  view(count).setUint16(0, numGlyphs);
  const replaced: Record<string, Uint8Array> = {
    glyf: EMPTY_GLYPH,
    loca: new Uint8Array(8), // two zero offsets in either format (fontkit reads none as no table)
    maxp: oneGlyph('maxp', 4),
    hhea: oneGlyph('hhea', 34),
    hmtx,
    name: shortNames(table(tables, 'name')),
    post: postWithoutNames(table(tables, 'post')),
  };
  const outline = writeFont(view(font).getUint32(0), [
    ...tables.filter((t) => !DROPPED.has(t.tag) && !(dropKern && t.tag === 'kern')).map((t) => ({ tag: t.tag, data: replaced[t.tag] ?? t.data })),
    { tag: SPLIT_TAG, data: count },
  ]);
  return { outline, pieces };
}

/** One glyph from a piece: its outline and horizontal metrics. */
export interface PieceGlyph {
  outline: Uint8Array;
  advance: number;
  lsb: number;
}

/** The glyphs in one piece, by glyph id (`first` is the piece's first glyph id). */
export function pieceGlyphs(piece: Uint8Array, first: number, glyphs: number): Map<number, PieceGlyph> {
  const dv = view(piece);
  const found = new Map<number, PieceGlyph>();
  let at = PER_GLYPH * glyphs;
  for (let i = 0; i < glyphs; i++) {
    const length = dv.getUint16(PER_GLYPH * i + 4);
    found.set(first + i, { advance: dv.getUint16(PER_GLYPH * i), lsb: dv.getInt16(PER_GLYPH * i + 2), outline: piece.subarray(at, at + length) });
    at += length;
  }
  return found;
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

/**
 * The whole font back, with the given glyphs (by id) and every other glyph empty, advance 0: ids
 * and all other tables as shipped, so the builder lays out and embeds exactly as with the whole font.
 */
export function composeFont(outlineFont: Uint8Array, glyphs: ReadonlyMap<number, PieceGlyph>): Uint8Array {
  const tables = readTables(outlineFont);
  const numGlyphs = glyphCount(outlineFont);
  // Outlines back to back, unpadded, as in the shipped file: the builder's subset copies each
  // glyph's bytes from loca offset to loca offset, so padding here would change the embedded font.
  const size = [...glyphs.values()].reduce((total, g) => total + g.outline.length, 0);
  const glyf = new Uint8Array(size);
  const loca = new Uint8Array((numGlyphs + 1) * 4);
  const hmtx = new Uint8Array(numGlyphs * 4);
  const locaView = view(loca);
  const hmtxView = view(hmtx);
  let offset = 0;
  for (let id = 0; id < numGlyphs; id++) {
    locaView.setUint32(id * 4, offset);
    const glyph = glyphs.get(id);
    if (glyph) {
      glyf.set(glyph.outline, offset);
      offset += glyph.outline.length;
      hmtxView.setUint16(id * 4, glyph.advance);
      hmtxView.setInt16(id * 4 + 2, glyph.lsb);
    }
  }
  locaView.setUint32(numGlyphs * 4, offset);
  const head = table(tables, 'head').slice();
  view(head).setInt16(50, 1); // long loca offsets
  const maxp = table(tables, 'maxp').slice();
  view(maxp).setUint16(4, numGlyphs);
  const hhea = table(tables, 'hhea').slice();
  view(hhea).setUint16(34, numGlyphs); // every glyph its own metric
  const replaced: Record<string, Uint8Array> = { glyf, loca, head, maxp, hhea, hmtx };
  return writeFont(
    view(outlineFont).getUint32(0),
    tables.filter((t) => t.tag !== SPLIT_TAG).map((t) => ({ tag: t.tag, data: replaced[t.tag] ?? t.data })),
  );
}

/**
 * The outline-less copy without its positioning tables (GPOS, kern), for finding glyph ids: what
 * the composer's fontkit reads, so it decodes only the substitutions (the builder decodes the rest).
 */
export function withoutPositioning(outlineFont: Uint8Array): Uint8Array {
  return writeFont(
    view(outlineFont).getUint32(0),
    readTables(outlineFont).filter((t) => t.tag !== 'GPOS' && t.tag !== 'kern'),
  );
}

/** What the composer needs from fontkit: the glyphs a text lays out to, read from the outline-less font. */
export interface GlyphFinder {
  layout(text: string): { glyphs: readonly { id: number }[] };
  glyphForCodePoint(codePoint: number): { id: number };
}

export interface SplitFontSource {
  /** The outline-less font's bytes. */
  outline(): Promise<Uint8Array>;
  /** One piece of outlines, by index. */
  piece(index: number): Promise<Uint8Array>;
  /** fontkit's reading of the outline-less font. */
  parse(bytes: Uint8Array): Promise<GlyphFinder>;
  glyphsPerPiece: number;
}

export interface FontComposer {
  /** The glyph ids a text lays out to (null: every glyph), always with .notdef (0). */
  glyphsFor(text: string | null): Promise<Set<number>>;
  /** The font with the outlines of these glyphs and of their components, fetching the pieces that hold them. */
  fontWith(glyphs: Iterable<number>): Promise<Uint8Array>;
  /** glyphsFor, then fontWith. */
  fontFor(text: string | null): Promise<Uint8Array>;
  /** A font this composer made, with the outlines of `glyphs` too (the same bytes when it has them all). */
  extend(font: Uint8Array, glyphs: Iterable<number>): Promise<Uint8Array>;
}

/**
 * Fonts for texts, sharing what was fetched: each piece is fetched once per session, and the same
 * set of glyphs gives back the same bytes (so the builder's parsed-font cache applies).
 */
export function createFontComposer(source: SplitFontSource): FontComposer {
  const perPiece = source.glyphsPerPiece;
  let base: Promise<{ bytes: Uint8Array; numGlyphs: number; finder: GlyphFinder }> | null = null;
  const pieces = new Map<number, Promise<Map<number, PieceGlyph>>>();
  const composed = new Map<string, Uint8Array>();
  const outlinesIn = new WeakMap<Uint8Array, ReadonlySet<number>>();
  const loadBase = () =>
    (base ??= (async () => {
      const bytes = await source.outline();
      return { bytes, numGlyphs: glyphCount(bytes), finder: await source.parse(withoutPositioning(bytes)) };
    })().catch((error: unknown) => {
      base = null;
      throw error;
    }));
  const piece = (index: number, numGlyphs: number) => {
    let pending = pieces.get(index);
    if (!pending) {
      const first = index * perPiece;
      pending = source
        .piece(index)
        .then((bytes) => pieceGlyphs(bytes, first, Math.min(perPiece, numGlyphs - first)))
        .catch((error: unknown) => {
          pieces.delete(index);
          throw error;
        });
      pieces.set(index, pending);
    }
    return pending;
  };
  const glyphsFor = async (text: string | null) => {
    const { numGlyphs, finder } = await loadBase();
    const wanted = new Set<number>([0]);
    if (text === null) for (let id = 1; id < numGlyphs; id++) wanted.add(id);
    else {
      // Each distinct word once (substitutions work within a word): a long concern repeats most of
      // its words, and laying the whole text out would cost as much as the builder's own layout.
      for (const word of new Set(text.split(/\s+/))) if (word) for (const glyph of finder.layout(word).glyphs) wanted.add(glyph.id);
      for (const char of new Set(text)) wanted.add(finder.glyphForCodePoint(char.codePointAt(0)!).id);
    }
    return wanted;
  };
  const fontWith = async (glyphs: Iterable<number>) => {
    const { bytes, numGlyphs } = await loadBase();
    const outlines = new Map<number, PieceGlyph>();
    // Composite glyphs name their components: fetch those too, round by round.
    let round = [...glyphs];
    while (round.length) {
      const next: number[] = [];
      await Promise.all(
        round.map(async (id) => {
          if (outlines.has(id) || id >= numGlyphs) return;
          const glyph = (await piece(Math.floor(id / perPiece), numGlyphs)).get(id)!;
          outlines.set(id, glyph);
          for (const component of componentsOf(glyph.outline)) if (!outlines.has(component)) next.push(component);
        }),
      );
      round = next;
    }
    const key = [...outlines.keys()].sort((a, b) => a - b).join(',');
    let font = composed.get(key);
    if (!font) {
      font = composeFont(bytes, outlines);
      composed.set(key, font);
      outlinesIn.set(font, new Set(outlines.keys()));
    }
    return font;
  };
  const extend = async (font: Uint8Array, glyphs: Iterable<number>) => {
    const has = outlinesIn.get(font);
    if (!has) throw new Error('Not a font this composer made.');
    const missing = [...glyphs].filter((id) => !has.has(id));
    return missing.length ? fontWith([...has, ...missing]) : font;
  };
  // The last texts' fonts: the same document exported again costs no layout.
  const byText = new Map<string | null, Promise<Uint8Array>>();
  const fontFor = (text: string | null) => {
    let font = byText.get(text);
    if (!font) {
      font = glyphsFor(text).then(fontWith);
      font.catch(() => byText.delete(text));
      byText.set(text, font);
      if (byText.size > 4) byText.delete(byText.keys().next().value!);
    }
    return font;
  };
  return { glyphsFor, fontWith, fontFor, extend };
}
