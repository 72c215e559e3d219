import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyStateNode } from 'xstate';
import type { ConcernRecord, Discussion, EmergencyRecord, LeadInformed, PoliceCalled, Role, UrgentContact } from '../forms/pathway-answers.schema';
import {
  concernMachine,
  currentStep,
  hasText,
  isOutcome,
  roleLabels,
  stepIds,
  stepMeta,
  type ConcernEvent,
  type ConcernSnapshot,
  type StepId,
} from './concern.machine';

// ---------------------------------------------------------------------------------------------
// Fixtures: every answer carries the question as shown and a fixed time, so the log is predictable.
// ---------------------------------------------------------------------------------------------

const prompts = {
  start: 'Which of these describes you?',
  immediateRisk: 'Is the person of concern at immediate risk of initiating a violent extremist attack?',
  isConcern: 'Are you concerned that someone is vulnerable or susceptible to being led into extremist activities?',
  patientOrColleague: 'Is the individual of concern a patient or a colleague?',
  patientDiscussAndRecord: 'Discuss with your manager and make a record of your concerns',
  patientEscalate: 'Have you and your manager decided to escalate your concerns?',
  patientInformLead: 'Tell the safeguarding lead',
  colleagueDiscussAndRecord: 'Discuss with your line manager and make a record of your concerns or observations',
  colleagueEscalate: 'Has the line manager decided to escalate the concerns?',
  colleagueManagerWithLeadAndHr: 'The manager discusses the concern with the safeguarding lead and an HR colleague',
  emergencyCallPolice: 'Call 999 and ask for the police',
  emergencyInformLead: 'Tell the safeguarding lead',
  emergencyRecord: 'Record what happened and what you did',
  endEmergency: '',
  endNoConcern: '',
  endReferredToLead: '',
  endColleagueWithLead: '',
  endNoFurtherPrevent: '',
  leadUnreachable: 'Can this wait until you can reach the safeguarding lead?',
  urgentContact: 'Call for advice now',
  endLeadToBeTold: '',
  endUrgentAdviceSought: '',
} as const satisfies Record<StepId, string>;

/** A fixed, distinct time for each step: 1 March 2025, 10:00 + the step's index in minutes. */
const timeAt = (step: StepId) => `2025-03-01T10:${String(stepIds.indexOf(step)).padStart(2, '0')}:00.000Z`;
const asked = (step: StepId) => ({ prompt: prompts[step], at: timeAt(step) });

const EMERGENCY_PROMPT = 'This has become an emergency';
const EMERGENCY_AT = '2025-03-01T11:59:00.000Z';

const validRecord: ConcernRecord = {
  whatHappened: 'Said X in the waiting room',
  whenNoticed: '2025-03-01',
  exactWords: '',
  opinion: '',
  indicators: [],
  vulnerabilities: [],
  discussedWith: 'Ward manager',
  reporterName: '',
  reporterRole: '',
};
const policeDetails: PoliceCalled = { calledAt: '10:05', reference: 'CAD 1234', notes: 'Officers on their way' };
const leadDetails: LeadInformed = { informed: 'yes', leadName: 'Sam Lead', notes: 'Told by phone' };
const emergencyRecord: EmergencyRecord = { whatHappened: 'Threat made at reception; 999 called', exactWords: '' };
const discussion: Discussion = { participants: 'Line manager, safeguarding lead, HR adviser', notes: 'Met on Monday' };

type RecordStep = 'patientDiscussAndRecord' | 'colleagueDiscussAndRecord';

