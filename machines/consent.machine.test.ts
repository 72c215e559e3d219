import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import {
  basisWords,
  conditionsFor,
  consentItemLabels,
  decisionTable,
  j3Answer,
  legalGateways,
  missingBasis,
  missingForExport,
  routeVariants,
  type AgeBand,
  type ConsentDetails,
  type ConsentItemKey,
  type ConsentRecord,
  type ConsentSubject,
  type LawfulBasisChoice,
  type ScheduleOneCondition,
} from '../forms/consent-record.schema';
import { basisStatement, emailBasisWording, MODEL_WORDING_NOTE } from './consent-rationale';

const basisStatementOf = (record: ConsentRecord) => basisStatement(record).join(' ');
import {
  ageBandLabels,
  ageBandOf,
  consentGuards,
  consentMachine,
  consentStepIds,
  consentStepMeta,
  currentConsentStep,
  detailsDefaults,
  initialConsentContext,
  isConsentEnd,
  isSixteenOrOver,
  isUnder18,
  type ConsentContext,
  type ConsentEvent,
  type ConsentMachineInput,
  type ConsentSnapshot,
  type ConsentStepId,
} from './consent.machine';

// ---------------------------------------------------------------------------------------------
// Fixtures: every answer carries the question as shown and a fixed time, so the log is predictable.
// ---------------------------------------------------------------------------------------------

const prompts = {
  recordsSearch: 'Check for existing records: is the person known to your service or practice?',
  terrorismPlanning: 'Is there concern or evidence that the person is planning or undertaking terrorist acts?',
  terrorismShare: 'Contact the police and record what you shared',
  urgentTriage: 'Is limited information needed urgently to establish whether this is a Prevent case or a counter-terrorism case?',
  urgentTriageShare: 'Record the limited information you shared before seeking consent',
  urgentTriageNext: 'Can you make the consent decision now?',
  ageQuestion: 'How old is the person?',
  familyImplicated: 'Is the family implicated, or would telling the child or family put the child at risk of harm?',
  gillickCompetent: 'Is the child Gillick competent to decide about this referral?',
  capacityDoubt: 'Are there grounds to doubt the person’s capacity to decide about this referral?',
  capacityAssessment: 'Support the person to decide, then assess their capacity for this decision',
  bestInterests: 'Is the referral in the person’s best interests?',
  seekConsent: 'Is it appropriate to seek consent?',
  consentGiven: 'Did they give informed consent?',
  significantHarm: 'Would not sharing leave the child, or others, at risk of significant harm?',
  refusalCoercion: 'Might grooming or coercion be shaping the person’s refusal?',
  careAndSupport: 'Does the person have care and support needs?',
  refusalRisk: 'Would not sharing leave others exposed to a risk of serious harm that outweighs confidentiality?',
  publicInterest: 'Is the public-interest justification made out?',
  personInformed: 'Have you told the person that you are making this referral?',
  doNotShare: 'Do not share: record the decision and the other support offered',
  caldicottConsulted: 'Have you consulted your Caldicott Guardian or Information Governance lead?',
  lawfulBasis: 'Choose the lawful basis for sharing',
  details: 'Record the decision',
  endShare: '',
  endDoNotShare: '',
} as const satisfies Record<ConsentStepId, string>;

/** A fixed, distinct time for each step: 1 March 2025, 10:00 + the step's index in minutes. */
const timeAt = (step: ConsentStepId) => `2025-03-01T10:${String(consentStepIds.indexOf(step)).padStart(2, '0')}:00.000Z`;
const asked = (step: ConsentStepId) => ({ prompt: prompts[step], at: timeAt(step) });

const searched = (knownToService: 'yes' | 'no' = 'no', searchMade = 'GP record and community record searched; no earlier concerns'): ConsentEvent => ({
  type: 'RECORDS_SEARCHED',
  search: { knownToService, searchMade },
  ...asked('recordsSearch'),
});
const yes = (step: ConsentStepId, notes?: string): ConsentEvent => ({ type: 'ANSWER_YES', ...(notes === undefined ? {} : { notes }), ...asked(step) });
const no = (step: ConsentStepId, notes?: string): ConsentEvent => ({ type: 'ANSWER_NO', ...(notes === undefined ? {} : { notes }), ...asked(step) });
const policeContacted = (): ConsentEvent => ({
  type: 'POLICE_CONTACTED',
  contact: { contactedAt: '01/03/2025 10:05', contacted: 'Anti-Terrorist Hotline, reference AT-123', whatShared: 'Name, address and what was said in clinic' },
  ...asked('terrorismShare'),
});
const preConsentShared = (): ConsentEvent => ({
  type: 'PRE_CONSENT_SHARED',
  sharing: {
    sharedWith: 'Counter Terrorism Policing SO15 contact',
    whatShared: 'Name and the words used',
    whyUrgent: 'To establish whether this is a counter-terrorism case today',
  },
  ...asked('urgentTriageShare'),
});
const ageGiven = (ageBand: AgeBand): ConsentEvent => ({ type: 'AGE_GIVEN', ageBand, ...asked('ageQuestion') });
const familyImplicated = (): ConsentEvent => ({
  type: 'FAMILY_IMPLICATED',
  family: { whyParentNotAsked: 'An adult at home is training the child for "the cause"', whoDecided: 'Sam Lead, Safeguarding Locality Lead' },
  ...asked('familyImplicated'),
});
const capacityAssessed = (outcome: 'has-capacity' | 'lacks-capacity'): ConsentEvent => ({
  type: 'CAPACITY_ASSESSED',
  assessment: {
    assessor: 'Alex Nurse, learning disability nurse',
    assessedOn: '2025-02-27',
    support: 'Easy-read leaflet, two visits, support worker present',
    outcome,
    reasoning: outcome === 'lacks-capacity' ? 'Could not retain or weigh the information' : 'Understood, retained and weighed the information',
  },
  ...asked('capacityAssessment'),
});
const bestInterestsDecided = (inBestInterests: 'yes' | 'no'): ConsentEvent => ({
  type: 'BEST_INTERESTS_DECIDED',
  decision: {
    inBestInterests,
    reasoning: 'Referral protects them from exploitation by an online contact',
    consulted: 'Sister (next of kin) and support worker',
  },
  ...asked('bestInterests'),
});
const consentGiven = (whoConsented = 'The patient'): ConsentEvent => ({
  type: 'CONSENT_GIVEN',
  consent: {
    whoConsented,
    consentedTo: 'The referral, and sharing with the local authority and the police',
    consentDate: '2025-02-28',
    howInformed: 'Face to face, with the Prevent leaflet',
  },
  ...asked('consentGiven'),
});
const consentRefused = (): ConsentEvent => ({
  type: 'CONSENT_REFUSED',
  refusal: { refusedBy: 'The patient', reasons: '"What I do is not your business"' },
  ...asked('consentGiven'),
});
const publicInterest = (justified: 'yes' | 'no'): ConsentEvent => ({
  type: 'PUBLIC_INTEREST_DECIDED',
  decision:
    justified === 'yes'
      ? {
          justified,
          harmWeighed: 'Threats against named residents; research into a weapon',
          whyOutweighs: 'A risk of serious harm to others that outweighs confidentiality',
          necessaryAndProportionate: 'Only the concern and contact details go, to the LA Prevent Lead',
        }
      : { justified, harmWeighed: '', whyOutweighs: 'No risk to others identified; no gateway applies', necessaryAndProportionate: '' },
  ...asked('publicInterest'),
});
const notSharing = (otherSupport = 'GP follow-up and talking therapies offered'): ConsentEvent => ({
  type: 'NOT_SHARING_CONFIRMED',
  otherSupport,
  ...asked('doNotShare'),
});
const igConsulted = (consulted: 'yes' | 'no' = 'yes', name = 'Dr Jo Guardian, Caldicott Guardian'): ConsentEvent => ({
  type: 'IG_CONSULTED',
  consultation: { consulted, name, advice: consulted === 'yes' ? 'Agreed the basis' : '' },
  ...asked('caldicottConsulted'),
});

