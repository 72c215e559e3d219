import { assign, setup, type SnapshotFrom } from 'xstate';
import {
  storedConcernRecordSchema,
  type ConcernRecord,
  type Discussion,
  type EmergencyRecord,
  type LeadInformed,
  type PoliceCalled,
  type Role,
} from '../forms/pathway-answers.schema';

/**
 * The concern pathway: the BSW "Reporting flow chart for Raising Concerns" (seed 004, PROCESS ›
 * Reporting concerns), reconstructed as reading B in domain-spec §1.1.3, with NOTICE–CHECK–SHARE
 * (004 App 3 Guidance notes; 004 ¶32) as its three phases. Every step a person can stand on has an
 * explicit id, listed in `stepIds`; the UI's content, URLs and the trainer's diagram are keyed by it.
 */

export const stepIds = [
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
  'emergencyCallPolice',
  'emergencyInformLead',
  'emergencyRecord',
  'endEmergency',
  'endNoConcern',
  'endReferredToLead',
  'endColleagueWithLead',
  'endNoFurtherPrevent',
] as const;
export type StepId = (typeof stepIds)[number];

export type Phase = 'NOTICE' | 'CHECK' | 'SHARE';
export type OutcomeCode =
  | 'EMERGENCY_POLICE'
  | 'NO_CONCERN'
  | 'REFERRED_BY_LEAD'
  | 'COLLEAGUE_MANAGED'
  | 'NO_PREVENT_ACTION_OTHER_SUPPORT';

export interface StepMeta {
  /** Where the step sits in NOTICE–CHECK–SHARE; emergency steps sit outside it. */
  phase: Phase | null;
  /** The flowchart box (or the inference) the step implements, as the seed words it. */
  box: string;
  /** The seed and paragraph it comes from (domain-spec §0.1 citation style). */
  source: string;
  /** Who acts at this step. */
  actor: string;
  outcome?: OutcomeCode;
}

/** Box, source, phase and actor for every step: the machine's `meta`, the log's `source`. */
export const stepMeta = {
  start: { phase: 'NOTICE', box: '"If you have concerns about an individual" / "Start Here"', source: '004 flowchart', actor: 'Any member of staff' },
  immediateRisk: { phase: 'NOTICE', box: 'F4 "Is the person of concern at immediate risk?"', source: '004 flowchart; 004 ¶66', actor: 'Any member of staff' },
  isConcern: { phase: 'NOTICE', box: 'F8–F9 "Is the person causing concern?"', source: '004 flowchart; 004 App 3 NOTICE', actor: 'Any member of staff' },
  patientOrColleague: { phase: 'NOTICE', box: 'F11 "Is the individual of concern a patient or colleague?"', source: '004 flowchart; domain-spec A8', actor: 'Any member of staff' },
  patientDiscussAndRecord: { phase: 'CHECK', box: 'F16–F17 "Discuss with manager." "Make a record of your concerns."', source: '004 flowchart; 004 App 3 CHECK; 000 §6.2', actor: 'Member of staff with their manager' },
  patientEscalate: { phase: 'CHECK', box: 'F18 "Decision to escalate concerns."', source: '004 flowchart; 004 ¶30', actor: 'Member of staff with their manager' },
  patientInformLead: { phase: 'SHARE', box: 'F22 "Safeguarding Locality Lead will refer concerns … using the National Prevent Referral Form"', source: '004 flowchart; 004 ¶30; 004 Roles', actor: 'Member of staff or their manager' },
  colleagueDiscussAndRecord: { phase: 'CHECK', box: 'F14–F15 "Discuss with manager." "Make a record of your concerns/observations."', source: '004 flowchart; 004 ¶35', actor: 'Member of staff with their line manager' },
  colleagueEscalate: { phase: 'CHECK', box: 'F18 "Decision to escalate concerns."', source: '004 flowchart; 004 ¶35', actor: 'Line manager' },
  colleagueManagerWithLeadAndHr: { phase: 'SHARE', box: 'F20 "Manager to discuss with the Safeguarding Locality Lead & HR colleague."', source: '004 flowchart; 004 ¶35–36', actor: 'Line manager, safeguarding lead and HR' },
  emergencyCallPolice: { phase: null, box: 'F1 + F3 "Contact Police" "Use 999 and request Police presence."', source: '004 flowchart; 004 ¶66', actor: 'Any member of staff' },
  emergencyInformLead: { phase: null, box: 'F6 "Inform the Safeguarding Locality Lead"', source: '004 flowchart (domain-spec A1)', actor: 'Any member of staff' },
  emergencyRecord: { phase: null, box: 'Record what happened (domain-spec A9)', source: '004 ¶62', actor: 'Any member of staff' },
  endEmergency: { phase: null, box: 'END', source: '004 flowchart', actor: 'Police and safeguarding lead', outcome: 'EMERGENCY_POLICE' },
  endNoConcern: { phase: 'NOTICE', box: 'END (domain-spec A2)', source: '004 flowchart; 004 App 3 Guidance notes', actor: 'Any member of staff', outcome: 'NO_CONCERN' },
  endReferredToLead: { phase: 'SHARE', box: 'F23 "No further action required from initial referrer."', source: '004 flowchart; 004 ¶30', actor: 'Safeguarding lead', outcome: 'REFERRED_BY_LEAD' },
  endColleagueWithLead: { phase: 'SHARE', box: 'F24 "Safeguarding Locality Lead to undertake risk assessment and liaise with Local Authority Prevent Lead"', source: '004 flowchart; 004 ¶35–36', actor: 'Safeguarding lead and HR', outcome: 'COLLEAGUE_MANAGED' },
  endNoFurtherPrevent: { phase: 'CHECK', box: 'F25 "No further Prevent action required – consider other sources of support."', source: '004 flowchart; 004 App 3 Guidance notes', actor: 'Member of staff with their manager', outcome: 'NO_PREVENT_ACTION_OTHER_SUPPORT' },
} as const satisfies Record<StepId, StepMeta>;

