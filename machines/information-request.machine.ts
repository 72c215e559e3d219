import { and, assertEvent, assign, setup, type SnapshotFrom } from 'xstate';
import {
  askMoreSchema,
  checklistSchema,
  competentAuthoritySchema,
  consultationSchema,
  decisionSchema,
  decisionsOpen,
  declineSchema,
  formatSchema,
  itemsSchema,
  needsCompetentAuthorityCheck,
  partialSchema,
  powersSchema,
  purposeSchema,
  reasonSchema,
  requesterSchema,
  signOffSchema,
  urgentCallSchema,
  type AskMore,
  type Checklist,
  type CompetentAuthority,
  type Consultation,
  type PartialRelease,
  type PowersCited,
  type ReasonGiven,
  type RequestDecision,
  type RequestDraft,
  type RequestFormat,
  type RequestPurpose,
  type Requester,
  type SignOff,
  type UrgentCall,
} from '../forms/information-request.schema';

/**
 * Answering a request for information from the police, a local authority or a Channel panel
 * (domain-spec §1.5.4 `req.*`; 004 ¶67–70, App 4a §5–6; 003 "Information management"). The urgent
 * route comes first; then who is asking and why, the checks of App 4a §5, the ¶70 questions, the
 * consultation of ¶69 and the decision. The machine records the lead's decision; it never makes it.
 */

export const requestStepIds = [
  'urgent',
  'urgentCall',
  'urgentRecord',
  'requester',
  'purpose',
  'format',
  'powers',
  'reason',
  'items',
  'competentAuthority',
  'checklist',
  'consult',
  'decision',
  'partial',
  'askMore',
  'decline',
  'signOff',
  'endUrgent',
  'endRelease',
  'endPartial',
  'endAskMore',
  'endDecline',
] as const;
export type RequestStepId = (typeof requestStepIds)[number];

export const requestEnds = ['endUrgent', 'endRelease', 'endPartial', 'endAskMore', 'endDecline'] as const satisfies readonly RequestStepId[];
export type RequestEnd = (typeof requestEnds)[number];
export const isRequestEnd = (step: RequestStepId): step is RequestEnd => (requestEnds as readonly string[]).includes(step);

export interface RequestStepMeta {
  /** The flowchart box (domain-spec §1.5.4 node) the step implements. */
  box: string;
  /** The seed paragraph it comes from; pages show it through `citeSource`. */
  source: string;
}

export const requestStepMeta = {
  urgent: { box: 'Urgent route first: is there a risk to life now? (999 before any form)', source: '004 ¶66; domain-spec §1.4' },
  urgentCall: { box: 'Urgent route: call 999, or the requester’s urgent line, now', source: '004 ¶65–66' },
  urgentRecord: { box: 'Urgent route: record afterwards who was called, when and what was shared', source: '004 ¶62; 003 "Information management"' },
  requester: { box: 'req: who is asking (police, local authority, Channel panel)', source: '004 ¶67; 004 App 4a §5' },
  purpose: { box: 'req: for which purpose (Prevent case management, Channel panel, counter-terrorism investigation)', source: '004 ¶67, ¶70; 004 App 4' },
  format: {
    box: 'req.inWriting and req.proforma: in writing, on the requester’s sanctioned proforma, by secure protectively marked email',
    source: '004 ¶67; 004 App 4a §5',
  },
  powers: {
    box: 'req.powersCited: the powers and exemptions relied on (s115; DPA 2018 Sch 2 Pt 1 para 2; for Channel, CTSA 2015 s38)',
    source: '004 App 4a §5; 004 App 4; 004 ¶69',
  },
  reason: { box: 'req.reasonGiven: a legitimate reason for not seeking consent (the "form of words")', source: '004 App 4a §5' },
  items: { box: 'req.specific: the specific, relevant items requested', source: '004 App 4a §5; 004 ¶67' },
  competentAuthority: {
    box: 'req.competentAuthority: for a crime purpose, is the recipient a competent authority (DPA 2018 Schedule 7)?',
    source: '004 App 4',
  },
  checklist: { box: 'req.assess: the ¶70 questions, each yes, no or unsure', source: '004 ¶70' },
  consult: { box: 'req.assess: decided case by case with the Caldicott Guardian or Information Governance', source: '004 ¶69, ¶61; 004 App 4a §6' },
  decision: { box: 'req.release: release as asked, release in part, ask for what is missing, or decline with reasons', source: '004 App 4a §6; 004 ¶67' },
  partial: { box: 'Release in part: item by item, each withheld item with its reason', source: '004 App 4a §5; 004 ¶67' },
  askMore: { box: 'Ask the requester for what is missing before release', source: '004 App 4a §5; 004 ¶67' },
  decline: { box: 'Decline, with reasons', source: '004 App 4; 004 App 4a §6; 003 "Information management"' },
  signOff: {
    box: 'Record who decided, when and why: the search made, the information shared or not shared and the rationale',
    source: '003 "Information management"; 004 ¶62',
  },
  endUrgent: { box: 'Record: urgent call made and recorded', source: '004 ¶62, ¶66' },
  endRelease: { box: 'Record: released as asked', source: '004 App 4a §6; 003 "Information management"' },
  endPartial: { box: 'Record: released in part', source: '004 App 4a §5–6; 003 "Information management"' },
  endAskMore: { box: 'Record: requester asked for what is missing', source: '004 App 4a §5; 003 "Information management"' },
  endDecline: { box: 'Record: declined with reasons', source: '004 App 4; 003 "Information management"' },
} as const satisfies Record<RequestStepId, RequestStepMeta>;

