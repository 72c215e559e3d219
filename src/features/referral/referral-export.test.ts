// @vitest-environment node
// The two documents made from one referral, read back from their PDFs the way a recipient's tools
// read them (pdftotext): the referral holds the national form, the consent status and the basis
// statement and nothing internal; the internal decision record holds the rest.
import '../../pdf/node-test-env';
import { beforeAll, describe, expect, it } from 'vitest';
import { scheduleOneConditions } from '../../../forms/consent-record.schema';
import type { DocSection, DocTable, ReferralDocument } from '../../../forms/document';
import { referralSchema, type ReferralDraft } from '../../../forms/referral-form.schema';
import type { DecisionLogEntry } from '../../../machines/concern.machine';
import { basisStatement, consentStatusStatement } from '../../../machines/consent-rationale';
import { completeDraft } from '../../../tests/fixtures/referral-draft';
import { sampleConsentRecord } from '../../../tests/fixtures/consent-record';
import { buildReferralPdf } from '../../pdf/build-referral-pdf';
import { referralFileName } from '../../pdf/file-name';
import { createNodeFontLoader } from '../../pdf/node-font-loader';
import { nonEmptyLines, pdftotext, squash } from '../../pdf/pdf-test-helpers';
import { buildInternalRecordDocument, buildReferralDocument, formatDateTime, type ReferralExportInput } from './referral-export';
import { readIncludedParts } from '../../storage/export-choices';

const loader = createNodeFontLoader();
/** The PDF's text, pages joined, white space squeezed so wrapped lines read as one. */
async function pdfText(doc: ReferralDocument): Promise<{ text: string; pages: string[] }> {
  const pdf = await buildReferralPdf(doc, { loadFont: loader });
  const pages = pdftotext(pdf.bytes);
  expect(pages).toHaveLength(pdf.pageCount);
  return { text: pages.join('\n').replace(/\s+/g, ' '), pages };
}

const concernLog: DecisionLogEntry[] = [
  {
    step: 'patientEscalate',
    question: 'Do you and your manager agree this should go to the safeguarding lead?',
    answer: 'Yes',
    notes: 'Discussed with Sam Taylor, ward manager (004 ¶56)',
    role: 'staff',
    actor: 'staff',
    at: '2026-11-03T10:00:00Z',
    source: '004 ¶56',
  } as DecisionLogEntry,
];

function inputFor(draft: ReferralDraft = completeDraft(), extra: Partial<ReferralExportInput> = {}): ReferralExportInput {
  return {
    referral: referralSchema.parse(draft),
    reference: 'PP-20261123-4F7Q',
    recipients: ['Wiltshire MASH (mash@nhs.net)', 'prevent.lead@nhs.net'],
    consent: sampleConsentRecord(),
    consentLog: [
      {
        question: 'Did they give informed consent?',
        answer: 'Yes',
        notes: 'Face to face, with the Prevent leaflet',
        at: '2026-11-05T10:00:00Z',
        who: 'Safeguarding lead',
      },
    ],
    concernLog,
    generatedAt: new Date('2026-11-05T12:00:00Z'),
    localContacts: { organisation: 'Northshire ICB', contacts: { safeguardingLead: { role: 'Designated Nurse', phone: '01632 960123' } } },
    ...extra,
  };
}

/** Internal text a recipient must never meet in the referral, and the internal record must hold. */
const INTERNAL = {
  recordsSearch: 'Outpatient and GP records: no earlier concerns',
  igName: 'Dr Jo Guardian',
  capacity: 'No grounds to doubt capacity',
  consentLogNotes: 'Face to face, with the Prevent leaflet',
  pathwayLog: 'Sam Taylor, ward manager',
  localContact: '01632 960123',
};
const PROJECT_WORDS = ['004 ¶', '¶', 'domain-spec', 'Decision-table', 'Row 7', 'row 1', '[verify with IG]'];

