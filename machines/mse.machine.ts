import { assertEvent, assign, setup, type SnapshotFrom } from 'xstate';
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
  type StepMeta,
} from './pathway-common';

/**
 * The MSE pathway: the Mid & South Essex ICB "Referral Flowchart" and staff route (seed 002,
 * "Prevent and Channel referral process"; domain-spec §1.2), chosen by an organisation profile
 * whose `pathwayModel` is "mse-police-portal". Same conventions as the BSW reporting chart
 * (concern.machine.ts): every step has an explicit id, listed in `mseStepIds`, prefixed `mse` so it
 * never clashes with a BSW id; the urgent route is the BSW chart's own (the same `emergency*` ids
 * and meta), so the same emergency pages render it; the decision log has the same shape.
 *
 * Unlike the BSW chart, any member of staff refers, after liaising with the ICB Prevent Lead, and
 * the referral goes through the police online portal, outside this app: the referrer confirms it
 * was submitted. The referrer's part ends once the Prevent Lead is notified and the concern shared
 * with local authority social care; the police review and its decision are tracked when known.
 */

export const mseStepIds = [
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
  'emergencyCallPolice',
  'emergencyInformLead',
  'emergencyRecord',
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
] as const;
export type MseStepId = (typeof mseStepIds)[number];

/**
 * Outcome codes (domain-spec §1.0): the shared EMERGENCY_POLICE and the police decision's
 * POLICE_SPACE, CHANNEL_PANEL and NFA, plus the MSE ends the spec leaves unnamed: the staff risk
 * assessment's two exits, no referral advised (B2) and no lawful basis to refer.
 */
export type MseOutcomeCode =
  | 'EMERGENCY_POLICE'
  | 'STAFF_OTHER_PROCESS'
  | 'STAFF_NO_FURTHER_ACTION'
  | 'NO_REFERRAL_ADVISED'
  | 'NO_LAWFUL_BASIS'
  | 'POLICE_SPACE'
  | 'CHANNEL_PANEL'
  | 'NFA'
  | 'LEAD_TO_BE_TOLD'
  | 'URGENT_ADVICE_SOUGHT';

/** A step's meta, with the MSE outcome codes. */
export type MseStepMeta = StepMeta<MseOutcomeCode>;

const CHART = '002 "Prevent and Channel referral process" › "Referral Flowchart"';
const PROCESS = '002 "Prevent and Channel referral process"';
const STAFF_ROUTE_ACTOR = 'Line manager, Human Resources and the Deputy Director of Nursing for Safeguarding';

