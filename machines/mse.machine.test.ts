import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyStateNode } from 'xstate';
import type { ConcernRecord, EmergencyRecord, LeadInformed, PoliceCalled, Role, UrgentContact } from '../forms/pathway-answers.schema';
import { emergencyStepIds } from './pathway-common';
import { concernMachine, hasText, roleLabels, stepIds, stepMeta, type ConcernEvent, type ConcernSnapshot } from './concern.machine';
import {
  allConfirmed,
  choiceIsComplete,
  currentMseStep,
  isMseOutcome,
  mseChoices,
  mseChoiceWords,
  mseConcernSummary,
  mseConfirmations,
  mseMachine,
  mseRationaleRequired,
  mseStepIds,
  mseStepMeta,
  referrerPartEnded,
  type Confirmation,
  type ConfirmItem,
  type MseChoice,
  type MseChoiceStep,
  type MseEvent,
  type MseSnapshot,
  type MseStepId,
} from './mse.machine';

// ---------------------------------------------------------------------------------------------
// Fixtures: every answer carries the question as shown and a fixed time, so the log is predictable.
// ---------------------------------------------------------------------------------------------

const prompts = {
  mseStart: 'Which best describes you?',
  mseImmediateRisk: 'Does anyone need urgent police assistance now?',
  mseSubject: 'Is the person you are concerned about a member of staff?',
  mseClarify: 'Clarify the information and make a record of your concern',
  mseStaffRecord: 'Make a record of your concern and share it with the person’s line manager',
  mseStaffRiskAssessment: 'What did the staff risk assessment decide?',
  mseLiaisePreventLead: 'Has the Prevent Lead advised that a referral should be made?',
  mseConsent: 'Will the referral be made with the person’s consent and knowledge?',
  mseSubmitPortal: 'Make the referral through the police Prevent portal',
  mseNotify: 'Tell the Prevent Lead and share the concern with social care',
  msePoliceReview: 'What did the police decide?',
  emergencyCallPolice: 'Call 999 now and ask for police presence',
  emergencyInformLead: 'Inform the safeguarding lead',
  emergencyRecord: 'Record what happened',
  endEmergency: '',
  mseEndStaffOtherProcess: '',
  mseEndStaffNoFurtherAction: '',
  mseEndNoReferral: '',
  mseEndNoLawfulBasis: '',
  mseEndPoliceSpace: '',
  mseEndChannelPanel: '',
  mseEndNfa: '',
  leadUnreachable: 'Can this wait until you can reach the Prevent Lead?',
  urgentContact: 'Call for advice now',
  endLeadToBeTold: '',
  endUrgentAdviceSought: '',
} as const satisfies Record<MseStepId, string>;

/** A fixed, distinct time for each step: 1 March 2025, 10:00 + the step's index in minutes. */
const timeAt = (step: MseStepId) => `2025-03-01T10:${String(mseStepIds.indexOf(step)).padStart(2, '0')}:00.000Z`;
const asked = (step: MseStepId) => ({ prompt: prompts[step], at: timeAt(step) });

const EMERGENCY_PROMPT = 'This has become an emergency';
const EMERGENCY_AT = '2025-03-01T11:59:00.000Z';

const validRecord: ConcernRecord = {
  whatHappened: 'Shared a video praising an attack, in the waiting room',
  whenNoticed: '2025-03-01',
  exactWords: '',
  opinion: '',
  indicators: [],
  vulnerabilities: [],
  discussedWith: 'Practice manager',
  reporterName: '',
  reporterRole: '',
};
const policeDetails: PoliceCalled = { calledAt: '10:05', reference: 'CAD 1234', notes: 'Officers on their way' };
const leadDetails: LeadInformed = { informed: 'yes', leadName: 'Sam Lead', notes: 'Told by phone' };
const emergencyRecord: EmergencyRecord = { whatHappened: 'Threat made at reception; 999 called', exactWords: '' };
const portalDetails: Confirmation = { confirmed: ['portalSubmitted'], reference: 'PRV-0042', notes: 'Submitted at 11:00' };
const notifiedDetails: Confirmation = {
  confirmed: ['preventLeadNotified', 'socialCareShared'],
  reference: '',
  notes: 'Emailed the Prevent Lead; called the children’s front door',
};

type RecordStep = 'mseClarify' | 'mseStaffRecord';

const begin = (role: Role = 'staff'): MseEvent => ({ type: 'BEGIN', role, ...asked('mseStart') });
const yes = (step: MseStepId, notes?: string): MseEvent => ({ type: 'ANSWER_YES', ...(notes === undefined ? {} : { notes }), ...asked(step) });
const no = (step: MseStepId, notes?: string): MseEvent => ({ type: 'ANSWER_NO', ...(notes === undefined ? {} : { notes }), ...asked(step) });
const notStaff = (): MseEvent => ({ type: 'SELECT_PATIENT', ...asked('mseSubject') });
const staff = (): MseEvent => ({ type: 'SELECT_COLLEAGUE', ...asked('mseSubject') });
const recordSaved = (step: RecordStep, record: ConcernRecord = validRecord): MseEvent => ({ type: 'RECORD_SAVED', record, ...asked(step) });
const LEAD_AGREEMENT = { name: 'Pat Lead, ICB Prevent Lead', agreedAt: '05/11/2026 14:30' };
/** A three-way answer; referring without consent carries the Prevent Lead's agreement unless `agreement` is null. */
const choose = <S extends MseChoiceStep>(step: S, type: MseChoice<S>, notes?: string, agreement: typeof LEAD_AGREEMENT | null = LEAD_AGREEMENT): MseEvent => ({
  type,
  ...(notes === undefined ? {} : { notes }),
  ...(type === 'REFER_WITHOUT_CONSENT' && agreement ? { leadAgreement: agreement } : {}),
  ...asked(step),
});
const portalSubmitted = (details: Confirmation = portalDetails): MseEvent => ({ type: 'PORTAL_SUBMITTED', details, ...asked('mseSubmitPortal') });
const notified = (details: Confirmation = notifiedDetails): MseEvent => ({ type: 'NOTIFIED', details, ...asked('mseNotify') });
const policeCalled = (details: PoliceCalled = policeDetails): MseEvent => ({ type: 'POLICE_CALLED', details, ...asked('emergencyCallPolice') });
const leadInformed = (details: LeadInformed = leadDetails): MseEvent => ({ type: 'LEAD_INFORMED', details, ...asked('emergencyInformLead') });
const emergencyRecorded = (record: EmergencyRecord = emergencyRecord): MseEvent => ({ type: 'EMERGENCY_RECORDED', record, ...asked('emergencyRecord') });
const emergencyFrom = (_from: MseStepId): MseEvent => ({ type: 'IMMEDIATE_RISK_IDENTIFIED', prompt: EMERGENCY_PROMPT, at: EMERGENCY_AT });

