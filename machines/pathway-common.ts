import { assertEvent, assign } from 'xstate';
import {
  storedConcernRecordSchema,
  urgentContactSchema,
  type ConcernRecord,
  type EmergencyRecord,
  type LeadInformed,
  type PoliceCalled,
  type Role,
  type UrgentContact,
  type UrgentContactRoute,
} from '../forms/pathway-answers.schema';

/**
 * What every pathway machine (the BSW reporting chart, the MSE referral flowchart, and any model
 * added later) shares: the events the same pages send, the decision log and its writer, the urgent
 * route (999 → safeguarding lead → record) with its steps, and the actions on them. A pathway
 * machine spreads `pathwayActions(...)` into its `setup`, `declareEmergency(step)` into every
 * pathway step and `emergencyStates` into its top-level states.
 */

export type Phase = 'NOTICE' | 'CHECK' | 'SHARE';

export interface StepMeta<Outcome extends string = string> {
  /** Where the step sits in NOTICE–CHECK–SHARE; emergency steps sit outside it. */
  phase: Phase | null;
  /** The flowchart box (or the inference) the step implements, as the seed words it. */
  box: string;
  /** The seed and paragraph it comes from (domain-spec §0.1 citation style). */
  source: string;
  /** Who acts at this step. */
  actor: string;
  outcome?: Outcome;
}

export const roleLabels = {
  staff: 'Member of staff',
  manager: 'Line manager',
  lead: 'Safeguarding lead',
} as const satisfies Record<Role, string>;

