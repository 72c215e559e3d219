import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import type { PathwayModel } from '../forms/organisation-profile.schema';
import { concernMachine, currentStep, type ConcernEvent, type ConcernSnapshot } from './concern.machine';
import { currentMseStep, mseMachine, referrerPartEnded, type MseEvent, type MseSnapshot } from './mse.machine';
import { consentMachine, currentConsentStep, detailsDefaults, type ConsentEvent, type ConsentMachineInput, type ConsentSnapshot } from './consent.machine';
import type { LawfulBasisChoice } from '../forms/consent-record.schema';
import { requestDecisions } from '../forms/information-request.schema';
import { currentRequestStep, requestMachine, type RequestEvent, type RequestSnapshot } from './information-request.machine';
import { machineGraph, selfAndAncestors, type MachineGraph, type MachineGraphEdge } from './scenarios.graph';
import { scheduleOneConditions, type ExpectedDataProtection } from './scenarios.schema';

/**
 * Training answers: the events a trainer's click sends, with fictional but complete payloads, so a
 * click on the flowchart takes exactly the branch it names. Every candidate is checked against the
 * machine's own guards (`getTransitionData`), never against a copy of its rules.
 */

export interface Answered {
  /** The question as shown. */
  prompt: string;
  /** ISO 8601 time of the answer. */
  at: string;
}

export interface TrainingText {
  /** The rationale sent with yes/no answers and written into records. */
  notes: string;
  /** What a record of concern says happened: the scenario's vignette. */
  record: string;
  /**
   * The data-protection basis the scenario expects, tried first on the basis page. The machine's own
   * guard decides whether it fits the route; if it does not, the first basis that fits is taken, and
   * the judge reports the difference.
   */
  basis?: ExpectedDataProtection;
}

/** Every basis a lead could choose: each Schedule 1 condition, with and without alleged offences. */
function basisChoices(preferred?: ExpectedDataProtection): LawfulBasisChoice[] {
  const all: LawfulBasisChoice[] = scheduleOneConditions.flatMap((condition) => [
    { article9Condition: condition, offenceData: 'no' as const, article10Condition: null, appropriatePolicyDocument: 'yes' as const },
    ...scheduleOneConditions.map((article10) => ({
      article9Condition: condition,
      offenceData: 'yes' as const,
      article10Condition: article10,
      appropriatePolicyDocument: 'yes' as const,
    })),
  ]);
  if (!preferred) return all;
  const offence = preferred.offenceData ? 'yes' : 'no';
  // Article 10's condition: the Article 9 one where it fits, else any other that fits.
  const first = all.filter((choice) => choice.article9Condition === preferred.article9Condition && choice.offenceData === offence);
  first.sort((a, b) => Number(b.article10Condition === preferred.article9Condition) - Number(a.article10Condition === preferred.article9Condition));
  return [...first, ...all.filter((choice) => !first.includes(choice))];
}