const leadUnreachable = (notes?: string): MseEvent => ({
  type: 'LEAD_UNREACHABLE',
  ...(notes === undefined ? {} : { notes }),
  ...asked('mseLiaisePreventLead'),
});
const urgentDetails: UrgentContact = {
  contacted: ['outOfHours'],
  spokeTo: 'On-call safeguarding manager',
  contactedAt: '23:15',
  reference: '',
  notes: 'Advised to call 101 if anything changes',
};
const urgentContactMade = (details: UrgentContact = urgentDetails): MseEvent => ({ type: 'URGENT_CONTACT_MADE', details, ...asked('urgentContact') });

const CONSENT_RATIONALE = 'Consent given in clinic on 1 March; they agreed to the referral';

// ---------------------------------------------------------------------------------------------
// Driving the machine with the pure functions only.
// ---------------------------------------------------------------------------------------------

function initial(): MseSnapshot {
  const [snapshot] = initialTransition(mseMachine);
  return snapshot;
}

function send(snapshot: MseSnapshot, event: MseEvent): MseSnapshot {
  const [next] = transition(mseMachine, snapshot, event);
  return next;
}

function drive(events: readonly MseEvent[], from: MseSnapshot = initial()): MseSnapshot {
  return events.reduce(send, from);
}

/** One way to reach every step, following the flowchart. */
const toImmediateRisk = [begin()];
const toSubject = [...toImmediateRisk, no('mseImmediateRisk')];
const toClarify = [...toSubject, notStaff()];
const toStaffRecord = [...toSubject, staff()];
const toStaffRiskAssessment = [...toStaffRecord, recordSaved('mseStaffRecord')];
const toLiaise = [...toClarify, recordSaved('mseClarify')];
const toConsent = [...toLiaise, yes('mseLiaisePreventLead')];
const toSubmitPortal = [...toConsent, choose('mseConsent', 'REFER_WITH_CONSENT', CONSENT_RATIONALE)];
const toNotify = [...toSubmitPortal, portalSubmitted()];
const toPoliceReview = [...toNotify, notified()];
const toCallPolice = [...toImmediateRisk, yes('mseImmediateRisk')];
const toEmergencyInformLead = [...toCallPolice, policeCalled()];
const toEmergencyRecord = [...toEmergencyInformLead, leadInformed()];
const toLeadUnreachable = [...toLiaise, leadUnreachable('No answer from the Prevent Lead or the safeguarding team at 23:00')];
const toUrgentContact = [...toLeadUnreachable, no('leadUnreachable')];

const routeTo = {
  mseStart: [],
  mseImmediateRisk: toImmediateRisk,
  mseSubject: toSubject,
  mseClarify: toClarify,
  mseStaffRecord: toStaffRecord,
  mseStaffRiskAssessment: toStaffRiskAssessment,
  mseLiaisePreventLead: toLiaise,
  mseConsent: toConsent,
  mseSubmitPortal: toSubmitPortal,
  mseNotify: toNotify,
  msePoliceReview: toPoliceReview,
  emergencyCallPolice: toCallPolice,
  emergencyInformLead: toEmergencyInformLead,
  emergencyRecord: toEmergencyRecord,
  endEmergency: [...toEmergencyRecord, emergencyRecorded()],
  mseEndStaffOtherProcess: [...toStaffRiskAssessment, choose('mseStaffRiskAssessment', 'OTHER_PROCESS', 'HR process already under way')],
  mseEndStaffNoFurtherAction: [...toStaffRiskAssessment, choose('mseStaffRiskAssessment', 'NO_FURTHER_ACTION', 'A misunderstanding, resolved')],
  mseEndNoReferral: [...toLiaise, no('mseLiaisePreventLead', 'Prevent Lead advised a referral to the mental health team instead')],
  mseEndNoLawfulBasis: [...toConsent, choose('mseConsent', 'NO_LAWFUL_BASIS', 'Refused; the risk is to themselves only')],
  mseEndPoliceSpace: [...toPoliceReview, choose('msePoliceReview', 'POLICE_SPACE')],
  mseEndChannelPanel: [...toPoliceReview, choose('msePoliceReview', 'CHANNEL_PANEL', 'Prevent Lead told me on 20 March')],
  mseEndNfa: [...toPoliceReview, choose('msePoliceReview', 'NFA')],
  leadUnreachable: toLeadUnreachable,
  urgentContact: toUrgentContact,
  endLeadToBeTold: [...toLeadUnreachable, yes('leadUnreachable', 'The Prevent Lead is in at 09:00; it can wait until then')],
  endUrgentAdviceSought: [...toUrgentContact, urgentContactMade()],
} as const satisfies Record<MseStepId, readonly MseEvent[]>;

const reach = (step: MseStepId) => drive(routeTo[step]);

const pathwaySteps = [
  'mseStart',
  'mseImmediateRisk',
  'mseSubject',
  'mseClarify',
  'mseStaffRecord',
  'mseStaffRiskAssessment',
  'mseLiaisePreventLead',
  'mseConsent',
  'mseSubmitPortal',
  'mseNotify',
  'msePoliceReview',
  'leadUnreachable',
  'urgentContact',
] as const satisfies readonly MseStepId[];
const emergencySteps = ['emergencyCallPolice', 'emergencyInformLead', 'emergencyRecord'] as const satisfies readonly MseStepId[];
const finalSteps = [
  'endEmergency',
  'mseEndStaffOtherProcess',
  'mseEndStaffNoFurtherAction',
  'mseEndNoReferral',
  'mseEndNoLawfulBasis',
  'mseEndPoliceSpace',
  'mseEndChannelPanel',
  'mseEndNfa',
  'endLeadToBeTold',
  'endUrgentAdviceSought',
] as const satisfies readonly MseStepId[];

/** Every kind of event, with a valid payload, to show a step ignores what it does not handle. */
const everyEvent = (): MseEvent[] => [
  begin(),
  yes('mseLiaisePreventLead', 'note'),
  no('mseLiaisePreventLead', 'note'),
  notStaff(),
  staff(),
  recordSaved('mseClarify'),
  ...Object.entries(mseChoices).flatMap(([step, choices]) => choices.map((type) => choose(step as MseChoiceStep, type as never, 'note'))),
  portalSubmitted(),
  notified(),
  policeCalled(),
  leadInformed(),
  emergencyRecorded(),
  emergencyFrom('mseStart'),
];

