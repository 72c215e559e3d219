import type { FieldsFor, FieldMeta } from '../../../forms/field-meta';
import { citeSource } from '../../../forms/source-citation';
import type { ChecklistGroup } from '../../../forms/indicators';
import type { ConcernRecordInput, Discussion, EmergencyRecord, LeadInformed, PoliceCalled, UrgentContact } from '../../../forms/pathway-answers.schema';
import { fieldText } from '../../content/concern.content';

/**
 * The pathway pages' fields, as data in the field registry (forms/field-meta.ts), their names
 * checked against each page's schema. The pages draw them with the shared `FieldList`.
 */

const record = fieldText.record;

/** The record of concern, before the optional checklists… */
export const recordFields = [
  { kind: 'longtext', name: 'whatHappened', label: record.whatHappened.label, hint: record.whatHappened.hint, rows: 8 },
  { kind: 'date', name: 'whenNoticed', label: record.whenNoticed.legend, hint: record.whenNoticed.hint },
  { kind: 'longtext', name: 'exactWords', label: record.exactWords.label, hint: record.exactWords.hint, optional: true, rows: 3 },
  { kind: 'longtext', name: 'opinion', label: record.opinion.label, hint: record.opinion.hint, optional: true, rows: 3 },
] as const satisfies FieldsFor<ConcernRecordInput>;

/** …and after them: who it was discussed with, and who is writing. */
export const recordByFields = [
  { kind: 'text', name: 'discussedWith', label: record.discussedWith.label, hint: record.discussedWith.hint },
  { kind: 'text', name: 'reporterName', label: record.reporterName.label, optional: true, autoComplete: 'name', width: 'half' },
  { kind: 'text', name: 'reporterRole', label: record.reporterRole.label, optional: true, autoComplete: 'organization-title', width: 'half' },
] as const satisfies FieldsFor<ConcernRecordInput>;

/** One group of a checklist. Groups after the first that share a field name get ids of their own. */
export function checklistField(group: ChecklistGroup, name: 'indicators' | 'vulnerabilities', first = true): FieldMeta<'indicators' | 'vulnerabilities'> {
  const source = citeSource(group.source);
  return {
    kind: 'checkboxes',
    name,
    idBase: first ? undefined : `${name}-${group.id}`,
    label: group.title,
    hint: source ? `${group.intro} (${source})` : group.intro,
    optional: true,
    options: group.items.map((item) => ({ value: item.id, label: item.text })),
  };
}

const police = fieldText.policeCalled;
export const policeCalledFields = [
  { kind: 'text', name: 'calledAt', label: police.calledAt.label, hint: police.calledAt.hint, optional: true, width: 'quarter' },
  { kind: 'text', name: 'reference', label: police.reference.label, hint: police.reference.hint, optional: true, width: 'half' },
  { kind: 'longtext', name: 'notes', label: police.notes.label, hint: police.notes.hint, optional: true, rows: 3 },
] as const satisfies FieldsFor<PoliceCalled>;

const lead = fieldText.leadInformed;
export const leadInformedFields = [
  {
    kind: 'choice',
    name: 'informed',
    label: lead.informed.legend,
    options: [
      { value: 'yes', label: lead.informed.yes },
      { value: 'not-yet', label: lead.informed.notYet, hint: lead.informed.notYetHint },
    ],
  },
  { kind: 'text', name: 'leadName', label: lead.leadName.label, optional: true, width: 'half' },
  { kind: 'longtext', name: 'notes', label: lead.notes.label, hint: lead.notes.hint, optional: true, rows: 3 },
] as const satisfies FieldsFor<LeadInformed>;

const emergency = fieldText.emergencyRecord;
export const emergencyRecordFields = [
  { kind: 'longtext', name: 'whatHappened', label: emergency.whatHappened.label, hint: emergency.whatHappened.hint, rows: 8 },
  { kind: 'longtext', name: 'exactWords', label: emergency.exactWords.label, hint: emergency.exactWords.hint, optional: true, rows: 3 },
] as const satisfies FieldsFor<EmergencyRecord>;

const discussion = fieldText.discussion;
export const discussionFields = [
  { kind: 'text', name: 'participants', label: discussion.participants.label, hint: discussion.participants.hint },
  { kind: 'longtext', name: 'notes', label: discussion.notes.label, hint: discussion.notes.hint, optional: true, rows: 4 },
] as const satisfies FieldsFor<Discussion>;

const urgent = fieldText.urgentContact;
/** Who was called out of hours and when (004 ¶63–65): the record says who and when. */
export const urgentContactFields = [
  {
    kind: 'checkboxes',
    name: 'contacted',
    label: urgent.contacted.legend,
    hint: urgent.contacted.hint,
    options: (['outOfHours', 'policeNonEmergency', 'antiTerroristHotline'] as const).map((value) => ({ value, label: urgent.contacted[value] })),
  },
  { kind: 'text', name: 'contactedAt', label: urgent.contactedAt.label, hint: urgent.contactedAt.hint, width: 'quarter' },
  { kind: 'text', name: 'spokeTo', label: urgent.spokeTo.label, hint: urgent.spokeTo.hint, optional: true, width: 'half' },
  { kind: 'text', name: 'reference', label: urgent.reference.label, hint: urgent.reference.hint, optional: true, width: 'half' },
  { kind: 'longtext', name: 'notes', label: urgent.notes.label, hint: urgent.notes.hint, optional: true, rows: 4 },
] as const satisfies FieldsFor<UrgentContact>;