/** Box, source, phase and actor for every step: the machine's `meta`, the log's `source`. */
export const mseStepMeta = {
  mseStart: {
    phase: 'NOTICE',
    box: 'Box 1 "Concern regarding individual expressing Extremist views/ behaviour(s)."',
    source: `${CHART} (box 1)`,
    actor: 'Any member of staff',
  },
  mseImmediateRisk: {
    phase: 'NOTICE',
    box: '"If you require urgent police assistance, call 999."',
    source: `${PROCESS} (ways to seek advice); domain-spec §1.0, §1.4`,
    actor: 'Any member of staff',
  },
  mseSubject: {
    phase: 'NOTICE',
    box: 'Side note "If a member of staff is referred to Prevent, refer to point 6.3.6"',
    source: `${CHART} (side note; domain-spec B1); 002 Scope`,
    actor: 'Any member of staff',
  },
  mseClarify: {
    phase: 'CHECK',
    box: '"Before making a referral, practitioners should respond as we would to all concerns, by clarifying the information."',
    source: '002 "Consent"',
    actor: 'Member of staff',
  },
  mseStaffRecord: {
    phase: 'CHECK',
    box: 'Make a record of the concern for the staff risk assessment (domain-spec §0.3 item 6)',
    source: `${PROCESS} (staff route); 003 "Information management (providers)"`,
    actor: 'Member of staff with their line manager',
  },
  mseStaffRiskAssessment: {
    phase: 'CHECK',
    box: '"Prevent concerns in relation to members of staff will be risk assessed by their line manager, Human Resources, and the Deputy Director of Nursing for Safeguarding."',
    source: `${PROCESS} (staff route; domain-spec B1, §1.2 mse.staff.riskAssessment)`,
    actor: STAFF_ROUTE_ACTOR,
  },
  mseLiaisePreventLead: {
    phase: 'CHECK',
    box: 'Box 3 "Liaison with ICB Prevent Lead for support/ guidance."',
    source: `${CHART} (box 3; domain-spec B2); ${PROCESS} (ways to seek advice)`,
    actor: 'Member of staff with the ICB Prevent Lead',
  },
  mseConsent: {
    phase: 'SHARE',
    box: 'Box 4 "with or without consent/ knowledge (rationale)"',
    source: `${CHART} (box 4; domain-spec B5); 002 "Consent"`,
    actor: 'Member of staff, advised by the ICB Prevent Lead',
  },
  mseSubmitPortal: {
    phase: 'SHARE',
    box: 'Box 4 "Referral to Essex Police Prevent via portal" "Prevent | Essex Police"',
    source: `${CHART} (box 4); ${PROCESS} ("click on ‘make a referral’ at the bottom of the page and complete the online form")`,
    actor: 'Member of staff',
  },
  mseNotify: {
    phase: 'SHARE',
    box: '"The MSE ICB Prevent Lead should be notified of all referrals made by staff." "All Prevent concerns about children, young people and adults should be shared with the relevant local authority children and adults’ social care."',
    source: `${PROCESS} (domain-spec B8)`,
    actor: 'Member of staff',
  },
  msePoliceReview: {
    phase: 'SHARE',
    box: 'Boxes 5–8 "Care planning and consent" "Information sharing for Channel Panel" "Review by Police – as SET LA guidance for terrorism risks." "Decision to progress to Police space/ Channel Panel / ‘No Further Action’ (NFA)"',
    source: `${CHART} (boxes 5–8; domain-spec B3, B6)`,
    actor: 'Police and partner agencies; recorded by the referrer when known',
  },
  ...outOfHoursStepMeta,
  ...emergencyStepMeta,
  mseEndStaffOtherProcess: {
    phase: 'CHECK',
    box: 'Staff risk assessment: managed through another process, HR or safeguarding (domain-spec §1.2, inference)',
    source: `${PROCESS} (staff route; domain-spec B1)`,
    actor: STAFF_ROUTE_ACTOR,
    outcome: 'STAFF_OTHER_PROCESS',
  },
  mseEndStaffNoFurtherAction: {
    phase: 'CHECK',
    box: 'Staff risk assessment: no further action (domain-spec §1.2, inference)',
    source: `${PROCESS} (staff route; domain-spec B1)`,
    actor: STAFF_ROUTE_ACTOR,
    outcome: 'STAFF_NO_FURTHER_ACTION',
  },
  mseEndNoReferral: {
    phase: 'CHECK',
    box: 'No referral advised after liaison with the ICB Prevent Lead: the advice is recorded (domain-spec B2)',
    source: `${CHART} (box 3; domain-spec B2)`,
    actor: 'Member of staff with the ICB Prevent Lead',
    outcome: 'NO_REFERRAL_ADVISED',
  },
  mseEndNoLawfulBasis: {
    phase: 'SHARE',
    box: 'No lawful basis to refer without consent: no referral is made and nothing is shared (domain-spec §1.2 NO_LAWFUL_BASIS)',
    source: `${CHART} (box 4); 002 "Consent"; domain-spec §1.5`,
    actor: 'Member of staff, advised by the ICB Prevent Lead',
    outcome: 'NO_LAWFUL_BASIS',
  },
  mseEndPoliceSpace: { phase: 'SHARE', box: 'Box 8 "Police space"', source: `${CHART} (box 8; domain-spec B4)`, actor: 'Police', outcome: 'POLICE_SPACE' },
  mseEndChannelPanel: {
    phase: 'SHARE',
    box: 'Box 8 "Channel Panel"',
    source: `${CHART} (box 8)`,
    actor: 'Channel Panel (chaired by the local authority)',
    outcome: 'CHANNEL_PANEL',
  },
  mseEndNfa: { phase: 'SHARE', box: 'Box 8 "‘No Further Action’ (NFA)"', source: `${CHART} (box 8)`, actor: 'Police', outcome: 'NFA' },
} as const satisfies Record<MseStepId, MseStepMeta>;