/** The snapshot did not move: same step, same status, same context (so nothing was logged or saved). */
function expectUnchanged(after: MseSnapshot, before: MseSnapshot) {
  expect(after.value).toEqual(before.value);
  expect(after.status).toBe(before.status);
  expect(after.context).toEqual(before.context);
}

const lastLog = (snapshot: MseSnapshot) => snapshot.context.log.at(-1);

// ---------------------------------------------------------------------------------------------
// The flowchart, box by box.
// ---------------------------------------------------------------------------------------------

describe('start (box 1: a concern about someone expressing extremist views or behaviours)', () => {
  it('starts with an empty case', () => {
    const snapshot = initial();
    expect(currentMseStep(snapshot)).toBe('mseStart');
    expect(snapshot.status).toBe('active');
    expect(snapshot.context).toEqual({
      role: null,
      subject: null,
      record: null,
      emergency: { declaredFrom: null, police: null, lead: null, record: null },
      staffAssessment: null,
      advice: null,
      consent: null,
      portal: null,
      notified: null,
      policeDecision: null,
      log: [],
    });
  });

  it.each(['staff', 'manager', 'lead'] as const)('begin as %s → does anyone need urgent police help?, with the role set and logged', (role) => {
    const snapshot = send(initial(), begin(role));
    expect(currentMseStep(snapshot)).toBe('mseImmediateRisk');
    expect(snapshot.context.role).toBe(role);
    expect(snapshot.context.log).toEqual([
      {
        step: 'mseStart',
        question: prompts.mseStart,
        answer: roleLabels[role],
        notes: '',
        role,
        actor: mseStepMeta.mseStart.actor,
        at: timeAt('mseStart'),
        source: mseStepMeta.mseStart.source,
      },
    ]);
  });
});

describe('urgent police assistance?', () => {
  it('yes → call 999 (the shared emergency route), declared from this question', () => {
    const snapshot = send(reach('mseImmediateRisk'), yes('mseImmediateRisk', '  Said they would hurt someone today  '));
    expect(currentMseStep(snapshot)).toBe('emergencyCallPolice');
    expect(snapshot.context.emergency.declaredFrom).toBe('mseImmediateRisk');
    expect(lastLog(snapshot)).toMatchObject({ step: 'mseImmediateRisk', answer: 'Yes', notes: 'Said they would hurt someone today' });
  });

  it('no → is the person a member of staff?', () => {
    const snapshot = send(reach('mseImmediateRisk'), no('mseImmediateRisk'));
    expect(currentMseStep(snapshot)).toBe('mseSubject');
    expect(snapshot.context.emergency.declaredFrom).toBeNull();
    expect(lastLog(snapshot)).toMatchObject({ step: 'mseImmediateRisk', answer: 'No', notes: '' });
  });
});

describe('a member of staff? (the side note, "refer to point 6.3.6")', () => {
  it('not staff → clarify the information', () => {
    const snapshot = send(reach('mseSubject'), notStaff());
    expect(currentMseStep(snapshot)).toBe('mseClarify');
    expect(snapshot.context.subject).toBe('patient');
    expect(lastLog(snapshot)).toMatchObject({
      step: 'mseSubject',
      answer: 'Not a member of staff (a patient, service user, carer, family member, visitor or member of the public)',
    });
  });

  it('staff → the staff route: make a record for the risk assessment', () => {
    const snapshot = send(reach('mseSubject'), staff());
    expect(currentMseStep(snapshot)).toBe('mseStaffRecord');
    expect(snapshot.context.subject).toBe('colleague');
    expect(lastLog(snapshot)).toMatchObject({
      step: 'mseSubject',
      answer: 'A member of staff (including temporary, voluntary, contract, self-employed, bank and agency staff)',
    });
  });
});

const incompleteRecords: ReadonlyArray<[string, ConcernRecord]> = [
  ['nothing written about what happened', { ...validRecord, whatHappened: '' }],
  ['only spaces about what happened', { ...validRecord, whatHappened: '   ' }],
  ['no date noticed', { ...validRecord, whenNoticed: '' }],
  ['a date that is not real (31 February)', { ...validRecord, whenNoticed: '2024-02-31' }],
  ['a date in the future', { ...validRecord, whenNoticed: '2999-01-01' }],
  ['nobody it was discussed with', { ...validRecord, discussedWith: '' }],
];

describe.each([
  ['clarify the information (not staff)', 'mseClarify', 'mseLiaisePreventLead'],
  ['staff route, make a record', 'mseStaffRecord', 'mseStaffRiskAssessment'],
] as const)('%s', (_what, recordStep, nextStep) => {
  it.each(incompleteRecords)('a record with %s is refused: the step stays, nothing is saved or logged', (_why, record) => {
    const before = reach(recordStep);
    const after = send(before, recordSaved(recordStep, record));
    expect(currentMseStep(after)).toBe(recordStep);
    expectUnchanged(after, before);
    expect(after.context.record).toBeNull();
  });

  it(`a complete record → ${nextStep}, with the record saved and logged`, () => {
    const snapshot = send(reach(recordStep), recordSaved(recordStep));
    expect(currentMseStep(snapshot)).toBe(nextStep);
    expect(snapshot.context.record).toEqual(validRecord);
    expect(lastLog(snapshot)).toEqual({
      step: recordStep,
      question: prompts[recordStep],
      answer: 'Record made; discussed with Practice manager',
      notes: validRecord.whatHappened,
      role: 'staff',
      actor: mseStepMeta[recordStep].actor,
      at: timeAt(recordStep),
      source: mseStepMeta[recordStep].source,
    });
  });
});