describe('the referral and the internal decision record: two documents from one input', () => {
  const input = inputFor();
  const referral = buildReferralDocument(input);
  const internal = buildInternalRecordDocument(input);
  let referralPdf: { text: string; pages: string[] };
  let internalPdf: { text: string; pages: string[] };
  beforeAll(async () => {
    [referralPdf, internalPdf] = await Promise.all([pdfText(referral), pdfText(internal)]);
  }, 60_000);

  it('are both marked OFFICIAL-SENSITIVE at the top and bottom of every page, each with its own file name holding the reference only', () => {
    for (const { pages } of [referralPdf, internalPdf]) {
      for (const page of pages) {
        expect(nonEmptyLines(page)[0]).toBe('OFFICIAL-SENSITIVE');
        expect(nonEmptyLines(page).at(-1)).toBe('OFFICIAL-SENSITIVE');
      }
    }
    expect(referralFileName(referral)).toBe('prevent-referral-PP-20261123-4F7Q.pdf');
    expect(referralFileName(internal)).toBe('prevent-internal-record-PP-20261123-4F7Q.pdf');
  });

  it('the referral runs A to L, then the consent status in plain words and the basis statement, and has no appendices', () => {
    expect(referral.sections.map((s) => s.heading.slice(0, 2))).toEqual(['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'I.', 'J.', 'K.', 'L.', 'CO']);
    expect(referral.sections[0]!.intro!.join(' ')).toContain('please email it to: Wiltshire MASH (mash@nhs.net); prevent.lead@nhs.net');
    expect(referral.appendices).toEqual([]);
    // Compared without white space or hyphens: a line may wrap at a hyphen ("Counter-Terrorism"), which pdftotext joins.
    const flat = (text: string) => squash(text).replace(/-/g, '');
    expect(flat(referralPdf.text)).toContain(flat(consentStatusStatement(input.consent)));
    expect(basisStatement(input.consent).length).toBeGreaterThan(0);
    for (const sentence of basisStatement(input.consent)) expect(flat(referralPdf.text)).toContain(flat(sentence));
    expect(referralPdf.text).toContain('Ashdown');
    expect(referralPdf.text).toContain('14/06/1991');
  });

  it('the referral PDF holds no records search, IG advice, capacity assessment, decision log or local contacts, and no project references', () => {
    for (const [what, text] of Object.entries(INTERNAL)) expect(referralPdf.text, what).not.toContain(text);
    for (const heading of ['Records search', 'Caldicott', 'Capacity or competence', 'decision log', 'Local contacts'])
      expect(referralPdf.text, heading).not.toContain(heading);
    for (const word of PROJECT_WORDS) expect(referralPdf.text, word).not.toContain(word);
  });

  it('the internal record PDF holds all of them, with the situation in words and sources said in full', () => {
    for (const [what, text] of Object.entries(INTERNAL)) expect(internalPdf.text, what).toContain(text);
    expect(internalPdf.text).toContain('Adult with capacity who consents');
    expect(internalPdf.text).toContain('Never send it with the referral'.replace('Never', 'Do not'));
    for (const word of ['Decision-table', 'Row 7', '004 ¶', 'domain-spec']) expect(internalPdf.text, word).not.toContain(word);
    // The basis the lead chose, in words (§A.1 item 4).
    const record = input.consent;
    expect(record.article9Condition).not.toBeNull();
    expect(squash(internalPdf.text)).toContain(
      squash(`Article 9 condition (special category data) UK GDPR Article 9(2)(g), with the ${scheduleOneConditions[record.article9Condition!].legal}`),
    );
    expect(internalPdf.text).not.toMatch(/sch1-para/);
    // The IG consultation is named on the record, so "[verify with IG]" is gone (§A.1 item 7).
    expect(internalPdf.text).not.toContain('[verify with IG]');
  });

  it('is the same document for the same input (pure functions)', () => {
    expect(buildReferralDocument(inputFor())).toEqual(referral);
    expect(buildInternalRecordDocument(inputFor())).toEqual(internal);
  });
});

describe('section F: a referrer who asked to stay anonymous', () => {
  const input = inputFor(completeDraft((d) => (d.sections.firstIdentified.wishesAnonymous = 'yes')));

  it('has their name and contact details withheld from the referral, and kept in the internal record', async () => {
    const [referral, internal] = await Promise.all([pdfText(buildReferralDocument(input)), pdfText(buildInternalRecordDocument(input))]);
    for (const detail of ['Smith', '01632 960001', 'jo.smith@nhs.net']) {
      expect(referral.text, detail).not.toContain(detail);
      expect(internal.text, detail).toContain(detail);
    }
    expect(referral.text).toContain('Withheld: the person who first identified the concerns asked not to be identified to the individual');
    expect(internal.text).toContain('withheld from the referral at their request');
  }, 60_000);

  it('is not withheld when they did not ask', () => {
    const f = buildReferralDocument(inputFor()).sections.find((s) => s.heading.startsWith('F.'))!;
    expect(f.rows.find((row) => row.field === 'firstIdentified.surname')?.value).toBe('Smith');
  });
});

describe('including a part of the internal record in the referral', () => {
  it('prints nothing internal by default, and a chosen part as an annex under the lead’s reason', async () => {
    const reason = 'The police asked whether a capacity assessment was made';
    const input = inputFor(undefined, { includedParts: [{ part: 'capacity', reason }] });
    const doc = buildReferralDocument(input);
    expect(doc.appendixName).toBe('Annex');
    expect(doc.appendices.map((a) => a.heading)).toEqual(['Capacity or competence assessment']);
    const { text } = await pdfText(doc);
    expect(text).toContain('Annex A: Capacity or competence assessment');
    expect(text).toContain(`Why it is included: ${reason}`);
    expect(text).toContain(INTERNAL.capacity);
    // Only that part: the rest stays internal.
    for (const other of [INTERNAL.recordsSearch, INTERNAL.igName, INTERNAL.pathwayLog]) expect(text).not.toContain(other);
    // The internal record says what went into the referral, and why.
    const about = buildInternalRecordDocument(input).sections[0]!;
    expect(about.rows[0]!.value).toBe(`Capacity or competence assessment. Why: ${reason}`);
  }, 60_000);

  it('includes a decision log as a table with its reason, with sources in words', () => {
    const doc = buildReferralDocument(inputFor(undefined, { includedParts: [{ part: 'pathwayLog', reason: 'Shows when the concern was raised' }] }));
    const log = doc.appendices[0] as DocTable;
    expect(log.intro?.[0]).toContain('Shows when the concern was raised');
    expect(log.rows[0]!.join(' ')).toContain('BSW ICB Prevent Policy, paragraph 56');
    expect(log.rows[0]!.join(' ')).not.toContain('¶');
  });

  it('ignores a part without a reason, or saved in a shape it does not know (old or damaged drafts)', () => {
    expect(readIncludedParts(undefined)).toEqual([]);
    expect(readIncludedParts([{ part: 'capacity', reason: '  ' }, { part: 'everything', reason: 'x' }, 'junk'])).toEqual([]);
    expect(
      readIncludedParts([
        { part: 'igAdvice', reason: 'b' },
        { part: 'capacity', reason: 'a' },
        { part: 'capacity', reason: 'again' },
      ]),
    ).toEqual([
      { part: 'capacity', reason: 'a' },
      { part: 'igAdvice', reason: 'b' },
    ]);
  });
});

describe('sections G and H when they are the same person as the section before', () => {
  it('prints "Same as section G" in H instead of six empty rows, and "Same as section F" in G', () => {
    const doc = buildReferralDocument(inputFor(completeDraft((d) => (d.sections.referrer.sameAsFirst = 'yes'))));
    const g = doc.sections.find((s) => s.heading.startsWith('G.'))!;
    const h = doc.sections.find((s) => s.heading.startsWith('H.'))!;
    expect(h.rows.map((row) => row.value)).toEqual(['Yes', 'Same as section G']);
    expect(g.rows.map((row) => row.value)).toEqual(['Yes', 'Same as section F']);
    expect(JSON.stringify([g, h])).not.toContain('Alex');
  });

  it('prints H’s contact when it is someone else', () => {
    const doc = buildReferralDocument(
      inputFor(
        completeDraft(
          (d) =>
            (d.sections.preventContact = {
              sameAsReferrer: 'no',
              forename: 'Kim',
              surname: 'Lee',
              roleAndOrganisation: 'Prevent Lead',
              relationship: '',
              phone: '01632 960003',
              email: '',
            }),
        ),
      ),
    );
    const h = doc.sections.find((s) => s.heading.startsWith('H.'))!;
    expect(h.rows.map((row) => row.value)).toContain('Kim');
    expect(h.rows.map((row) => row.value)).not.toContain('Same as section G');
  });
});

describe('the internal record’s parts', () => {
  const internal = buildInternalRecordDocument(inputFor());

  it('holds every item the consent decision recorded, under its own label', () => {
    const consent = sampleConsentRecord();
    const rows = internal.sections.flatMap((s) => s.rows);
    for (const [label, value] of Object.entries(consent.items)) expect(rows).toContainEqual(expect.objectContaining({ label, value }));
  });

  it('runs: about, consent and lawful basis, records search, capacity, IG advice; then the decision logs and the local contacts', () => {
    expect(internal.sections.map((s) => s.heading)).toEqual([
      'About this record',
      'Consent and lawful basis for sharing',
      'Records search',
      'Capacity or competence assessment',
      'Information governance or Caldicott advice',
    ]);
    expect(internal.appendices.map((a) => a.heading)).toEqual([
      'Consent and lawful basis: decision log',
      'Concern pathway: decision log',
      'Local contacts: Northshire ICB',
    ]);
    const local = internal.appendices.at(-1) as DocSection;
    expect(local.rows).toEqual([{ label: 'Designated Nurse', value: '01632 960123', field: 'profile.contacts.safeguardingLead' }]);
  });

  it('leaves out the pathway log and the local contacts when there are none', () => {
    const doc = buildInternalRecordDocument(inputFor(undefined, { concernLog: [], localContacts: { organisation: 'National default', contacts: {} } }));
    expect(doc.appendices.map((a) => a.heading)).toEqual(['Consent and lawful basis: decision log']);
  });
});

describe('words for a reader', () => {
  it('prints times as DD/MM/YYYY HH:MM', () => {
    expect(formatDateTime('2026-11-05T09:07:00')).toBe('05/11/2026 09:07');
    expect(formatDateTime('not a time')).toBe('not a time');
  });
});
