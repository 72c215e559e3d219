import { NOT_GIVEN, type DocRow, type DocSection, type DocTable, type ReferralDocument } from '../../../forms/document';
import { citeSourcesInText } from '../../../forms/source-citation';
import { consentItemLabels, decisionTable, scheduleOneConditions, type ConsentRecord, type ScheduleOneCondition } from '../../../forms/consent-record.schema';
import { CLOSING_TEXT, REFERRAL_FORM_TITLE, referralProcessSection, referralToSections, sectionRows } from '../../../forms/referral-document';
import type { Contacts } from '../../../forms/organisation-profile.schema';
import { referralSections, type Referral } from '../../../forms/referral-form.schema';
import { roleLabels, type PathwayLogEntry } from '../../../machines/pathway-common';
import { basisStatement, consentStatusStatement } from '../../../machines/consent-rationale';
import { readIncludedParts, type IncludedPart, type InternalPart } from '../../storage/export-choices';
import { contactLabels } from '../../content/profile.content';
import { exportText } from '../../content/referral-export.content';

export interface LogEntry {
  question: string;
  answer: string;
  notes: string;
  at: string;
  who: string;
}

export interface ReferralExportInput {
  referral: Referral;
  reference: string;
  /** Who the form goes to, one entry each, for section A's "please email it to:" line. */
  recipients: readonly string[];
  /** The organisation profile's local contacts, printed as the last appendix when there are any. */
  localContacts?: { organisation: string; contacts: Contacts };
  consent: ConsentRecord;
  /** The consent decision's own log. */
  consentLog: readonly LogEntry[];
  /** The concern pathway's decision log, when the referral started from a record of concern. */
  concernLog: readonly PathwayLogEntry[];
  generatedAt: Date;
  descriptor?: string;
  training?: boolean;
  /** Parts of the internal record the lead chose to include in the referral, each with the reason. None by default. */
  includedParts?: readonly IncludedPart[];
}

const pad = (n: number) => String(n).padStart(2, '0');
/** DD/MM/YYYY HH:MM in the user's time zone, as every export prints dates. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const yesNo = (value: 'yes' | 'no') => (value === 'yes' ? 'Yes' : 'No');

const VERIFY = /\s*\[verify with IG\]/g;

/** The IG or Caldicott consultation is on the record: who, not just "yes" (§A.1 item 7). */
const igNamed = (record: ConsentRecord) => record.caldicottOrIgConsulted === 'yes' && record.caldicottOrIgName.trim() !== '';

/** Record text for a reader: sources in words, and "[verify with IG]" said in words, or gone once IG is named on the record. */
function recordText(text: string, record: ConsentRecord): string {
  const words = citeSourcesInText(text);
  return igNamed(record) ? words.replace(VERIFY, '') : words.replace(VERIFY, ` ${exportText.internal.toConfirm}`);
}

/** The items that belong to the capacity or competence assessment, not the consent record. */
const capacityItemKeys = [
  'competence',
  'capacityDoubt',
  'capacityAssessor',
  'capacityAssessedOn',
  'capacityOutcome',
  'capacitySupport',
  'bestInterestsConsulted',
  'bestInterestsReasoning',
] as const;
const capacityItemLabels: ReadonlySet<string> = new Set(capacityItemKeys.map((key) => consentItemLabels[key]));

const itemRows = (record: ConsentRecord, keep: (label: string) => boolean): DocRow[] =>
  Object.entries(record.items)
    .filter(([label]) => keep(label))
    .map(([label, value]) => ({ label, value: recordText(value ?? '', record), field: `consent.items.${label}` }));

const situationOf = (row: ConsentRecord['row']) => decisionTable[row].situation;