describe('staff risk assessment (line manager, HR, Deputy Director of Nursing for Safeguarding)', () => {
  it.each([undefined, '', 'Agreed at the meeting on 3 March'])('proceed under Prevent (notes %j: optional) → liaise with the ICB Prevent Lead', (notes) => {
    const snapshot = send(reach('mseStaffRiskAssessment'), choose('mseStaffRiskAssessment', 'PROCEED_TO_PREVENT', notes));
    expect(currentMseStep(snapshot)).toBe('mseLiaisePreventLead');
    expect(snapshot.context.staffAssessment).toEqual({ choice: 'PROCEED_TO_PREVENT', notes: notes ?? '' });
    expect(lastLog(snapshot)).toMatchObject({
      step: 'mseStaffRiskAssessment',
      answer: mseChoiceWords.PROCEED_TO_PREVENT,
      actor: mseStepMeta.mseStaffRiskAssessment.actor,
    });
  });

  describe.each([
    ['OTHER_PROCESS', 'mseEndStaffOtherProcess'],
    ['NO_FURTHER_ACTION', 'mseEndStaffNoFurtherAction'],
  ] as const)('%s', (type, end) => {
    it.each([undefined, '', ' \n '])('without a rationale (notes %j) is refused', (notes) => {
      const before = reach('mseStaffRiskAssessment');
      expectUnchanged(send(before, choose('mseStaffRiskAssessment', type, notes)), before);
    });

    it(`with a rationale → END (${end}), with the decision kept and logged`, () => {
      const snapshot = send(reach('mseStaffRiskAssessment'), choose('mseStaffRiskAssessment', type, '  Reasons agreed by all three  '));
      expect(currentMseStep(snapshot)).toBe(end);
      expect(snapshot.status).toBe('done');
      expect(snapshot.context.staffAssessment).toEqual({ choice: type, notes: 'Reasons agreed by all three' });
      expect(lastLog(snapshot)).toMatchObject({ step: 'mseStaffRiskAssessment', answer: mseChoiceWords[type], notes: 'Reasons agreed by all three' });
    });
  });

  it('the staff route, once it proceeds, joins the main route: referral advised → consent', () => {
    const snapshot = drive([choose('mseStaffRiskAssessment', 'PROCEED_TO_PREVENT'), yes('mseLiaisePreventLead')], reach('mseStaffRiskAssessment'));
    expect(currentMseStep(snapshot)).toBe('mseConsent');
    expect(snapshot.context.subject).toBe('colleague');
  });
});

describe('the Prevent Lead cannot be reached yet (004 ¶63–65; 002 ways to seek advice)', () => {
  it('cannot reach the Prevent Lead → can this wait? (the BSW chart’s own step), logged at box 3', () => {
    const snapshot = reach('leadUnreachable');
    expect(currentMseStep(snapshot)).toBe('leadUnreachable');
    expect(snapshot.context.advice).toBeNull();
    expect(snapshot.context.log.at(-1)).toMatchObject({
      step: 'mseLiaisePreventLead',
      answer: 'Cannot reach the lead yet',
      notes: 'No answer from the Prevent Lead or the safeguarding team at 23:00',
    });
  });

  it('it can wait, with a reason → END: tell the Prevent Lead when you can', () => {
    const snapshot = reach('endLeadToBeTold');
    expect(snapshot.status).toBe('done');
    expect(mseStepMeta.endLeadToBeTold.outcome).toBe('LEAD_TO_BE_TOLD');
  });

  it('it can wait, without a reason → refused', () => {
    const before = reach('leadUnreachable');
    const after = send(before, yes('leadUnreachable'));
    expect(after.context).toEqual(before.context);
    expect(currentMseStep(after)).toBe('leadUnreachable');
  });

  it('it cannot wait → call for advice now → END: the log says who was contacted and when', () => {
    const snapshot = reach('endUrgentAdviceSought');
    expect(snapshot.status).toBe('done');
    expect(mseStepMeta.endUrgentAdviceSought.outcome).toBe('URGENT_ADVICE_SOUGHT');
    expect(snapshot.context.log.at(-1)).toMatchObject({
      step: 'urgentContact',
      answer: 'Contacted the organisation’s out-of-hours or on-call contact at 23:15; spoke to On-call safeguarding manager',
      notes: urgentDetails.notes,
    });
  });

  it('a contact with no time is refused', () => {
    const before = reach('urgentContact');
    const after = send(before, urgentContactMade({ ...urgentDetails, contactedAt: '' }));
    expect(after.context).toEqual(before.context);
  });

  it('hands the referral a valid summary from the out-of-hours ENDs', () => {
    for (const step of ['endLeadToBeTold', 'endUrgentAdviceSought'] as const) {
      expect(mseConcernSummary(reach(step).context)).toMatchObject({ pathway: 'mse', log: reach(step).context.log });
    }
  });
});

describe('liaise with the ICB Prevent Lead (box 3)', () => {
  it('referral advised → consent, with the advice kept', () => {
    const snapshot = send(reach('mseLiaisePreventLead'), yes('mseLiaisePreventLead', 'Spoke to the Prevent Lead by phone'));
    expect(currentMseStep(snapshot)).toBe('mseConsent');
    expect(snapshot.context.advice).toEqual({ referralAdvised: true, notes: 'Spoke to the Prevent Lead by phone' });
    expect(lastLog(snapshot)).toMatchObject({ step: 'mseLiaisePreventLead', answer: 'Yes', notes: 'Spoke to the Prevent Lead by phone' });
  });

  it.each([undefined, '', '   '])('referral not advised without the advice written down (notes %j) is refused', (notes) => {
    const before = reach('mseLiaisePreventLead');
    expectUnchanged(send(before, no('mseLiaisePreventLead', notes)), before);
  });

  it('referral not advised, with the advice → END (no referral advised)', () => {
    const snapshot = send(reach('mseLiaisePreventLead'), no('mseLiaisePreventLead', 'Advised: GP and mental health support instead'));
    expect(currentMseStep(snapshot)).toBe('mseEndNoReferral');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.advice).toEqual({ referralAdvised: false, notes: 'Advised: GP and mental health support instead' });
  });
});

describe('with or without consent / knowledge, rationale (box 4)', () => {
  it.each([
    ['REFER_WITH_CONSENT', 'mseSubmitPortal'],
    ['REFER_WITHOUT_CONSENT', 'mseSubmitPortal'],
    ['NO_LAWFUL_BASIS', 'mseEndNoLawfulBasis'],
  ] as const)('%s with a rationale → %s, with the basis and rationale kept', (type, next) => {
    const snapshot = send(reach('mseConsent'), choose('mseConsent', type, ` ${CONSENT_RATIONALE} `));
    expect(currentMseStep(snapshot)).toBe(next);
    const withLead = type === 'REFER_WITHOUT_CONSENT';
    expect(snapshot.context.consent).toEqual({ choice: type, notes: CONSENT_RATIONALE, ...(withLead ? { leadAgreement: LEAD_AGREEMENT } : {}) });
    expect(lastLog(snapshot)).toMatchObject({
      step: 'mseConsent',
      answer: withLead ? `${mseChoiceWords[type]}: agreed by the Prevent Lead, Pat Lead, ICB Prevent Lead, 05/11/2026 14:30` : mseChoiceWords[type],
      notes: CONSENT_RATIONALE,
    });
  });

  it.each([
    ['no agreement recorded', null],
    ['no name', { name: ' ', agreedAt: '05/11/2026 14:30' }],
    ['no time', { name: 'Pat Lead', agreedAt: '' }],
  ] as const)('without consent, the Prevent Lead who agreed and when are required: %s is refused', (_why, agreement) => {
    const before = reach('mseConsent');
    expectUnchanged(send(before, choose('mseConsent', 'REFER_WITHOUT_CONSENT', CONSENT_RATIONALE, agreement)), before);
  });

  it.each(mseChoices.mseConsent.flatMap((type) => [undefined, '', '  '].map((notes) => [type, notes] as const)))(
    '%s without a rationale (notes %j) is refused',
    (type, notes) => {
      const before = reach('mseConsent');
      expectUnchanged(send(before, choose('mseConsent', type, notes)), before);
    },
  );

  it('no lawful basis is an END: nothing is submitted or shared', () => {
    const snapshot = reach('mseEndNoLawfulBasis');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.portal).toBeNull();
    expect(snapshot.context.notified).toBeNull();
  });
});

