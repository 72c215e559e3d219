import { formatUkDate } from './date-input.schema';
import type { DocRow, DocSection } from './document';
import {
  getReferralSection,
  referralSections,
  type Referral,
  type ReferralFieldMeta,
  type ReferralSectionId,
  type SectionOutput,
} from './referral-form.schema';

/**
 * The referral as labelled rows, for the PDF and the HTML view (forms/document.ts). Labels come from
 * the field metadata in referral-form.schema.ts, so the page and the exports can never word a field
 * differently.
 */

export const REFERRAL_FORM_TITLE = 'National Prevent Referral Form';

/** The form's own placeholder, kept when no recipients are configured so the gap is visible. */
export const RECIPIENTS_PLACEHOLDER = '[Insert name of relevant LA MASH or police lead here]';

/** Section A, the REFERRAL PROCESS box (004 App 3; domain-spec §2.1), with the recipients filled in. */
export function referralProcessText(recipients: string): readonly string[] {
  const to = recipients.trim() || RECIPIENTS_PLACEHOLDER;
  return [
    'By sending this form you consent for it to arrive with both your dedicated Local Authority safeguarding team & Prevent policing team for a joint assessment. Wherever possible we aim to give you feedback on your referral, please be aware, however, that this is not always possible due to data-protection & other case sensitivities.',
    `Once you have completed this form, please email it to: ${to}`,
  ];
}

export const REFERRAL_PROCESS_HEADING = 'A. REFERRAL PROCESS';

/** Section A as a document section: text only, no rows. */
export const referralProcessSection = (recipients: string): DocSection => ({
  heading: REFERRAL_PROCESS_HEADING,
  intro: referralProcessText(recipients),
  rows: [],
});

/** The closing text after Section K (004 App 3; domain-spec §2.1), verbatim. */
export const CLOSING_TEXT: readonly string[] = [
  'Thank you for taking the time to make this referral. Information you provide is valuable and will always be assessed.',
  'If there is no Prevent concern but other safeguarding issues are present, this information will be sent to the relevant team or agency to provide the correct support for the individual(s) concerned.',
];

const yesNoWords: Record<string, string> = { yes: 'Yes', no: 'No' };

function valueAt(values: unknown, path: string): unknown {
  let value = values;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

const asText = (value: unknown) => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** "12 High Street, Swindon, SN1 1AA (current)": one address per line. */
function addressLine(row: unknown): string {
  const { address, postcode, current } = (row ?? {}) as { address?: unknown; postcode?: unknown; current?: unknown };
  const parts = asText(address)
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean);
  const code = asText(postcode);
  if (code && code !== 'Not known') parts.push(code);
  return parts.join(', ') + (current === true ? ' (current)' : '');
}

function listText(value: unknown, item: 'address' | 'phone' | 'email'): string {
  if (!Array.isArray(value)) return '';
  return (item === 'address' ? value.map(addressLine) : value.map(asText)).filter(Boolean).join('\n');
}

function rowsFor(field: ReferralFieldMeta, values: unknown, sectionId: string): DocRow[] {
  const row = (label: string, name: string, value: string): DocRow => ({ label, value, field: `${sectionId}.${name}` });
  const value = valueAt(values, field.name);
  switch (field.kind) {
    case 'static':
      return [];
    case 'text':
    case 'longtext':
      return [row(field.label, field.name, asText(value))];
    case 'date':
      return [row(field.label, field.name, formatUkDate(asText(value)))];
    case 'yesNo': {
      const answer = row(field.label, field.name, yesNoWords[asText(value)] ?? '');
      if (!field.describe) return [answer];
      return [answer, row(field.describe.label, field.describe.name, asText(valueAt(values, field.describe.name)))];
    }
    case 'choice':
      return [row(field.label, field.name, field.options.find((option) => option.value === value)?.label ?? '')];
    case 'repeat':
      return [row(field.label, field.name, listText(value, field.item))];
  }
}

/**
 * Sections B to K in order, headed as on the form ("B. INDIVIDUAL’S BIOGRAPHICAL & CONTACT
 * DETAILS"), one row per field: yes/no as "Yes"/"No", dates as DD/MM/YYYY, lists one item per line,
 * each follow-up question as its own row, and '' where nothing was given (printed "Not given").
 */
export function referralToSections(referral: Referral): DocSection[] {
  return referralSections.map((section) => ({
    heading: `${section.letter}. ${section.heading}`,
    rows: sectionRows(section.id, referral[section.id]),
  }));
}

/** One section's rows from its parsed values: for "Check your answers" as well as the exports. */
export function sectionRows<Id extends ReferralSectionId>(id: Id, values: SectionOutput<Id>): DocRow[] {
  return getReferralSection(id).fields.flatMap((field) => rowsFor(field, values, id));
}