/**
 * The three-way decisions: one event per option, named as in domain-spec §1.2. A "choice" page
 * reads its options from here and sends the chosen one with its notes.
 */
export const mseChoices = {
  mseStaffRiskAssessment: ['PROCEED_TO_PREVENT', 'OTHER_PROCESS', 'NO_FURTHER_ACTION'],
  mseConsent: ['REFER_WITH_CONSENT', 'REFER_WITHOUT_CONSENT', 'NO_LAWFUL_BASIS'],
  msePoliceReview: ['POLICE_SPACE', 'CHANNEL_PANEL', 'NFA'],
} as const satisfies Partial<Record<MseStepId, readonly string[]>>;
export type MseChoiceStep = keyof typeof mseChoices;
/** Every option of every three-way decision. */
export const mseChoiceTypes = [...mseChoices.mseStaffRiskAssessment, ...mseChoices.mseConsent, ...mseChoices.msePoliceReview] as const;
export type MseChoice<S extends MseChoiceStep = MseChoiceStep> = (typeof mseChoices)[S][number];

/** Options that need a written rationale: a decision not to go on, and either basis for referring (box 4 "(rationale)"). */
export const mseRationaleRequired = [
  'OTHER_PROCESS',
  'NO_FURTHER_ACTION',
  'REFER_WITH_CONSENT',
  'REFER_WITHOUT_CONSENT',
  'NO_LAWFUL_BASIS',
] as const satisfies readonly MseChoice[];

/**
 * The actions done outside this app that the referrer confirms, ticked on a "confirm" page; each
 * step goes on only when every one of its items is ticked.
 */
export const mseConfirmations = {
  mseSubmitPortal: { event: 'PORTAL_SUBMITTED', items: ['portalSubmitted'] },
  mseNotify: { event: 'NOTIFIED', items: ['preventLeadNotified', 'socialCareShared'] },
} as const satisfies Partial<Record<MseStepId, { event: string; items: readonly string[] }>>;
export type MseConfirmStep = keyof typeof mseConfirmations;
export type ConfirmItem = (typeof mseConfirmations)[MseConfirmStep]['items'][number];

/** What a "confirm" page sends: the items ticked, an optional reference (e.g. the portal's) and notes. */
export interface Confirmation {
  confirmed: readonly ConfirmItem[];
  reference: string;
  notes: string;
}

/** A three-way decision as kept in the context. */
export interface ChoiceMade<C extends MseChoice> {
  choice: C;
  notes: string;
  /** Referring without consent: the Prevent Lead who agreed, and when (legal-and-security §A.1; issue 11 item 2). */
  leadAgreement?: PreventLeadAgreement;
}

/** Who agreed to a referral without consent, and when (as the referrer writes it, e.g. "05/11/2026 14:30"). */
export interface PreventLeadAgreement {
  name: string;
  agreedAt: string;
}

/** The options that need the Prevent Lead's agreement recorded: referring without consent. */
export const mseLeadAgreementRequired = ['REFER_WITHOUT_CONSENT'] as const satisfies readonly MseChoice[];

/** One entry of the decision log, naming an MSE step. */
export type MseDecisionLogEntry = PathwayLogEntry<MseStepId>;

export interface MseContext extends PathwayContext<MseStepId> {
  staffAssessment: ChoiceMade<MseChoice<'mseStaffRiskAssessment'>> | null;
  /** The ICB Prevent Lead's advice after liaison (box 3). */
  advice: { referralAdvised: boolean; notes: string } | null;
  /** With or without consent / knowledge, and the rationale (box 4). */
  consent: ChoiceMade<MseChoice<'mseConsent'>> | null;
  portal: Confirmation | null;
  notified: Confirmation | null;
  /** The police decision (box 8), recorded when the referrer learns it. */
  policeDecision: ChoiceMade<MseChoice<'msePoliceReview'>> | null;
}