describe('refer through the police portal (box 4; the portal is outside the app)', () => {
  it.each<[string, readonly ConfirmItem[]]>([
    ['nothing ticked', []],
    ['the wrong item ticked', ['preventLeadNotified']],
  ])('%s is refused: the referrer has not confirmed submitting it', (_why, confirmed) => {
    const before = reach('mseSubmitPortal');
    expectUnchanged(send(before, portalSubmitted({ confirmed, reference: '', notes: '' })), before);
  });

  it('submission confirmed → notify, with the reference kept and logged', () => {
    const snapshot = send(reach('mseSubmitPortal'), portalSubmitted());
    expect(currentMseStep(snapshot)).toBe('mseNotify');
    expect(snapshot.context.portal).toEqual(portalDetails);
    expect(lastLog(snapshot)).toMatchObject({
      step: 'mseSubmitPortal',
      answer: 'Referral submitted through the police portal (reference PRV-0042)',
      notes: 'Submitted at 11:00',
    });
  });

  it('without a reference the log says only that it was submitted', () => {
    const snapshot = send(reach('mseSubmitPortal'), portalSubmitted({ confirmed: ['portalSubmitted'], reference: '', notes: '' }));
    expect(lastLog(snapshot)).toMatchObject({ answer: 'Referral submitted through the police portal', notes: '' });
  });

  it('the notification event does not count as submitting', () => {
    const before = reach('mseSubmitPortal');
    expectUnchanged(send(before, notified()), before);
  });
});

describe('notify the ICB Prevent Lead and share with LA social care (both required)', () => {
  it.each<[string, readonly ConfirmItem[]]>([
    ['nothing ticked', []],
    ['only the Prevent Lead notified', ['preventLeadNotified']],
    ['only social care told', ['socialCareShared']],
    ['the portal item instead', ['portalSubmitted']],
  ])('%s is refused', (_why, confirmed) => {
    const before = reach('mseNotify');
    expectUnchanged(send(before, notified({ confirmed, reference: '', notes: '' })), before);
  });

  it('both confirmed → the police review: the referrer’s part has ended', () => {
    const snapshot = send(reach('mseNotify'), notified());
    expect(currentMseStep(snapshot)).toBe('msePoliceReview');
    expect(snapshot.status).toBe('active');
    expect(referrerPartEnded('msePoliceReview')).toBe(true);
    expect(snapshot.context.notified).toEqual(notifiedDetails);
    expect(lastLog(snapshot)).toMatchObject({
      step: 'mseNotify',
      answer: 'ICB Prevent Lead notified; concern shared with local authority social care',
      notes: notifiedDetails.notes,
    });
  });
});

describe('police review and decision (boxes 5–8), recorded when known', () => {
  it.each([
    ['POLICE_SPACE', 'mseEndPoliceSpace', 'Police space (Police-Led Partnership)'],
    ['CHANNEL_PANEL', 'mseEndChannelPanel', 'Channel Panel'],
    ['NFA', 'mseEndNfa', 'No Further Action (NFA)'],
  ] as const)('%s → END (%s); notes are optional', (type, end, words) => {
    for (const notes of [undefined, 'Told by the Prevent Lead']) {
      const snapshot = send(reach('msePoliceReview'), choose('msePoliceReview', type, notes));
      expect(currentMseStep(snapshot)).toBe(end);
      expect(snapshot.status).toBe('done');
      expect(snapshot.context.policeDecision).toEqual({ choice: type, notes: notes ?? '' });
      expect(lastLog(snapshot)).toMatchObject({ step: 'msePoliceReview', answer: words, notes: notes ?? '', actor: mseStepMeta.msePoliceReview.actor });
    }
  });

  it('the whole referral route keeps everything the referrer recorded', () => {
    const snapshot = reach('mseEndChannelPanel');
    expect(snapshot.context).toMatchObject({
      subject: 'patient',
      record: validRecord,
      advice: { referralAdvised: true, notes: '' },
      consent: { choice: 'REFER_WITH_CONSENT', notes: CONSENT_RATIONALE },
      portal: portalDetails,
      notified: notifiedDetails,
      policeDecision: { choice: 'CHANNEL_PANEL', notes: 'Prevent Lead told me on 20 March' },
      staffAssessment: null,
    });
  });
});

describe('emergency: the BSW chart’s route, shared (call 999, inform the lead, record)', () => {
  it('police called → inform the safeguarding lead', () => {
    const snapshot = send(reach('emergencyCallPolice'), policeCalled());
    expect(currentMseStep(snapshot)).toBe('emergencyInformLead');
    expect(snapshot.context.emergency.police).toEqual(policeDetails);
    expect(lastLog(snapshot)).toMatchObject({
      step: 'emergencyCallPolice',
      answer: '999 called at 10:05 (reference CAD 1234)',
      notes: 'Officers on their way',
      source: stepMeta.emergencyCallPolice.source,
    });
  });

  it.each([
    ['told', leadDetails, 'Safeguarding lead informed: Sam Lead'],
    ['not yet told (999 comes first)', { informed: 'not-yet', leadName: '', notes: 'Out of hours' } as const, 'Safeguarding lead not yet informed'],
  ])('lead %s → record what happened', (_what, details, words) => {
    const snapshot = send(reach('emergencyInformLead'), leadInformed(details));
    expect(currentMseStep(snapshot)).toBe('emergencyRecord');
    expect(snapshot.context.emergency.lead).toEqual(details);
    expect(lastLog(snapshot)).toMatchObject({ step: 'emergencyInformLead', answer: words });
  });

  it('recorded → END (emergency), with the whole emergency kept', () => {
    const snapshot = send(reach('emergencyRecord'), emergencyRecorded());
    expect(currentMseStep(snapshot)).toBe('endEmergency');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.emergency).toEqual({ declaredFrom: 'mseImmediateRisk', police: policeDetails, lead: leadDetails, record: emergencyRecord });
    expect(snapshot.context.log.map((entry) => [entry.step, entry.answer])).toEqual([
      ['mseStart', roleLabels.staff],
      ['mseImmediateRisk', 'Yes'],
      ['emergencyCallPolice', '999 called at 10:05 (reference CAD 1234)'],
      ['emergencyInformLead', 'Safeguarding lead informed: Sam Lead'],
      ['emergencyRecord', 'Record of what happened made'],
    ]);
  });
});

