import { NOT_GIVEN, type DocRow, type DocSection, type DocTable, type ReferralDocument } from '../../../forms/document';
import { decisionTable, type ConsentRecord } from '../../../forms/consent-record.schema';
import { CLOSING_TEXT, REFERRAL_FORM_TITLE, referralProcessSection, referralToSections } from '../../../forms/referral-document';
import type { Contacts } from '../../../forms/organisation-profile.schema';
import type { Referral } from '../../../forms/referral-form.schema';
import { roleLabels, type DecisionLogEntry } from '../../../machines/concern.machine';
import { contactLabels } from '../../content/profile.content';
import { exportText } from '../../content/referral.content';

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
  concernLog: readonly DecisionLogEntry[];
  generatedAt: Date;
  descriptor?: string;
  training?: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** DD/MM/YYYY HH:MM in the user's time zone, as every export prints dates. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const yesNo = (value: 'yes' | 'no') => (value === 'yes' ? 'Yes' : 'No');

/** The consent and lawful-basis record as labelled rows (Appendix A). */
export function consentSection(record: ConsentRecord): DocSection {
  const text = exportText.consent;
  // The record keeps its items under their printed labels (consentItemLabels).
  const items: DocRow[] = Object.entries(record.items).map(([label, value]) => ({ label, value: value ?? '', field: `consent.items.${label}` }));
  const row = (label: string, value: string, field: string): DocRow => ({ label, value, field: `consent.${field}` });
  return {
    heading: text.heading,
    intro: [text.intro],
    rows: [
      row(text.situation, `${text.rowLabel(record.row)}: ${decisionTable[record.row].situation}`, 'row'),
      row(text.rowsFollowed, record.rowsFollowed.join(', '), 'rowsFollowed'),
      row(text.route, record.route, 'route'),
      row(text.consentStatus, text.statuses[record.consentStatus], 'consentStatus'),
      row(text.basis, record.basis, 'basis'),
      row(text.gateways, record.legalGateways.join('\n'), 'legalGateways'),
      row(text.informed, yesNo(record.informed), 'informed'),
      row(text.informedNotes, record.informedNotes, 'informedNotes'),
      ...items,
      row(text.recordsSearch, `${yesNo(record.recordsSearch.knownToService)}. ${record.recordsSearch.searchMade}`, 'recordsSearch'),
      row(text.capacity, record.capacityOrCompetenceNotes, 'capacityOrCompetenceNotes'),
      row(text.justification, record.justification, 'justification'),
      row(text.minimumData, record.minimumData, 'minimumData'),
      row(text.caldicott, `${yesNo(record.caldicottOrIgConsulted)}${record.caldicottOrIgName ? `: ${record.caldicottOrIgName}` : ''}`, 'caldicottOrIgName'),
      row(text.caldicottAdvice, record.caldicottOrIgAdvice, 'caldicottOrIgAdvice'),
      row(text.decisionMaker, [record.decisionMaker.name, record.decisionMaker.role].filter(Boolean).join(', '), 'decisionMaker'),
      row(text.decidedAt, formatDateTime(record.decidedAt), 'decidedAt'),
      row(text.recipients, record.recipients, 'recipients'),
      row(text.rationale, record.rationale, 'rationale'),
      row(text.wordingNote, record.rationaleWordingApproved, 'rationaleWordingApproved'),
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

export const concernLogEntries = (log: readonly DecisionLogEntry[]): LogEntry[] =>
  log.map((entry) => ({ question: entry.question, answer: entry.answer, notes: entry.notes, at: entry.at, who: entry.role ? roleLabels[entry.role] : entry.actor }));

/**
 * The whole referral as one document for the PDF and the accessible HTML view: section A with the
 * recipients, B to K, the closing text, then the appendices (consent record, its decision log, the
 * pathway's decision log when there is one, and the organisation's local contacts when it has any). A pure function of its input.
 */
export function buildReferralDocument(input: ReferralExportInput): ReferralDocument {
  const appendices: (DocSection | DocTable)[] = [consentSection(input.consent), logTable(exportText.consentLogHeading, input.consentLog)];
  if (input.concernLog.length > 0) appendices.push(logTable(exportText.concernLogHeading, concernLogEntries(input.concernLog)));
  const local = input.localContacts && localContactsSection(input.localContacts.organisation, input.localContacts.contacts);
  if (local) appendices.push(local);
  return {
    title: REFERRAL_FORM_TITLE,
    marking: 'OFFICIAL-SENSITIVE',
    ...(input.descriptor ? { descriptor: input.descriptor } : {}),
    reference: input.reference,
    generatedAt: input.generatedAt.toISOString(),
    formVersion: input.referral.formVersion,
    sections: [
      referralProcessSection(input.recipients.join('; ')),
      ...referralToSections(input.referral),
      { heading: exportText.closingHeading, intro: CLOSING_TEXT, rows: [] },
    ],
    appendices,
    ...(input.training ? { training: true } : {}),
  };
}