/** One entry of the decision log: plain JSON. */
export interface RequestLogEntry {
  step: RequestStepId;
  /** The question exactly as the lead saw it. */
  question: string;
  answer: string;
  notes: string;
  /** ISO 8601 timestamp supplied by the page. */
  at: string;
  source: string;
}

export interface RequestContext {
  draft: RequestDraft;
  log: RequestLogEntry[];
}

interface Answered {
  prompt: string;
  at: string;
}
export type RequestEvent =
  | ({ type: 'ANSWER_YES' } & Answered)
  | ({ type: 'ANSWER_NO' } & Answered)
  | ({ type: 'CALL_MADE' } & Answered)
  | ({ type: 'URGENT_RECORDED'; call: UrgentCall } & Answered)
  | ({ type: 'REQUESTER_GIVEN'; requester: Requester } & Answered)
  | ({ type: 'PURPOSE_GIVEN'; purpose: RequestPurpose } & Answered)
  | ({ type: 'FORMAT_CHECKED'; format: RequestFormat } & Answered)
  | ({ type: 'POWERS_GIVEN'; powers: PowersCited } & Answered)
  | ({ type: 'REASON_CHECKED'; reason: ReasonGiven } & Answered)
  | ({ type: 'ITEMS_LISTED'; items: string[] } & Answered)
  | ({ type: 'COMPETENT_AUTHORITY_CHECKED'; competent: CompetentAuthority } & Answered)
  | ({ type: 'CHECKLIST_ANSWERED'; checklist: Checklist } & Answered)
  | ({ type: 'CONSULTATION_RECORDED'; consultation: Consultation } & Answered)
  | ({ type: 'DECIDED'; decision: RequestDecision; basis: string } & Answered)
  | ({ type: 'ITEMS_DECIDED'; partial: PartialRelease } & Answered)
  | ({ type: 'MISSING_LISTED'; askMore: AskMore } & Answered)
  | ({ type: 'DECLINE_REASONS_GIVEN'; reasons: string } & Answered)
  | ({ type: 'SIGNED_OFF'; signOff: SignOff } & Answered);

export const purposeWords = {
  'prevent-case-management': 'Prevent case management',
  'channel-panel': 'Channel panel',
  'counter-terrorism-investigation': 'Counter-terrorism investigation',
} as const satisfies Record<RequestPurpose, string>;

export const decisionWords = {
  release: 'Release as asked',
  partial: 'Release in part',
  'ask-more': 'Ask the requester for what is missing',
  decline: 'Decline, with reasons',
} as const satisfies Record<RequestDecision, string>;