describe('"this has become an emergency" (IMMEDIATE_RISK_IDENTIFIED)', () => {
  it.each(pathwaySteps)('from %s → call 999, logged against the step it was declared from', (step) => {
    const before = reach(step);
    expect(currentMseStep(before)).toBe(step);
    const after = send(before, emergencyFrom(step));
    expect(currentMseStep(after)).toBe('emergencyCallPolice');
    expect(after.status).toBe('active');
    expect(after.context.emergency.declaredFrom).toBe(step);
    expect(after.context.log).toHaveLength(before.context.log.length + 1);
    expect(lastLog(after)).toEqual({
      step,
      question: EMERGENCY_PROMPT,
      answer: 'This has become an emergency',
      notes: '',
      role: step === 'mseStart' ? null : 'staff',
      actor: mseStepMeta[step].actor,
      at: EMERGENCY_AT,
      source: mseStepMeta[step].source,
    });
    // What was gathered before the emergency is kept for the record.
    expect({ ...after.context, log: before.context.log, emergency: before.context.emergency }).toEqual(before.context);
  });

  it.each(emergencySteps)('in %s it has no effect: the 999 path is already under way', (step) => {
    const before = reach(step);
    const after = send(before, emergencyFrom(step));
    expect(currentMseStep(after)).toBe(step);
    expectUnchanged(after, before);
  });

  it('the emergency then runs its course to END (emergency), keeping the referral so far', () => {
    const snapshot = drive([emergencyFrom('mseNotify'), policeCalled(), leadInformed(), emergencyRecorded()], reach('mseNotify'));
    expect(currentMseStep(snapshot)).toBe('endEmergency');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.portal).toEqual(portalDetails);
    expect(snapshot.context.emergency.declaredFrom).toBe('mseNotify');
  });
});

describe('final states', () => {
  it.each(finalSteps)('%s is done and accepts no further events', (step) => {
    const end = reach(step);
    expect(currentMseStep(end)).toBe(step);
    expect(end.status).toBe('done');
    for (const event of [...everyEvent(), emergencyFrom(step)]) {
      const after = send(end, event);
      expectUnchanged(after, end);
    }
  });

  it.each([...pathwaySteps, ...emergencySteps])('%s is not done', (step) => {
    expect(reach(step).status).toBe('active');
  });
});

/**
 * The events each step accepts (what its page may send) and the page kind that renders it: the
 * contract with the wizard. The emergency button's IMMEDIATE_RISK_IDENTIFIED is on every pathway step.
 */
const accepts: Record<Exclude<MseStepId, (typeof finalSteps)[number]>, readonly string[]> = {
  mseStart: ['BEGIN'],
  mseImmediateRisk: ['ANSWER_YES', 'ANSWER_NO'],
  mseSubject: ['SELECT_PATIENT', 'SELECT_COLLEAGUE'],
  mseClarify: ['RECORD_SAVED'],
  mseStaffRecord: ['RECORD_SAVED'],
  mseStaffRiskAssessment: mseChoices.mseStaffRiskAssessment,
  mseLiaisePreventLead: ['ANSWER_YES', 'ANSWER_NO', 'LEAD_UNREACHABLE'],
  mseConsent: mseChoices.mseConsent,
  mseSubmitPortal: [mseConfirmations.mseSubmitPortal.event],
  mseNotify: [mseConfirmations.mseNotify.event],
  msePoliceReview: mseChoices.msePoliceReview,
  emergencyCallPolice: ['POLICE_CALLED'],
  emergencyInformLead: ['LEAD_INFORMED'],
  emergencyRecord: ['EMERGENCY_RECORDED'],
  leadUnreachable: ['ANSWER_YES', 'ANSWER_NO'],
  urgentContact: ['URGENT_CONTACT_MADE'],
};

describe('the events each step accepts', () => {
  it.each(Object.entries(accepts))('%s accepts %j (and, on the pathway, the emergency button)', (step, events) => {
    const node = mseMachine.getStateNodeById(step);
    const expected = (pathwaySteps as readonly string[]).includes(step) ? [...events, 'IMMEDIATE_RISK_IDENTIFIED'] : events;
    expect([...node.ownEvents].sort()).toEqual([...expected].sort());
  });

  it('the emergency route and the shared events are the BSW chart’s: same step ids, same events', () => {
    for (const step of [...emergencySteps, 'leadUnreachable', 'urgentContact'] as const) {
      expect([...mseMachine.getStateNodeById(step).ownEvents]).toEqual([...concernMachine.getStateNodeById(step).ownEvents]);
    }
  });
});