const begin = (role: Role = 'staff'): ConcernEvent => ({ type: 'BEGIN', role, ...asked('start') });
const yes = (step: StepId, notes?: string): ConcernEvent => ({ type: 'ANSWER_YES', ...(notes === undefined ? {} : { notes }), ...asked(step) });
const no = (step: StepId, notes?: string): ConcernEvent => ({ type: 'ANSWER_NO', ...(notes === undefined ? {} : { notes }), ...asked(step) });
const selectPatient = (): ConcernEvent => ({ type: 'SELECT_PATIENT', ...asked('patientOrColleague') });
const selectColleague = (): ConcernEvent => ({ type: 'SELECT_COLLEAGUE', ...asked('patientOrColleague') });
const recordSaved = (step: RecordStep, record: ConcernRecord = validRecord): ConcernEvent => ({ type: 'RECORD_SAVED', record, ...asked(step) });
const policeCalled = (details: PoliceCalled = policeDetails): ConcernEvent => ({ type: 'POLICE_CALLED', details, ...asked('emergencyCallPolice') });
const leadInformed = (step: 'patientInformLead' | 'emergencyInformLead', details: LeadInformed = leadDetails): ConcernEvent => ({
  type: 'LEAD_INFORMED',
  details,
  ...asked(step),
});
const emergencyRecorded = (record: EmergencyRecord = emergencyRecord): ConcernEvent => ({ type: 'EMERGENCY_RECORDED', record, ...asked('emergencyRecord') });
const discussed = (details: Discussion = discussion): ConcernEvent => ({ type: 'DISCUSSED', details, ...asked('colleagueManagerWithLeadAndHr') });
const notYet: LeadInformed = { informed: 'not-yet', leadName: '', notes: 'No answer from the lead at 02:30' };
const urgentDetails: UrgentContact = {
  contacted: ['antiTerroristHotline', 'policeNonEmergency'],
  spokeTo: 'Call handler',
  contactedAt: '02:40',
  reference: 'ATH 77',
  notes: 'Advised to tell the lead first thing',
};
const urgentContactMade = (details: UrgentContact = urgentDetails): ConcernEvent => ({ type: 'URGENT_CONTACT_MADE', details, ...asked('urgentContact') });
const emergencyFrom = (_from: StepId): ConcernEvent => ({ type: 'IMMEDIATE_RISK_IDENTIFIED', prompt: EMERGENCY_PROMPT, at: EMERGENCY_AT });

// ---------------------------------------------------------------------------------------------
// Driving the machine with the pure functions only.
// ---------------------------------------------------------------------------------------------

function initial(): ConcernSnapshot {
  const [snapshot] = initialTransition(concernMachine);
  return snapshot;
}

function send(snapshot: ConcernSnapshot, event: ConcernEvent): ConcernSnapshot {
  const [next] = transition(concernMachine, snapshot, event);
  return next;
}

function drive(events: readonly ConcernEvent[], from: ConcernSnapshot = initial()): ConcernSnapshot {
  return events.reduce(send, from);
}

/** One way to reach every step, following the flowchart. */
const toImmediateRisk = [begin()];
const toIsConcern = [...toImmediateRisk, no('immediateRisk')];
const toPatientOrColleague = [...toIsConcern, yes('isConcern')];
const toPatientDiscuss = [...toPatientOrColleague, selectPatient()];
const toPatientEscalate = [...toPatientDiscuss, recordSaved('patientDiscussAndRecord')];
const toPatientInformLead = [...toPatientEscalate, yes('patientEscalate')];
const toColleagueDiscuss = [...toPatientOrColleague, selectColleague()];
const toColleagueEscalate = [...toColleagueDiscuss, recordSaved('colleagueDiscussAndRecord')];
const toColleagueManager = [...toColleagueEscalate, yes('colleagueEscalate')];
const toCallPolice = [...toImmediateRisk, yes('immediateRisk')];
const toEmergencyInformLead = [...toCallPolice, policeCalled()];
const toEmergencyRecord = [...toEmergencyInformLead, leadInformed('emergencyInformLead')];
const toLeadUnreachable = [...toPatientInformLead, leadInformed('patientInformLead', notYet)];
const toUrgentContact = [...toLeadUnreachable, no('leadUnreachable')];

const routeTo = {
  start: [],
  immediateRisk: toImmediateRisk,
  isConcern: toIsConcern,
  patientOrColleague: toPatientOrColleague,
  patientDiscussAndRecord: toPatientDiscuss,
  patientEscalate: toPatientEscalate,
  patientInformLead: toPatientInformLead,
  colleagueDiscussAndRecord: toColleagueDiscuss,
  colleagueEscalate: toColleagueEscalate,
  colleagueManagerWithLeadAndHr: toColleagueManager,
  emergencyCallPolice: toCallPolice,
  emergencyInformLead: toEmergencyInformLead,
  emergencyRecord: toEmergencyRecord,
  endEmergency: [...toEmergencyRecord, emergencyRecorded()],
  endNoConcern: [...toIsConcern, no('isConcern')],
  endReferredToLead: [...toPatientInformLead, leadInformed('patientInformLead')],
  endColleagueWithLead: [...toColleagueManager, discussed()],
  endNoFurtherPrevent: [...toPatientEscalate, no('patientEscalate', 'Support from the GP is more suitable')],
  leadUnreachable: toLeadUnreachable,
  urgentContact: toUrgentContact,
  endLeadToBeTold: [...toLeadUnreachable, yes('leadUnreachable', 'The lead is back at 14:00; nothing will happen before then')],
  endUrgentAdviceSought: [...toUrgentContact, urgentContactMade()],
} as const satisfies Record<StepId, readonly ConcernEvent[]>;

