import { describe, expect, it } from 'vitest';
import { emptyReferralDraft } from '../../../forms/referral-form.schema';
import type { ConcernSummary } from '../../../forms/concern-summary.schema';
import { concernSummary, initialConcernContext, type ConcernContext } from '../../../machines/concern.machine';
import { initialMseContext, mseConcernSummary } from '../../../machines/mse.machine';
import { msePrefillText } from '../../content/mse.content';
import { prefillFromConcern, withReferralDateToday } from './prefill-from-concern';

function concernContext(): ConcernContext {
  return {
    ...initialConcernContext(),
    role: 'staff',
    subject: 'patient',
    record: {
      whatHappened: 'Showed another patient videos praising an attack.',
      whenNoticed: '2026-11-03',
      exactWords: '“They had it coming.”',
      opinion: 'Seemed distressed.',
      indicators: [],
      vulnerabilities: [],
      discussedWith: 'Sam Taylor, ward manager',
      reporterName: 'Jo Anne Smith',
      reporterRole: 'Staff nurse, Ward 4',
    },
    log: [
      {
        step: 'patientEscalate',
        question: 'Escalate?',
        answer: 'Yes',
        notes: 'Both worried',
        role: 'staff',
        actor: 'x',
        at: '2026-11-03T10:00:00Z',
        source: '004',
      },
    ],
  };
}

/** What the BSW pathway hands over: its summary of the context above. */
const concern = (): ConcernSummary => concernSummary(concernContext());

/** What the MSE pathway hands over, with the Prevent Lead's advice after liaison. */
const mseConcern = (advice: { referralAdvised: boolean; notes: string }): ConcernSummary =>
  mseConcernSummary({ ...initialMseContext(), record: concernContext().record, advice });

describe('prefilling the referral from the record of concern', () => {
  it('fills the concern, the date it came to light, who first identified it, and today as the date of the referral', () => {
    const draft = prefillFromConcern(emptyReferralDraft(), concern(), '2026-11-05');
    expect(draft.sections.concerns.description).toBe(
      'Showed another patient videos praising an attack.\n\nExact words used: “They had it coming.”\n\nOpinion of the person who noticed this (not a fact): Seemed distressed.',
    );
    expect(draft.sections.dates.concernCameToLight).toEqual({ day: '3', month: '11', year: '2026' });
    expect(draft.sections.firstIdentified).toMatchObject({ forename: 'Jo Anne', surname: 'Smith', roleAndOrganisation: 'Staff nurse, Ward 4' });
    expect(draft.sections.dates.referralDate).toEqual({ day: '5', month: '11', year: '2026' });
  });

  it('does not answer J2 (discussed with the safeguarding or Prevent lead) from a discussion with a ward manager', () => {
    const draft = prefillFromConcern(emptyReferralDraft(), concern());
    expect(draft.sections.safeguarding.discussedWithLead).toEqual({ answer: '', details: '' });
    expect(JSON.stringify(draft.sections)).not.toContain('Sam Taylor');
  });

  it('never overwrites what the lead has typed', () => {
    const typed = emptyReferralDraft();
    typed.sections.concerns.description = 'Typed by the lead';
    typed.sections.firstIdentified.surname = 'Patel';
    typed.sections.dates.concernCameToLight = { day: '1', month: '', year: '' };
    typed.sections.dates.referralDate = { day: '', month: '', year: '2025' };
    const draft = prefillFromConcern(typed, concern(), '2026-11-05');
    expect(draft.sections.concerns.description).toBe('Typed by the lead');
    expect(draft.sections.dates.referralDate).toEqual({ day: '', month: '', year: '2025' });
    expect(draft.sections.firstIdentified.forename).toBe('');
    expect(draft.sections.dates.concernCameToLight).toEqual({ day: '1', month: '', year: '' });
    expect(typed.sections.safeguarding.discussedWithLead.answer).toBe(''); // the input is not mutated
  });

  it('changes nothing when the concern has no record', () => {
    const empty = emptyReferralDraft();
    expect(prefillFromConcern(empty, { ...concern(), record: null })).toBe(empty);
  });
});

describe('prefilling the referral from an MSE record of concern', () => {
  it('fills the same fields, and says the Prevent Lead advised the referral (box 3)', () => {
    const mse = mseConcern({ referralAdvised: true, notes: 'Spoke to the ICB Prevent Lead on 4 November' });
    const draft = prefillFromConcern(emptyReferralDraft(), mse);
    expect(draft.sections.concerns.description).toMatch(/^Showed another patient videos praising an attack\./);
    expect(draft.sections.safeguarding.discussedWithLead.answer).toBe('yes');
    expect(draft.sections.safeguarding.discussedWithLead.details).toBe(msePrefillText.liaised('Spoke to the ICB Prevent Lead on 4 November'));
    expect(draft.sections.safeguarding.discussedWithLead.details).not.toContain('ward manager');
  });

  it('says nothing about the Prevent Lead’s advice when it was not to refer', () => {
    const mse = mseConcern({ referralAdvised: false, notes: 'Not Prevent' });
    expect(prefillFromConcern(emptyReferralDraft(), mse).sections.safeguarding.discussedWithLead).toEqual({ answer: '', details: '' });
  });
});

describe('I2, the date the referral was made', () => {
  it('defaults to today when empty, and keeps any date the lead has typed', () => {
    const empty = emptyReferralDraft().sections;
    expect(withReferralDateToday(empty, '2026-11-23').dates.referralDate).toEqual({ day: '23', month: '11', year: '2026' });
    const typed = { ...empty, dates: { ...empty.dates, referralDate: { day: '1', month: '11', year: '2026' } } };
    expect(withReferralDateToday(typed, '2026-11-23')).toBe(typed);
  });
});