/** One entry of the decision log: "always document your decision-making and rationale at the time" (004 App 4a). */
export interface PathwayLogEntry<Step extends string = string> {
  step: Step;
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

export const noEmergency = <Step extends string>(): Emergency<Step> => ({ declaredFrom: null, police: null, lead: null, record: null });

/** What every pathway machine's context holds, whatever else its chart records. */
export interface PathwayContext<Step extends string> {
  role: Role | null;
  subject: 'patient' | 'colleague' | null;
  record: ConcernRecord | null;
  emergency: Emergency<Step>;
  log: PathwayLogEntry<Step>[];
}

/** What every answer carries: the question as shown and when it was answered. */
export interface Answered {
  prompt: string;
  at: string;
}

/** The events every pathway's pages send, with the same payloads, so the same pages send them. */
export type PathwayEvent =
  | ({ type: 'BEGIN'; role: Role } & Answered)
  | ({ type: 'ANSWER_YES'; notes?: string } & Answered)
  | ({ type: 'ANSWER_NO'; notes?: string } & Answered)
  | ({ type: 'SELECT_PATIENT' } & Answered)
  | ({ type: 'SELECT_COLLEAGUE' } & Answered)
  | ({ type: 'RECORD_SAVED'; record: ConcernRecord } & Answered)
  | ({ type: 'POLICE_CALLED'; details: PoliceCalled } & Answered)
  | ({ type: 'LEAD_INFORMED'; details: LeadInformed } & Answered)
  | ({ type: 'EMERGENCY_RECORDED'; record: EmergencyRecord } & Answered)
  | ({ type: 'IMMEDIATE_RISK_IDENTIFIED' } & Answered)
  | ({ type: 'LEAD_UNREACHABLE'; notes?: string } & Answered)
  | ({ type: 'URGENT_CONTACT_MADE'; details: UrgentContact } & Answered);

/**
 * `assertEvent` for the shared events, inside actions written once for machines whose event unions
 * differ: throws when the action is wired to another event, and narrows to the shared payload.
 */
export function assertPathwayEvent<T extends PathwayEvent['type']>(
  event: { type: string },
  type: T | readonly T[],
): asserts event is Extract<PathwayEvent, { type: T }> {
  assertEvent(event, type);
}

/** A rationale is written, not just whitespace. Decisions not to escalate need one (004 App 4a). */
export function hasText(value: string | undefined): boolean {
  return (value ?? '').trim().length > 0;
}

/** The words the decision log uses for a shared event's answer (each chart words its own subject question). */
export function pathwayAnswerWords(event: Exclude<PathwayEvent, { type: 'SELECT_PATIENT' | 'SELECT_COLLEAGUE' }>): string {
  switch (event.type) {
    case 'BEGIN':
      return roleLabels[event.role];
    case 'ANSWER_YES':
      return 'Yes';
    case 'ANSWER_NO':
      return 'No';
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
    case 'IMMEDIATE_RISK_IDENTIFIED':
      return 'This has become an emergency';
    case 'LEAD_UNREACHABLE':
      return 'Cannot reach the lead yet';
    case 'URGENT_CONTACT_MADE':
      return urgentContactWords(event.details);
  }
}

/** The decision log's names for who was called out of hours (004 ¶63–65). */
export const urgentContactRouteWords = {
  outOfHours: 'the organisation’s out-of-hours or on-call contact',
  policeNonEmergency: 'the police on 101',
  antiTerroristHotline: 'the Anti-Terrorist Hotline',
} as const satisfies Record<UrgentContactRoute, string>;

/** "Contacted the police on 101 at 02:40; spoke to …; reference …": who was contacted and when. */
export function urgentContactWords(details: UrgentContact): string {
  const who = details.contacted.map((route) => urgentContactRouteWords[route]).join(' and ');
  return [
    `Contacted ${who} at ${details.contactedAt.trim()}`,
    details.spokeTo.trim() && `spoke to ${details.spokeTo.trim()}`,
    details.reference.trim() && `reference ${details.reference.trim()}`,
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * The decision log's notes for an answer: its rationale (trimmed), the notes of the details it
 * carries, or the record's "what happened"; none otherwise.
 */
export function answerNotes(event: { type: string; notes?: string; details?: { notes: string }; record?: { whatHappened: string } }): string {
  if ('notes' in event) return event.notes?.trim() ?? '';
  if (event.details) return event.details.notes;
  if (event.record) return event.record.whatHappened;
  return '';
}

/** The urgent route's record after an event on it. */
export function updateEmergency<Step extends string>(emergency: Emergency<Step>, event: { type: string }, from: Step): Emergency<Step> {
  assertPathwayEvent(event, ['IMMEDIATE_RISK_IDENTIFIED', 'ANSWER_YES', 'POLICE_CALLED', 'LEAD_INFORMED', 'EMERGENCY_RECORDED']);
  switch (event.type) {
    case 'IMMEDIATE_RISK_IDENTIFIED':
    case 'ANSWER_YES':
      return { ...emergency, declaredFrom: from };
    case 'POLICE_CALLED':
      return { ...emergency, police: event.details };
    case 'LEAD_INFORMED':
      return { ...emergency, lead: event.details };
    case 'EMERGENCY_RECORDED':
      return { ...emergency, record: event.record };
  }
}

/**
 * The actions every pathway machine shares, for its context `C` and events `E`: the log writer
 * (`log`, naming the step's actor and source from the chart's `meta`, the answer in the chart's
 * `answerWords`), the role and subject, the record of concern and the urgent route's record.
 */
export function pathwayActions<Step extends string, C extends PathwayContext<Step>, E extends Answered & { type: string }>(chart: {
  meta: { readonly [S in Step]: { readonly actor: string; readonly source: string } };
  answerWords: (event: E) => string;
  answerNotes: (event: E) => string;
}) {
  return {
    // On BEGIN, `setRole` runs first, so the first entry already names the role.
    log: assign<C, E, { step: Step }, E, never>(({ context, event }, params) => ({
      ...context,
      log: [
        ...context.log,
        {
          step: params.step,
          question: event.prompt,
          answer: chart.answerWords(event),
          notes: chart.answerNotes(event),
          role: context.role,
          actor: chart.meta[params.step].actor,
          at: event.at,
          source: chart.meta[params.step].source,
        },
      ],
    })),
    setRole: assign<C, E, undefined, E, never>(({ context, event }) => {
      assertPathwayEvent(event, 'BEGIN');
      return { ...context, role: event.role };
    }),
    setSubject: assign<C, E, { subject: 'patient' | 'colleague' }, E, never>(({ context }, params) => ({ ...context, subject: params.subject })),
    saveRecord: assign<C, E, undefined, E, never>(({ context, event }) => {
      assertPathwayEvent(event, 'RECORD_SAVED');
      return { ...context, record: event.record };
    }),
    saveEmergency: assign<C, E, { from: Step }, E, never>(({ context, event }, params) => ({
      ...context,
      emergency: updateEmergency(context.emergency, event, params.from),
    })),
  };
}

/** The guards every pathway machine shares. */
export const pathwayGuards = {
  /** A written reason: deciding that something can wait needs one (004 App 4a). */
  rationaleGiven: ({ event }: { event: { type: string; notes?: string } }) => hasText(event.notes),
  /** Who was contacted and when, at least (004 ¶62: document the disclosure). */
  urgentContactIsComplete: ({ event }: { event: { type: string } }) => {
    if (event.type !== 'URGENT_CONTACT_MADE') return false;
    assertPathwayEvent(event, 'URGENT_CONTACT_MADE');
    return urgentContactSchema.safeParse(event.details).success;
  },
  recordIsComplete: ({ event }: { event: { type: string } }) => {
    if (event.type !== 'RECORD_SAVED') return false;
    assertPathwayEvent(event, 'RECORD_SAVED');
    return storedConcernRecordSchema.safeParse(event.record).success;
  },
};

/**
 * "This has become an emergency": accepted on every step of a pathway, straight to the 999 path
 * (domain-spec §1.0, §1.4). Declared per step so the log names the step it was declared from.
 */
export const declareEmergency = <Step extends string>(step: Step) =>
  ({
    IMMEDIATE_RISK_IDENTIFIED: {
      target: '#emergencyCallPolice',
      actions: [
        { type: 'log', params: { step } },
        { type: 'saveEmergency', params: { from: step } },
      ],
    },
  }) as const;

export const emergencyStepIds = ['emergencyCallPolice', 'emergencyInformLead', 'emergencyRecord', 'endEmergency'] as const;
export type EmergencyStepId = (typeof emergencyStepIds)[number];

/** The urgent route's steps, the same in every pathway (the same ids, pages and log). */
export const emergencyStepMeta = {
  emergencyCallPolice: {
    phase: null,
    box: 'F1 + F3 "Contact Police" "Use 999 and request Police presence."',
    source: '004 flowchart; 004 ¶66',
    actor: 'Any member of staff',
  },
  emergencyInformLead: {
    phase: null,
    box: 'F6 "Inform the Safeguarding Locality Lead"',
    source: '004 flowchart (domain-spec A1)',
    actor: 'Any member of staff',
  },
  emergencyRecord: { phase: null, box: 'Record what happened (domain-spec A9)', source: '004 ¶62', actor: 'Any member of staff' },
  endEmergency: { phase: null, box: 'END', source: '004 flowchart', actor: 'Police and safeguarding lead', outcome: 'EMERGENCY_POLICE' },
} as const satisfies Record<EmergencyStepId, StepMeta<'EMERGENCY_POLICE'>>;

const onRoute = (step: Exclude<EmergencyStepId, 'endEmergency'>) =>
  [
    { type: 'saveEmergency', params: { from: step } },
    { type: 'log', params: { step } },
  ] as const;

/** The urgent route as top-level states of a pathway machine: spread into its `states`. */
export const emergencyStates = {
  emergency: {
    description:
      'Immediate risk: 999 first, then the safeguarding lead, then the record (004 flowchart; domain-spec A1, A9), the same route in every pathway (domain-spec §1.4)',
    initial: 'callPolice',
    states: {
      callPolice: {
        id: 'emergencyCallPolice',
        description: emergencyStepMeta.emergencyCallPolice.box,
        meta: emergencyStepMeta.emergencyCallPolice,
        on: { POLICE_CALLED: { target: 'informLead', actions: onRoute('emergencyCallPolice') } },
      },
      informLead: {
        id: 'emergencyInformLead',
        description: emergencyStepMeta.emergencyInformLead.box,
        meta: emergencyStepMeta.emergencyInformLead,
        on: { LEAD_INFORMED: { target: 'record', actions: onRoute('emergencyInformLead') } },
      },
      record: {
        id: 'emergencyRecord',
        description: emergencyStepMeta.emergencyRecord.box,
        meta: emergencyStepMeta.emergencyRecord,
        on: { EMERGENCY_RECORDED: { target: '#endEmergency', actions: onRoute('emergencyRecord') } },
      },
    },
  },
  endEmergency: { id: 'endEmergency', type: 'final', description: emergencyStepMeta.endEmergency.box, meta: emergencyStepMeta.endEmergency },
} as const;

/**
 * "Can't reach the lead yet" and out of hours: the same steps in every pathway, entered when the
 * user cannot yet tell the safeguarding lead (BSW "Not yet" on "Inform the safeguarding lead") or
 * cannot reach the Prevent Lead to liaise (MSE box 3). Never a dead end: if it can wait, the lead
 * is told at the next working opportunity; if it is a significant concern that cannot wait, the
 * organisation's out-of-hours contact, 101 or the Anti-Terrorist Hotline (004 ¶63–65; 002 ways to
 * seek advice). 999 stays one button away on every step.
 */
export const outOfHoursStepIds = ['leadUnreachable', 'urgentContact', 'endLeadToBeTold', 'endUrgentAdviceSought'] as const;
export type OutOfHoursStepId = (typeof outOfHoursStepIds)[number];
export type OutOfHoursOutcome = 'LEAD_TO_BE_TOLD' | 'URGENT_ADVICE_SOUGHT';

export const outOfHoursStepMeta = {
  leadUnreachable: {
    phase: 'SHARE',
    box: 'The lead cannot be reached yet: can this wait until they can be? (004 ¶63 "a significant concern … which needs a more urgent Prevent response … particularly if it is out of hours")',
    source: '004 ¶63; 002 "Prevent and Channel referral process" (ways to seek advice)',
    actor: 'Any member of staff',
  },
  urgentContact: {
    phase: 'SHARE',
    box: '004 ¶63–65 "there are some useful telephone numbers that you can call": the out-of-hours contact, 101, the Anti-Terrorist Hotline',
    source: '004 ¶63–65; 002 "Prevent and Channel referral process" (ways to seek advice)',
    actor: 'Any member of staff',
  },
  endLeadToBeTold: {
    phase: 'SHARE',
    box: 'END: tell the lead at the next working opportunity, with the record (004 ¶30, ¶62)',
    source: '004 ¶30, ¶62',
    actor: 'Member of staff or their manager',
    outcome: 'LEAD_TO_BE_TOLD',
  },
  endUrgentAdviceSought: {
    phase: 'SHARE',
    box: 'END: urgent advice sought out of hours; tell the lead the next working day, with the record (004 ¶63–65, ¶62)',
    source: '004 ¶62–65',
    actor: 'Member of staff, then the safeguarding lead',
    outcome: 'URGENT_ADVICE_SOUGHT',
  },
} as const satisfies Record<OutOfHoursStepId, StepMeta<OutOfHoursOutcome>>;

const outOfHoursLog = (step: Exclude<OutOfHoursStepId, `end${string}`>) => ({ type: 'log', params: { step } }) as const;

/** The out-of-hours steps as top-level states of a pathway machine: spread into its `states`. */
export const outOfHoursStates = {
  outOfHours: {
    description: 'The lead cannot be reached yet (004 ¶63–65): wait for them with a reason, or call out of hours now; the same steps in every pathway',
    initial: 'leadUnreachable',
    states: {
      leadUnreachable: {
        id: 'leadUnreachable',
        description: outOfHoursStepMeta.leadUnreachable.box,
        meta: outOfHoursStepMeta.leadUnreachable,
        on: {
          ...declareEmergency('leadUnreachable'),
          ANSWER_YES: { guard: 'rationaleGiven', target: '#endLeadToBeTold', actions: outOfHoursLog('leadUnreachable') },
          ANSWER_NO: { target: 'urgentContact', actions: outOfHoursLog('leadUnreachable') },
        },
      },
      urgentContact: {
        id: 'urgentContact',
        description: outOfHoursStepMeta.urgentContact.box,
        meta: outOfHoursStepMeta.urgentContact,
        on: {
          ...declareEmergency('urgentContact'),
          URGENT_CONTACT_MADE: { guard: 'urgentContactIsComplete', target: '#endUrgentAdviceSought', actions: outOfHoursLog('urgentContact') },
        },
      },
    },
  },
  endLeadToBeTold: { id: 'endLeadToBeTold', type: 'final', description: outOfHoursStepMeta.endLeadToBeTold.box, meta: outOfHoursStepMeta.endLeadToBeTold },
  endUrgentAdviceSought: {
    id: 'endUrgentAdviceSought',
    type: 'final',
    description: outOfHoursStepMeta.endUrgentAdviceSought.box,
    meta: outOfHoursStepMeta.endUrgentAdviceSought,
  },
} as const;

/** The step a snapshot of any pathway machine stands on: the one active state node with step meta. */
export function activeStep<Id extends string>(snapshot: { getMeta(): Record<string, unknown> }, ids: readonly Id[]): Id {
  const active = Object.keys(snapshot.getMeta()).filter((id): id is Id => (ids as readonly string[]).includes(id));
  if (active.length !== 1) throw new Error(`Expected exactly one active step, found ${active.length}`);
  return active[0]!;
}