const reach = (step: StepId) => drive(routeTo[step]);

const pathwaySteps = [
  'start',
  'immediateRisk',
  'isConcern',
  'patientOrColleague',
  'patientDiscussAndRecord',
  'patientEscalate',
  'patientInformLead',
  'colleagueDiscussAndRecord',
  'colleagueEscalate',
  'colleagueManagerWithLeadAndHr',
  'leadUnreachable',
  'urgentContact',
] as const satisfies readonly StepId[];
const emergencySteps = ['emergencyCallPolice', 'emergencyInformLead', 'emergencyRecord'] as const satisfies readonly StepId[];
const finalSteps = [
  'endEmergency',
  'endNoConcern',
  'endReferredToLead',
  'endColleagueWithLead',
  'endNoFurtherPrevent',
  'endLeadToBeTold',
  'endUrgentAdviceSought',
] as const satisfies readonly StepId[];

/** Every kind of event, with a valid payload, to show a step ignores what it does not handle. */
const everyEvent = (): ConcernEvent[] => [
  begin(),
  yes('immediateRisk', 'note'),
  no('isConcern', 'note'),
  selectPatient(),
  selectColleague(),
  recordSaved('patientDiscussAndRecord'),
  policeCalled(),
  leadInformed('patientInformLead'),
  emergencyRecorded(),
  discussed(),
  emergencyFrom('start'),
];

/** The snapshot did not move: same step, same status, same context (so nothing was logged or saved). */
function expectUnchanged(after: ConcernSnapshot, before: ConcernSnapshot) {
  expect(after.value).toEqual(before.value);
  expect(after.status).toBe(before.status);
  expect(after.context).toEqual(before.context);
}

const lastLog = (snapshot: ConcernSnapshot) => snapshot.context.log.at(-1);

// ---------------------------------------------------------------------------------------------
// The flowchart, box by box.
// ---------------------------------------------------------------------------------------------

describe('start', () => {
  it('starts at "Start Here" with an empty case', () => {
    const snapshot = initial();
    expect(currentStep(snapshot)).toBe('start');
    expect(snapshot.status).toBe('active');
    expect(snapshot.context).toEqual({
      role: null,
      subject: null,
      record: null,
      emergency: { declaredFrom: null, police: null, lead: null, record: null },
      discussion: null,
      leadInformed: null,
      log: [],
    });
  });

  it.each(['staff', 'manager', 'lead'] as const)('begin as %s → is the person at immediate risk?, with the role set and logged', (role) => {
    const snapshot = send(initial(), begin(role));
    expect(currentStep(snapshot)).toBe('immediateRisk');
    expect(snapshot.context.role).toBe(role);
    expect(snapshot.context.log).toEqual([
      {
        step: 'start',
        question: prompts.start,
        answer: roleLabels[role],
        notes: '',
        role,
        actor: stepMeta.start.actor,
        at: timeAt('start'),
        source: stepMeta.start.source,
      },
    ]);
  });
});

describe('immediate risk', () => {
  it('yes → contact the police (999), declared from the immediate-risk question', () => {
    const snapshot = send(reach('immediateRisk'), yes('immediateRisk', '  Said they would hurt people today  '));
    expect(currentStep(snapshot)).toBe('emergencyCallPolice');
    expect(snapshot.context.emergency.declaredFrom).toBe('immediateRisk');
    expect(lastLog(snapshot)).toMatchObject({ step: 'immediateRisk', answer: 'Yes', notes: 'Said they would hurt people today' });
  });

  it('no → is the person causing concern?', () => {
    const snapshot = send(reach('immediateRisk'), no('immediateRisk'));
    expect(currentStep(snapshot)).toBe('isConcern');
    expect(snapshot.context.emergency.declaredFrom).toBeNull();
    expect(lastLog(snapshot)).toMatchObject({ step: 'immediateRisk', answer: 'No', notes: '' });
  });
});