const yesNoWord = (value: 'yes' | 'no') => (value === 'yes' ? 'Yes' : 'No');
const answerWord = (value: 'yes' | 'no' | 'unsure') => ({ yes: 'Yes', no: 'No', unsure: 'Unsure' })[value];

/** The words the decision log uses for an answer. */
export function requestAnswerWords(event: RequestEvent): string {
  switch (event.type) {
    case 'ANSWER_YES':
      return 'Yes';
    case 'ANSWER_NO':
      return 'No';
    case 'CALL_MADE':
      return 'Urgent call made';
    case 'URGENT_RECORDED':
      return `Called ${event.call.called.trim()} at ${event.call.calledAt.trim()}`;
    case 'REQUESTER_GIVEN':
      return `${event.requester.organisation.trim()} (${event.requester.contact.trim()})`;
    case 'PURPOSE_GIVEN':
      return purposeWords[event.purpose];
    case 'FORMAT_CHECKED':
      return `In writing: ${yesNoWord(event.format.inWriting)}; proforma: ${yesNoWord(event.format.proforma)}; secure marked email: ${yesNoWord(event.format.secureEmail)}`;
    case 'POWERS_GIVEN':
      return event.powers.cited.length === 0 ? 'None cited' : event.powers.cited.map((power) => powerWords[power]).join('; ');
    case 'REASON_CHECKED':
      return event.reason.given === 'yes' ? 'Yes: a reason given' : 'No reason given';
    case 'ITEMS_LISTED':
      return `${event.items.length} item${event.items.length === 1 ? '' : 's'} requested`;
    case 'COMPETENT_AUTHORITY_CHECKED':
      return answerWord(event.competent.answer);
    case 'CHECKLIST_ANSWERED':
      return Object.values(event.checklist.answers).map(answerWord).join(', ');
    case 'CONSULTATION_RECORDED':
      return event.consultation.consulted === 'yes' ? `Consulted ${event.consultation.who.trim()} (${event.consultation.when.trim()})` : 'Not consulted';
    case 'DECIDED':
      return decisionWords[event.decision];
    case 'ITEMS_DECIDED':
      return `${event.partial.items.filter((item) => item.release === 'yes').length} released, ${event.partial.items.filter((item) => item.release === 'no').length} withheld`;
    case 'MISSING_LISTED':
      return `${event.askMore.missing.length} thing${event.askMore.missing.length === 1 ? '' : 's'} asked for`;
    case 'DECLINE_REASONS_GIVEN':
      return 'Declined';
    case 'SIGNED_OFF':
      return `Decided by ${event.signOff.decisionMaker.trim()}, ${event.signOff.role.trim()}, ${event.signOff.decidedAt.trim()}`;
  }
}

export const powerWords = {
  s115: 'Crime and Disorder Act 1998, section 115',
  sch2para2: 'Data Protection Act 2018, Schedule 2, Part 1, paragraph 2',
  'ctsa-s38': 'Counter-Terrorism and Security Act 2015, section 38 (duty to co-operate)',
} as const;

function answerNotes(event: RequestEvent): string {
  switch (event.type) {
    case 'URGENT_RECORDED':
      return event.call.whatShared;
    case 'POWERS_GIVEN':
      return event.powers.notes;
    case 'REASON_CHECKED':
      return event.reason.formOfWords;
    case 'ITEMS_LISTED':
      return event.items.join('\n');
    case 'COMPETENT_AUTHORITY_CHECKED':
    case 'CHECKLIST_ANSWERED':
      return 'competent' in event ? event.competent.notes : event.checklist.notes;
    case 'CONSULTATION_RECORDED':
      return event.consultation.consulted === 'yes' ? event.consultation.advice : event.consultation.whyNot;
    case 'DECIDED':
      return event.basis;
    case 'ITEMS_DECIDED':
      return event.partial.items.map((item) => `${item.item}: ${item.release === 'yes' ? 'released' : `withheld (${item.reason.trim()})`}`).join('\n');
    case 'MISSING_LISTED':
      return event.askMore.notes;
    case 'DECLINE_REASONS_GIVEN':
      return event.reasons;
    case 'SIGNED_OFF':
      return event.signOff.rationale;
    default:
      return '';
  }
}