/** The day before `at`, as YYYY-MM-DD: a past date whatever the time zone. */
export function dayBefore(at: string): string {
  const date = new Date(at);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

const TRAINING = 'Training (fictional)';

export function concernCandidates(type: ConcernEvent['type'], answered: Answered, text: TrainingText): ConcernEvent[] {
  const notes = text.notes;
  switch (type) {
    case 'BEGIN':
      return (['staff', 'manager', 'lead'] as const).map((role) => ({ type, role, ...answered }));
    case 'ANSWER_YES':
    case 'ANSWER_NO':
      return [{ type, notes, ...answered }];
    case 'SELECT_PATIENT':
    case 'SELECT_COLLEAGUE':
    case 'IMMEDIATE_RISK_IDENTIFIED':
      return [{ type, ...answered }];
    case 'RECORD_SAVED':
      return [
        {
          type,
          record: {
            whatHappened: text.record,
            whenNoticed: dayBefore(answered.at),
            exactWords: '',
            opinion: '',
            indicators: [],
            vulnerabilities: [],
            discussedWith: `Line manager – ${TRAINING}`,
            reporterName: '',
            reporterRole: '',
          },
          ...answered,
        },
      ];
    case 'POLICE_CALLED':
      return [{ type, details: { calledAt: '', reference: '', notes }, ...answered }];
    case 'LEAD_INFORMED':
      return (['yes', 'not-yet'] as const).map((informed) => ({ type, details: { informed, leadName: '', notes }, ...answered }));
    case 'EMERGENCY_RECORDED':
      return [{ type, record: { whatHappened: text.record, exactWords: '' }, ...answered }];
    case 'DISCUSSED':
      return [{ type, details: { participants: `Line manager, safeguarding lead and HR – ${TRAINING}`, notes }, ...answered }];
    case 'LEAD_UNREACHABLE':
      return [{ type, notes, ...answered }];
    case 'URGENT_CONTACT_MADE':
      return [
        {
          type,
          details: { contacted: ['antiTerroristHotline'], spokeTo: `Call handler – ${TRAINING}`, contactedAt: answered.at.slice(11, 16), reference: '', notes },
          ...answered,
        },
      ];
  }
}

/**
 * Training answers on the MSE chart: the shared pathway events as on the BSW chart; each three-way
 * choice with a rationale and, without consent, the Prevent Lead who agreed (fictional); each
 * confirmation with every item ticked.
 */
export function mseCandidates(type: MseEvent['type'], answered: Answered, text: TrainingText): MseEvent[] {
  const notes = text.notes;
  switch (type) {
    case 'PROCEED_TO_PREVENT':
    case 'OTHER_PROCESS':
    case 'NO_FURTHER_ACTION':
    case 'REFER_WITH_CONSENT':
    case 'NO_LAWFUL_BASIS':
    case 'POLICE_SPACE':
    case 'CHANNEL_PANEL':
    case 'NFA':
      return [{ type, notes, ...answered }];
    case 'REFER_WITHOUT_CONSENT':
      return [{ type, notes, leadAgreement: { name: `ICB Prevent Lead – ${TRAINING}`, agreedAt: answered.at.slice(0, 16).replace('T', ' ') }, ...answered }];
    case 'PORTAL_SUBMITTED':
      return [{ type, details: { confirmed: ['portalSubmitted'], reference: '', notes }, ...answered }];
    case 'NOTIFIED':
      return [{ type, details: { confirmed: ['preventLeadNotified', 'socialCareShared'], reference: '', notes }, ...answered }];
    default:
      // The events both charts share carry the same payloads.
      return concernCandidates(type, answered, text) as MseEvent[];
  }
}

export function consentCandidates(type: ConsentEvent['type'], answered: Answered, text: TrainingText, snapshot: ConsentSnapshot): ConsentEvent[] {
  const notes = text.notes;
  const date = dayBefore(answered.at);
  switch (type) {
    case 'RECORDS_SEARCHED':
      return (['no', 'yes'] as const).map((knownToService) => ({
        type,
        search: { knownToService, searchMade: `Records searched – ${TRAINING}. ${notes}` },
        ...answered,
      }));
    case 'ANSWER_YES':
    case 'ANSWER_NO':
      return [{ type, notes, ...answered }];
    case 'POLICE_CONTACTED':
      return [{ type, contact: { contactedAt: answered.at, contacted: `Police – ${TRAINING}`, whatShared: notes }, ...answered }];
    case 'PRE_CONSENT_SHARED':
      return [{ type, sharing: { sharedWith: `Police – ${TRAINING}`, whatShared: notes, whyUrgent: notes }, ...answered }];
    case 'AGE_GIVEN':
      return (['under-16', '16-17', '18-or-over'] as const).map((ageBand) => ({ type, ageBand, ...answered }));
    case 'FAMILY_IMPLICATED':
      return [{ type, family: { whyParentNotAsked: notes, whoDecided: `Safeguarding lead – ${TRAINING}` }, ...answered }];
    case 'CAPACITY_ASSESSED':
      return (['lacks-capacity', 'has-capacity'] as const).map((outcome) => ({
        type,
        assessment: { assessor: `Nurse – ${TRAINING}`, assessedOn: date, support: notes, outcome, reasoning: notes },
        ...answered,
      }));
    case 'BEST_INTERESTS_DECIDED':
      return (['yes', 'no'] as const).map((inBestInterests) => ({
        type,
        decision: { inBestInterests, reasoning: notes, consulted: `Family and support worker – ${TRAINING}` },
        ...answered,
      }));
    case 'CONSENT_GIVEN':
      return [{ type, consent: { whoConsented: `The person – ${TRAINING}`, consentedTo: notes, consentDate: date, howInformed: notes }, ...answered }];
    case 'CONSENT_REFUSED':
      return [{ type, refusal: { refusedBy: `The person – ${TRAINING}`, reasons: notes }, ...answered }];
    case 'SIGNIFICANT_HARM':
      return [{ type, harm: { harm: notes, socialCareReferral: 'made', socialCareNotes: `Referral to children’s social care – ${TRAINING}` }, ...answered }];
    case 'BASIS_CHOSEN':
      return basisChoices(text.basis).map((basis) => ({ type, basis, ...answered }));
    case 'PUBLIC_INTEREST_DECIDED':
      return [
        { type, decision: { justified: 'yes', harmWeighed: notes, whyOutweighs: notes, necessaryAndProportionate: notes }, ...answered },
        { type, decision: { justified: 'no', harmWeighed: '', whyOutweighs: notes, necessaryAndProportionate: '' }, ...answered },
      ];
    case 'NOT_SHARING_CONFIRMED':
      return [{ type, otherSupport: notes, ...answered }];
    case 'IG_CONSULTED':
      return [{ type, consultation: { consulted: 'yes', name: `Caldicott Guardian – ${TRAINING}`, advice: notes }, ...answered }];
    case 'DETAILS_RECORDED': {
      const defaults = detailsDefaults(snapshot.context);
      return [
        {
          type,
          details: {
            ...defaults,
            capacityOrCompetenceNotes: defaults.capacityOrCompetenceNotes || notes,
            justification: defaults.justification || notes,
            minimumData: `The concern and contact details only – ${TRAINING}`,
            recipients: `Local Authority Prevent Lead – ${TRAINING}`,
            decisionMaker: { name: TRAINING, role: 'Safeguarding lead' },
            decidedAt: answered.at,
            ...('parentsTold' in defaults ? { parentsTold: defaults.parentsTold || notes } : {}),
          },
          ...answered,
        },
      ];
    }
  }
}

/**
 * Training answers for a request for information (S11): a fictional local-authority request. Where a
 * page's answer decides what is offered later (the format and powers checks close "release as asked"),
 * the request as the vignette describes it comes first: an email with the gaps App 4a §5 names.
 */
export function requestCandidates(type: RequestEvent['type'], answered: Answered, text: TrainingText, snapshot: RequestSnapshot): RequestEvent[] {
  const notes = text.notes;
  switch (type) {
    case 'ANSWER_YES':
    case 'ANSWER_NO':
    case 'CALL_MADE':
      return [{ type, ...answered }];
    case 'URGENT_RECORDED':
      return [
        {
          type,
          call: { called: `999 – ${TRAINING}`, calledAt: answered.at, whatShared: notes, requester: `Requester’s urgent line – ${TRAINING}` },
          ...answered,
        },
      ];
    case 'REQUESTER_GIVEN':
      return [
        {
          type,
          requester: {
            kind: 'local-authority',
            organisation: `Local Authority Prevent team – ${TRAINING}`,
            contact: `Prevent Coordinator – ${TRAINING}`,
            theirReference: '',
          },
          ...answered,
        },
      ];
    case 'PURPOSE_GIVEN':
      return (['channel-panel', 'prevent-case-management', 'counter-terrorism-investigation'] as const).map((purpose) => ({ type, purpose, ...answered }));
    case 'FORMAT_CHECKED':
      return [
        { type, format: { inWriting: 'yes', proforma: 'no', secureEmail: 'no' }, ...answered },
        { type, format: { inWriting: 'yes', proforma: 'yes', secureEmail: 'yes' }, ...answered },
      ];
    case 'POWERS_GIVEN':
      return [{ type, powers: { cited: [], notes }, ...answered }];
    case 'REASON_CHECKED':
      return [{ type, reason: { given: 'no', formOfWords: '' }, ...answered }];
    case 'ITEMS_LISTED':
      return [{ type, items: [`The full GP and hospital record – ${TRAINING}`], ...answered }];
    case 'COMPETENT_AUTHORITY_CHECKED':
      return [{ type, competent: { answer: 'unsure', notes }, ...answered }];
    case 'CHECKLIST_ANSWERED':
      return [
        {
          type,
          checklist: { answers: { safeguard: 'yes', seriousCrime: 'unsure', appropriate: 'no', harm: 'yes', publicInterest: 'unsure' }, notes },
          ...answered,
        },
      ];
    case 'CONSULTATION_RECORDED':
      return [{ type, consultation: { consulted: 'yes', who: `Caldicott Guardian – ${TRAINING}`, when: answered.at, advice: notes }, ...answered }];
    case 'DECIDED':
      return requestDecisions.map((decision) => ({ type, decision, basis: notes, ...answered }));
    case 'ITEMS_DECIDED':
      return [{ type, partial: { items: (snapshot.context.draft.items ?? []).map((item) => ({ item, release: 'no' as const, reason: notes })) }, ...answered }];
    case 'MISSING_LISTED':
      return [{ type, askMore: { missing: ['proforma', 'secureEmail', 'powers', 'reason', 'narrower'], notes }, ...answered }];
    case 'DECLINE_REASONS_GIVEN':
      return [{ type, reasons: notes, ...answered }];
    case 'SIGNED_OFF':
      return [{ type, signOff: { decisionMaker: TRAINING, role: 'Safeguarding lead', decidedAt: answered.at, rationale: notes }, ...answered }];
  }
}

export interface NextMove<TEvent> {
  edge: MachineGraphEdge;
  /** The training answer that takes this edge from the current snapshot. */
  event: TEvent;
}

/** Which edge of the graph an event would take from the snapshot: the machine's own guards decide. */
export function edgeTaken(machine: AnyStateMachine, graph: MachineGraph, snapshot: AnyMachineSnapshot, event: { type: string }): MachineGraphEdge | null {
  const [definition] = machine.getTransitionData(snapshot as never, event as never);
  if (!definition) return null;
  const index = definition.source.transitions.get(definition.eventType)?.indexOf(definition) ?? -1;
  return graph.edges.find((edge) => edge.id === `${definition.source.id}:${definition.eventType}:${index}`) ?? null;
}

/**
 * The next steps from the snapshot: one per edge leaving the current step (or its parents) that a
 * training answer can take now. Edges whose guards no answer can pass from here are left out.
 */
export function nextMoves<TEvent extends { type: string }>(
  machine: AnyStateMachine,
  graph: MachineGraph,
  snapshot: AnyMachineSnapshot,
  step: string,
  candidates: (edge: MachineGraphEdge) => TEvent[],
): NextMove<TEvent>[] {
  const sources = new Set(selfAndAncestors(machine, step));
  const moves: NextMove<TEvent>[] = [];
  for (const edge of graph.edges) {
    if (!sources.has(edge.source)) continue;
    const event = candidates(edge).find((candidate) => edgeTaken(machine, graph, snapshot, candidate)?.id === edge.id);
    if (event) moves.push({ edge, event });
  }
  return moves;
}

export const concernGraph = machineGraph(concernMachine);
export const consentGraph = machineGraph(consentMachine);
export const requestGraph = machineGraph(requestMachine);

export const mseGraph = machineGraph(mseMachine);

export const startConcern = (): ConcernSnapshot => initialTransition(concernMachine)[0];
export const startMse = (): MseSnapshot => initialTransition(mseMachine)[0];
export const startConsent = (input: ConsentMachineInput): ConsentSnapshot => initialTransition(consentMachine, input)[0];
export const startRequest = (): RequestSnapshot => initialTransition(requestMachine)[0];

/** What a training answer says on each edge: the scenario's rationale where it has one. */
export type TextFor = (edge: MachineGraphEdge) => TrainingText;

/** The BSW concern pathway's next steps from a snapshot, with training answers. */
export const concernNextMoves = (snapshot: ConcernSnapshot, answered: Answered, text: TextFor) =>
  chartNextMoves(concernCharts['bsw-reporting-chart'], snapshot, answered, text) as NextMove<ConcernEvent>[];

/**
 * A pathway model's concern chart as training runs it: the machine, its graph, where it starts and
 * where the referrer's part ends, and its training answers. Everything that walks or judges a
 * concern stage takes one of these, so a new pathway model is one more entry here.
 */
export interface ConcernChart<TSnapshot extends AnyMachineSnapshot = AnyMachineSnapshot, TEvent extends { type: string } = { type: string }> {
  model: PathwayModel;
  machine: AnyStateMachine;
  graph: MachineGraph;
  start: () => TSnapshot;
  currentStep: (snapshot: TSnapshot) => string;
  /** The stage is over: the chart has ended, or (MSE) the referrer's part has, leaving the police review to partners. */
  ended: (snapshot: TSnapshot) => boolean;
  candidates: (type: string, answered: Answered, text: TrainingText) => TEvent[];
}

const bswChart: ConcernChart<ConcernSnapshot, ConcernEvent> = {
  model: 'bsw-reporting-chart',
  machine: concernMachine,
  graph: concernGraph,
  start: startConcern,
  currentStep,
  ended: (snapshot) => snapshot.status === 'done',
  candidates: (type, answered, text) => concernCandidates(type as ConcernEvent['type'], answered, text),
};

const mseChart: ConcernChart<MseSnapshot, MseEvent> = {
  model: 'mse-police-portal',
  machine: mseMachine,
  graph: mseGraph,
  start: startMse,
  currentStep: currentMseStep,
  ended: (snapshot) => snapshot.status === 'done' || referrerPartEnded(currentMseStep(snapshot)),
  candidates: (type, answered, text) => mseCandidates(type as MseEvent['type'], answered, text),
};

/** Every pathway model's concern chart, by the organisation profile's name for it. */
export const concernCharts: Readonly<Record<PathwayModel, ConcernChart>> = {
  // Each chart's snapshot and event types are its own; what walks them needs only the shape.
  'bsw-reporting-chart': bswChart as unknown as ConcernChart,
  'mse-police-portal': mseChart as unknown as ConcernChart,
};

/** A concern chart's next steps from a snapshot, with training answers; none once the stage is over. */
export function chartNextMoves(chart: ConcernChart, snapshot: AnyMachineSnapshot, answered: Answered, text: TextFor): NextMove<{ type: string }>[] {
  if (chart.ended(snapshot)) return [];
  return nextMoves(chart.machine, chart.graph, snapshot, chart.currentStep(snapshot), (edge) => chart.candidates(edge.event, answered, text(edge)));
}

/** The consent decision's next steps from a snapshot, with training answers. */
export const consentNextMoves = (snapshot: ConsentSnapshot, answered: Answered, text: TextFor) =>
  nextMoves<ConsentEvent>(consentMachine, consentGraph, snapshot, currentConsentStep(snapshot), (edge) =>
    consentCandidates(edge.event as ConsentEvent['type'], answered, text(edge), snapshot),
  );

/** A request for information's next steps from a snapshot, with training answers. */
export const requestNextMoves = (snapshot: RequestSnapshot, answered: Answered, text: TextFor) =>
  nextMoves<RequestEvent>(requestMachine, requestGraph, snapshot, currentRequestStep(snapshot), (edge) =>
    requestCandidates(edge.event as RequestEvent['type'], answered, text(edge), snapshot),
  );

/** Takes a move with the pure `transition`: the next snapshot, as the actor would reach it. */
export function takeMove<TSnapshot extends AnyMachineSnapshot, TEvent extends { type: string }>(
  machine: AnyStateMachine,
  snapshot: TSnapshot,
  event: TEvent,
): TSnapshot {
  return transition(machine, snapshot as never, event as never)[0] as TSnapshot;
}