describe('is the person causing concern?', () => {
  it('yes → patient or colleague?', () => {
    const snapshot = send(reach('isConcern'), yes('isConcern'));
    expect(currentStep(snapshot)).toBe('patientOrColleague');
    expect(lastLog(snapshot)).toMatchObject({ step: 'isConcern', answer: 'Yes' });
  });

  it('no → END (no concern), and the pathway is done', () => {
    const snapshot = send(reach('isConcern'), no('isConcern', 'A misunderstanding about a TV programme'));
    expect(currentStep(snapshot)).toBe('endNoConcern');
    expect(snapshot.status).toBe('done');
    expect(lastLog(snapshot)).toMatchObject({ step: 'isConcern', answer: 'No', notes: 'A misunderstanding about a TV programme' });
  });
});

describe('patient or colleague?', () => {
  it('patient → patient column: discuss with manager and make a record', () => {
    const snapshot = send(reach('patientOrColleague'), selectPatient());
    expect(currentStep(snapshot)).toBe('patientDiscussAndRecord');
    expect(snapshot.context.subject).toBe('patient');
    expect(lastLog(snapshot)).toMatchObject({ step: 'patientOrColleague', answer: 'Patient (or carer, family member, visitor or service user)' });
  });

  it('colleague → colleague column: discuss with line manager and make a record', () => {
    const snapshot = send(reach('patientOrColleague'), selectColleague());
    expect(currentStep(snapshot)).toBe('colleagueDiscussAndRecord');
    expect(snapshot.context.subject).toBe('colleague');
    expect(lastLog(snapshot)).toMatchObject({
      step: 'patientOrColleague',
      answer: 'Colleague (including volunteers, bank, agency and contract staff)',
    });
  });
});

const incompleteRecords: ReadonlyArray<[string, ConcernRecord]> = [
  ['nothing written about what happened', { ...validRecord, whatHappened: '' }],
  ['only spaces about what happened', { ...validRecord, whatHappened: '   ' }],
  ['no date noticed', { ...validRecord, whenNoticed: '' }],
  ['a date that is not real (31 February)', { ...validRecord, whenNoticed: '2024-02-31' }],
  ['a date in the future', { ...validRecord, whenNoticed: '2999-01-01' }],
  ['a date as typed rather than stored (01/03/2025)', { ...validRecord, whenNoticed: '01/03/2025' }],
  ['nobody it was discussed with', { ...validRecord, discussedWith: '' }],
];

describe.each([
  ['patient', 'patientDiscussAndRecord', 'patientEscalate'],
  ['colleague', 'colleagueDiscussAndRecord', 'colleagueEscalate'],
] as const)('%s, discuss with manager and make a record', (_column, recordStep, escalateStep) => {
  it.each(incompleteRecords)('a record with %s is refused: the step stays, nothing is saved or logged', (_why, record) => {
    const before = reach(recordStep);
    const after = send(before, recordSaved(recordStep, record));
    expect(currentStep(after)).toBe(recordStep);
    expectUnchanged(after, before);
    expect(after.context.record).toBeNull();
  });

  it('a complete record → decision to escalate, with the record saved and logged', () => {
    const snapshot = send(reach(recordStep), recordSaved(recordStep));
    expect(currentStep(snapshot)).toBe(escalateStep);
    expect(snapshot.context.record).toEqual(validRecord);
    expect(lastLog(snapshot)).toEqual({
      step: recordStep,
      question: prompts[recordStep],
      answer: 'Record made; discussed with Ward manager',
      notes: 'Said X in the waiting room',
      role: 'staff',
      actor: stepMeta[recordStep].actor,
      at: timeAt(recordStep),
      source: stepMeta[recordStep].source,
    });
  });
});