export const roleLabels = {
  staff: 'Member of staff',
  manager: 'Line manager',
  lead: 'Safeguarding lead',
} as const satisfies Record<Role, string>;

/** One entry of the decision log: "always document your decision-making and rationale at the time" (004 App 4a). */
export interface DecisionLogEntry {
  step: StepId;
  /** The question or instruction exactly as the user saw it. */
  question: string;
  answer: string;
  notes: string;
  role: Role | null;
  actor: string;
  /** ISO 8601 timestamp supplied by the page when the user answered. */
  at: string;
  source: string;
}

/** What the urgent route records, whichever pathway it was declared from. */
export interface Emergency<Step extends string> {
  declaredFrom: Step | null;
  police: PoliceCalled | null;
  lead: LeadInformed | null;
  record: EmergencyRecord | null;
}

/**
 * The urgent route's record after an event on it. Every pathway machine shares the route (its
 * events, pages and log), so every machine updates it with this one function.
 */
export function updateEmergency<Step extends string>(emergency: Emergency<Step>, event: { type: string }, from: Step): Emergency<Step> {
  const shared = event as ConcernEvent;
  switch (shared.type) {
    case 'IMMEDIATE_RISK_IDENTIFIED':
    case 'ANSWER_YES':
      return { ...emergency, declaredFrom: from };
    case 'POLICE_CALLED':
      return { ...emergency, police: shared.details };
    case 'LEAD_INFORMED':
      return { ...emergency, lead: shared.details };
    case 'EMERGENCY_RECORDED':
      return { ...emergency, record: shared.record };
    default:
      return emergency;
  }
}

export interface ConcernContext {
  role: Role | null;
  subject: 'patient' | 'colleague' | null;
  record: ConcernRecord | null;
  emergency: Emergency<StepId>;
  discussion: Discussion | null;
  leadInformed: LeadInformed | null;
  log: DecisionLogEntry[];
}

/** What every answer carries: the question as shown and when it was answered. */
interface Answered {
  prompt: string;
  at: string;
}
export type ConcernEvent =
  | ({ type: 'BEGIN'; role: Role } & Answered)
  | ({ type: 'ANSWER_YES'; notes?: string } & Answered)
  | ({ type: 'ANSWER_NO'; notes?: string } & Answered)
  | ({ type: 'SELECT_PATIENT' } & Answered)
  | ({ type: 'SELECT_COLLEAGUE' } & Answered)
  | ({ type: 'RECORD_SAVED'; record: ConcernRecord } & Answered)
  | ({ type: 'POLICE_CALLED'; details: PoliceCalled } & Answered)
  | ({ type: 'LEAD_INFORMED'; details: LeadInformed } & Answered)
  | ({ type: 'EMERGENCY_RECORDED'; record: EmergencyRecord } & Answered)
  | ({ type: 'DISCUSSED'; details: Discussion } & Answered)
  | ({ type: 'IMMEDIATE_RISK_IDENTIFIED' } & Answered);