const basisChosen = (article9Condition: ScheduleOneCondition = 'sch1-para6', extra: Partial<LawfulBasisChoice> = {}): ConsentEvent => ({
  type: 'BASIS_CHOSEN',
  basis: { article9Condition, offenceData: 'no', article10Condition: null, appropriatePolicyDocument: 'yes', ...extra },
  ...asked('lawfulBasis'),
});
const significantHarm = (
  socialCareReferral: 'considered' | 'made' | 'not-needed' = 'made',
  socialCareNotes = 'Referred to children’s social care today',
): ConsentEvent => ({
  type: 'SIGNIFICANT_HARM',
  harm: { harm: 'Being groomed online to act against others; a younger sibling is exposed too', socialCareReferral, socialCareNotes },
  ...asked('significantHarm'),
});

/** What the last page sends: its defaults (from the machine) with the lead's entries. */
function filledDetails(snapshot: ConsentSnapshot, extra: Partial<ConsentDetails> = {}): ConsentDetails {
  const defaults = detailsDefaults(snapshot.context);
  return {
    ...defaults,
    capacityOrCompetenceNotes: defaults.capacityOrCompetenceNotes || 'No grounds to doubt capacity',
    justification: defaults.justification || 'The referral is needed to safeguard the person from being drawn into terrorism',
    minimumData: 'The record of concern and contact details only',
    recipients: 'Local Authority Prevent Lead; MASH',
    decisionMaker: { name: 'Sam Lead', role: 'Safeguarding Locality Lead' },
    decidedAt: '2025-03-01T11:00:00.000Z',
    ...('parentsTold' in defaults ? { parentsTold: 'Mother told with the young person’s agreement; she supports the referral' } : {}),
    ...extra,
  };
}
const detailsRecorded = (details: ConsentDetails): ConsentEvent => ({ type: 'DETAILS_RECORDED', details, ...asked('details') });

// ---------------------------------------------------------------------------------------------
// Driving the machine with the pure functions only.
// ---------------------------------------------------------------------------------------------

const adult: ConsentMachineInput = { age: 41, subject: 'patient' };

function start(input: ConsentMachineInput = adult): ConsentSnapshot {
  const [snapshot] = initialTransition(consentMachine, input);
  return snapshot;
}
const send = (snapshot: ConsentSnapshot, event: ConsentEvent): ConsentSnapshot => transition(consentMachine, snapshot, event)[0];
const drive = (events: readonly ConsentEvent[], input: ConsentMachineInput = adult) => events.reduce(send, start(input));

/** From the IG question to the last page: the care and support question if asked, then the basis if anything is shared. */
function toDetails(snapshot: ConsentSnapshot, ig: ConsentEvent = igConsulted(), basis?: ConsentEvent): ConsentSnapshot {
  let next = send(snapshot, ig);
  if (currentConsentStep(next) === 'careAndSupport') next = send(next, no('careAndSupport'));
  if (currentConsentStep(next) === 'lawfulBasis') next = send(next, basis ?? basisChosen());
  return next;
}

/** IG consulted, the care and support question if asked, the basis chosen if anything is shared, then the last page from its defaults. */
function finish(snapshot: ConsentSnapshot, extra: Partial<ConsentDetails> = {}, ig: ConsentEvent = igConsulted(), basis?: ConsentEvent): ConsentSnapshot {
  let atDetails = send(snapshot, ig);
  if (currentConsentStep(atDetails) === 'careAndSupport') atDetails = send(atDetails, no('careAndSupport'));
  if (currentConsentStep(atDetails) === 'lawfulBasis') atDetails = send(atDetails, basis ?? basisChosen());
  expect(currentConsentStep(atDetails)).toBe('details');
  return send(atDetails, detailsRecorded(filledDetails(atDetails, extra)));
}

const screenedOut = [no('terrorismPlanning'), searched(), no('urgentTriage')];
/** An adult's refusal, with the two questions that follow it: no coercion, no care and support needs. */
const adultRefused = [consentRefused(), no('refusalCoercion'), no('careAndSupport')];

function expectUnchanged(after: ConsentSnapshot, before: ConsentSnapshot) {
  expect(after.value).toEqual(before.value);
  expect(after.context).toEqual(before.context);
}

const item = (record: ConsentRecord, key: ConsentItemKey) => record.items[consentItemLabels[key]];

/** Checks every finished record the same way: it is done, parses, is complete, and J3 agrees with it. */
function finishedWith(snapshot: ConsentSnapshot, end: 'endShare' | 'endDoNotShare'): ConsentRecord {
  expect(currentConsentStep(snapshot)).toBe(end);
  expect(snapshot.status).toBe('done');
  const record = snapshot.output as ConsentRecord;
  expect(missingForExport(record)).toEqual([]);
  expect(JSON.parse(JSON.stringify(record))).toEqual(record);
  expect(record.rowsFollowed.at(-1)).toBe(record.row);
  return record;
}

// ---------------------------------------------------------------------------------------------
// The small rules and the guards, on their own.
// ---------------------------------------------------------------------------------------------

describe('age rules', () => {
  it.each([
    [null, null],
    [Number.NaN, null],
    [-1, null],
    [0, 'under-16'],
    [15, 'under-16'],
    [15.9, 'under-16'],
    [16, '16-17'],
    [17, '16-17'],
    [18, '18-or-over'],
    [90, '18-or-over'],
  ] as const)('age %s → band %s', (age, band) => {
    expect(ageBandOf(age)).toBe(band);
  });

  it.each([
    [null, false, false],
    ['under-16', true, false],
    ['16-17', true, true],
    ['18-or-over', false, true],
  ] as const)('band %s: under 18 %s, 16 or over %s', (band, under18, sixteenOrOver) => {
    expect(isUnder18(band)).toBe(under18);
    expect(isSixteenOrOver(band)).toBe(sixteenOrOver);
  });
});