describe.each([
  ['patient', 'patientEscalate', 'patientInformLead', 'inform the safeguarding lead'],
  ['colleague', 'colleagueEscalate', 'colleagueManagerWithLeadAndHr', 'manager discusses with the safeguarding lead and HR'],
] as const)('%s, escalate', (_column, escalateStep, yesStep, yesBox) => {
  it(`yes → ${yesBox}`, () => {
    const snapshot = send(reach(escalateStep), yes(escalateStep));
    expect(currentStep(snapshot)).toBe(yesStep);
    expect(snapshot.status).toBe('active');
    expect(lastLog(snapshot)).toMatchObject({ step: escalateStep, answer: 'Yes', at: timeAt(escalateStep) });
  });

  it.each([
    ['no notes at all', undefined],
    ['empty notes', ''],
    ['notes of only whitespace', ' \n\t '],
  ])('no with %s is refused: a decision not to escalate needs a rationale', (_why, notes) => {
    const before = reach(escalateStep);
    const after = send(before, no(escalateStep, notes));
    expect(currentStep(after)).toBe(escalateStep);
    expectUnchanged(after, before);
  });

  it('no with a rationale → END (no further Prevent action), with the rationale logged', () => {
    const snapshot = send(reach(escalateStep), no(escalateStep, '  Low-level worry; signposted to wellbeing support  '));
    expect(currentStep(snapshot)).toBe('endNoFurtherPrevent');
    expect(snapshot.status).toBe('done');
    expect(lastLog(snapshot)).toEqual({
      step: escalateStep,
      question: prompts[escalateStep],
      answer: 'No',
      notes: 'Low-level worry; signposted to wellbeing support',
      role: 'staff',
      actor: stepMeta[escalateStep].actor,
      at: timeAt(escalateStep),
      source: stepMeta[escalateStep].source,
    });
  });
});

describe('patient, inform the safeguarding lead', () => {
  it('lead informed → END (no further action from the initial referrer)', () => {
    const snapshot = send(reach('patientInformLead'), leadInformed('patientInformLead'));
    expect(currentStep(snapshot)).toBe('endReferredToLead');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.leadInformed).toEqual(leadDetails);
    expect(snapshot.context.emergency.lead).toBeNull();
    expect(lastLog(snapshot)).toMatchObject({ step: 'patientInformLead', answer: 'Safeguarding lead informed: Sam Lead', notes: 'Told by phone' });
  });

  // Issue 13: "Not yet" was offered, then refused. It now leads on: can it wait, or out of hours help now.
  it('lead not yet informed → can this wait until you reach the lead? (never a dead end), logged', () => {
    const snapshot = send(reach('patientInformLead'), leadInformed('patientInformLead', notYet));
    expect(currentStep(snapshot)).toBe('leadUnreachable');
    expect(snapshot.status).toBe('active');
    expect(snapshot.context.leadInformed).toEqual(notYet);
    expect(lastLog(snapshot)).toMatchObject({ step: 'patientInformLead', answer: 'Safeguarding lead not yet informed', notes: notYet.notes });
  });
});

describe('the lead cannot be reached yet (004 ¶63–65)', () => {
  it('it can wait, with a reason → END: tell the lead when you can reach them', () => {
    const snapshot = send(reach('leadUnreachable'), yes('leadUnreachable', 'The lead is back at 14:00'));
    expect(currentStep(snapshot)).toBe('endLeadToBeTold');
    expect(snapshot.status).toBe('done');
    expect(stepMeta.endLeadToBeTold.outcome).toBe('LEAD_TO_BE_TOLD');
    expect(lastLog(snapshot)).toMatchObject({
      step: 'leadUnreachable',
      answer: 'Yes',
      notes: 'The lead is back at 14:00',
      source: stepMeta.leadUnreachable.source,
    });
  });

  it.each([undefined, '  \n '])('it can wait, without a reason (%j) → refused: deciding to wait needs a rationale', (notes) => {
    const before = reach('leadUnreachable');
    expectUnchanged(send(before, yes('leadUnreachable', notes)), before);
  });

  it('it cannot wait → call for advice now (out-of-hours contact, 101, the Anti-Terrorist Hotline)', () => {
    const snapshot = send(reach('leadUnreachable'), no('leadUnreachable'));
    expect(currentStep(snapshot)).toBe('urgentContact');
    expect(stepMeta.urgentContact.source).toContain('004 ¶63–65');
  });

  it('who was contacted and when → END: advice sought, the log says who and when', () => {
    const snapshot = send(reach('urgentContact'), urgentContactMade());
    expect(currentStep(snapshot)).toBe('endUrgentAdviceSought');
    expect(snapshot.status).toBe('done');
    expect(stepMeta.endUrgentAdviceSought.outcome).toBe('URGENT_ADVICE_SOUGHT');
    expect(lastLog(snapshot)).toMatchObject({
      step: 'urgentContact',
      answer: 'Contacted the Anti-Terrorist Hotline and the police on 101 at 02:40; spoke to Call handler; reference ATH 77',
      notes: urgentDetails.notes,
      at: timeAt('urgentContact'),
    });
  });

  it.each([
    ['no one ticked', { ...urgentDetails, contacted: [] }],
    ['no time given', { ...urgentDetails, contactedAt: ' ' }],
  ] as const)('a contact with %s is refused', (_what, details) => {
    const before = reach('urgentContact');
    expectUnchanged(send(before, urgentContactMade(details as UrgentContact)), before);
  });

  it.each(['leadUnreachable', 'urgentContact'] as const)('%s: "this has become an emergency" still goes straight to 999', (step) => {
    const after = send(reach(step), emergencyFrom(step));
    expect(currentStep(after)).toBe('emergencyCallPolice');
    expect(after.context.emergency.declaredFrom).toBe(step);
  });
});

