import { fromIsoDate, formatUkDate } from '../../../forms/date-input.schema';
import type { ReferralDraft } from '../../../forms/referral-form.schema';
import type { ConcernContext, DecisionLogEntry } from '../../../machines/concern.machine';
import type { MseContext } from '../../../machines/mse.machine';
import { msePrefillText } from '../../content/mse.content';
import { prefillText } from '../../content/referral.content';

/** What the referral reads of either pathway's context (the BSW chart's or the MSE chart's): the record and the log. */
export interface ConcernForReferral extends Pick<ConcernContext, 'record'> {
  log: readonly (Omit<DecisionLogEntry, 'step'> & { step: string })[];
  /** MSE only: the Prevent Lead's advice after liaison (box 3). */
  advice?: MseContext['advice'];
}

const isBlank = (text: string | undefined) => !text || text.trim() === '';

/** "Sam Taylor" → forename "Sam", surname "Taylor"; a single word is a forename. */
function splitName(name: string): { forename: string; surname: string } {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return { forename: parts[0] ?? '', surname: '' };
  return { forename: parts.slice(0, -1).join(' '), surname: parts.at(-1)! };
}

/**
 * Don't ask twice (WCAG 3.3.7): what the record of concern already knows goes into the referral —
 * the concern, the date it came to light, who first identified it, and what was discussed with whom.
 * Only empty fields are filled: nothing the lead has typed is overwritten.
 */
export function prefillFromConcern(draft: ReferralDraft, concern: ConcernForReferral): ReferralDraft {
  const record = concern.record;
  if (!record) return draft;
  const sections = structuredClone(draft.sections);

  if (isBlank(sections.concerns.description)) {
    sections.concerns.description = [
      record.whatHappened,
      !isBlank(record.exactWords) && prefillText.exactWords(record.exactWords),
      !isBlank(record.opinion) && prefillText.opinion(record.opinion),
    ]
      .filter(Boolean)
      .join('\n\n');
  }

  const cameToLight = sections.dates.concernCameToLight;
  if (isBlank(cameToLight.day) && isBlank(cameToLight.month) && isBlank(cameToLight.year)) {
    sections.dates.concernCameToLight = fromIsoDate(record.whenNoticed);
  }

  const first = sections.firstIdentified;
  if (isBlank(first.forename) && isBlank(first.surname) && !isBlank(record.reporterName)) {
    Object.assign(first, splitName(record.reporterName));
  }
  if (isBlank(first.roleAndOrganisation) && !isBlank(record.reporterRole)) first.roleAndOrganisation = record.reporterRole;

  const discussed = sections.safeguarding.discussedWithLead;
  if (discussed.answer === '' && isBlank(discussed.details)) {
    const escalation = concern.log.find((entry) => entry.step === 'patientEscalate' || entry.step === 'colleagueEscalate');
    // MSE: the Prevent Lead's advice to refer (box 3).
    const advice = concern.advice?.referralAdvised ? concern.advice : null;
    discussed.answer = 'yes';
    discussed.details = [
      prefillText.discussedWith(record.discussedWith, formatUkDate(record.whenNoticed)),
      escalation && prefillText.escalated(escalation.answer, escalation.notes),
      advice && msePrefillText.liaised(advice.notes),
    ]
      .filter(Boolean)
      .join(' ');
  }
  return { ...draft, sections };
}
