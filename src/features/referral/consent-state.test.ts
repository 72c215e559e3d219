import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { detailsDefaults, consentMachine, type ConsentEvent, type ConsentSnapshot } from '../../../machines/consent.machine';
import {
  advanceConsent,
  consentDecisionLog,
  consentEntryFor,
  consentInputFrom,
  consentIsStale,
  consentRecordFrom,
  consentStepForSlug,
  consentUrl,
  initialConsentEntry,
  readConsentState,
  restoreConsentSnapshot,
  type ConsentState,
} from './consent-state';
import { newReferralState } from '../../storage/referral-storage';
import { concernSummary, initialConcernContext } from '../../../machines/concern.machine';

/** What the BSW pathway hands over for a concern about a colleague. */
const colleagueConcern = concernSummary({ ...initialConcernContext(), subject: 'colleague' });

const at = { prompt: 'Question as shown', at: '2025-03-01T10:00:00.000Z' };

/** An adult who consents, answer by answer, as the pages send them. */
const adultConsents: ConsentEvent[] = [
  { type: 'ANSWER_NO', ...at },
  { type: 'RECORDS_SEARCHED', search: { knownToService: 'no', searchMade: 'GP record' }, ...at },
  { type: 'ANSWER_NO', ...at },
  { type: 'ANSWER_NO', ...at },
  { type: 'ANSWER_YES', ...at },
  {
    type: 'CONSENT_GIVEN',
    consent: { whoConsented: 'The patient', consentedTo: 'The referral', consentDate: '2025-02-28', howInformed: 'Face to face' },
    ...at,
  },
  { type: 'IG_CONSULTED', consultation: { consulted: 'no', name: '', advice: '' }, ...at },
  { type: 'BASIS_CHOSEN', basis: { article9Condition: 'sch1-para6', offenceData: 'no', article10Condition: null, appropriatePolicyDocument: 'yes' }, ...at },
];

function walk(events: readonly ConsentEvent[], age: number | null = 41): ConsentState {
  let state: ConsentState = { status: 'in-progress', input: { age, subject: 'patient' }, snapshots: [initialConsentEntry({ age, subject: 'patient' })] };
  for (const event of events) {
    const from = restoreConsentSnapshot(state.snapshots.at(-1)!);
    const [next] = transition(consentMachine, from, event);
    state = advanceConsent(state, state.snapshots.length - 1, consentEntryFor(next, event));
  }
  return state;
}

function finish(state: ConsentState): ConsentState {
  const last: ConsentSnapshot = restoreConsentSnapshot(state.snapshots.at(-1)!);
  const details = {
    ...detailsDefaults(last.context),
    capacityOrCompetenceNotes: 'No grounds to doubt capacity',
    justification: 'To safeguard the patient',
    minimumData: 'The concern only',
    recipients: 'LA Prevent Lead',
    decisionMaker: { name: 'Sam Lead', role: 'Safeguarding lead' },
    decidedAt: '2025-03-01T11:00:00.000Z',
  };
  return walk([...adultConsents, { type: 'DETAILS_RECORDED', details, ...at }]);
}

/** Stored and read back, as the referral store does. */
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the consent decision as the referral keeps it', () => {
  it('has no record until the decision is finished, then the finished record and the whole log', () => {
    expect(consentRecordFrom(null)).toBeNull();
    const partway = roundTrip(walk(adultConsents));
    expect(consentRecordFrom(partway)).toBeNull();
    expect(consentDecisionLog(partway)).toHaveLength(adultConsents.length);

    const done = roundTrip(finish(walk(adultConsents)));
    expect(done).toMatchObject({ status: 'done' });
    expect(consentRecordFrom(done)).toMatchObject({ row: 1, outcome: 'BASIS_CONSENT', informed: 'yes' });
    expect(consentDecisionLog(done).at(-1)).toMatchObject({ step: 'details', answer: 'Decision recorded by Sam Lead, Safeguarding lead' });
  });

  it('going back and answering again drops the later steps and the done status', () => {
    const done = finish(walk(adultConsents));
    const back = advanceConsent(done, 1, done.snapshots[2]!);
    expect(back.snapshots).toHaveLength(3);
    expect(back.status).toBe('in-progress');
  });

  it('treats stored data that is not a consent decision as unreadable, never as a record', () => {
    expect(readConsentState({ status: 'done', snapshots: [] }).status).toBe('unreadable');
    const tampered = roundTrip(walk(adultConsents)) as ConsentState;
    tampered.snapshots[1]!.step = 'details';
    expect(readConsentState(tampered).status).toBe('unreadable');
    const claimsDone = { ...(roundTrip(walk(adultConsents)) as ConsentState), status: 'done' };
    expect(readConsentState(claimsDone).status).toBe('unreadable');
    expect(consentRecordFrom(claimsDone)).toBeNull();
    expect(consentDecisionLog('nonsense')).toEqual([]);
  });

  it('starts from the referral: no valid section B means the machine asks the age; a colleague concern makes the subject a colleague', () => {
    const state = newReferralState();
    expect(consentInputFrom(state)).toEqual({ age: null, subject: 'patient' });
    expect(consentInputFrom({ ...state, concern: colleagueConcern }).subject).toBe('colleague');
  });

  it('is stale when the age band in the form differs from the one used, not when the age is merely unknown now', () => {
    const state = newReferralState();
    const individual = (year: number) => ({
      ...state.draft.sections.individual,
      forenames: 'A',
      surname: 'B',
      dateOfBirth: { day: '1', month: '1', year: String(year) },
    });
    const withAge = (year: number) => ({ ...state.draft, sections: { ...state.draft.sections, individual: individual(year) } });
    const consent = walk(adultConsents.slice(0, 3));
    const thisYear = new Date().getFullYear();
    expect(consentIsStale({ ...state, consent, draft: withAge(thisYear - 41) })).toBe(false);
    expect(consentIsStale({ ...state, consent, draft: withAge(thisYear - 50) })).toBe(false);
    expect(consentIsStale({ ...state, consent, draft: withAge(thisYear - 12) })).toBe(true);
    expect(consentIsStale({ ...state, consent })).toBe(false);
    expect(consentIsStale({ ...state, consent, concern: colleagueConcern })).toBe(true);
  });

  it('has one URL per step', () => {
    expect(consentUrl('caldicottConsulted')).toBe('/referral/consent?step=caldicott-consulted');
    expect(consentStepForSlug('caldicott-consulted')).toBe('caldicottConsulted');
    expect(consentStepForSlug('nowhere')).toBeUndefined();
  });
});