describe('the decision log', () => {
  const logKeys = ['actor', 'answer', 'at', 'notes', 'question', 'role', 'source', 'step'];

  it.each(mseStepIds)('on the way to %s: one entry per answer, each with every field, and the context is plain JSON', (step) => {
    const events = routeTo[step];
    const snapshot = reach(step);
    expect(snapshot.context.log).toHaveLength(events.length);
    snapshot.context.log.forEach((entry, i) => {
      const event = events[i]!;
      expect(Object.keys(entry).sort()).toEqual(logKeys);
      expect(entry.question).toBe(event.prompt);
      expect(entry.at).toBe(event.at);
      expect(entry.actor).toBe(mseStepMeta[entry.step].actor);
      expect(entry.source).toBe(mseStepMeta[entry.step].source);
      expect(entry.role).toBe('staff');
    });
    expect(JSON.parse(JSON.stringify(snapshot.context))).toEqual(snapshot.context);
  });

  it('follows the flowchart, one entry per box, on the referral route', () => {
    expect(reach('mseEndPoliceSpace').context.log.map((entry) => [entry.step, entry.answer, entry.notes])).toEqual([
      ['mseStart', roleLabels.staff, ''],
      ['mseImmediateRisk', 'No', ''],
      ['mseSubject', 'Not a member of staff (a patient, service user, carer, family member, visitor or member of the public)', ''],
      ['mseClarify', 'Record made; discussed with Practice manager', validRecord.whatHappened],
      ['mseLiaisePreventLead', 'Yes', ''],
      ['mseConsent', mseChoiceWords.REFER_WITH_CONSENT, CONSENT_RATIONALE],
      ['mseSubmitPortal', 'Referral submitted through the police portal (reference PRV-0042)', 'Submitted at 11:00'],
      ['mseNotify', 'ICB Prevent Lead notified; concern shared with local authority social care', notifiedDetails.notes],
      ['msePoliceReview', mseChoiceWords.POLICE_SPACE, ''],
    ]);
  });

  it('records the role chosen at the start on every later entry', () => {
    const snapshot = drive([begin('lead'), no('mseImmediateRisk'), staff()]);
    expect(snapshot.context.log.map((entry) => entry.role)).toEqual(['lead', 'lead', 'lead']);
  });

  it('has no role yet for an emergency declared before the role was chosen', () => {
    const snapshot = send(initial(), emergencyFrom('mseStart'));
    expect(snapshot.context.role).toBeNull();
    expect(lastLog(snapshot)).toMatchObject({ step: 'mseStart', role: null, answer: 'This has become an emergency' });
  });

  it('words the shared events exactly as the BSW chart does, so one log reads the same in both', () => {
    const shared: ReadonlyArray<[ConcernEvent, MseEvent]> = [
      [
        { type: 'BEGIN', role: 'manager', prompt: 'p', at: 't' },
        { type: 'BEGIN', role: 'manager', prompt: 'p', at: 't' },
      ],
      [
        { type: 'ANSWER_YES', notes: ' why ', prompt: 'p', at: 't' },
        { type: 'ANSWER_YES', notes: ' why ', prompt: 'p', at: 't' },
      ],
      [{ type: 'POLICE_CALLED', details: policeDetails, prompt: 'p', at: 't' }, policeCalled()],
      [{ type: 'LEAD_INFORMED', details: leadDetails, prompt: 'p', at: 't' }, leadInformed()],
      [{ type: 'EMERGENCY_RECORDED', record: emergencyRecord, prompt: 'p', at: 't' }, emergencyRecorded()],
    ];
    const bsw = shared.reduce((snapshot, [event]) => transition(concernMachine, snapshot, event)[0], initialTransition(concernMachine)[0]);
    const mse = shared.reduce((snapshot, [, event]) => send(snapshot, event), initial());
    const words = (log: readonly { answer: string; notes: string }[]) => log.map(({ answer, notes }) => [answer, notes]);
    expect(words(mse.context.log)).toEqual(words(bsw.context.log));
    expect(mse.context.emergency).toEqual({ ...bsw.context.emergency, declaredFrom: 'mseImmediateRisk' });

    const bswRecord = transition(concernMachine, bswAtPatientRecord(), { type: 'RECORD_SAVED', record: validRecord, prompt: 'p', at: 't' })[0];
    const mseRecord = send(reach('mseClarify'), recordSaved('mseClarify'));
    expect(words(mseRecord.context.log.slice(-1))).toEqual(words(bswRecord.context.log.slice(-1)));

    const bswEmergency = transition(concernMachine, initialTransition(concernMachine)[0], { type: 'IMMEDIATE_RISK_IDENTIFIED', prompt: 'p', at: 't' })[0];
    expect(words(send(initial(), emergencyFrom('mseStart')).context.log)).toEqual(words(bswEmergency.context.log));
  });
});

/** The BSW chart, standing on the patient's "discuss and record" step. */
function bswAtPatientRecord(): ConcernSnapshot {
  const events: ConcernEvent[] = [
    { type: 'BEGIN', role: 'staff', prompt: 'p', at: 't' },
    { type: 'ANSWER_NO', prompt: 'p', at: 't' },
    { type: 'ANSWER_YES', prompt: 'p', at: 't' },
    { type: 'SELECT_PATIENT', prompt: 'p', at: 't' },
  ];
  return events.reduce((snapshot, event) => transition(concernMachine, snapshot, event)[0], initialTransition(concernMachine)[0]);
}

// ---------------------------------------------------------------------------------------------
// The guards, on their own.
// ---------------------------------------------------------------------------------------------

describe('choiceIsComplete: a decision not to go on, and either basis for referring, needs a rationale', () => {
  it.each(mseRationaleRequired)('%s needs written notes', (type) => {
    expect(choiceIsComplete({ type })).toBe(false);
    expect(choiceIsComplete({ type, notes: '' })).toBe(false);
    expect(choiceIsComplete({ type, notes: ' \n\t ' })).toBe(false);
    const agreement = type === 'REFER_WITHOUT_CONSENT' ? { leadAgreement: LEAD_AGREEMENT } : {};
    expect(choiceIsComplete({ type, notes: 'Because', ...agreement })).toBe(true);
  });

  it.each(['PROCEED_TO_PREVENT', 'POLICE_SPACE', 'CHANNEL_PANEL', 'NFA'] as const)('%s does not', (type) => {
    expect(choiceIsComplete({ type })).toBe(true);
  });

  it('covers every option: each is either in the rationale list or optional, none is both', () => {
    const all = Object.values(mseChoices).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const type of mseRationaleRequired) expect(all).toContain(type);
  });
});

describe('allConfirmed: every item the step asks about is ticked', () => {
  it.each<[string, 'mseSubmitPortal' | 'mseNotify', readonly ConfirmItem[], boolean]>([
    ['portal, submitted', 'mseSubmitPortal', ['portalSubmitted'], true],
    ['portal, nothing', 'mseSubmitPortal', [], false],
    ['portal, extra items do no harm', 'mseSubmitPortal', ['portalSubmitted', 'socialCareShared'], true],
    ['notify, both', 'mseNotify', ['socialCareShared', 'preventLeadNotified'], true],
    ['notify, Prevent Lead only', 'mseNotify', ['preventLeadNotified'], false],
    ['notify, social care only', 'mseNotify', ['socialCareShared'], false],
    ['notify, nothing', 'mseNotify', [], false],
  ])('%s → %s', (_what, step, confirmed, expected) => {
    expect(allConfirmed(step, { confirmed })).toBe(expected);
  });
});