/** The consent and lawful-basis record as labelled rows: the situation in words, never a row number. */
export function consentSection(record: ConsentRecord): DocSection {
  const text = exportText.consent;
  const internal = exportText.internal;
  const row = (label: string, value: string, field: string): DocRow => ({ label, value, field: `consent.${field}` });
  const steps = record.rowsFollowed.map(situationOf);
  return {
    heading: text.heading,
    intro: [igNamed(record) ? text.intro : text.introToConfirm],
    rows: [
      row(text.situation, situationOf(record.row), 'row'),
      ...(steps.length > 1 ? [row(text.rowsFollowed, steps.join(text.rowsFollowedJoin), 'rowsFollowed')] : []),
      row(text.route, recordText(record.route, record), 'route'),
      row(text.consentStatus, text.statuses[record.consentStatus], 'consentStatus'),
      row(internal.consentStatement, consentStatusStatement(record), 'consentStatement'),
      row(text.basis, recordText(record.basis, record), 'basis'),
      ...extraBasisRows(record),
      row(internal.basisStatement, basisStatement(record).join(' '), 'basisStatement'),
      row(text.gateways, record.legalGateways.map((gateway) => recordText(gateway, record)).join('\n'), 'legalGateways'),
      row(text.informed, yesNo(record.informed), 'informed'),
      row(text.informedNotes, record.informedNotes, 'informedNotes'),
      ...itemRows(record, (label) => !capacityItemLabels.has(label)),
      row(text.justification, record.justification, 'justification'),
      row(text.minimumData, record.minimumData, 'minimumData'),
      row(text.decisionMaker, [record.decisionMaker.name, record.decisionMaker.role].filter(Boolean).join(', '), 'decisionMaker'),
      row(text.decidedAt, formatDateTime(record.decidedAt), 'decidedAt'),
      row(text.recipients, record.recipients, 'recipients'),
      row(text.rationale, recordText(record.rationale, record), 'rationale'),
      row(text.wordingNote, recordText(record.rationaleWordingApproved, record), 'rationaleWordingApproved'),
    ],
  };
}

/** For "Check your answers": the consent status, the chosen basis, whether the person was told, and the statement the referral prints. */
export function consentSummaryRows(record: ConsentRecord): DocRow[] {
  const text = exportText.consent;
  const internal = exportText.internal;
  return [
    { label: internal.consentStatement, value: consentStatusStatement(record), field: 'consent.consentStatement' },
    { label: text.basis, value: recordText(record.basis, record), field: 'consent.basis' },
    ...extraBasisRows(record),
    { label: text.informed, value: yesNo(record.informed), field: 'consent.informed' },
    { label: internal.basisStatement, value: basisStatement(record).join(' '), field: 'consent.basisStatement' },
  ];
}

/**
 * The §A.1 parts of the record, in words, where the route asked them: family implicated, significant
 * harm and the children's social care referral, possible coercion, care and support needs, and the
 * Article 9 and Article 10 conditions with the appropriate policy document. Unasked parts (null) are left out.
 */
function extraBasisRows(record: ConsentRecord): DocRow[] {
  const labels = exportText.consent.extraBasis;
  const answer = (value: 'yes' | 'no' | null | undefined) => (value ? yesNo(value) : '');
  const condition = (id: ScheduleOneCondition | null | undefined) => (id ? scheduleOneConditions[id].legal : '');
  const values: Record<keyof typeof labels, string> = {
    familyImplicated: answer(record.familyImplicated),
    significantHarm: answer(record.significantHarm),
    socialCareReferral: record.socialCareReferral ? exportText.consent.socialCare[record.socialCareReferral] : '',
    coercionConcern: answer(record.coercionConcern),
    careAndSupportNeeds: answer(record.careAndSupportNeeds),
    article9Condition: record.article9Condition ? exportText.consent.article9(condition(record.article9Condition)) : '',
    offenceData: answer(record.offenceData),
    article10Condition: record.article10Condition ? exportText.consent.article10(condition(record.article10Condition)) : '',
    appropriatePolicyDocument: answer(record.appropriatePolicyDocument),
  };
  return (Object.keys(labels) as (keyof typeof labels)[]).flatMap((key) =>
    values[key] ? [{ label: labels[key], value: values[key], field: `consent.${key}` }] : [],
  );
}

/** The records search (Prevent duty core standards for healthcare: check for existing records). */
export function recordsSearchSection(record: ConsentRecord): DocSection {
  const text = exportText.internal;
  return {
    heading: exportText.parts.recordsSearch,
    rows: [
      { label: text.knownToService, value: yesNo(record.recordsSearch.knownToService), field: 'consent.recordsSearch.knownToService' },
      { label: text.searchMade, value: record.recordsSearch.searchMade, field: 'consent.recordsSearch.searchMade' },
    ],
  };
}

/** The capacity or competence assessment: the notes and every capacity, competence or best-interests item recorded. */
export function capacitySection(record: ConsentRecord): DocSection {
  return {
    heading: exportText.parts.capacity,
    rows: [
      { label: exportText.consent.capacity, value: record.capacityOrCompetenceNotes, field: 'consent.capacityOrCompetenceNotes' },
      ...itemRows(record, (label) => capacityItemLabels.has(label)),
    ],
  };
}