export const initialConcernContext = (): ConcernContext => ({
  role: null,
  subject: null,
  record: null,
  emergency: { declaredFrom: null, police: null, lead: null, record: null },
  discussion: null,
  leadInformed: null,
  log: [],
});

/** A rationale is written, not just whitespace. Decisions not to escalate need one (004 App 4a). */
export function hasText(value: string | undefined): boolean {
  return (value ?? '').trim().length > 0;
}

/** The words the decision log uses for an event's answer; other pathway machines share them. */
export function answerWords(event: ConcernEvent): string {
  switch (event.type) {
    case 'BEGIN':
      return roleLabels[event.role];
    case 'ANSWER_YES':
      return 'Yes';
    case 'ANSWER_NO':
      return 'No';
    case 'SELECT_PATIENT':
      return 'Patient (or carer, family member, visitor or service user)';
    case 'SELECT_COLLEAGUE':
      return 'Colleague (including volunteers, bank, agency and contract staff)';
    case 'RECORD_SAVED':
      return `Record made; discussed with ${event.record.discussedWith}`;
    case 'POLICE_CALLED':
      return ['999 called', event.details.calledAt && `at ${event.details.calledAt}`, event.details.reference && `(reference ${event.details.reference})`]
        .filter(Boolean)
        .join(' ');
    case 'LEAD_INFORMED':
      return event.details.informed === 'yes'
        ? `Safeguarding lead informed${event.details.leadName ? `: ${event.details.leadName}` : ''}`
        : 'Safeguarding lead not yet informed';
    case 'EMERGENCY_RECORDED':
      return 'Record of what happened made';
    case 'DISCUSSED':
      return `Discussion with ${event.details.participants}`;
    case 'IMMEDIATE_RISK_IDENTIFIED':
      return 'This has become an emergency';
  }
}

function answerNotes(event: ConcernEvent): string {
  switch (event.type) {
    case 'ANSWER_YES':
    case 'ANSWER_NO':
      return event.notes?.trim() ?? '';
    case 'POLICE_CALLED':
    case 'LEAD_INFORMED':
    case 'DISCUSSED':
      return event.details.notes;
    case 'EMERGENCY_RECORDED':
    case 'RECORD_SAVED':
      return event.record.whatHappened;
    default:
      return '';
  }
}

/**
 * "This has become an emergency": accepted on every step of the pathway, straight to the 999 path
 * (domain-spec §1.0). Declared per step so the log names the step it was declared from.
 */
const declareEmergency = (step: StepId) =>
  ({
    IMMEDIATE_RISK_IDENTIFIED: {
      target: '#emergencyCallPolice',
      actions: [
        { type: 'log', params: { step } },
        { type: 'saveEmergency', params: { from: step } },
      ],
    },
  }) as const;