interface GuardArgs {
  context: RequestContext;
  event: RequestEvent;
}

const parses = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success;

/** Named guards, each small and tested on its own. */
export const requestGuards = {
  urgentCallComplete: ({ event }: GuardArgs) => event.type === 'URGENT_RECORDED' && parses(urgentCallSchema, event.call),
  requesterComplete: ({ event }: GuardArgs) => event.type === 'REQUESTER_GIVEN' && parses(requesterSchema, event.requester),
  purposeComplete: ({ event }: GuardArgs) => event.type === 'PURPOSE_GIVEN' && parses(purposeSchema, { purpose: event.purpose }),
  formatComplete: ({ event }: GuardArgs) => event.type === 'FORMAT_CHECKED' && parses(formatSchema, event.format),
  powersComplete: ({ event }: GuardArgs) => event.type === 'POWERS_GIVEN' && parses(powersSchema, event.powers),
  reasonComplete: ({ event }: GuardArgs) => event.type === 'REASON_CHECKED' && parses(reasonSchema, event.reason),
  itemsComplete: ({ event }: GuardArgs) => event.type === 'ITEMS_LISTED' && parses(itemsSchema, { items: event.items }),
  /** For a crime purpose and a requester other than the police (004 App 4). */
  needsCompetentAuthority: ({ context }: GuardArgs) => needsCompetentAuthorityCheck(context.draft),
  competentAuthorityComplete: ({ event }: GuardArgs) => event.type === 'COMPETENT_AUTHORITY_CHECKED' && parses(competentAuthoritySchema, event.competent),
  checklistComplete: ({ event }: GuardArgs) => event.type === 'CHECKLIST_ANSWERED' && parses(checklistSchema, event.checklist),
  consultationComplete: ({ event }: GuardArgs) => event.type === 'CONSULTATION_RECORDED' && parses(consultationSchema, event.consultation),
  /** The decision is one the record leaves open (`decisionsOpen`): the page offers only these. */
  decisionOpen: ({ context, event }: GuardArgs) =>
    event.type === 'DECIDED' &&
    parses(decisionSchema, { decision: event.decision, basis: event.basis }) &&
    decisionsOpen(context.draft).includes(event.decision),
  /** The item-by-item answer covers exactly the items requested. */
  partialComplete: ({ context, event }: GuardArgs) =>
    event.type === 'ITEMS_DECIDED' &&
    parses(partialSchema, event.partial) &&
    event.partial.items.length === (context.draft.items ?? []).length &&
    event.partial.items.every((item, index) => item.item.trim() === (context.draft.items ?? [])[index]?.trim()),
  askMoreComplete: ({ event }: GuardArgs) => event.type === 'MISSING_LISTED' && parses(askMoreSchema, event.askMore),
  declineComplete: ({ event }: GuardArgs) => event.type === 'DECLINE_REASONS_GIVEN' && parses(declineSchema, { reasons: event.reasons }),
  signOffComplete: ({ event }: GuardArgs) => event.type === 'SIGNED_OFF' && parses(signOffSchema, event.signOff),
  decidedRelease: ({ context }: GuardArgs) => context.draft.decision === 'release',
  decidedPartial: ({ context }: GuardArgs) => context.draft.decision === 'partial',
  decidedAskMore: ({ context }: GuardArgs) => context.draft.decision === 'ask-more',
  isRelease: ({ event }: GuardArgs) => event.type === 'DECIDED' && event.decision === 'release',
  isPartial: ({ event }: GuardArgs) => event.type === 'DECIDED' && event.decision === 'partial',
  isAskMore: ({ event }: GuardArgs) => event.type === 'DECIDED' && event.decision === 'ask-more',
} as const;

const log = (step: RequestStepId) => ({ type: 'log', params: { step } }) as const;
const on = <const A extends string>(step: RequestStepId, save: A) => [save, log(step)] as const;

const stepState = <S extends RequestStepId>(step: S) => ({ id: step, description: requestStepMeta[step].box, meta: requestStepMeta[step] });
const endState = <S extends RequestEnd>(step: S) => ({ ...stepState(step), type: 'final' as const });