/** Whether the Caldicott Guardian or IG lead was consulted, who, and their advice. */
export function igAdviceSection(record: ConsentRecord): DocSection {
  const text = exportText.internal;
  const consulted = record.caldicottOrIgConsulted === 'yes';
  return {
    heading: exportText.parts.igAdvice,
    rows: [
      { label: text.igConsulted, value: yesNo(record.caldicottOrIgConsulted), field: 'consent.caldicottOrIgConsulted' },
      ...(consulted
        ? [
            { label: text.igWho, value: record.caldicottOrIgName, field: 'consent.caldicottOrIgName' },
            { label: text.igAdvice, value: record.caldicottOrIgAdvice, field: 'consent.caldicottOrIgAdvice' },
          ]
        : []),
    ],
  };
}

function logTable(heading: string, entries: readonly LogEntry[]): DocTable {
  const columns = exportText.logColumns;
  return {
    heading,
    columns: [columns.when, columns.question, columns.answer, columns.notes, columns.who],
    rows: entries.map((entry) => [formatDateTime(entry.at), entry.question, entry.answer, entry.notes || NOT_GIVEN, entry.who]),
  };
}

const isTable = (part: DocSection | DocTable): part is DocTable => 'columns' in part;

/** The profile's local contacts as rows: the role (or the contact's usual name) and how to reach them. */
export function localContactsSection(organisation: string, contacts: Contacts): DocSection | null {
  const text = exportText.localContacts;
  const rows = (Object.keys(contactLabels) as (keyof Contacts)[]).flatMap((key): DocRow[] => {
    const contact = contacts[key];
    if (!contact) return [];
    const phone = contact.phone && (contact.extension ? `${contact.phone}, ${text.extension(contact.extension)}` : contact.phone);
    const value = [contact.name, phone, contact.email, contact.url, contact.hours].filter(Boolean).join('\n');
    return [{ label: contact.role ?? contactLabels[key], value, field: `profile.contacts.${key}` }];
  });
  return rows.length > 0 ? { heading: text.heading(organisation), intro: [text.intro], rows } : null;
}

export const concernLogEntries = (log: readonly PathwayLogEntry[]): LogEntry[] =>
  log.map((entry) => ({
    question: entry.question,
    answer: entry.answer,
    notes: entry.notes,
    at: entry.at,
    who: entry.role ? roleLabels[entry.role] : entry.actor,
  }));

const markingOf = (input: ReferralExportInput) => ({
  marking: 'OFFICIAL-SENSITIVE' as const,
  ...(input.descriptor ? { descriptor: input.descriptor } : {}),
  reference: input.reference,
  generatedAt: input.generatedAt.toISOString(),
  formVersion: input.referral.formVersion,
  ...(input.training ? { training: true } : {}),
});

const personFields = ['forename', 'surname', 'roleAndOrganisation', 'relationship', 'phone', 'email'] as const;
/** Section F's name and contact details: what "Do they wish to remain anonymous? Yes" keeps out of the referral. */
const identifyingFields: ReadonlySet<string> = new Set([
  'firstIdentified.forename',
  'firstIdentified.surname',
  'firstIdentified.phone',
  'firstIdentified.email',
]);

/**
 * Sections B to K as the referral prints them: section F's name and contact details withheld when the
 * person asked to stay anonymous; G and H, when they are the same person as the section before, say
 * so in one row instead of six empty ones (and never print details left behind on a hidden field).
 */
export function referralFormSections(referral: Referral): DocSection[] {
  const text = exportText.referral;
  const anonymous = referral.firstIdentified.wishesAnonymous === 'yes';
  const sameAs = (section: DocSection, id: 'referrer' | 'preventContact', letter: string): DocSection => {
    const personRows = new Set(personFields.map((name) => `${id}.${name}`));
    const rows = section.rows.filter((row) => !personRows.has(row.field ?? ''));
    return { ...section, rows: [...rows, { label: text.sameAsLabel[id], value: text.sameAs(letter), field: `${id}.sameAs` }] };
  };
  return referralToSections(referral).map((section, index) => {
    const id = referralSections[index]!.id;
    if (id === 'firstIdentified' && anonymous) {
      let first = true;
      return {
        ...section,
        rows: section.rows.map((row) => {
          if (!identifyingFields.has(row.field ?? '')) return row;
          const value = first ? text.withheld : text.withheldShort;
          first = false;
          return { ...row, value };
        }),
      };
    }
    if (id === 'referrer' && referral.referrer.sameAsFirst === 'yes') return sameAs(section, id, 'F');
    if (id === 'preventContact' && referral.preventContact.sameAsReferrer === 'yes') return sameAs(section, id, 'G');
    return section;
  });
}