/** The shared pathway events (the same pages send them), and the MSE chart's own. */
export type MseEvent =
  | PathwayEvent
  | { [C in MseChoice]: { type: C; notes?: string; leadAgreement?: PreventLeadAgreement } & Answered }[MseChoice]
  | ({ type: 'PORTAL_SUBMITTED'; details: Confirmation } & Answered)
  | ({ type: 'NOTIFIED'; details: Confirmation } & Answered);

export const initialMseContext = (): MseContext => ({
  role: null,
  subject: null,
  record: null,
  emergency: noEmergency(),
  staffAssessment: null,
  advice: null,
  consent: null,
  portal: null,
  notified: null,
  policeDecision: null,
  log: [],
});

/** The decision log's words for each three-way answer. */
export const mseChoiceWords = {
  PROCEED_TO_PREVENT: 'Proceed under Prevent: liaise with the ICB Prevent Lead',
  OTHER_PROCESS: 'Managed through another process (HR or safeguarding)',
  NO_FURTHER_ACTION: 'No further action',
  REFER_WITH_CONSENT: 'Refer with the person’s consent and knowledge',
  REFER_WITHOUT_CONSENT: 'Refer without the person’s consent or knowledge',
  NO_LAWFUL_BASIS: 'No lawful basis to refer without consent: no referral',
  POLICE_SPACE: 'Police space (Police-Led Partnership)',
  CHANNEL_PANEL: 'Channel Panel',
  NFA: 'No Further Action (NFA)',
} as const satisfies Record<MseChoice, string>;

const isChoice = (type: MseEvent['type']): type is MseChoice => type in mseChoiceWords;
const isChoiceEvent = (event: MseEvent): event is Extract<MseEvent, { type: MseChoice }> => isChoice(event.type);

/** The words the decision log uses for an event's answer; the shared events read as in the BSW chart. */
function answerWords(event: MseEvent): string {
  switch (event.type) {
    case 'SELECT_PATIENT':
      return 'Not a member of staff (a patient, service user, carer, family member, visitor or member of the public)';
    case 'SELECT_COLLEAGUE':
      return 'A member of staff (including temporary, voluntary, contract, self-employed, bank and agency staff)';
    case 'PORTAL_SUBMITTED':
      return ['Referral submitted through the police portal', event.details.reference && `(reference ${event.details.reference})`].filter(Boolean).join(' ');
    case 'NOTIFIED':
      return 'ICB Prevent Lead notified; concern shared with local authority social care';
    case 'REFER_WITHOUT_CONSENT':
      return event.leadAgreement
        ? `${mseChoiceWords[event.type]}: agreed by the Prevent Lead, ${event.leadAgreement.name.trim()}, ${event.leadAgreement.agreedAt.trim()}`
        : mseChoiceWords[event.type];
    default:
      return isChoiceEvent(event) ? mseChoiceWords[event.type] : pathwayAnswerWords(event);
  }
}

/** A three-way answer with a written rationale, or none needed; without consent, with the Prevent Lead who agreed and when. */
export function choiceIsComplete(event: { type: string; notes?: string; leadAgreement?: PreventLeadAgreement }): boolean {
  const rationale = !(mseRationaleRequired as readonly string[]).includes(event.type) || hasText(event.notes);
  const agreement =
    !(mseLeadAgreementRequired as readonly string[]).includes(event.type) || (hasText(event.leadAgreement?.name) && hasText(event.leadAgreement?.agreedAt));
  return rationale && agreement;
}

/** Every item the step asks the referrer to confirm has been ticked. */
export function allConfirmed(step: MseConfirmStep, details: Pick<Confirmation, 'confirmed'>): boolean {
  return mseConfirmations[step].items.every((item) => details.confirmed.includes(item));
}