describe('colleague, manager discusses with the safeguarding lead and HR', () => {
  it('discussed → END (safeguarding lead risk-assesses and liaises with the LA Prevent lead)', () => {
    const snapshot = send(reach('colleagueManagerWithLeadAndHr'), discussed());
    expect(currentStep(snapshot)).toBe('endColleagueWithLead');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.discussion).toEqual(discussion);
    expect(lastLog(snapshot)).toMatchObject({
      step: 'colleagueManagerWithLeadAndHr',
      answer: 'Discussion with Line manager, safeguarding lead, HR adviser',
      notes: 'Met on Monday',
      actor: 'Line manager, safeguarding lead and HR',
    });
  });
});

describe('emergency: contact the police, inform the lead, record', () => {
  it('police called → inform the safeguarding lead', () => {
    const snapshot = send(reach('emergencyCallPolice'), policeCalled());
    expect(currentStep(snapshot)).toBe('emergencyInformLead');
    expect(snapshot.context.emergency.police).toEqual(policeDetails);
    expect(lastLog(snapshot)).toMatchObject({
      step: 'emergencyCallPolice',
      answer: '999 called at 10:05 (reference CAD 1234)',
      notes: 'Officers on their way',
    });
  });

  it('police called without a time or reference is still logged as "999 called"', () => {
    const snapshot = send(reach('emergencyCallPolice'), policeCalled({ calledAt: '', reference: '', notes: '' }));
    expect(currentStep(snapshot)).toBe('emergencyInformLead');
    expect(lastLog(snapshot)).toMatchObject({ answer: '999 called', notes: '' });
  });

  it('lead informed → record what happened', () => {
    const snapshot = send(reach('emergencyInformLead'), leadInformed('emergencyInformLead'));
    expect(currentStep(snapshot)).toBe('emergencyRecord');
    expect(snapshot.context.emergency.lead).toEqual(leadDetails);
    expect(snapshot.context.leadInformed).toBeNull();
    expect(lastLog(snapshot)).toMatchObject({ step: 'emergencyInformLead', answer: 'Safeguarding lead informed: Sam Lead' });
  });

  it('lead not yet informed → still record what happened (the 999 call comes first)', () => {
    const snapshot = send(reach('emergencyInformLead'), leadInformed('emergencyInformLead', { informed: 'not-yet', leadName: '', notes: 'Out of hours' }));
    expect(currentStep(snapshot)).toBe('emergencyRecord');
    expect(lastLog(snapshot)).toMatchObject({ answer: 'Safeguarding lead not yet informed', notes: 'Out of hours' });
  });

  it('recorded → END (emergency), done, with the whole emergency kept', () => {
    const snapshot = send(reach('emergencyRecord'), emergencyRecorded());
    expect(currentStep(snapshot)).toBe('endEmergency');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.emergency).toEqual({
      declaredFrom: 'immediateRisk',
      police: policeDetails,
      lead: leadDetails,
      record: emergencyRecord,
    });
    expect(snapshot.context.log.map((entry) => [entry.step, entry.answer])).toEqual([
      ['start', roleLabels.staff],
      ['immediateRisk', 'Yes'],
      ['emergencyCallPolice', '999 called at 10:05 (reference CAD 1234)'],
      ['emergencyInformLead', 'Safeguarding lead informed: Sam Lead'],
      ['emergencyRecord', 'Record of what happened made'],
    ]);
    expect(lastLog(snapshot)).toMatchObject({ notes: emergencyRecord.whatHappened, at: timeAt('emergencyRecord') });
  });
});

