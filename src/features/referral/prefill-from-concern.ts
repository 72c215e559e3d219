import { fromIsoDate, todayIso } from '../../../forms/date-input.schema';
import type { ReferralDraft } from '../../../forms/referral-form.schema';
import type { ConcernSummary } from '../../../forms/concern-summary.schema';
import { msePrefillText } from '../../content/mse-prefill.content';
import { prefillText } from '../../content/referral.content';

const isBlank = (text: string | undefined) => !text || text.trim() === '';

/** "Sam Taylor" → forename "Sam", surname "Taylor"; a single word is a forename. */
function splitName(name: string): { forename: string; surname: string } {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return { forename: parts[0] ?? '', surname: '' };
  return { forename: parts.slice(0, -1).join(' '), surname: parts.at(-1)! };
}

/**
 * Don't ask twice (WCAG 3.3.7): what the record of concern already knows goes into the referral —
 * the concern, the date it came to light, who first identified it, the Prevent Lead's advice (MSE),
 * and today as the date of the referral.
 * Only empty fields are filled: nothing the lead has typed is overwritten.
 */
export function prefillFromConcern(
  draft: ReferralDraft,
  concern: Pick<ConcernSummary, 'record' | 'preventLeadAdvice'>,
  today: string = todayIso(),
): ReferralDraft {
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

  // J2 asks about a discussion with the organisation's safeguarding or Prevent lead. A frontline
  // worker's talk with their manager is not that: it stays in the pathway's decision log (the
  // internal record). Only the MSE pathway's recorded advice from the Prevent Lead (box 3) answers J2.
  const discussed = sections.safeguarding.discussedWithLead;
  const advice = concern.preventLeadAdvice?.referralAdvised ? concern.preventLeadAdvice : null;
  if (advice && discussed.answer === '' && isBlank(discussed.details)) {
    discussed.answer = 'yes';
    discussed.details = msePrefillText.liaised(advice.notes);
  }
  return { ...draft, sections: withReferralDateToday(sections, today) };
}

/**
 * I2 "Date referral made to Prevent" is usually today: filled with today's date when it is empty,
 * never over a date the lead has typed (not even part of one).
 */
export function withReferralDateToday<S extends Pick<ReferralDraft['sections'], 'dates'>>(sections: S, today: string = todayIso()): S {
  const date = sections.dates.referralDate;
  if (!isBlank(date.day) || !isBlank(date.month) || !isBlank(date.year)) return sections;
  return { ...sections, dates: { ...sections.dates, referralDate: fromIsoDate(today) } };
}
