import { formatUkDate } from '../../../forms/date-input.schema';
import type { ConcernRecord, EmergencyRecord, LeadInformed, PoliceCalled } from '../../../forms/pathway-answers.schema';
import { recordNoteText } from '../../content/concern.content';

/**
 * The note for the patient's record (or the colleague's HR file) at an outcome: short and factual,
 * built from what the journey recorded, never from a default (004 ¶53, ¶62; 003 record keeping).
 * A line whose fact the record does not hold is left out. Opinion is not copied into it.
 */

export interface NoteSource {
  subject: 'patient' | 'colleague' | null;
  record: ConcernRecord | null;
  emergency: { police: PoliceCalled | null; lead: LeadInformed | null; record: EmergencyRecord | null };
  leadInformed?: LeadInformed | null;
  portal?: { reference: string } | null;
  log: readonly { step: string; answer: string; at: string }[];
}

export interface NoteOutcome {
  /** The outcome page's heading: the decision. */
  title: string;
  /** What happens next, who does it. */
  next: readonly { who: string; what: string }[];
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "06/12/2026 02:40", in the browser's time zone. */
export function noteTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const clean = (value: string | undefined | null) => (value ?? '').trim();

/** The note, one fact per line. `at` is when it was made (the last answer, by default). */
export function recordNote(source: NoteSource, outcome: NoteOutcome, at: string = source.log.at(-1)?.at ?? new Date().toISOString()): string {
  const t = recordNoteText.lines;
  const record = source.record;
  const urgent = source.log.findLast((entry) => entry.step === 'urgentContact');
  const lead = source.leadInformed?.informed === 'yes' ? source.leadInformed : source.emergency.lead?.informed === 'yes' ? source.emergency.lead : null;
  const references = [clean(source.emergency.police?.reference), clean(source.portal?.reference)].filter(Boolean);
  const lines = [
    t.heading(noteTime(at)),
    record && t.noticed(clean(record.whatHappened), formatUkDate(record.whenNoticed)),
    record && clean(record.exactWords) && t.words(clean(record.exactWords)),
    source.emergency.record && t.emergency(clean(source.emergency.record.whatHappened)),
    record && clean(record.discussedWith) && t.discussedWith(clean(record.discussedWith)),
    source.emergency.police && t.police(clean(source.emergency.police.calledAt)),
    lead && t.leadTold(clean(lead.leadName)),
    urgent && t.urgent(urgent.answer),
    t.decision(outcome.title),
    ...outcome.next.slice(0, 1).map((item) => t.next(item.who, item.what)),
    references.length > 0 && t.reference(references.join('; ')),
    record &&
      (clean(record.reporterName) || clean(record.reporterRole)) &&
      t.by([clean(record.reporterName), clean(record.reporterRole)].filter(Boolean).join(', ')),
  ];
  return lines.filter((line): line is string => typeof line === 'string' && line.length > 0).join('\n');
}