describe('"this has become an emergency" (IMMEDIATE_RISK_IDENTIFIED)', () => {
  it.each(pathwaySteps)('from %s → contact the police, logged against the step it was declared from', (step) => {
    const before = reach(step);
    expect(currentStep(before)).toBe(step);
    const after = send(before, emergencyFrom(step));
    expect(currentStep(after)).toBe('emergencyCallPolice');
    expect(after.status).toBe('active');
    expect(after.context.emergency.declaredFrom).toBe(step);
    expect(after.context.log).toHaveLength(before.context.log.length + 1);
    expect(lastLog(after)).toEqual({
      step,
      question: EMERGENCY_PROMPT,
      answer: 'This has become an emergency',
      notes: '',
      role: step === 'start' ? null : 'staff',
      actor: stepMeta[step].actor,
      at: EMERGENCY_AT,
      source: stepMeta[step].source,
    });
    // What was gathered before the emergency is kept for the record.
    expect({ ...after.context, log: before.context.log, emergency: before.context.emergency }).toEqual(before.context);
  });

  it.each(emergencySteps)('in %s it has no effect: the 999 path is already under way', (step) => {
    const before = reach(step);
    const after = send(before, emergencyFrom(step));
    expect(currentStep(after)).toBe(step);
    expectUnchanged(after, before);
    expect(after.context.emergency.declaredFrom).toBe('immediateRisk');
  });

  it('the emergency then runs its course to END (emergency)', () => {
    const snapshot = drive(
      [emergencyFrom('patientEscalate'), policeCalled(), leadInformed('emergencyInformLead'), emergencyRecorded()],
      reach('patientEscalate'),
    );
    expect(currentStep(snapshot)).toBe('endEmergency');
    expect(snapshot.status).toBe('done');
    expect(snapshot.context.record).toEqual(validRecord);
    expect(snapshot.context.emergency.declaredFrom).toBe('patientEscalate');
  });
});

describe('final states', () => {
  it.each(finalSteps)('%s is done and accepts no further events', (step) => {
    const end = reach(step);
    expect(currentStep(end)).toBe(step);
    expect(end.status).toBe('done');
    for (const event of [...everyEvent(), emergencyFrom(step)]) {
      const after = send(end, event);
      expectUnchanged(after, end);
      expect(currentStep(after)).toBe(step);
    }
  });

  it.each([...pathwaySteps, ...emergencySteps])('%s is not done', (step) => {
    expect(reach(step).status).toBe('active');
  });
});

describe('the decision log', () => {
  const logKeys = ['actor', 'answer', 'at', 'notes', 'question', 'role', 'source', 'step'];

  it.each(stepIds)('on the way to %s: one entry per answer, each with every field, and the context is plain JSON', (step) => {
    const events = routeTo[step];
    const snapshot = reach(step);
    expect(snapshot.context.log).toHaveLength(events.length);
    snapshot.context.log.forEach((entry, i) => {
      const event = events[i]!;
      expect(Object.keys(entry).sort()).toEqual(logKeys);
      expect(entry.question).toBe(event.prompt);
      expect(entry.at).toBe(event.at);
      expect(entry.actor).toBe(stepMeta[entry.step].actor);
      expect(entry.source).toBe(stepMeta[entry.step].source);
      expect(entry.role).toBe('staff');
    });
    expect(JSON.parse(JSON.stringify(snapshot.context))).toEqual(snapshot.context);
  });

  it('follows the flowchart, one entry per box, on the patient referral route', () => {
    const snapshot = reach('endReferredToLead');
    expect(snapshot.context.log).toEqual([
      {
        step: 'start',
        question: prompts.start,
        answer: roleLabels.staff,
        notes: '',
        role: 'staff',
        actor: stepMeta.start.actor,
        at: timeAt('start'),
        source: stepMeta.start.source,
      },
      {
        step: 'immediateRisk',
        question: prompts.immediateRisk,
        answer: 'No',
        notes: '',
        role: 'staff',
        actor: stepMeta.immediateRisk.actor,
        at: timeAt('immediateRisk'),
        source: stepMeta.immediateRisk.source,
      },
      {
        step: 'isConcern',
        question: prompts.isConcern,
        answer: 'Yes',
        notes: '',
        role: 'staff',
        actor: stepMeta.isConcern.actor,
        at: timeAt('isConcern'),
        source: stepMeta.isConcern.source,
      },
      {
        step: 'patientOrColleague',
        question: prompts.patientOrColleague,
        answer: 'Patient (or carer, family member, visitor or service user)',
        notes: '',
        role: 'staff',
        actor: stepMeta.patientOrColleague.actor,
        at: timeAt('patientOrColleague'),
        source: stepMeta.patientOrColleague.source,
      },
      {
        step: 'patientDiscussAndRecord',
        question: prompts.patientDiscussAndRecord,
        answer: 'Record made; discussed with Ward manager',
        notes: 'Said X in the waiting room',
        role: 'staff',
        actor: stepMeta.patientDiscussAndRecord.actor,
        at: timeAt('patientDiscussAndRecord'),
        source: stepMeta.patientDiscussAndRecord.source,
      },
      {
        step: 'patientEscalate',
        question: prompts.patientEscalate,
        answer: 'Yes',
        notes: '',
        role: 'staff',
        actor: stepMeta.patientEscalate.actor,
        at: timeAt('patientEscalate'),
        source: stepMeta.patientEscalate.source,
      },
      {
        step: 'patientInformLead',
        question: prompts.patientInformLead,
        answer: 'Safeguarding lead informed: Sam Lead',
        notes: 'Told by phone',
        role: 'staff',
        actor: stepMeta.patientInformLead.actor,
        at: timeAt('patientInformLead'),
        source: stepMeta.patientInformLead.source,
      },
    ]);
  });

  it('records the role chosen at the start on every later entry', () => {
    const snapshot = drive([begin('manager'), no('immediateRisk'), no('isConcern')]);
    expect(snapshot.context.log.map((entry) => entry.role)).toEqual(['manager', 'manager', 'manager']);
  });

  it('has no role yet for an emergency declared before the role was chosen', () => {
    const snapshot = send(initial(), emergencyFrom('start'));
    expect(snapshot.context.role).toBeNull();
    expect(snapshot.context.log).toEqual([
      {
        step: 'start',
        question: EMERGENCY_PROMPT,
        answer: 'This has become an emergency',
        notes: '',
        role: null,
        actor: stepMeta.start.actor,
        at: EMERGENCY_AT,
        source: stepMeta.start.source,
      },
    ]);
  });
});

