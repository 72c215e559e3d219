import { assertEvent, assign, setup, type SnapshotFrom } from 'xstate';
import type { Discussion, LeadInformed } from '../forms/pathway-answers.schema';
import type { ConcernSummary } from '../forms/concern-summary.schema';
import {
  activeStep,
  answerNotes,
  declareEmergency,
  emergencyStates,
  emergencyStepMeta,
  hasText,
  noEmergency,
  outOfHoursStates,
  outOfHoursStepMeta,
  pathwayActions,
  pathwayAnswerWords,
  pathwayGuards,
  type Answered,
  type PathwayContext,
  type PathwayEvent,
  type PathwayLogEntry,
  type StepMeta as PathwayStepMeta,
} from './pathway-common';

export { hasText, roleLabels, type Emergency, type Phase } from './pathway-common';

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
  'leadUnreachable',
  'urgentContact',
  'emergencyCallPolice',
  'emergencyInformLead',
  'emergencyRecord',
  'endEmergency',
  'endNoConcern',
  'endReferredToLead',
  'endColleagueWithLead',
  'endNoFurtherPrevent',
  'endLeadToBeTold',
  'endUrgentAdviceSought',
] as const;
export type StepId = (typeof stepIds)[number];

export type OutcomeCode =
  'EMERGENCY_POLICE' | 'NO_CONCERN' | 'REFERRED_BY_LEAD' | 'COLLEAGUE_MANAGED' | 'NO_PREVENT_ACTION_OTHER_SUPPORT' | 'LEAD_TO_BE_TOLD' | 'URGENT_ADVICE_SOUGHT';

export type StepMeta = PathwayStepMeta<OutcomeCode>;

/** Box, source, phase and actor for every step: the machine's `meta`, the log's `source`. */
export const stepMeta = {
  start: { phase: 'NOTICE', box: '"If you have concerns about an individual" / "Start Here"', source: '004 flowchart', actor: 'Any member of staff' },
  immediateRisk: { phase: 'NOTICE', box: 'F4 "Is the person of concern at immediate risk?"', source: '004 flowchart; 004 ¶66', actor: 'Any member of staff' },
  isConcern: { phase: 'NOTICE', box: 'F8–F9 "Is the person causing concern?"', source: '004 flowchart; 004 App 3 NOTICE', actor: 'Any member of staff' },
  patientOrColleague: {
    phase: 'NOTICE',
    box: 'F11 "Is the individual of concern a patient or colleague?"',
    source: '004 flowchart; domain-spec A8',
    actor: 'Any member of staff',
  },
  patientDiscussAndRecord: {
    phase: 'CHECK',
    box: 'F16–F17 "Discuss with manager." "Make a record of your concerns."',
    source: '004 flowchart; 004 App 3 CHECK; 000 §6.2',
    actor: 'Member of staff with their manager',
  },
  patientEscalate: {
    phase: 'CHECK',
    box: 'F18 "Decision to escalate concerns."',
    source: '004 flowchart; 004 ¶30',
    actor: 'Member of staff with their manager',
  },
  patientInformLead: {
    phase: 'SHARE',
    box: 'F22 "Safeguarding Locality Lead will refer concerns … using the National Prevent Referral Form"',
    source: '004 flowchart; 004 ¶30; 004 Roles',
    actor: 'Member of staff or their manager',
  },
  colleagueDiscussAndRecord: {
    phase: 'CHECK',
    box: 'F14–F15 "Discuss with manager." "Make a record of your concerns/observations."',
    source: '004 flowchart; 004 ¶35',
    actor: 'Member of staff with their line manager',
  },
  colleagueEscalate: { phase: 'CHECK', box: 'F18 "Decision to escalate concerns."', source: '004 flowchart; 004 ¶35', actor: 'Line manager' },
  colleagueManagerWithLeadAndHr: {
    phase: 'SHARE',
    box: 'F20 "Manager to discuss with the Safeguarding Locality Lead & HR colleague."',
    source: '004 flowchart; 004 ¶35–36',
    actor: 'Line manager, safeguarding lead and HR',
  },
  ...outOfHoursStepMeta,
  ...emergencyStepMeta,
  endNoConcern: {
    phase: 'NOTICE',
    box: 'END (domain-spec A2)',
    source: '004 flowchart; 004 App 3 Guidance notes',
    actor: 'Any member of staff',
    outcome: 'NO_CONCERN',
  },
  endReferredToLead: {
    phase: 'SHARE',
    box: 'F23 "No further action required from initial referrer."',
    source: '004 flowchart; 004 ¶30',
    actor: 'Safeguarding lead',
    outcome: 'REFERRED_BY_LEAD',
  },
  endColleagueWithLead: {
    phase: 'SHARE',
    box: 'F24 "Safeguarding Locality Lead to undertake risk assessment and liaise with Local Authority Prevent Lead"',
    source: '004 flowchart; 004 ¶35–36',
    actor: 'Safeguarding lead and HR',
    outcome: 'COLLEAGUE_MANAGED',
  },
  endNoFurtherPrevent: {
    phase: 'CHECK',
    box: 'F25 "No further Prevent action required – consider other sources of support."',
    source: '004 flowchart; 004 App 3 Guidance notes',
    actor: 'Member of staff with their manager',
    outcome: 'NO_PREVENT_ACTION_OTHER_SUPPORT',
  },
} as const satisfies Record<StepId, StepMeta>;

