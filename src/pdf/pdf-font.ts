/**
 * A subset TrueType font embedded as a Type0/CIDFontType2 font, with a ToUnicode map that is exact
 * for shaped text.
 *
 * Why not pdf-lib's `embedFont(bytes, { subset: true })`: its embedder keys the ToUnicode map by
 * glyph id, taking the code points from fontkit's glyph cache, so when one glyph serves several
 * characters (Noto Sans Arabic's dotless base under ب, ت, ٹ, ی…; DejaVu's shared final forms) every
 * one of them extracts as whichever character came first; and it draws glyphs at their nominal
 * advance, ignoring the mark offsets Arabic and stacked diacritics need. Here each distinct
 * (glyph, characters) pair gets its own CID (a duplicate glyph in the subset when needed), so
 * pdftotext and copy/paste give back what was typed, and the drawing code places every glyph where
 * the shaper put it. Subsetting itself is fontkit's, as pdf-lib's is.
 */
import { PDFName, PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import type { Font } from '@pdf-lib/fontkit';
import type { ShapedGlyph } from './shaping';

interface GlyphBuffer extends Uint8Array {
  constructor: { alloc(size: number): GlyphBuffer };
}

interface EncodeStreamLike {
  push(chunk: Uint8Array | null): boolean;
  end(): void;
  on(event: 'data' | 'end' | 'error', cb: (chunk: Uint8Array) => void): EncodeStreamLike;
}

interface SubsetInternals {
  glyphs: number[];
  glyf: GlyphBuffer[];
  offset: number;
  _addGlyph(glyphId: number): number;
  includeGlyph(glyph: number): number;
  encode(stream: EncodeStreamLike): void;
  encodeStream(this: unknown): EncodeStreamLike;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/**
 * fontkit only offers the subset as a stream that starts on the next tick and delivers its
 * chunks tick by tick, through a setTimeout-based polyfill: several milliseconds of idling per
 * font per export. Run its encoder synchronously instead, collecting the chunks as they are
 * pushed. (The stream class is taken from a throwaway call; the async path stays as a fallback.)
 */
function encodeNow(subset: SubsetInternals): Uint8Array | undefined {
  try {
    const probe = subset.encodeStream.call({ encode: () => undefined });
    const EncodeStream = probe.constructor as new () => EncodeStreamLike;
    const stream = new EncodeStream();
    const parts: Uint8Array[] = [];
    stream.push = (chunk) => {
      if (chunk) parts.push(chunk);
      return true;
    };
    subset.encode(stream);
    stream.end();
    return parts.length ? concat(parts) : undefined;
  } catch {
    return undefined;
  }
}

interface CidEntry {
  /** Advance in PDF glyph space (1/1000 em). */
  width: number;
  codePoints: readonly number[];
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}

function utf16Hex(codePoints: readonly number[]): string {
  let out = '';
  for (const cp of codePoints) {
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      out += hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
    } else {
      out += hex4(cp);
    }
  }
  return out;
}

/** Rounds for the content stream: two decimals, no trailing zeros. */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * fontkit writes the subset's `loca` table in the short format (offsets / 2) whenever the glyph
 * data is under 128 KB, but copies each glyph's bytes unpadded. Fonts built without padding
 * (Noto Sans SC, current Noto Sans) have odd-length glyphs, so every glyph after one of them
 * starts a byte early and is drawn as nothing: the characters silently vanish from the page while
 * still extracting as text. Pad each glyph to an even length as it is added.
 */
function padGlyphsToEvenLength(subset: SubsetInternals): void {
  const addGlyph = subset._addGlyph;
  subset._addGlyph = function (this: SubsetInternals, glyphId: number): number {
    const index = addGlyph.call(this, glyphId);
    const data = this.glyf[this.glyf.length - 1]!;
    if (data.length % 2 === 1) {
      // Same buffer class as fontkit's own (its stream refuses plain Uint8Arrays).
      const padded = data.constructor.alloc(data.length + 1);
      padded.set(data);
      this.glyf[this.glyf.length - 1] = padded;
      this.offset += 1;
    }
    return index;
  };
}

export class PdfSubsetFont {
  readonly ref: PDFRef;
  private readonly subset: SubsetInternals;
  private readonly cidByKey = new Map<string, number>();
  private readonly firstCidOfGlyph = new Map<number, number>();
  private readonly cids: CidEntry[] = [];
  private readonly scale: number;

  /**
   * @param resourceName the page resource name, e.g. "F1" (the same on every page)
   * @param subsetTag six capital letters; fixed per font so the same document gives the same bytes
   */
  constructor(
    private readonly context: PDFContext,
    readonly font: Font,
    readonly resourceName: string,
    private readonly subsetTag: string,
  ) {
    this.ref = context.nextRef();
    this.subset = font.createSubset() as unknown as SubsetInternals;
    padGlyphsToEvenLength(this.subset);
    this.scale = 1000 / font.unitsPerEm;
    this.cids.push({ width: this.advanceOf(0), codePoints: [] }); // CID 0: .notdef, always glyph 0
    this.firstCidOfGlyph.set(0, 0);
  }

  private advanceOf(glyphId: number): number {
    return this.font.getGlyph(glyphId).advanceWidth * this.scale;
  }

  /** The CID that draws this glyph and extracts as its characters. */
  cidFor(glyph: ShapedGlyph): number {
    const key = `${glyph.id}:${glyph.codePoints.join(',')}`;
    let cid = this.cidByKey.get(key);
    if (cid !== undefined) return cid;
    if (!this.firstCidOfGlyph.has(glyph.id)) {
      cid = this.subset.includeGlyph(glyph.id);
      this.firstCidOfGlyph.set(glyph.id, cid);
    } else {
      // Same outline, different characters: a second copy of the glyph with its own CID.
      this.subset.glyphs.push(glyph.id);
      cid = this.subset.glyphs.length - 1;
    }
    this.cids[cid] = { width: this.advanceOf(glyph.id), codePoints: glyph.codePoints };
    this.cidByKey.set(key, cid);
    return cid;
  }

  /** The advance (1/1000 em) the PDF viewer will apply after showing this CID. */
  widthOf(cid: number): number {
    return this.cids[cid]!.width;
  }

  get glyphCount(): number {
    return this.cids.length;
  }

  /** The glyph ids drawn so far (with .notdef): a split font's loader checks it has them all (FontLoader.withGlyphs). */
  get glyphIds(): readonly number[] {
    return this.subset.glyphs;
  }

  /** The subset font program (TrueType) as it will be embedded. */
  async subsetBytes(): Promise<Uint8Array> {
    if (!this.encoded) this.encoded = encodeNow(this.subset) ?? (await this.encodeAsync());
    return this.encoded;
  }

  private encoded: Uint8Array | undefined;

  private encodeAsync(): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const parts: Uint8Array[] = [];
      this.subset
        .encodeStream()
        .on('data', (chunk) => parts.push(chunk))
        .on('end', () => resolve(concat(parts)))
        .on('error', (error) => reject(error instanceof Error ? error : new Error(String(error))));
    });
  }

  private toUnicodeCMap(): string {
    const entries: string[] = [];
    this.cids.forEach((entry, cid) => {
      if (entry && entry.codePoints.length > 0) entries.push(`<${hex4(cid)}> <${utf16Hex(entry.codePoints)}>`);
    });
    const blocks: string[] = [];
    for (let i = 0; i < entries.length; i += 100) {
      const chunk = entries.slice(i, i + 100);
      blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
    }
    return [
      '/CIDInit /ProcSet findresource begin',
      '12 dict begin',
      'begincmap',
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
      '/CMapName /Adobe-Identity-UCS def',
      '/CMapType 2 def',
      '1 begincodespacerange',
      '<0000> <ffff>',
      'endcodespacerange',
      ...blocks,
      'endcmap',
      'CMapName currentdict /CMap defineresource pop',
      'end',
      'end',
    ].join('\n');
  }

  /** Writes the font program, descriptor, CID font, ToUnicode map and Type0 font at `ref`. */
  async embed(): Promise<void> {
    const { context, font, scale } = this;
    const fontBytes = await this.subsetBytes();
    const baseFont = `${this.subsetTag}+${(font.postscriptName ?? 'Font').replace(/[^\x21-\x7e]|[()<>[\]{}/%#]/g, '')}`;
    const fontFile = context.register(context.flateStream(fontBytes, { Length1: fontBytes.length }));
    const bbox = font.bbox;
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: baseFont,
        Flags: 4, // symbolic: glyphs are addressed by CID, not by a standard encoding
        FontBBox: [bbox.minX * scale, bbox.minY * scale, bbox.maxX * scale, bbox.maxY * scale].map(Math.round),
        ItalicAngle: font.italicAngle,
        Ascent: Math.round(font.ascent * scale),
        Descent: Math.round(font.descent * scale),
        CapHeight: Math.round((font.capHeight || font.ascent) * scale),
        XHeight: Math.round((font.xHeight || 0) * scale),
        StemV: 80,
        FontFile2: fontFile,
      }),
    );
    const cidFont = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: baseFont,
        CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
        FontDescriptor: descriptor,
        W: [0, this.cids.map((entry) => Math.round((entry?.width ?? 0) * 100) / 100)],
        CIDToGIDMap: 'Identity',
      }),
    );
    const toUnicode = context.register(context.flateStream(this.toUnicodeCMap()));
    context.assign(
      this.ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseFont,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
  }

  /** The page resource key. */
  get resourceKey(): PDFName {
    return PDFName.of(this.resourceName);
  }
}