describe('currentStep', () => {
  it.each(stepIds)('names %s when the machine stands on it', (step) => {
    expect(currentStep(reach(step))).toBe(step);
  });
});

describe('isOutcome', () => {
  it.each(finalSteps)('%s is an outcome', (step) => {
    expect(isOutcome(step)).toBe(true);
  });

  it.each([...pathwaySteps, ...emergencySteps])('%s is not an outcome', (step) => {
    expect(isOutcome(step)).toBe(false);
  });
});

describe('steps and their meta', () => {
  function allStateNodes(node: AnyStateNode): AnyStateNode[] {
    return [node, ...Object.values(node.states).flatMap(allStateNodes)];
  }
  const nodes = allStateNodes(concernMachine.root);
  const leaves = nodes.filter((node) => Object.keys(node.states).length === 0);

  it('stepIds are exactly the state nodes that carry meta', () => {
    const withMeta = nodes.filter((node) => node.meta !== undefined).map((node) => node.id);
    expect(withMeta).toHaveLength(stepIds.length);
    expect(new Set(withMeta)).toEqual(new Set(stepIds));
  });

  it('every step node carries its own entry of stepMeta', () => {
    for (const node of nodes.filter((n) => n.meta !== undefined)) {
      expect(node.meta).toBe(stepMeta[node.id as StepId]);
    }
  });

  it.each(leaves.map((node) => [node.id, node] as const))('leaf %s has meta with a box and a source, and its description is the box', (_id, node) => {
    const meta = node.meta as { box?: unknown; source?: unknown } | undefined;
    expect(meta).toBeDefined();
    expect(typeof meta?.box).toBe('string');
    expect(typeof meta?.source).toBe('string');
    expect(hasText(meta?.box as string)).toBe(true);
    expect(hasText(meta?.source as string)).toBe(true);
    expect(node.description).toBe(meta?.box);
  });

  it('the final state nodes are exactly the outcomes', () => {
    const finals = nodes.filter((node) => node.type === 'final').map((node) => node.id);
    expect(new Set(finals)).toEqual(new Set(stepIds.filter(isOutcome)));
  });
});

describe('hasText', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['   ', false],
    [' \n\t ', false],
    ['x', true],
    ['  a rationale  ', true],
  ])('hasText(%j) is %s', (value, expected) => {
    expect(hasText(value)).toBe(expected);
  });
});