const log = (step: MseStepId) => ({ type: 'log', params: { step } }) as const;
const choose = (step: MseChoiceStep, key: 'staffAssessment' | 'consent' | 'policeDecision') => [{ type: 'saveChoice', params: { key } }, log(step)] as const;

export const mseMachine = setup({
  types: {
    context: {} as MseContext,
    events: {} as MseEvent,
  },
  actions: {
    ...pathwayActions<MseStepId, MseContext, MseEvent>({ meta: mseStepMeta, answerWords, answerNotes }),
    saveAdvice: assign({
      advice: ({ event }) => {
        assertEvent(event, ['ANSWER_YES', 'ANSWER_NO']);
        return { referralAdvised: event.type === 'ANSWER_YES', notes: event.notes?.trim() ?? '' };
      },
    }),
    saveChoice: assign(({ event }, params: { key: 'staffAssessment' | 'consent' | 'policeDecision' }) => {
      assertEvent(event, mseChoiceTypes);
      const agreement = event.type === 'REFER_WITHOUT_CONSENT' ? event.leadAgreement : undefined;
      return {
        [params.key]: {
          choice: event.type,
          notes: event.notes?.trim() ?? '',
          ...(agreement ? { leadAgreement: { name: agreement.name.trim(), agreedAt: agreement.agreedAt.trim() } } : {}),
        },
      };
    }),
    saveConfirmation: assign(({ event }) => {
      assertEvent(event, ['PORTAL_SUBMITTED', 'NOTIFIED']);
      return event.type === 'PORTAL_SUBMITTED' ? { portal: event.details } : { notified: event.details };
    }),
  },
  guards: {
    ...pathwayGuards,
    hasRationale: ({ event }) => 'notes' in event && hasText(event.notes),
    choiceIsComplete: ({ event }) => isChoice(event.type) && choiceIsComplete(event),
    allConfirmed: ({ event }, params: { step: MseConfirmStep }) =>
      (event.type === 'PORTAL_SUBMITTED' || event.type === 'NOTIFIED') && allConfirmed(params.step, event.details),
  },
}).createMachine({
  id: 'mse',
  description: 'MSE ICB Referral Flowchart and staff route (002), as NOTICE–CHECK–SHARE',
  initial: 'pathway',
  context: initialMseContext,
  states: {
    pathway: {
      description: 'The flowchart before any emergency. From every step here, "this has become an emergency" goes straight to the 999 path (domain-spec §1.0).',
      initial: 'start',
      states: {
        start: {
          id: 'mseStart',
          description: mseStepMeta.mseStart.box,
          meta: mseStepMeta.mseStart,
          on: { ...declareEmergency('mseStart'), BEGIN: { target: 'immediateRisk', actions: ['setRole', log('mseStart')] } },
        },
        immediateRisk: {
          id: 'mseImmediateRisk',
          description: mseStepMeta.mseImmediateRisk.box,
          meta: mseStepMeta.mseImmediateRisk,
          on: {
            ...declareEmergency('mseImmediateRisk'),
            ANSWER_YES: { target: '#emergencyCallPolice', actions: [log('mseImmediateRisk'), { type: 'saveEmergency', params: { from: 'mseImmediateRisk' } }] },
            ANSWER_NO: { target: 'subject', actions: log('mseImmediateRisk') },
          },
        },
        subject: {
          id: 'mseSubject',
          description: mseStepMeta.mseSubject.box,
          meta: mseStepMeta.mseSubject,
          on: {
            ...declareEmergency('mseSubject'),
            SELECT_PATIENT: { target: 'clarify', actions: [{ type: 'setSubject', params: { subject: 'patient' } }, log('mseSubject')] },
            SELECT_COLLEAGUE: { target: 'staff', actions: [{ type: 'setSubject', params: { subject: 'colleague' } }, log('mseSubject')] },
          },
        },
        clarify: {
          id: 'mseClarify',
          description: mseStepMeta.mseClarify.box,
          meta: mseStepMeta.mseClarify,
          on: {
            ...declareEmergency('mseClarify'),
            RECORD_SAVED: { guard: 'recordIsComplete', target: 'liaisePreventLead', actions: ['saveRecord', log('mseClarify')] },
          },
        },
        staff: {
          description:
            'Staff route: concerns about members of staff are risk assessed by their line manager, HR and the Deputy Director of Nursing for Safeguarding (002; domain-spec B1)',
          initial: 'record',
          states: {
            record: {
              id: 'mseStaffRecord',
              description: mseStepMeta.mseStaffRecord.box,
              meta: mseStepMeta.mseStaffRecord,
              on: {
                ...declareEmergency('mseStaffRecord'),
                RECORD_SAVED: { guard: 'recordIsComplete', target: 'riskAssessment', actions: ['saveRecord', log('mseStaffRecord')] },
              },
            },
            riskAssessment: {
              id: 'mseStaffRiskAssessment',
              description: mseStepMeta.mseStaffRiskAssessment.box,
              meta: mseStepMeta.mseStaffRiskAssessment,
              on: {
                ...declareEmergency('mseStaffRiskAssessment'),
                PROCEED_TO_PREVENT: { target: '#mseLiaisePreventLead', actions: choose('mseStaffRiskAssessment', 'staffAssessment') },
                OTHER_PROCESS: { guard: 'choiceIsComplete', target: '#mseEndStaffOtherProcess', actions: choose('mseStaffRiskAssessment', 'staffAssessment') },
                NO_FURTHER_ACTION: {
                  guard: 'choiceIsComplete',
                  target: '#mseEndStaffNoFurtherAction',
                  actions: choose('mseStaffRiskAssessment', 'staffAssessment'),
                },
              },
            },
          },
        },
        liaisePreventLead: {
          id: 'mseLiaisePreventLead',
          description: mseStepMeta.mseLiaisePreventLead.box,
          meta: mseStepMeta.mseLiaisePreventLead,
          on: {
            ...declareEmergency('mseLiaisePreventLead'),
            ANSWER_YES: { target: 'referral', actions: ['saveAdvice', log('mseLiaisePreventLead')] },
            ANSWER_NO: { guard: 'hasRationale', target: '#mseEndNoReferral', actions: ['saveAdvice', log('mseLiaisePreventLead')] },
            // Cannot reach the Prevent Lead yet: wait for them, or out of hours help now (004 ¶63–65; 002 "Call Police on 101").
            LEAD_UNREACHABLE: { target: '#leadUnreachable', actions: log('mseLiaisePreventLead') },
          },
        },
        referral: {
          description:
            'Box 4: the referral to the police through their online portal, with or without consent (rationale), then the notifications; the referrer makes it, outside this app',
          initial: 'consent',
          states: {
            consent: {
              id: 'mseConsent',
              description: mseStepMeta.mseConsent.box,
              meta: mseStepMeta.mseConsent,
              on: {
                ...declareEmergency('mseConsent'),
                REFER_WITH_CONSENT: { guard: 'choiceIsComplete', target: 'submitPortal', actions: choose('mseConsent', 'consent') },
                REFER_WITHOUT_CONSENT: { guard: 'choiceIsComplete', target: 'submitPortal', actions: choose('mseConsent', 'consent') },
                NO_LAWFUL_BASIS: { guard: 'choiceIsComplete', target: '#mseEndNoLawfulBasis', actions: choose('mseConsent', 'consent') },
              },
            },
            submitPortal: {
              id: 'mseSubmitPortal',
              description: mseStepMeta.mseSubmitPortal.box,
              meta: mseStepMeta.mseSubmitPortal,
              on: {
                ...declareEmergency('mseSubmitPortal'),
                PORTAL_SUBMITTED: {
                  guard: { type: 'allConfirmed', params: { step: 'mseSubmitPortal' } },
                  target: 'notify',
                  actions: ['saveConfirmation', log('mseSubmitPortal')],
                },
              },
            },
            notify: {
              id: 'mseNotify',
              description: mseStepMeta.mseNotify.box,
              meta: mseStepMeta.mseNotify,
              on: {
                ...declareEmergency('mseNotify'),
                NOTIFIED: {
                  guard: { type: 'allConfirmed', params: { step: 'mseNotify' } },
                  target: '#msePoliceReview',
                  actions: ['saveConfirmation', log('mseNotify')],
                },
              },
            },
          },
        },
        downstream: {
          description:
            'Carried out by partners, not the referrer, whose part has ended: care planning and consent, information sharing for the Channel Panel and the police review (boxes 5–7, order uncertain: domain-spec B3), then the decision (box 8), recorded when known',
          initial: 'policeReview',
          states: {
            policeReview: {
              id: 'msePoliceReview',
              description: mseStepMeta.msePoliceReview.box,
              meta: mseStepMeta.msePoliceReview,
              on: {
                ...declareEmergency('msePoliceReview'),
                POLICE_SPACE: { target: '#mseEndPoliceSpace', actions: choose('msePoliceReview', 'policeDecision') },
                CHANNEL_PANEL: { target: '#mseEndChannelPanel', actions: choose('msePoliceReview', 'policeDecision') },
                NFA: { target: '#mseEndNfa', actions: choose('msePoliceReview', 'policeDecision') },
              },
            },
          },
        },
      },
    },
    ...outOfHoursStates,
    ...emergencyStates,
    mseEndStaffOtherProcess: {
      id: 'mseEndStaffOtherProcess',
      type: 'final',
      description: mseStepMeta.mseEndStaffOtherProcess.box,
      meta: mseStepMeta.mseEndStaffOtherProcess,
    },
    mseEndStaffNoFurtherAction: {
      id: 'mseEndStaffNoFurtherAction',
      type: 'final',
      description: mseStepMeta.mseEndStaffNoFurtherAction.box,
      meta: mseStepMeta.mseEndStaffNoFurtherAction,
    },
    mseEndNoReferral: { id: 'mseEndNoReferral', type: 'final', description: mseStepMeta.mseEndNoReferral.box, meta: mseStepMeta.mseEndNoReferral },
    mseEndNoLawfulBasis: { id: 'mseEndNoLawfulBasis', type: 'final', description: mseStepMeta.mseEndNoLawfulBasis.box, meta: mseStepMeta.mseEndNoLawfulBasis },
    mseEndPoliceSpace: { id: 'mseEndPoliceSpace', type: 'final', description: mseStepMeta.mseEndPoliceSpace.box, meta: mseStepMeta.mseEndPoliceSpace },
    mseEndChannelPanel: { id: 'mseEndChannelPanel', type: 'final', description: mseStepMeta.mseEndChannelPanel.box, meta: mseStepMeta.mseEndChannelPanel },
    mseEndNfa: { id: 'mseEndNfa', type: 'final', description: mseStepMeta.mseEndNfa.box, meta: mseStepMeta.mseEndNfa },
  },
});

export type MseSnapshot = SnapshotFrom<typeof mseMachine>;

export const currentMseStep = (snapshot: MseSnapshot): MseStepId => activeStep(snapshot, mseStepIds);

export function isMseOutcome(step: MseStepId): boolean {
  return 'outcome' in mseStepMeta[step];
}

/**
 * The referrer's part is over (domain-spec §1.2: "the referrer view ends here"): at the police
 * review, which partners carry out and the referrer only records, and at every END.
 */
export function referrerPartEnded(step: MseStepId): boolean {
  return step === 'msePoliceReview' || isMseOutcome(step);
}

/**
 * What this chart hands to the referral (forms/concern-summary.schema.ts): the record, who it is
 * about, the log, the Prevent Lead's advice (box 3) and, without consent, the lead who agreed.
 */
export function mseConcernSummary(context: MseContext): ConcernSummary {
  return {
    pathway: 'mse',
    subject: context.subject,
    record: context.record,
    log: context.log,
    preventLeadAdvice: context.advice,
    leadAgreement: context.consent?.leadAgreement ?? null,
  };
}