export const initialRequestContext = (): RequestContext => ({ draft: {}, log: [] });

export const requestMachine = setup({
  types: {
    context: {} as RequestContext,
    events: {} as RequestEvent,
  },
  actions: {
    log: assign({
      log: ({ context, event }, params: { step: RequestStepId }) => [
        ...context.log,
        {
          step: params.step,
          question: event.prompt,
          answer: requestAnswerWords(event),
          notes: answerNotes(event).trim(),
          at: event.at,
          source: requestStepMeta[params.step].source,
        },
      ],
    }),
    saveUrgent: assign({
      draft: ({ context, event }) => {
        assertEvent(event, ['ANSWER_YES', 'ANSWER_NO']);
        return { ...context.draft, urgent: event.type === 'ANSWER_YES' ? ('yes' as const) : ('no' as const) };
      },
    }),
    saveUrgentCall: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'URGENT_RECORDED');
        return { ...context.draft, urgentCall: urgentCallSchema.parse(event.call) };
      },
    }),
    saveRequester: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'REQUESTER_GIVEN');
        return { ...context.draft, requester: requesterSchema.parse(event.requester) };
      },
    }),
    savePurpose: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'PURPOSE_GIVEN');
        return { ...context.draft, purpose: event.purpose };
      },
    }),
    saveFormat: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'FORMAT_CHECKED');
        return { ...context.draft, format: event.format };
      },
    }),
    savePowers: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'POWERS_GIVEN');
        return { ...context.draft, powers: powersSchema.parse(event.powers) };
      },
    }),
    saveReason: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'REASON_CHECKED');
        return { ...context.draft, reason: reasonSchema.parse(event.reason) };
      },
    }),
    saveItems: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'ITEMS_LISTED');
        return { ...context.draft, items: event.items.map((item) => item.trim()) };
      },
    }),
    saveCompetentAuthority: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'COMPETENT_AUTHORITY_CHECKED');
        return { ...context.draft, competentAuthority: competentAuthoritySchema.parse(event.competent) };
      },
    }),
    saveChecklist: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'CHECKLIST_ANSWERED');
        return { ...context.draft, checklist: checklistSchema.parse(event.checklist) };
      },
    }),
    saveConsultation: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'CONSULTATION_RECORDED');
        return { ...context.draft, consultation: consultationSchema.parse(event.consultation) };
      },
    }),
    saveDecision: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'DECIDED');
        return { ...context.draft, decision: event.decision, basis: event.basis.trim() };
      },
    }),
    savePartial: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'ITEMS_DECIDED');
        return { ...context.draft, itemDecisions: partialSchema.parse(event.partial).items };
      },
    }),
    saveAskMore: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'MISSING_LISTED');
        return { ...context.draft, askMore: askMoreSchema.parse(event.askMore) };
      },
    }),
    saveDecline: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'DECLINE_REASONS_GIVEN');
        return { ...context.draft, declineReasons: event.reasons.trim() };
      },
    }),
    saveSignOff: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'SIGNED_OFF');
        return { ...context.draft, signOff: signOffSchema.parse(event.signOff) };
      },
    }),
  },
  guards: requestGuards,
}).createMachine({
  id: 'informationRequest',
  description: 'Answering a request for information (domain-spec §1.5.4 req.*; 004 ¶67–70, App 4a §5–6)',
  initial: 'urgent',
  context: initialRequestContext,
  states: {
    urgent: {
      ...stepState('urgent'),
      on: {
        ANSWER_YES: { target: 'urgentCall', actions: on('urgent', 'saveUrgent') },
        ANSWER_NO: { target: 'requester', actions: on('urgent', 'saveUrgent') },
      },
    },
    urgentCall: { ...stepState('urgentCall'), on: { CALL_MADE: { target: 'urgentRecord', actions: log('urgentCall') } } },
    urgentRecord: {
      ...stepState('urgentRecord'),
      on: { URGENT_RECORDED: { guard: 'urgentCallComplete', target: 'endUrgent', actions: on('urgentRecord', 'saveUrgentCall') } },
    },
    requester: {
      ...stepState('requester'),
      on: { REQUESTER_GIVEN: { guard: 'requesterComplete', target: 'purpose', actions: on('requester', 'saveRequester') } },
    },
    purpose: { ...stepState('purpose'), on: { PURPOSE_GIVEN: { guard: 'purposeComplete', target: 'format', actions: on('purpose', 'savePurpose') } } },
    format: { ...stepState('format'), on: { FORMAT_CHECKED: { guard: 'formatComplete', target: 'powers', actions: on('format', 'saveFormat') } } },
    powers: { ...stepState('powers'), on: { POWERS_GIVEN: { guard: 'powersComplete', target: 'reason', actions: on('powers', 'savePowers') } } },
    reason: { ...stepState('reason'), on: { REASON_CHECKED: { guard: 'reasonComplete', target: 'items', actions: on('reason', 'saveReason') } } },
    items: {
      ...stepState('items'),
      on: {
        ITEMS_LISTED: [
          { guard: and(['itemsComplete', 'needsCompetentAuthority']), target: 'competentAuthority', actions: on('items', 'saveItems') },
          { guard: 'itemsComplete', target: 'checklist', actions: on('items', 'saveItems') },
        ],
      },
    },
    competentAuthority: {
      ...stepState('competentAuthority'),
      on: {
        COMPETENT_AUTHORITY_CHECKED: { guard: 'competentAuthorityComplete', target: 'checklist', actions: on('competentAuthority', 'saveCompetentAuthority') },
      },
    },
    checklist: {
      ...stepState('checklist'),
      on: { CHECKLIST_ANSWERED: { guard: 'checklistComplete', target: 'consult', actions: on('checklist', 'saveChecklist') } },
    },
    consult: {
      ...stepState('consult'),
      on: { CONSULTATION_RECORDED: { guard: 'consultationComplete', target: 'decision', actions: on('consult', 'saveConsultation') } },
    },
    decision: {
      ...stepState('decision'),
      on: {
        DECIDED: [
          { guard: and(['decisionOpen', 'isRelease']), target: 'signOff', actions: on('decision', 'saveDecision') },
          { guard: and(['decisionOpen', 'isPartial']), target: 'partial', actions: on('decision', 'saveDecision') },
          { guard: and(['decisionOpen', 'isAskMore']), target: 'askMore', actions: on('decision', 'saveDecision') },
          { guard: 'decisionOpen', target: 'decline', actions: on('decision', 'saveDecision') },
        ],
      },
    },
    partial: { ...stepState('partial'), on: { ITEMS_DECIDED: { guard: 'partialComplete', target: 'signOff', actions: on('partial', 'savePartial') } } },
    askMore: { ...stepState('askMore'), on: { MISSING_LISTED: { guard: 'askMoreComplete', target: 'signOff', actions: on('askMore', 'saveAskMore') } } },
    decline: { ...stepState('decline'), on: { DECLINE_REASONS_GIVEN: { guard: 'declineComplete', target: 'signOff', actions: on('decline', 'saveDecline') } } },
    signOff: {
      ...stepState('signOff'),
      on: {
        SIGNED_OFF: [
          { guard: and(['signOffComplete', 'decidedRelease']), target: 'endRelease', actions: on('signOff', 'saveSignOff') },
          { guard: and(['signOffComplete', 'decidedPartial']), target: 'endPartial', actions: on('signOff', 'saveSignOff') },
          { guard: and(['signOffComplete', 'decidedAskMore']), target: 'endAskMore', actions: on('signOff', 'saveSignOff') },
          { guard: 'signOffComplete', target: 'endDecline', actions: on('signOff', 'saveSignOff') },
        ],
      },
    },
    endUrgent: endState('endUrgent'),
    endRelease: endState('endRelease'),
    endPartial: endState('endPartial'),
    endAskMore: endState('endAskMore'),
    endDecline: endState('endDecline'),
  },
});

export type RequestSnapshot = SnapshotFrom<typeof requestMachine>;

/** The step a snapshot stands on (every state is a top-level step). */
export const currentRequestStep = (snapshot: Pick<RequestSnapshot, 'value'>): RequestStepId => snapshot.value as RequestStepId;