/** One entry of the decision log, naming a step of this chart. */
export type DecisionLogEntry = PathwayLogEntry<StepId>;

export interface ConcernContext extends PathwayContext<StepId> {
  discussion: Discussion | null;
  leadInformed: LeadInformed | null;
}

export type ConcernEvent = PathwayEvent | ({ type: 'DISCUSSED'; details: Discussion } & Answered);

export const initialConcernContext = (): ConcernContext => ({
  role: null,
  subject: null,
  record: null,
  emergency: noEmergency(),
  discussion: null,
  leadInformed: null,
  log: [],
});

/** The words the decision log uses for an event's answer. */
export function answerWords(event: ConcernEvent): string {
  switch (event.type) {
    case 'SELECT_PATIENT':
      return 'Patient (or carer, family member, visitor or service user)';
    case 'SELECT_COLLEAGUE':
      return 'Colleague (including volunteers, bank, agency and contract staff)';
    case 'DISCUSSED':
      return `Discussion with ${event.details.participants}`;
    default:
      return pathwayAnswerWords(event);
  }
}

export const concernMachine = setup({
  types: {
    context: {} as ConcernContext,
    events: {} as ConcernEvent,
  },
  actions: {
    ...pathwayActions<StepId, ConcernContext, ConcernEvent>({ meta: stepMeta, answerWords, answerNotes }),
    saveDiscussion: assign({
      discussion: ({ event }) => {
        assertEvent(event, 'DISCUSSED');
        return event.details;
      },
    }),
    saveLeadInformed: assign({
      leadInformed: ({ event }) => {
        assertEvent(event, 'LEAD_INFORMED');
        return event.details;
      },
    }),
  },
  guards: {
    ...pathwayGuards,
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
            ...declareEmergency('start'),
            BEGIN: { target: 'immediateRisk', actions: ['setRole', { type: 'log', params: { step: 'start' } }] },
          },
        },
        immediateRisk: {
          id: 'immediateRisk',
          description: stepMeta.immediateRisk.box,
          meta: stepMeta.immediateRisk,
          on: {
            ...declareEmergency('immediateRisk'),
            ANSWER_YES: {
              target: '#emergencyCallPolice',
              actions: [
                { type: 'log', params: { step: 'immediateRisk' } },
                { type: 'saveEmergency', params: { from: 'immediateRisk' } },
              ],
            },
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
              actions: [
                { type: 'setSubject', params: { subject: 'patient' } },
                { type: 'log', params: { step: 'patientOrColleague' } },
              ],
            },
            SELECT_COLLEAGUE: {
              target: 'colleague',
              actions: [
                { type: 'setSubject', params: { subject: 'colleague' } },
                { type: 'log', params: { step: 'patientOrColleague' } },
              ],
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
                LEAD_INFORMED: [
                  {
                    guard: 'leadWasInformed',
                    target: '#endReferredToLead',
                    actions: ['saveLeadInformed', { type: 'log', params: { step: 'patientInformLead' } }],
                  },
                  // "Not yet" never dead-ends: can it wait, or is it out of hours help now (004 ¶63–65)?
                  { target: '#leadUnreachable', actions: ['saveLeadInformed', { type: 'log', params: { step: 'patientInformLead' } }] },
                ],
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
    ...outOfHoursStates,
    ...emergencyStates,
    endNoConcern: { id: 'endNoConcern', type: 'final', description: stepMeta.endNoConcern.box, meta: stepMeta.endNoConcern },
    endReferredToLead: { id: 'endReferredToLead', type: 'final', description: stepMeta.endReferredToLead.box, meta: stepMeta.endReferredToLead },
    endColleagueWithLead: { id: 'endColleagueWithLead', type: 'final', description: stepMeta.endColleagueWithLead.box, meta: stepMeta.endColleagueWithLead },
    endNoFurtherPrevent: { id: 'endNoFurtherPrevent', type: 'final', description: stepMeta.endNoFurtherPrevent.box, meta: stepMeta.endNoFurtherPrevent },
  },
});

export type ConcernSnapshot = SnapshotFrom<typeof concernMachine>;

export const currentStep = (snapshot: ConcernSnapshot): StepId => activeStep(snapshot, stepIds);

export function isOutcome(step: StepId): boolean {
  return 'outcome' in stepMeta[step];
}

/** What this chart hands to the referral (forms/concern-summary.schema.ts): the record, who it is about and the log. */
export function concernSummary(context: ConcernContext): ConcernSummary {
  return { pathway: 'bsw', subject: context.subject, record: context.record, log: context.log, preventLeadAdvice: null, leadAgreement: null };
}
