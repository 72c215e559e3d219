/**
 * fast-check arbitraries for the PDF property tests: documents full of the text that breaks PDF
 * generators (every script we ship fonts for, scripts we do not, emoji, combining marks, bidi and
 * zero-width controls, control characters, lone surrogates, very long words). Tests only.
 */
import fc from 'fast-check';
import type { DocSection, DocTable, ReferralDocument } from '../../forms/document';

const pick = (chars: string) => fc.constantFrom(...Array.from(chars));
const codePoint = (from: number, to: number) => fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));

/** Characters people paste, and characters that break PDF tools. */
export const hostileChar = fc.oneof(
  { weight: 30, arbitrary: pick('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') },
  { weight: 12, arbitrary: pick('     \n\t-/.,;:()[]') },
  { weight: 6, arbitrary: pick('“”‘’–—…«»€£ÆØÅæøåßÇçÑñ') },
  { weight: 6, arbitrary: pick('ąćęłńóśźżĄĆĘŁŃÓŚŹŻİıŞşĞğ') },
  { weight: 6, arbitrary: pick('αβγδεζηθλμξπρσςτφχψωΑΒΓΔΩάέήίόύώ') },
  { weight: 6, arbitrary: pick('абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЁЖ') },
  { weight: 10, arbitrary: codePoint(0x0621, 0x064a) }, // Arabic letters
  { weight: 4, arbitrary: pick('ٹڈڑںھہیےۓکگپچژ٠١٢٣،؟') }, // Urdu and Arabic punctuation/digits
  { weight: 3, arbitrary: codePoint(0x064b, 0x0652) }, // harakat
  { weight: 8, arbitrary: codePoint(0x4e00, 0x9fa5) }, // CJK ideographs
  { weight: 2, arbitrary: pick('，。（）「」：') },
  { weight: 3, arbitrary: codePoint(0x0300, 0x036f) }, // combining marks
  { weight: 2, arbitrary: pick('ễịấờửỹ') },
  { weight: 3, arbitrary: pick('\u200d\u200c\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufe0f\u00ad\ufeff') },
  { weight: 3, arbitrary: codePoint(0x0000, 0x001f) }, // control characters
  { weight: 1, arbitrary: pick('\r\u0085\u2028\u2029\u000b\u000c\u007f\u009b') },
  { weight: 3, arbitrary: pick('🙂👍🏽👨‍👩‍👧❤️🇬🇧') },
  { weight: 2, arbitrary: codePoint(0x10000, 0x1007f) }, // Linear B
  { weight: 1, arbitrary: codePoint(0x0e00, 0x0e7f) }, // Thai: no font here
  { weight: 1, arbitrary: pick('\ud800\udfff\uffff\ufffe') }, // lone surrogates, non-characters
  { weight: 2, arbitrary: codePoint(0x20, 0x2fff) },
  { weight: 1, arbitrary: codePoint(0x10000, 0x10ffff) },
);

export const hostileText = fc.oneof(
  { weight: 40, arbitrary: fc.array(hostileChar, { maxLength: 40 }).map((cs) => cs.join('')) },
  { weight: 1, arbitrary: fc.array(hostileChar, { minLength: 300, maxLength: 1200 }).map((cs) => cs.join('')) }, // long text
  { weight: 1, arbitrary: fc.tuple(hostileChar, fc.integer({ min: 100, max: 1500 })).map(([c, n]) => c.repeat(n)) }, // one long "word"
);

const sectionArb: fc.Arbitrary<DocSection> = fc.record({
  heading: hostileText,
  intro: fc.option(fc.array(hostileText, { maxLength: 2 }), { nil: undefined }),
  rows: fc.array(fc.record({ label: hostileText, value: hostileText, field: fc.constantFrom('a.b', 'individual.forenames', 'concerns.description') }), {
    maxLength: 4,
  }),
});
const tableArb: fc.Arbitrary<DocTable> = fc.integer({ min: 1, max: 4 }).chain((columns) =>
  fc.record({
    heading: hostileText,
    intro: fc.option(fc.array(hostileText, { maxLength: 2 }), { nil: undefined }),
    columns: fc.array(hostileText, { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(hostileText, { minLength: 0, maxLength: columns + 1 }), { maxLength: 4 }),
  }),
);

export const hostileDocument: fc.Arbitrary<ReferralDocument> = fc.record({
  kind: fc.constantFrom('referral' as const, 'internal-record' as const),
  title: hostileText,
  marking: fc.constant('OFFICIAL-SENSITIVE' as const),
  descriptor: fc.option(hostileText, { nil: undefined }),
  reference: fc.oneof(fc.constant('PP-20261123-4F7Q'), hostileText),
  generatedAt: fc.oneof(fc.constant('2026-11-23T14:05:00.000Z'), fc.string()),
  formVersion: fc.constant('nprf-2026.1'),
  sections: fc.array(sectionArb, { maxLength: 3 }),
  appendices: fc.array(fc.oneof(sectionArb, tableArb), { maxLength: 2 }),
  appendixName: fc.constantFrom('Appendix', 'Annex'),
  appendicesRunOn: fc.boolean(),
  training: fc.boolean(),
});