/** One named part of the internal record as a document part, or null when there is nothing of it (no pathway log). */
export function internalPart(part: InternalPart, input: ReferralExportInput): DocSection | DocTable | null {
  switch (part) {
    case 'capacity':
      return capacitySection(input.consent);
    case 'recordsSearch':
      return recordsSearchSection(input.consent);
    case 'igAdvice':
      return igAdviceSection(input.consent);
    case 'consentLog':
      return logTable(exportText.parts.consentLog, input.consentLog);
    case 'pathwayLog':
      return input.concernLog.length > 0 ? logTable(exportText.parts.pathwayLog, concernLogEntries(input.concernLog)) : null;
  }
}

/** Log text for a reader: the sources in words. */
const readableLog = (table: DocTable): DocTable => ({ ...table, rows: table.rows.map((cells) => cells.map(citeSourcesInText)) });

/**
 * The referral, for the police and the local authority (legal-and-security §A.1 item 9): section A
 * with the recipients, the national form B to K, the closing text, then the consent status in plain
 * words and the basis statement for sharing. Nothing from the internal record, unless the lead chose
 * a named part and recorded why: each such part follows as an annex headed with the reason.
 * A pure function of its input.
 */
export function buildReferralDocument(input: ReferralExportInput): ReferralDocument {
  const annexes = readIncludedParts(input.includedParts ?? []).flatMap(({ part, reason }): (DocSection | DocTable)[] => {
    const content = internalPart(part, input);
    if (!content) return [];
    const intro = [exportText.referral.includedBecause(reason)];
    return [isTable(content) ? { ...readableLog(content), intro } : { ...content, intro: [...intro, ...(content.intro ?? [])] }];
  });
  const basis = basisStatement(input.consent);
  return {
    kind: 'referral',
    title: REFERRAL_FORM_TITLE,
    ...markingOf(input),
    sections: [
      referralProcessSection(input.recipients.join('; ')),
      ...referralFormSections(input.referral),
      { heading: exportText.closingHeading, intro: CLOSING_TEXT, rows: [] },
      { heading: exportText.referral.consentHeading, intro: [consentStatusStatement(input.consent), ...(basis.length > 0 ? [basis.join(' ')] : [])], rows: [] },
    ],
    appendices: annexes,
    ...(annexes.length > 0 ? { appendixName: exportText.referral.annexName } : {}),
  };
}

/**
 * The internal decision record, for the organisation's safeguarding record or the patient record,
 * never sent: the consent and lawful-basis record, the records search, the capacity or competence
 * assessment, the IG or Caldicott advice, what section F's anonymity kept out of the referral,
 * then the consent decision log, the pathway decision log and the local contacts. A pure function
 * of the same input as the referral.
 */
export function buildInternalRecordDocument(input: ReferralExportInput): ReferralDocument {
  const text = exportText.internal;
  const included = readIncludedParts(input.includedParts ?? []);
  const about: DocSection = {
    heading: text.aboutHeading,
    intro: text.about(input.reference),
    rows: [
      {
        label: text.includedLabel,
        value: included.length > 0 ? included.map(({ part, reason }) => text.includedItem(exportText.parts[part], reason)).join('\n') : text.includedNone,
        field: 'export.includedParts',
      },
    ],
  };
  const withheld: DocSection[] =
    input.referral.firstIdentified.wishesAnonymous === 'yes'
      ? [{ heading: text.withheldHeading, rows: sectionRows('firstIdentified', input.referral.firstIdentified) }]
      : [];
  const appendices: (DocSection | DocTable)[] = [readableLog(logTable(exportText.parts.consentLog, input.consentLog))];
  if (input.concernLog.length > 0) appendices.push(readableLog(logTable(exportText.parts.pathwayLog, concernLogEntries(input.concernLog))));
  const local = input.localContacts && localContactsSection(input.localContacts.organisation, input.localContacts.contacts);
  if (local) appendices.push(local);
  return {
    kind: 'internal-record',
    title: text.title,
    ...markingOf(input),
    sections: [
      about,
      consentSection(input.consent),
      recordsSearchSection(input.consent),
      capacitySection(input.consent),
      igAdviceSection(input.consent),
      ...withheld,
    ],
    appendices,
    appendicesRunOn: true,
  };
}