describe('the named guards', () => {
  const guards = mseMachine.implementations.guards as Record<string, (args: { context: unknown; event: MseEvent }, params?: unknown) => boolean>;
  const args = (event: MseEvent) => ({ context: initial().context, event });

  it('recordIsComplete: a RECORD_SAVED whose record parses as stored', () => {
    expect(guards.recordIsComplete!(args(recordSaved('mseClarify')))).toBe(true);
    expect(guards.recordIsComplete!(args(recordSaved('mseClarify', { ...validRecord, whatHappened: ' ' })))).toBe(false);
    expect(guards.recordIsComplete!(args(yes('mseClarify')))).toBe(false);
  });

  it('hasRationale: an answer with written notes', () => {
    expect(guards.hasRationale!(args(no('mseLiaisePreventLead', 'Advice given')))).toBe(true);
    expect(guards.hasRationale!(args(no('mseLiaisePreventLead', '  ')))).toBe(false);
    expect(guards.hasRationale!(args(no('mseLiaisePreventLead')))).toBe(false);
    expect(guards.hasRationale!(args(policeCalled()))).toBe(false);
  });

  it('choiceIsComplete: a three-way answer, complete', () => {
    expect(guards.choiceIsComplete!(args(choose('mseConsent', 'REFER_WITHOUT_CONSENT', 'Public interest')))).toBe(true);
    expect(guards.choiceIsComplete!(args(choose('mseConsent', 'REFER_WITHOUT_CONSENT')))).toBe(false);
    expect(guards.choiceIsComplete!(args(choose('mseConsent', 'REFER_WITHOUT_CONSENT', 'Public interest', null)))).toBe(false);
    expect(guards.choiceIsComplete!(args(yes('mseConsent', 'x')))).toBe(false);
  });

  it('allConfirmed: a confirmation event with every item of its step', () => {
    expect(guards.allConfirmed!(args(notified()), { step: 'mseNotify' })).toBe(true);
    expect(guards.allConfirmed!(args(notified({ ...notifiedDetails, confirmed: ['socialCareShared'] })), { step: 'mseNotify' })).toBe(false);
    expect(guards.allConfirmed!(args(portalSubmitted()), { step: 'mseSubmitPortal' })).toBe(true);
    expect(guards.allConfirmed!(args(yes('mseNotify')), { step: 'mseNotify' })).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Steps, ids and meta.
// ---------------------------------------------------------------------------------------------

describe('currentMseStep', () => {
  it.each(mseStepIds)('names %s when the machine stands on it', (step) => {
    expect(currentMseStep(reach(step))).toBe(step);
  });
});

describe('isMseOutcome and referrerPartEnded', () => {
  it.each(finalSteps)('%s is an outcome, and the referrer’s part has ended', (step) => {
    expect(isMseOutcome(step)).toBe(true);
    expect(referrerPartEnded(step)).toBe(true);
  });

  it.each([...pathwaySteps, ...emergencySteps])('%s is not an outcome', (step) => {
    expect(isMseOutcome(step)).toBe(false);
    expect(referrerPartEnded(step)).toBe(step === 'msePoliceReview');
  });

  it('the outcome codes are the spec’s, plus the MSE ends', () => {
    expect(finalSteps.map((step) => (mseStepMeta[step] as { outcome: string }).outcome)).toEqual([
      'EMERGENCY_POLICE',
      'STAFF_OTHER_PROCESS',
      'STAFF_NO_FURTHER_ACTION',
      'NO_REFERRAL_ADVISED',
      'NO_LAWFUL_BASIS',
      'POLICE_SPACE',
      'CHANNEL_PANEL',
      'NFA',
      'LEAD_TO_BE_TOLD',
      'URGENT_ADVICE_SOUGHT',
    ]);
  });
});

describe('steps and their meta', () => {
  function allStateNodes(node: AnyStateNode): AnyStateNode[] {
    return [node, ...Object.values(node.states).flatMap(allStateNodes)];
  }
  const nodes = allStateNodes(mseMachine.root);
  const leaves = nodes.filter((node) => Object.keys(node.states).length === 0);
  // The urgent route and the out-of-hours steps are the shared ones (machines/pathway-common.ts).
  const shared = [
    'emergencyCallPolice',
    'emergencyInformLead',
    'emergencyRecord',
    'endEmergency',
    'leadUnreachable',
    'urgentContact',
    'endLeadToBeTold',
    'endUrgentAdviceSought',
  ] as const;

  it('mseStepIds are exactly the state nodes that carry meta', () => {
    const withMeta = nodes.filter((node) => node.meta !== undefined).map((node) => node.id);
    expect(withMeta).toHaveLength(mseStepIds.length);
    expect(new Set(withMeta)).toEqual(new Set(mseStepIds));
  });

  it('every step node carries its own entry of mseStepMeta', () => {
    for (const node of nodes.filter((n) => n.meta !== undefined)) {
      expect(node.meta).toBe(mseStepMeta[node.id as MseStepId]);
    }
  });

  it('the emergency and out-of-hours steps are the BSW chart’s: same ids, the very same meta', () => {
    for (const step of shared) {
      expect(mseStepMeta[step]).toBe(stepMeta[step]);
      expect(mseMachine.getStateNodeById(step).meta).toBe(concernMachine.getStateNodeById(step).meta);
    }
  });

  it('every other id starts with "mse" and none clashes with a BSW id', () => {
    const own = mseStepIds.filter((step) => !(shared as readonly string[]).includes(step));
    for (const step of own) expect(step).toMatch(/^mse[A-Z]/);
    expect(own.filter((step) => (stepIds as readonly string[]).includes(step))).toEqual([]);
  });

  it.each(leaves.map((node) => [node.id, node] as const))('leaf %s has meta with a box and a source, and its description is the box', (_id, node) => {
    const meta = node.meta as { box?: unknown; source?: unknown } | undefined;
    expect(meta).toBeDefined();
    expect(hasText(meta?.box as string)).toBe(true);
    expect(hasText(meta?.source as string)).toBe(true);
    expect(node.description).toBe(meta?.box);
  });

  it('the final state nodes are exactly the outcomes', () => {
    const finals = nodes.filter((node) => node.type === 'final').map((node) => node.id);
    expect(new Set(finals)).toEqual(new Set(mseStepIds.filter(isMseOutcome)));
  });

  it('every step sits in NOTICE, CHECK or SHARE, except the emergency route', () => {
    for (const step of mseStepIds) {
      expect(mseStepMeta[step].phase === null).toBe((emergencyStepIds as readonly string[]).includes(step));
    }
  });
});