describe('guards, each on its own', () => {
  const context = (input: ConsentMachineInput = adult, draft: Partial<ConsentContext['draft']> = {}): ConsentContext => {
    const base = initialConsentContext(input);
    return { ...base, draft: { ...base.draft, ...draft } };
  };
  const g = consentGuards;

  it('hasNotes: a yes or no with words, not whitespace', () => {
    expect(g.hasNotes({ context: context(), event: yes('gillickCompetent', 'Understands fully') })).toBe(true);
    expect(g.hasNotes({ context: context(), event: no('gillickCompetent', ' \n ') })).toBe(false);
    expect(g.hasNotes({ context: context(), event: no('gillickCompetent') })).toBe(false);
    expect(g.hasNotes({ context: context(), event: searched() })).toBe(false);
  });

  it('ageUnknown, isUnder18, isSixteenOrOver: from the input age, or from the answer just given', () => {
    const unknown = context({ age: null, subject: 'patient' });
    expect(g.ageUnknown({ context: unknown, event: no('urgentTriage') })).toBe(true);
    expect(g.ageUnknown({ context: unknown, event: ageGiven('16-17') })).toBe(false);
    expect(g.isUnder18({ context: unknown, event: ageGiven('16-17') })).toBe(true);
    expect(g.isUnder18({ context: unknown, event: ageGiven('18-or-over') })).toBe(false);
    expect(g.isUnder18({ context: context({ age: 12, subject: 'patient' }), event: no('urgentTriage') })).toBe(true);
    expect(g.isUnder18({ context: context({ age: 18, subject: 'patient' }), event: no('urgentTriage') })).toBe(false);
    expect(g.isSixteenOrOver({ context: context({ age: 16, subject: 'patient' }), event: no('familyImplicated') })).toBe(true);
    expect(g.isSixteenOrOver({ context: context({ age: 15, subject: 'patient' }), event: no('familyImplicated') })).toBe(false);
  });

  it('recordsSearchComplete: the search made is written down', () => {
    expect(g.recordsSearchComplete({ context: context(), event: searched() })).toBe(true);
    expect(g.recordsSearchComplete({ context: context(), event: searched('yes', '  ') })).toBe(false);
  });

  it('policeContactComplete and preConsentSharingComplete: every field written', () => {
    expect(g.policeContactComplete({ context: context(), event: policeContacted() })).toBe(true);
    const blank = { ...policeContacted(), contact: { contactedAt: '', contacted: '999', whatShared: 'x' } } as ConsentEvent;
    expect(g.policeContactComplete({ context: context(), event: blank })).toBe(false);
    expect(g.preConsentSharingComplete({ context: context(), event: preConsentShared() })).toBe(true);
    const noWhy = { ...preConsentShared(), sharing: { sharedWith: 'SO15', whatShared: 'Name', whyUrgent: '' } } as ConsentEvent;
    expect(g.preConsentSharingComplete({ context: context(), event: noWhy })).toBe(false);
  });

  it('familyReasonComplete: why the parent is not asked, and who decided', () => {
    expect(g.familyReasonComplete({ context: context(), event: familyImplicated() })).toBe(true);
    const nobody = { ...familyImplicated(), family: { whyParentNotAsked: 'Implicated', whoDecided: ' ' } } as ConsentEvent;
    expect(g.familyReasonComplete({ context: context(), event: nobody })).toBe(false);
  });

  it('capacityAssessmentComplete and lacksCapacity', () => {
    expect(g.capacityAssessmentComplete({ context: context(), event: capacityAssessed('lacks-capacity') })).toBe(true);
    expect(g.lacksCapacity({ context: context(), event: capacityAssessed('lacks-capacity') })).toBe(true);
    expect(g.lacksCapacity({ context: context(), event: capacityAssessed('has-capacity') })).toBe(false);
    const noDate = capacityAssessed('has-capacity') as Extract<ConsentEvent, { type: 'CAPACITY_ASSESSED' }>;
    expect(g.capacityAssessmentComplete({ context: context(), event: { ...noDate, assessment: { ...noDate.assessment, assessedOn: '31/02/2025' } } })).toBe(
      false,
    );
  });

  it('bestInterestsComplete and inBestInterests', () => {
    expect(g.bestInterestsComplete({ context: context(), event: bestInterestsDecided('no') })).toBe(true);
    expect(g.inBestInterests({ context: context(), event: bestInterestsDecided('yes') })).toBe(true);
    expect(g.inBestInterests({ context: context(), event: bestInterestsDecided('no') })).toBe(false);
    const nobodyConsulted = bestInterestsDecided('yes') as Extract<ConsentEvent, { type: 'BEST_INTERESTS_DECIDED' }>;
    expect(g.bestInterestsComplete({ context: context(), event: { ...nobodyConsulted, decision: { ...nobodyConsulted.decision, consulted: '' } } })).toBe(
      false,
    );
  });

  it('consentComplete and refusalComplete', () => {
    expect(g.consentComplete({ context: context(), event: consentGiven() })).toBe(true);
    const noDate = consentGiven() as Extract<ConsentEvent, { type: 'CONSENT_GIVEN' }>;
    expect(g.consentComplete({ context: context(), event: { ...noDate, consent: { ...noDate.consent, consentDate: '' } } })).toBe(false);
    expect(g.refusalComplete({ context: context(), event: consentRefused() })).toBe(true);
    const noReasons = consentRefused() as Extract<ConsentEvent, { type: 'CONSENT_REFUSED' }>;
    expect(g.refusalComplete({ context: context(), event: { ...noReasons, refusal: { ...noReasons.refusal, reasons: '' } } })).toBe(false);
  });

  it('publicInterestComplete and publicInterestJustified: a "yes" needs the harm, the weighing and the proportionality', () => {
    expect(g.publicInterestComplete({ context: context(), event: publicInterest('yes') })).toBe(true);
    expect(g.publicInterestComplete({ context: context(), event: publicInterest('no') })).toBe(true);
    expect(g.publicInterestJustified({ context: context(), event: publicInterest('yes') })).toBe(true);
    expect(g.publicInterestJustified({ context: context(), event: publicInterest('no') })).toBe(false);
    const unweighed = publicInterest('yes') as Extract<ConsentEvent, { type: 'PUBLIC_INTEREST_DECIDED' }>;
    expect(g.publicInterestComplete({ context: context(), event: { ...unweighed, decision: { ...unweighed.decision, harmWeighed: '' } } })).toBe(false);
  });

  it('informedSettled: the route has already said whether the person is told', () => {
    expect(g.informedSettled({ context: context(), event: publicInterest('yes') })).toBe(false);
    expect(g.informedSettled({ context: context(adult, { informed: 'no' }), event: publicInterest('yes') })).toBe(true);
  });

  it('otherSupportRecorded and igConsultationComplete', () => {
    expect(g.otherSupportRecorded({ context: context(), event: notSharing() })).toBe(true);
    expect(g.otherSupportRecorded({ context: context(), event: notSharing('  ') })).toBe(false);
    expect(g.igConsultationComplete({ context: context(), event: igConsulted() })).toBe(true);
    expect(g.igConsultationComplete({ context: context(), event: igConsulted('no', '') })).toBe(true);
    expect(g.igConsultationComplete({ context: context(), event: igConsulted('yes', '') })).toBe(false);
  });

  it('recordComplete and isDoNotShare', () => {
    const atDetails = drive([...screenedOut, no('capacityDoubt'), yes('seekConsent'), consentGiven(), igConsulted(), basisChosen()]);
    const details = filledDetails(atDetails);
    expect(g.recordComplete({ context: atDetails.context, event: detailsRecorded(details) })).toBe(true);
    expect(g.recordComplete({ context: atDetails.context, event: detailsRecorded({ ...details, minimumData: '' }) })).toBe(false);
    expect(g.recordComplete({ context: atDetails.context, event: detailsRecorded({ ...details, decidedAt: 'yesterday' }) })).toBe(false);
    expect(g.isDoNotShare({ context: atDetails.context, event: detailsRecorded(details) })).toBe(false);
    expect(g.isDoNotShare({ context: context(adult, { outcome: 'NO_LAWFUL_BASIS' }), event: detailsRecorded(details) })).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The decision table, row by row, from the records search to the finished record.
// ---------------------------------------------------------------------------------------------

describe('decision table', () => {
  it('row 1, adult with capacity who consents → informed consent; J3 yes; no basis wording needed in the email', () => {
    const record = finishedWith(finish(drive([...screenedOut, no('capacityDoubt', ''), yes('seekConsent'), consentGiven()])), 'endShare');
    expect(record).toMatchObject({
      row: 1,
      rowsFollowed: [1],
      outcome: 'BASIS_CONSENT',
      consentStatus: 'obtained',
      notSoughtReason: null,
      consentFrom: 'individual',
      route: decisionTable[1].route,
      informed: 'yes',
      ageBand: '18-or-over',
    });
    expect(record.basis).not.toContain('[verify with IG]');
    expect(record.basis).toBe(basisWords({ article9Condition: 'sch1-para6', offenceData: 'no', article10Condition: null }));
    expect(record.legalGateways).toContain(legalGateways.consent);
    expect(item(record, 'whoConsented')).toBe('The patient');
    expect(item(record, 'consentedTo')).toBe('The referral, and sharing with the local authority and the police');
    expect(item(record, 'consentDate')).toBe('28/02/2025');
    expect(item(record, 'howInformed')).toBe('Face to face, with the Prevent leaflet');
    expect(j3Answer(record)).toBe('yes');
    expect(emailBasisWording(record)).toBeNull();
  });

  it('row 2, child who is Gillick competent → the young person’s consent, with the parents’ part recorded', () => {
    const atDetails = toDetails(
      drive(
        [
          ...screenedOut,
          no('familyImplicated'),
          yes('gillickCompetent', 'Understands the referral and its consequences'),
          yes('seekConsent'),
          consentGiven('The young person'),
        ],
        {
          age: 15,
          subject: 'patient',
        },
      ),
      igConsulted(),
    );
    // The parents' part is asked on the last page for a child: without it the record is refused.
    expect(detailsDefaults(atDetails.context)).toHaveProperty('parentsTold', '');
    const without = send(atDetails, detailsRecorded(filledDetails(atDetails, { parentsTold: '' })));
    expectUnchanged(without, atDetails);

    const record = finishedWith(send(atDetails, detailsRecorded(filledDetails(atDetails))), 'endShare');
    expect(record).toMatchObject({
      row: 2,
      outcome: 'BASIS_CONSENT',
      consentStatus: 'obtained',
      consentFrom: 'individual',
      route: decisionTable[2].route,
      informed: 'yes',
      ageBand: 'under-16',
    });
    expect(item(record, 'competence')).toBe('Understands the referral and its consequences');
    expect(item(record, 'parentsTold')).toBe('Mother told with the young person’s agreement; she supports the referral');
    expect(item(record, 'whoConsented')).toBe('The young person');
    expect(j3Answer(record)).toBe('yes');
    expect(emailBasisWording(record)).toBeNull();
  });

  it('row 3, child who is not competent → parent or guardian consent', () => {
    const record = finishedWith(
      finish(
        drive(
          [
            ...screenedOut,
            no('familyImplicated'),
            no('gillickCompetent', 'Too young to weigh the decision'),
            yes('seekConsent'),
            consentGiven('Father (parental responsibility)'),
          ],
          { age: 9, subject: 'patient' },
        ),
      ),
      'endShare',
    );
    expect(record).toMatchObject({
      row: 3,
      outcome: 'BASIS_CONSENT',
      consentStatus: 'obtained',
      consentFrom: 'parent-or-guardian',
      route: decisionTable[3].route,
      informed: 'yes',
    });
    expect(record.article9Condition).toBe('sch1-para6');
    expect(item(record, 'competence')).toBe('Too young to weigh the decision');
    expect(item(record, 'whoConsented')).toBe('Father (parental responsibility)');
    expect(item(record, 'parentsTold')).toBeUndefined();
    expect(j3Answer(record)).toBe('yes');
  });

  it('row 3 variant, child whose family is implicated → no family consent; public interest; why the parent was not asked and who decided', () => {
    // The family is left out, but the child's own competence is still assessed (§A.1 item 2); too young to decide: nobody is asked.
    const atGillick = drive([...screenedOut, familyImplicated()], { age: 9, subject: 'patient' });
    expect(currentConsentStep(atGillick)).toBe('gillickCompetent');
    const atInformed = [no('gillickCompetent', 'Too young to weigh the decision'), publicInterest('yes')].reduce(send, atGillick);
    expect(currentConsentStep(atInformed)).toBe('personInformed');
    const record = finishedWith(
      finish(send(atInformed, no('personInformed', 'Telling the child would alert the adult at home')), {}, igConsulted(), basisChosen('sch1-para18')),
      'endShare',
    );
    expect(record).toMatchObject({
      row: 3,
      outcome: 'BASIS_PUBLIC_INTEREST',
      consentStatus: 'not-sought',
      notSoughtReason: 'family-implicated',
      consentFrom: null,
      route: routeVariants.familyImplicated,
      informed: 'no',
      informedNotes: 'Telling the child would alert the adult at home',
    });
    expect(record.basis).toContain('paragraph 18');
    expect(item(record, 'whyParentNotAsked')).toBe('An adult at home is training the child for "the cause"');
    expect(item(record, 'whoDecidedNotToAskParent')).toBe('Sam Lead, Safeguarding Locality Lead');
    expect(record.legalGateways).toContain(legalGateways.transparencyExemption);
    expect(j3Answer(record)).toBe('no');
    expect(emailBasisWording(record)).toContain('family');
  });

  it('row 4, 16 or over with doubtful capacity → support and assess; has capacity → consent (row 1), with the assessment kept', () => {
    const atSeek = drive([...screenedOut, yes('capacityDoubt', 'Recent head injury; confused at times'), capacityAssessed('has-capacity')]);
    expect(currentConsentStep(atSeek)).toBe('seekConsent');
    const record = finishedWith(finish([yes('seekConsent'), consentGiven()].reduce(send, atSeek)), 'endShare');
    expect(record).toMatchObject({ row: 1, rowsFollowed: [4, 1], outcome: 'BASIS_CONSENT', informed: 'yes' });
    expect(item(record, 'capacityDoubt')).toBe('Recent head injury; confused at times');
    expect(item(record, 'capacityAssessor')).toBe('Alex Nurse, learning disability nurse');
    expect(item(record, 'capacityAssessedOn')).toBe('27/02/2025');
    expect(item(record, 'capacityOutcome')).toBe('Has capacity for this decision. Understood, retained and weighed the information');
    expect(item(record, 'capacitySupport')).toBe('Easy-read leaflet, two visits, support worker present');
    expect(j3Answer(record)).toBe('yes');
  });

  it('row 5, adult lacking capacity → best interests; reasoning and who was consulted', () => {
    const atInformed = drive([...screenedOut, yes('capacityDoubt', 'Learning disability'), capacityAssessed('lacks-capacity'), bestInterestsDecided('yes')], {
      age: 30,
      subject: 'service user',
    });
    expect(currentConsentStep(atInformed)).toBe('personInformed');
    const record = finishedWith(finish(send(atInformed, yes('personInformed', 'Told with easy-read material; seemed relieved'))), 'endShare');
    expect(record).toMatchObject({
      row: 5,
      rowsFollowed: [4, 5],
      outcome: 'BASIS_BEST_INTERESTS',
      consentStatus: 'not-sought',
      notSoughtReason: 'lacks-capacity-best-interests',
      route: decisionTable[5].route,
      informed: 'yes',
      subject: 'service user',
    });
    expect(item(record, 'bestInterestsReasoning')).toBe('Referral protects them from exploitation by an online contact');
    expect(item(record, 'bestInterestsConsulted')).toBe('Sister (next of kin) and support worker');
    expect(item(record, 'capacityOutcome')).toContain('Lacks capacity for this decision');
    expect(record.legalGateways).toContain(legalGateways.bestInterests);
    expect(j3Answer(record)).toBe('yes');
    expect(emailBasisWording(record)).toContain('best interests');
  });

  it('row 6, adult with capacity who refuses, with a serious risk to others → public interest; reasons, harm weighed, why it outweighs, whether told', () => {
    const atInformed = drive([...screenedOut, no('capacityDoubt'), yes('seekConsent'), ...adultRefused, yes('refusalRisk'), publicInterest('yes')]);
    expect(currentConsentStep(atInformed)).toBe('personInformed');
    const record = finishedWith(finish(send(atInformed, no('personInformed', 'Telling them could prompt them to act sooner'))), 'endShare');
    expect(record).toMatchObject({
      row: 6,
      outcome: 'BASIS_PUBLIC_INTEREST',
      consentStatus: 'refused',
      notSoughtReason: null,
      route: decisionTable[6].route,
      informed: 'no',
    });
    expect(item(record, 'refusalReasons')).toBe('"What I do is not your business"');
    expect(item(record, 'harmWeighed')).toBe('Threats against named residents; research into a weapon');
    expect(item(record, 'whyPublicInterestOutweighs')).toBe('A risk of serious harm to others that outweighs confidentiality');
    expect(record.legalGateways).toEqual([
      legalGateways.publicInterest,
      legalGateways.transparencyExemption,
      legalGateways.crimeAndDisorderAct,
      legalGateways.humanRights,
    ]);
    expect(j3Answer(record)).toBe('no');
    expect(emailBasisWording(record)).toContain('paragraph 2');
    expect(record.rationale).toContain('section 115');
  });

  it('row 6, told about the referral → J3 yes, and the exemption from telling the person is not cited', () => {
    const record = finishedWith(
      finish(
        drive([
          ...screenedOut,
          no('capacityDoubt'),
          yes('seekConsent'),
          ...adultRefused,
          yes('refusalRisk'),
          publicInterest('yes'),
          yes('personInformed', 'Told that the referral goes ahead; angry'),
        ]),
      ),
      'endShare',
    );
    expect(record.informed).toBe('yes');
    expect(j3Answer(record)).toBe('yes');
    expect(record.legalGateways).not.toContain(legalGateways.transparencyExemption);
    expect(emailBasisWording(record)).not.toContain('paragraph 2');
    expect(emailBasisWording(record)).toContain('section 115');
  });

  it('row 7, consent not sought because asking would increase the risk → public interest; the person is not told', () => {
    const atIg = drive([
      ...screenedOut,
      no('capacityDoubt'),
      no('seekConsent', 'Asking would alert the group and prejudice the outcome'),
      publicInterest('yes'),
    ]);
    // Not telling is part of the route, so the "have you told them?" question is skipped.
    expect(currentConsentStep(atIg)).toBe('caldicottConsulted');
    const record = finishedWith(finish(atIg), 'endShare');
    expect(record).toMatchObject({
      row: 7,
      outcome: 'BASIS_PUBLIC_INTEREST',
      consentStatus: 'not-sought',
      notSoughtReason: 'asking-increases-risk',
      route: decisionTable[7].route,
      informed: 'no',
    });
    expect(item(record, 'whyConsentNotSought')).toBe('Asking would alert the group and prejudice the outcome');
    expect(item(record, 'necessaryAndProportionate')).toBe('Only the concern and contact details go, to the LA Prevent Lead');
    expect(record.minimumData).toBe('The record of concern and contact details only');
    expect(
      record.rationale.startsWith(
        'This referral is being made without the prior consent of the patient. Consent has not been sought, because asking for it would increase the risk or prejudice the outcome. I am sharing this information in the public interest, which in this case outweighs the duty of confidentiality. The lawful basis is UK GDPR Article 6(1)(e) (public task), with Article 9(2)(g) (substantial public interest) and the Data Protection Act 2018, Schedule 1, paragraph 6',
      ),
    ).toBe(true);
    expect(j3Answer(record)).toBe('no');
    expect(emailBasisWording(record)).toContain('section 115 of the Crime and Disorder Act 1998');
  });

  it('row 8, evidence of planning terrorist acts → no consent, must not be told; time of police contact, what was shared, decision maker', () => {
    const atPolice = drive([yes('terrorismPlanning', 'Described a plan with a date and a place')], { age: null, subject: 'patient' });
    expect(currentConsentStep(atPolice)).toBe('terrorismShare');
    const atSearch = send(atPolice, policeContacted());
    expect(currentConsentStep(atSearch)).toBe('recordsSearch');
    const record = finishedWith(
      finish(send(atSearch, searched('yes')), {}, igConsulted(), basisChosen('sch1-para10', { offenceData: 'yes', article10Condition: 'sch1-para10' })),
      'endShare',
    );
    expect(record).toMatchObject({
      row: 8,
      rowsFollowed: [8],
      outcome: 'BASIS_SERIOUS_CRIME',
      consentStatus: 'not-sought',
      notSoughtReason: 'terrorism-planning',
      route: decisionTable[8].route,
      informed: 'no',
      ageBand: null,
      decisionMaker: { name: 'Sam Lead', role: 'Safeguarding Locality Lead' },
      recordsSearch: { knownToService: 'yes', searchMade: 'GP record and community record searched; no earlier concerns' },
    });
    expect(item(record, 'policeContactedAt')).toBe('01/03/2025 10:05');
    expect(item(record, 'sharedWithPolice')).toBe('Name, address and what was said in clinic');
    expect(j3Answer(record)).toBe('no');
    expect(emailBasisWording(record)).toContain('The person has not been told');
    expect(item(record, 'terrorismEvidence')).toBe('Described a plan with a date and a place');
    expect(record.article10Condition).toBe('sch1-para10');
  });

  it('row 9, urgent triage → limited pre-consent sharing recorded; consent decision to follow', () => {
    const atNext = drive([...screenedOut.slice(0, 2), yes('urgentTriage'), preConsentShared()]);
    expect(currentConsentStep(atNext)).toBe('urgentTriageNext');
    // Finishing here needs the follow-up on consent written down.
    expectUnchanged(send(atNext, no('urgentTriageNext', ' ')), atNext);
    const record = finishedWith(
      finish(send(atNext, no('urgentTriageNext', 'Seek consent at Tuesday’s appointment once SO15 confirm this is a Prevent case'))),
      'endShare',
    );
    expect(record).toMatchObject({
      row: 9,
      rowsFollowed: [9],
      outcome: 'BASIS_URGENT_TRIAGE',
      consentStatus: 'not-sought',
      notSoughtReason: 'urgent-triage-pending',
      route: decisionTable[9].route,
      informed: 'no',
    });
    expect(item(record, 'triageWhatShared')).toBe('Name and the words used');
    expect(item(record, 'triageWhyUrgent')).toBe('To establish whether this is a counter-terrorism case today');
    expect(item(record, 'triageFollowUp')).toBe('Seek consent at Tuesday’s appointment once SO15 confirm this is a Prevent case');
    expect(j3Answer(record)).toBe('no');
    expect(emailBasisWording(record)).toContain('urgently needed');
  });

  it('row 9, then the consent decision at once → consent (row 1), with the triage sharing kept in the record', () => {
    const record = finishedWith(
      finish(
        drive([
          no('terrorismPlanning'),
          searched(),
          yes('urgentTriage'),
          preConsentShared(),
          yes('urgentTriageNext'),
          no('capacityDoubt'),
          yes('seekConsent'),
          consentGiven(),
        ]),
      ),
      'endShare',
    );
    expect(record).toMatchObject({ row: 1, rowsFollowed: [9, 1], outcome: 'BASIS_CONSENT', informed: 'yes' });
    expect(item(record, 'triageSharedWith')).toBe('Counter Terrorism Policing SO15 contact');
    expect(item(record, 'triageFollowUp')).toContain('Consent decision made after the triage');
    expect(record.rationale).toContain('urgent triage');
  });
});

describe('refusal and no lawful basis', () => {
  it('refusal with the risk only to the person → do not share: the competent refusal is respected and no referral is made', () => {
    const atDoNotShare = drive([...screenedOut, no('capacityDoubt'), yes('seekConsent'), ...adultRefused, no('refusalRisk', 'Risk is of self-neglect only')]);
    expect(currentConsentStep(atDoNotShare)).toBe('doNotShare');
    expectUnchanged(send(atDoNotShare, notSharing(' ')), atDoNotShare);
    const atIg = send(atDoNotShare, notSharing());
    const record = finishedWith(finish(atIg, { recipients: '', minimumData: 'No information will be shared' }), 'endDoNotShare');
    expect(record).toMatchObject({
      row: 6,
      outcome: 'NO_LAWFUL_BASIS',
      consentStatus: 'refused',
      route: routeVariants.refusalRespected,
      legalGateways: [],
      informed: 'no',
    });
    expect(item(record, 'otherSupport')).toBe('GP follow-up and talking therapies offered');
    expect(emailBasisWording(record)).toBeNull();
    expect(record.rationale).toContain('refusal is respected');
  });

  it('public-interest justification not made out → do not share (no lawful basis, R13)', () => {
    const atDoNotShare = drive([...screenedOut, no('capacityDoubt'), no('seekConsent', 'Would prejudice the outcome'), publicInterest('no')]);
    expect(currentConsentStep(atDoNotShare)).toBe('doNotShare');
    const record = finishedWith(finish(send(atDoNotShare, notSharing()), { recipients: '' }, igConsulted('no', '')), 'endDoNotShare');
    expect(record).toMatchObject({ row: 7, outcome: 'NO_LAWFUL_BASIS', route: routeVariants.noLawfulBasis, caldicottOrIgConsulted: 'no' });
    expect(emailBasisWording(record)).toBeNull();
  });

  it('best interests not met → the public-interest test; made out → shared as public interest under row 5', () => {
    const record = finishedWith(
      finish(
        drive([
          ...screenedOut,
          yes('capacityDoubt', 'Dementia'),
          capacityAssessed('lacks-capacity'),
          bestInterestsDecided('no'),
          publicInterest('yes'),
          no('personInformed', 'Could not understand the information'),
        ]),
      ),
      'endShare',
    );
    expect(record).toMatchObject({ row: 5, rowsFollowed: [4, 5], outcome: 'BASIS_PUBLIC_INTEREST', route: routeVariants.lacksCapacityPublicInterest });
    expect(j3Answer(record)).toBe('no');
  });
});

describe('age', () => {
  it('age unknown → the lead is asked; under 16 → the child questions', () => {
    const atAge = drive(screenedOut, { age: null, subject: 'patient' });
    expect(currentConsentStep(atAge)).toBe('ageQuestion');
    const child = send(atAge, ageGiven('under-16'));
    expect(currentConsentStep(child)).toBe('familyImplicated');
    expect(child.context.ageBand).toBe('under-16');
    expect(child.context.draft.ageBand).toBe('under-16');
    expect(child.context.log.at(-1)).toMatchObject({ step: 'ageQuestion', answer: ageBandLabels['under-16'] });
    expect(currentConsentStep(send(child, no('familyImplicated')))).toBe('gillickCompetent');
  });

  it('age unknown, 18 or over → the capacity question', () => {
    expect(currentConsentStep(send(drive(screenedOut, { age: null, subject: 'colleague' }), ageGiven('18-or-over')))).toBe('capacityDoubt');
  });

  it('age known → the age question is not asked', () => {
    expect(currentConsentStep(drive(screenedOut, { age: 12, subject: 'patient' }))).toBe('familyImplicated');
    expect(currentConsentStep(drive(screenedOut, { age: 16, subject: 'patient' }))).toBe('familyImplicated');
    expect(currentConsentStep(drive(screenedOut, { age: 18, subject: 'patient' }))).toBe('capacityDoubt');
  });

  it('16–17 with doubtful capacity → the Mental Capacity Act route, not Gillick; lacking capacity → best interests, with the parents’ part recorded', () => {
    const atDoubt = send(drive(screenedOut, { age: null, subject: 'patient' }), ageGiven('16-17'));
    expect(currentConsentStep(atDoubt)).toBe('familyImplicated');
    const atCapacity = send(atDoubt, no('familyImplicated'));
    expect(currentConsentStep(atCapacity)).toBe('capacityDoubt');
    const atDetails = toDetails(
      [
        yes('capacityDoubt', 'Acute psychosis'),
        capacityAssessed('lacks-capacity'),
        bestInterestsDecided('yes'),
        no('personInformed', 'Too unwell to take it in now; to be told when well'),
      ].reduce(send, atCapacity),
      igConsulted(),
    );
    expect(currentConsentStep(atDetails)).toBe('details');
    expectUnchanged(send(atDetails, detailsRecorded(filledDetails(atDetails, { parentsTold: '' }))), atDetails);
    const record = finishedWith(send(atDetails, detailsRecorded(filledDetails(atDetails))), 'endShare');
    expect(record).toMatchObject({ row: 5, rowsFollowed: [4, 5], ageBand: '16-17', outcome: 'BASIS_BEST_INTERESTS', informed: 'no' });
    expect(item(record, 'parentsTold')).toBeTruthy();
    expect(j3Answer(record)).toBe('no');
  });

  it('16–17 with capacity who consents → the young person’s consent (row 2)', () => {
    const atDetails = toDetails(
      drive([...screenedOut, no('familyImplicated'), no('capacityDoubt'), yes('seekConsent'), consentGiven('The young person')], {
        age: 17,
        subject: 'patient',
      }),
    );
    const record = finishedWith(send(atDetails, detailsRecorded(filledDetails(atDetails))), 'endShare');
    expect(record).toMatchObject({ row: 2, consentFrom: 'individual', ageBand: '16-17' });
    expect(record.rationale).toContain('16 or over and has capacity');
  });
});

describe('answers the machine refuses: the step stays and nothing is saved or logged', () => {
  const cases: ReadonlyArray<[string, readonly ConsentEvent[], ConsentEvent, ConsentMachineInput?]> = [
    ['a records search with nothing written', [], searched('no', '   ')],
    ['Gillick competence without the reasoning', [...screenedOut, no('familyImplicated')], yes('gillickCompetent'), { age: 13, subject: 'patient' }],
    ['grounds to doubt capacity without saying what they are', screenedOut, yes('capacityDoubt', '')],
    ['consent not sought without the reason', [...screenedOut, no('capacityDoubt')], no('seekConsent')],
    [
      'told about the referral without their response',
      [...screenedOut, no('capacityDoubt'), yes('seekConsent'), ...adultRefused, yes('refusalRisk'), publicInterest('yes')],
      yes('personInformed'),
    ],
    [
      'not told, without saying why',
      [...screenedOut, no('capacityDoubt'), yes('seekConsent'), ...adultRefused, yes('refusalRisk'), publicInterest('yes')],
      no('personInformed', ''),
    ],
    ['IG consulted with no name', [...screenedOut, no('capacityDoubt'), yes('seekConsent'), consentGiven()], igConsulted('yes', '  ')],
    ['an answer that belongs to another step', [], consentGiven()],
  ];
  it.each(cases)('%s', (_why, before, event, input) => {
    const snapshot = drive(before, input);
    expectUnchanged(send(snapshot, event), snapshot);
  });

  it('the last page with a gap: each kind of gap is refused', () => {
    const atDetails = toDetails(drive([...screenedOut, no('capacityDoubt'), no('seekConsent', 'Would prejudice the outcome'), publicInterest('yes')]));
    for (const gap of [
      { rationale: '' },
      { basis: '' },
      { legalGateways: [] },
      { decisionMaker: { name: '', role: 'Lead' } },
      { recipients: '' },
      { justification: ' ' },
      { capacityOrCompetenceNotes: '' },
      { rationaleWordingApproved: '' },
    ] satisfies Partial<ConsentDetails>[]) {
      expectUnchanged(send(atDetails, detailsRecorded(filledDetails(atDetails, gap))), atDetails);
    }
  });
});

describe('the last page', () => {
  it('starts with the rationale in model wording and the model-wording note, the table’s basis and gateways, and what earlier pages said', () => {
    const atDetails = send(
      drive([
        ...screenedOut,
        no('capacityDoubt'),
        yes('seekConsent'),
        ...adultRefused,
        yes('refusalRisk'),
        publicInterest('yes'),
        no('personInformed', 'Would increase risk'),
      ]),
      igConsulted(),
    );
    const defaults = detailsDefaults(atDetails.context);
    expect(defaults.rationale).toContain('The patient was asked for consent and refused');
    expect(defaults.rationaleWordingApproved).toBe(MODEL_WORDING_NOTE);
    expect(defaults).not.toHaveProperty('basis');
    expect(defaults.justification).toBe('A risk of serious harm to others that outweighs confidentiality');
    expect(defaults).not.toHaveProperty('parentsTold');
  });

  it('reuses what earlier pages said: who decided, and why sharing is necessary and proportionate (nothing asked twice)', () => {
    const atBasis = send(
      drive(
        [
          ...screenedOut,
          familyImplicated(),
          no('gillickCompetent', 'Too young to weigh it'),
          publicInterest('yes'),
          no('personInformed', 'Would alert the adult at home'),
        ],
        { age: 9, subject: 'patient' },
      ),
      igConsulted(),
    );
    const atDetails = send(atBasis, basisChosen('sch1-para18'));
    expect(currentConsentStep(atDetails)).toBe('details');
    const defaults = detailsDefaults(atDetails.context);
    expect(defaults.decisionMaker).toEqual({ name: 'Sam Lead', role: 'Safeguarding Locality Lead' });
    expect(defaults.minimumData).toBe('Only the concern and contact details go, to the LA Prevent Lead');
    expect(defaults.justification).toBe('A risk of serious harm to others that outweighs confidentiality');
  });

  it('the basis is the one chosen on the basis page, in words; the gateways follow the route', () => {
    const atBasis = send(drive([...screenedOut, no('capacityDoubt'), no('seekConsent', 'Would prejudice the outcome'), publicInterest('yes')]), igConsulted());
    expect(currentConsentStep(atBasis)).toBe('careAndSupport');
    const atChoice = send(atBasis, no('careAndSupport'));
    expect(currentConsentStep(atChoice)).toBe('lawfulBasis');
    // Paragraph 18 is for children and adults at risk: refused for an adult without care and support needs.
    expectUnchanged(send(atChoice, basisChosen('sch1-para18')), atChoice);
    const done = finish(atChoice, {}, basisChosen('sch1-para10', { offenceData: 'yes', article10Condition: 'sch1-para10' }));
    expect(done.output).toMatchObject({
      article9Condition: 'sch1-para10',
      offenceData: 'yes',
      article10Condition: 'sch1-para10',
      appropriatePolicyDocument: 'yes',
    });
    expect((done.output as ConsentRecord).basis).toContain('Article 10');
    expect((done.output as ConsentRecord).legalGateways).toContain(legalGateways.crimeAndDisorderAct);
  });
});

describe('decision log', () => {
  it('every answer is logged with the question as shown, the answer, the notes, the time and the source', () => {
    const events = [...screenedOut, no('capacityDoubt', 'Clear and oriented'), no('seekConsent', '  Asking would alert the group  '), publicInterest('yes')];
    const snapshot = finish(drive(events));
    const { log } = snapshot.context;
    expect(log.map((entry) => entry.step)).toEqual([
      'terrorismPlanning',
      'recordsSearch',
      'urgentTriage',
      'capacityDoubt',
      'seekConsent',
      'publicInterest',
      'caldicottConsulted',
      'careAndSupport',
      'lawfulBasis',
      'details',
    ]);
    expect(log[1]).toEqual({
      step: 'recordsSearch',
      question: prompts.recordsSearch,
      answer: 'Records searched: not known to the service',
      notes: 'GP record and community record searched; no earlier concerns',
      at: timeAt('recordsSearch'),
      source: consentStepMeta.recordsSearch.source,
    });
    expect(log[4]).toEqual({
      step: 'seekConsent',
      question: prompts.seekConsent,
      answer: 'No',
      notes: 'Asking would alert the group',
      at: timeAt('seekConsent'),
      source: consentStepMeta.seekConsent.source,
    });
    expect(log[5]).toMatchObject({
      answer: 'Public-interest justification made out',
      notes: 'A risk of serious harm to others that outweighs confidentiality',
    });
    expect(log[6]).toMatchObject({ answer: 'Consulted Dr Jo Guardian, Caldicott Guardian', notes: 'Agreed the basis' });
    expect(log[8]).toMatchObject({ step: 'lawfulBasis', answer: basisWords({ article9Condition: 'sch1-para6', offenceData: 'no', article10Condition: null }) });
    expect(log[9]).toMatchObject({ answer: 'Decision recorded by Sam Lead, Safeguarding Locality Lead' });
    for (const entry of log) expect(entry.source).toBe(consentStepMeta[entry.step].source);
  });

  it('logs what each kind of page collected', () => {
    const police = drive([yes('terrorismPlanning', 'A plan'), policeContacted()]).context.log.at(-1);
    expect(police).toMatchObject({
      answer: 'Police contacted: Anti-Terrorist Hotline, reference AT-123, 01/03/2025 10:05',
      notes: 'Name, address and what was said in clinic',
    });
    const capacity = drive([...screenedOut, yes('capacityDoubt', 'x'), capacityAssessed('lacks-capacity')]).context.log.at(-1);
    expect(capacity).toMatchObject({ answer: 'Lacks capacity for this decision (assessed by Alex Nurse, learning disability nurse on 27/02/2025)' });
    const refusal = drive([...screenedOut, no('capacityDoubt'), yes('seekConsent'), consentRefused()]).context.log.at(-1);
    expect(refusal).toMatchObject({ answer: 'Consent refused by The patient', notes: '"What I do is not your business"' });
  });
});

describe('steps', () => {
  it('every step id is a state with its meta, and only the two ends are ends', () => {
    for (const step of consentStepIds) {
      expect(consentMachine.getStateNodeById(step).meta).toEqual(consentStepMeta[step]);
      expect(consentStepMeta[step].source.length).toBeGreaterThan(0);
    }
    expect(consentStepIds.filter(isConsentEnd)).toEqual(['endShare', 'endDoNotShare']);
  });

  it('starts at the terrorism-planning question, before the records search, with an empty draft, the subject and the age band from the input', () => {
    const snapshot = start({ age: 16, subject: 'colleague' satisfies ConsentSubject });
    expect(currentConsentStep(snapshot)).toBe('terrorismPlanning');
    expect(snapshot.context).toEqual({
      subject: 'colleague',
      ageBand: '16-17',
      draft: { subject: 'colleague', ageBand: '16-17', rowsFollowed: [], items: {}, legalGateways: [], notSoughtReason: null, consentFrom: null },
      log: [],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// legal-and-security §A.1: the corrections, route by route, through the real machine.
// ---------------------------------------------------------------------------------------------

describe('§A.1 routes', () => {
  const child = { age: 14, subject: 'patient' } as const;
  const competentChildAsked = [
    ...screenedOut,
    no('familyImplicated'),
    yes('gillickCompetent', 'Understands the referral and what it means for her'),
    yes('seekConsent'),
  ];
  const parentAsked = [...screenedOut, no('familyImplicated'), no('gillickCompetent', 'Too young to weigh the decision'), yes('seekConsent')];
  const refusedBy = (refusedBy: string): ConsentEvent => ({
    type: 'CONSENT_REFUSED',
    refusal: { refusedBy, reasons: '"We deal with this as a family"' },
    ...asked('consentGiven'),
  });

  it('terrorism planning is the first question, before the records search, and a "yes" needs the concern or evidence written down', () => {
    const first = start(adult);
    expect(currentConsentStep(first)).toBe('terrorismPlanning');
    expectUnchanged(send(first, yes('terrorismPlanning')), first);
    expectUnchanged(send(first, yes('terrorismPlanning', '  ')), first);
    const atPolice = send(first, yes('terrorismPlanning', 'Asked by an online contact to photograph the entrances and security of the hospital'));
    expect(currentConsentStep(atPolice)).toBe('terrorismShare');
    expect(atPolice.context.draft).toMatchObject({ row: 8, notSoughtReason: 'terrorism-planning', informed: 'no' });
    // Consent is not sought on this route: the lawful basis may rest on preventing unlawful acts, never on consent.
    expect(conditionsFor(atPolice.context.draft)).toEqual(['sch1-para6', 'sch1-para10']);
  });

  it('a Gillick-competent child refuses, and not sharing would leave the child or others at risk of significant harm → share without consent; social care referral recorded; paragraph 18 offered', () => {
    const atHarm = send(drive(competentChildAsked, child), refusedBy('The young person'));
    expect(currentConsentStep(atHarm)).toBe('significantHarm');
    // "Not needed" without saying why is refused.
    expectUnchanged(send(atHarm, significantHarm('not-needed', '')), atHarm);
    const atPublicInterest = send(atHarm, significantHarm('made'));
    expect(currentConsentStep(atPublicInterest)).toBe('publicInterest');
    const atBasis = toDetails(
      send(send(atPublicInterest, publicInterest('yes')), no('personInformed', 'Telling her now would alert the online contact')),
      igConsulted(),
      basisChosen('sch1-para18'),
    );
    expect(conditionsFor(atBasis.context.draft)).toEqual(['sch1-para6', 'sch1-para18']);
    const record = finishedWith(send(atBasis, detailsRecorded(filledDetails(atBasis))), 'endShare');
    expect(record).toMatchObject({
      row: 6,
      outcome: 'BASIS_PUBLIC_INTEREST',
      consentStatus: 'refused',
      consentFrom: 'individual',
      significantHarm: 'yes',
      socialCareReferral: 'made',
      article9Condition: 'sch1-para18',
      route: routeVariants.childRefusalSignificantHarm,
    });
    expect(item(record, 'socialCareReferral')).toBe('Made: Referred to children’s social care today');
    expect(item(record, 'significantHarm')).toContain('groomed online');
    expect(emailBasisWording(record)).toContain(
      'The young person refused consent, and not sharing would leave the child, or others, at risk of significant harm.',
    );
  });

  it('a Gillick-competent child refuses, and there is no risk of significant harm → the refusal is respected, with the reasons and other support recorded', () => {
    const atHarm = send(drive(competentChildAsked, child), refusedBy('The young person'));
    expectUnchanged(send(atHarm, no('significantHarm', ' ')), atHarm);
    const atDoNotShare = send(atHarm, no('significantHarm', 'Low-level interest only; school pastoral support in place'));
    expect(currentConsentStep(atDoNotShare)).toBe('doNotShare');
    const record = finishedWith(
      finish(send(atDoNotShare, notSharing('School pastoral support and GP follow-up offered')), {
        recipients: '',
        minimumData: 'No information will be shared',
      }),
      'endDoNotShare',
    );
    expect(record).toMatchObject({ outcome: 'NO_LAWFUL_BASIS', route: routeVariants.refusalRespected, significantHarm: 'no', article9Condition: null });
    expect(item(record, 'noSignificantHarm')).toBe('Low-level interest only; school pastoral support in place');
    expect(item(record, 'refusalReasons')).toBe('"We deal with this as a family"');
    expect(record.rationale).toContain('so the refusal is respected');
  });

  it.each([
    ['yes', 'endShare'],
    ['no', 'endDoNotShare'],
  ] as const)('a parent refuses for a child who cannot decide; significant harm %s → %s', (harm, end) => {
    const atHarm = send(drive(parentAsked, { age: 8, subject: 'patient' }), refusedBy('Mother (parental responsibility)'));
    expect(currentConsentStep(atHarm)).toBe('significantHarm');
    const next =
      harm === 'yes'
        ? toDetails(
            send(
              send(send(atHarm, significantHarm('considered', 'Discussed with the MASH; they will decide today')), publicInterest('yes')),
              no('personInformed', 'Would alert the family'),
            ),
            igConsulted(),
            basisChosen('sch1-para18'),
          )
        : toDetails(send(send(atHarm, no('significantHarm', 'No risk of significant harm identified')), notSharing()));
    const record = finishedWith(
      send(next, detailsRecorded(filledDetails(next, harm === 'no' ? { recipients: '', minimumData: 'Nothing is shared' } : {}))),
      end,
    );
    expect(record).toMatchObject({ consentStatus: 'refused', consentFrom: 'parent-or-guardian', significantHarm: harm });
    if (harm === 'yes') {
      expect(record.socialCareReferral).toBe('considered');
      expect(basisStatementOf(record)).toContain('The child’s parent or guardian refused consent');
    } else expect(record.outcome).toBe('NO_LAWFUL_BASIS');
  });

  it('family implicated: the family is left out, the young person is still assessed and asked for their own consent, and can give it', () => {
    const atGillick = drive([...screenedOut, familyImplicated()], { age: 13, subject: 'patient' });
    expect(currentConsentStep(atGillick)).toBe('gillickCompetent');
    const atSeek = send(atGillick, yes('gillickCompetent', 'Mature and understands the referral'));
    expect(currentConsentStep(atSeek)).toBe('seekConsent');
    const atDetails = toDetails(send(send(atSeek, yes('seekConsent')), consentGiven('The young person')));
    // The family is implicated, so the parents' part is not asked again on the last page.
    expect(detailsDefaults(atDetails.context)).not.toHaveProperty('parentsTold');
    const record = finishedWith(send(atDetails, detailsRecorded(filledDetails(atDetails))), 'endShare');
    expect(record).toMatchObject({
      row: 2,
      rowsFollowed: [3, 2],
      familyImplicated: 'yes',
      consentStatus: 'obtained',
      consentFrom: 'individual',
      article9Condition: 'sch1-para6',
    });
    expect(item(record, 'whyParentNotAsked')).toBe('An adult at home is training the child for "the cause"');
    expect(item(record, 'competence')).toBe('Mature and understands the referral');
  });

  it('family implicated: asking the young person would increase the risk → not asked, and why is recorded; 16 or 17 → the capacity question', () => {
    const atSeek = send(drive([...screenedOut, familyImplicated()], { age: 13, subject: 'patient' }), yes('gillickCompetent', 'Competent'));
    expectUnchanged(send(atSeek, no('seekConsent')), atSeek);
    const atPublicInterest = send(atSeek, no('seekConsent', 'She would tell her stepfather, who is implicated'));
    expect(currentConsentStep(atPublicInterest)).toBe('publicInterest');
    const record = finishedWith(
      finish(
        send(send(atPublicInterest, publicInterest('yes')), no('personInformed', 'Would alert the stepfather')),
        {},
        igConsulted(),
        basisChosen('sch1-para10'),
      ),
      'endShare',
    );
    expect(record).toMatchObject({ row: 3, notSoughtReason: 'family-implicated', familyImplicated: 'yes', article9Condition: 'sch1-para10' });
    expect(item(record, 'whyYoungPersonNotAsked')).toBe('She would tell her stepfather, who is implicated');
    expect(emailBasisWording(record)).toContain('The young person has not been asked either');
    expect(currentConsentStep(drive([...screenedOut, familyImplicated()], { age: 17, subject: 'patient' }))).toBe('capacityDoubt');
  });

  it('an adult refuses and grooming or coercion may be shaping it → the record says IG or legal advice is to be sought; care and support needs → a Care Act s42 enquiry; paragraph 18 offered', () => {
    const atCoercion = send(drive([...screenedOut, no('capacityDoubt'), yes('seekConsent')]), consentRefused());
    expect(currentConsentStep(atCoercion)).toBe('refusalCoercion');
    expectUnchanged(send(atCoercion, yes('refusalCoercion')), atCoercion);
    const atCare = send(atCoercion, yes('refusalCoercion', 'A new "friend" answers for him and tells him not to talk to staff'));
    expect(currentConsentStep(atCare)).toBe('careAndSupport');
    const atRisk = send(atCare, yes('careAndSupport', 'Learning disability; lives in supported housing'));
    expect(currentConsentStep(atRisk)).toBe('refusalRisk');
    const atIg = [yes('refusalRisk'), publicInterest('yes'), no('personInformed', 'Would alert the "friend"')].reduce(send, atRisk);
    const atBasis = send(atIg, igConsulted());
    // Care and support needs were recorded with the refusal: not asked again before the basis.
    expect(currentConsentStep(atBasis)).toBe('lawfulBasis');
    expect(conditionsFor(atBasis.context.draft)).toEqual(['sch1-para6', 'sch1-para18']);
    const atDetails = send(atBasis, basisChosen('sch1-para18'));
    const record = finishedWith(send(atDetails, detailsRecorded(filledDetails(atDetails))), 'endShare');
    expect(record).toMatchObject({ coercionConcern: 'yes', careAndSupportNeeds: 'yes', article9Condition: 'sch1-para18' });
    expect(item(record, 'coercionConcern')).toContain('IG or legal advice is to be sought');
    expect(item(record, 'careAndSupportNeeds')).toContain('Care Act 2014 section 42 safeguarding enquiry');
  });

  it('an adult who refuses freely, without care and support needs: paragraph 18 and paragraph 10 are never offered', () => {
    const atBasis = send(
      [
        ...screenedOut,
        no('capacityDoubt'),
        yes('seekConsent'),
        ...adultRefused,
        yes('refusalRisk'),
        publicInterest('yes'),
        yes('personInformed', 'Told; angry'),
      ].reduce(send, start()),
      igConsulted(),
    );
    expect(currentConsentStep(atBasis)).toBe('lawfulBasis');
    expect(conditionsFor(atBasis.context.draft)).toEqual(['sch1-para6']);
    expectUnchanged(send(atBasis, basisChosen('sch1-para18')), atBasis);
    expectUnchanged(send(atBasis, basisChosen('sch1-para10')), atBasis);
  });

  it('a consent route offers paragraph 6 only; Article 10 needs its own condition, and only when offences are involved', () => {
    const atBasis = send(drive([...screenedOut, no('capacityDoubt'), yes('seekConsent'), consentGiven()]), igConsulted());
    expect(conditionsFor(atBasis.context.draft)).toEqual(['sch1-para6']);
    expectUnchanged(send(atBasis, basisChosen('sch1-para10')), atBasis);
    expectUnchanged(send(atBasis, basisChosen('sch1-para6', { offenceData: 'yes', article10Condition: null })), atBasis);
    expectUnchanged(send(atBasis, basisChosen('sch1-para6', { offenceData: 'no', article10Condition: 'sch1-para6' })), atBasis);
    expect(currentConsentStep(send(atBasis, basisChosen('sch1-para6', { offenceData: 'yes', article10Condition: 'sch1-para6' })))).toBe('details');
  });

  it('the appropriate policy document not covering the condition: the record can be finished, and export names what is missing', () => {
    const atBasis = send(drive([...screenedOut, no('capacityDoubt'), yes('seekConsent'), consentGiven()]), igConsulted());
    const atDetails = send(atBasis, basisChosen('sch1-para6', { appropriatePolicyDocument: 'no' }));
    const done = send(atDetails, detailsRecorded(filledDetails(atDetails)));
    expect(currentConsentStep(done)).toBe('endShare');
    expect(missingForExport(done.output as ConsentRecord)).toEqual([missingBasis.policyNotCovering]);
  });
});