export const concernMachine = setup({
  types: {
    context: {} as ConcernContext,
    events: {} as ConcernEvent,
  },
  actions: {
    log: assign({
      log: ({ context, event }, params: { step: StepId }) => [
        ...context.log,
        {
          step: params.step,
          question: event.prompt,
          answer: answerWords(event),
          notes: answerNotes(event),
          role: event.type === 'BEGIN' ? event.role : context.role,
          actor: stepMeta[params.step].actor,
          at: event.at,
          source: stepMeta[params.step].source,
        },
      ],
    }),
    setRole: assign({ role: ({ event }) => (event.type === 'BEGIN' ? event.role : null) }),
    setSubject: assign({ subject: (_, params: { subject: 'patient' | 'colleague' }) => params.subject }),
    saveRecord: assign({ record: ({ context, event }) => (event.type === 'RECORD_SAVED' ? event.record : context.record) }),
    saveDiscussion: assign({ discussion: ({ context, event }) => (event.type === 'DISCUSSED' ? event.details : context.discussion) }),
    saveLeadInformed: assign({ leadInformed: ({ context, event }) => (event.type === 'LEAD_INFORMED' ? event.details : context.leadInformed) }),
    saveEmergency: assign({ emergency: ({ context, event }, params: { from: StepId }) => updateEmergency(context.emergency, event, params.from) }),
  },
  guards: {
    recordIsComplete: ({ event }) => event.type === 'RECORD_SAVED' && storedConcernRecordSchema.safeParse(event.record).success,
    leadWasInformed: ({ event }) => event.type === 'LEAD_INFORMED' && event.details.informed === 'yes',
    hasRationale: ({ event }) => (event.type === 'ANSWER_NO' || event.type === 'ANSWER_YES') && hasText(event.notes),
  },
}).createMachine({
  id: 'concern',
  description: 'Reporting flow chart for Raising Concerns (004), reading B, as NOTICE–CHECK–SHARE',
  initial: 'pathway',
  context: initialConcernContext,
  states: {
    pathway: {
      description: 'The flowchart before any emergency. From every step here, "this has become an emergency" goes straight to the 999 path (domain-spec §1.0).',
      initial: 'start',
      states: {
        start: {
          id: 'start',
          description: stepMeta.start.box,
          meta: stepMeta.start,
          on: {
            ...declareEmergency('start'), BEGIN: { target: 'immediateRisk', actions: ['setRole', { type: 'log', params: { step: 'start' } }] } },
        },
        immediateRisk: {
          id: 'immediateRisk',
          description: stepMeta.immediateRisk.box,
          meta: stepMeta.immediateRisk,
          on: {
            ...declareEmergency('immediateRisk'),
            ANSWER_YES: { target: '#emergencyCallPolice', actions: [{ type: 'log', params: { step: 'immediateRisk' } }, { type: 'saveEmergency', params: { from: 'immediateRisk' } }] },
            ANSWER_NO: { target: 'isConcern', actions: { type: 'log', params: { step: 'immediateRisk' } } },
          },
        },
        isConcern: {
          id: 'isConcern',
          description: stepMeta.isConcern.box,
          meta: stepMeta.isConcern,
          on: {
            ...declareEmergency('isConcern'),
            ANSWER_YES: { target: 'patientOrColleague', actions: { type: 'log', params: { step: 'isConcern' } } },
            ANSWER_NO: { target: '#endNoConcern', actions: { type: 'log', params: { step: 'isConcern' } } },
          },
        },
        patientOrColleague: {
          id: 'patientOrColleague',
          description: stepMeta.patientOrColleague.box,
          meta: stepMeta.patientOrColleague,
          on: {
            ...declareEmergency('patientOrColleague'),
            SELECT_PATIENT: {
              target: 'patient',
              actions: [{ type: 'setSubject', params: { subject: 'patient' } }, { type: 'log', params: { step: 'patientOrColleague' } }],
            },
            SELECT_COLLEAGUE: {
              target: 'colleague',
              actions: [{ type: 'setSubject', params: { subject: 'colleague' } }, { type: 'log', params: { step: 'patientOrColleague' } }],
            },
          },
        },
        patient: {
          description: 'Patient column (carers, family, visitors and service users too: domain-spec A8)',
          initial: 'discussAndRecord',
          states: {
            discussAndRecord: {
              id: 'patientDiscussAndRecord',
              description: stepMeta.patientDiscussAndRecord.box,
              meta: stepMeta.patientDiscussAndRecord,
              on: {
            ...declareEmergency('patientDiscussAndRecord'),
                RECORD_SAVED: {
                  guard: 'recordIsComplete',
                  target: 'escalate',
                  actions: ['saveRecord', { type: 'log', params: { step: 'patientDiscussAndRecord' } }],
                },
              },
            },
            escalate: {
              id: 'patientEscalate',
              description: stepMeta.patientEscalate.box,
              meta: stepMeta.patientEscalate,
              on: {
            ...declareEmergency('patientEscalate'),
                ANSWER_YES: { target: 'informLead', actions: { type: 'log', params: { step: 'patientEscalate' } } },
                ANSWER_NO: { guard: 'hasRationale', target: '#endNoFurtherPrevent', actions: { type: 'log', params: { step: 'patientEscalate' } } },
              },
            },
            informLead: {
              id: 'patientInformLead',
              description: stepMeta.patientInformLead.box,
              meta: stepMeta.patientInformLead,
              on: {
            ...declareEmergency('patientInformLead'),
                LEAD_INFORMED: {
                  guard: 'leadWasInformed',
                  target: '#endReferredToLead',
                  actions: ['saveLeadInformed', { type: 'log', params: { step: 'patientInformLead' } }],
                },
              },
            },
          },
        },
        colleague: {
          description: 'Colleague column (volunteers, bank, agency and contract staff too: domain-spec A8)',
          initial: 'discussAndRecord',
          states: {
            discussAndRecord: {
              id: 'colleagueDiscussAndRecord',
              description: stepMeta.colleagueDiscussAndRecord.box,
              meta: stepMeta.colleagueDiscussAndRecord,
              on: {
            ...declareEmergency('colleagueDiscussAndRecord'),
                RECORD_SAVED: {
                  guard: 'recordIsComplete',
                  target: 'escalate',
                  actions: ['saveRecord', { type: 'log', params: { step: 'colleagueDiscussAndRecord' } }],
                },
              },
            },
            escalate: {
              id: 'colleagueEscalate',
              description: stepMeta.colleagueEscalate.box,
              meta: stepMeta.colleagueEscalate,
              on: {
            ...declareEmergency('colleagueEscalate'),
                ANSWER_YES: { target: 'managerWithLeadAndHr', actions: { type: 'log', params: { step: 'colleagueEscalate' } } },
                ANSWER_NO: { guard: 'hasRationale', target: '#endNoFurtherPrevent', actions: { type: 'log', params: { step: 'colleagueEscalate' } } },
              },
            },
            managerWithLeadAndHr: {
              id: 'colleagueManagerWithLeadAndHr',
              description: stepMeta.colleagueManagerWithLeadAndHr.box,
              meta: stepMeta.colleagueManagerWithLeadAndHr,
              on: {
            ...declareEmergency('colleagueManagerWithLeadAndHr'),
                DISCUSSED: {
                  target: '#endColleagueWithLead',
                  actions: ['saveDiscussion', { type: 'log', params: { step: 'colleagueManagerWithLeadAndHr' } }],
                },
              },
            },
          },
        },
      },
    },
    emergency: {
      description: 'Immediate risk: 999 first, then the safeguarding lead, then the record (004 flowchart; domain-spec A1, A9)',
      initial: 'callPolice',
      states: {
        callPolice: {
          id: 'emergencyCallPolice',
          description: stepMeta.emergencyCallPolice.box,
          meta: stepMeta.emergencyCallPolice,
          on: {
            POLICE_CALLED: { target: 'informLead', actions: [{ type: 'saveEmergency', params: { from: 'emergencyCallPolice' } }, { type: 'log', params: { step: 'emergencyCallPolice' } }] },
          },
        },
        informLead: {
          id: 'emergencyInformLead',
          description: stepMeta.emergencyInformLead.box,
          meta: stepMeta.emergencyInformLead,
          on: {
            LEAD_INFORMED: { target: 'record', actions: [{ type: 'saveEmergency', params: { from: 'emergencyInformLead' } }, { type: 'log', params: { step: 'emergencyInformLead' } }] },
          },
        },
        record: {
          id: 'emergencyRecord',
          description: stepMeta.emergencyRecord.box,
          meta: stepMeta.emergencyRecord,
          on: {
            EMERGENCY_RECORDED: { target: '#endEmergency', actions: [{ type: 'saveEmergency', params: { from: 'emergencyRecord' } }, { type: 'log', params: { step: 'emergencyRecord' } }] },
          },
        },
      },
    },
    endEmergency: { id: 'endEmergency', type: 'final', description: stepMeta.endEmergency.box, meta: stepMeta.endEmergency },
    endNoConcern: { id: 'endNoConcern', type: 'final', description: stepMeta.endNoConcern.box, meta: stepMeta.endNoConcern },
    endReferredToLead: { id: 'endReferredToLead', type: 'final', description: stepMeta.endReferredToLead.box, meta: stepMeta.endReferredToLead },
    endColleagueWithLead: { id: 'endColleagueWithLead', type: 'final', description: stepMeta.endColleagueWithLead.box, meta: stepMeta.endColleagueWithLead },
    endNoFurtherPrevent: { id: 'endNoFurtherPrevent', type: 'final', description: stepMeta.endNoFurtherPrevent.box, meta: stepMeta.endNoFurtherPrevent },
  },
});

export type ConcernSnapshot = SnapshotFrom<typeof concernMachine>;

/** The step a snapshot of any pathway machine stands on: the one active state node with step meta. */
export function activeStep<Id extends string>(snapshot: { getMeta(): Record<string, unknown> }, ids: readonly Id[]): Id {
  const active = Object.keys(snapshot.getMeta()).filter((id): id is Id => (ids as readonly string[]).includes(id));
  if (active.length !== 1) throw new Error(`Expected exactly one active step, found ${active.length}`);
  return active[0]!;
}

export const currentStep = (snapshot: ConcernSnapshot): StepId => activeStep(snapshot, stepIds);

export function isOutcome(step: StepId): boolean {
  return 'outcome' in stepMeta[step];
}
