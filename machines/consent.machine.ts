import { and, assertEvent, assign, setup, type SnapshotFrom } from 'xstate';
import {
  bestInterestsSchema,
  capacityAssessmentSchema,
  consentDetailsSchema,
  consentGivenSchema,
  consentItemLabels,
  conditionsFor,
  basisWords,
  consentRefusedSchema,
  decisionTable,
  familyImplicatedSchema,
  hasText,
  igConsultationSchema,
  isUnder18Band,
  lawfulBasisSchema,
  legalGateways,
  missingBasis,
  missingForExport,
  noBasis,
  significantHarmSchema,
  needsParentsTold,
  parseConsentRecord,
  policeContactSchema,
  preConsentSharingSchema,
  publicInterestSchema,
  recordsSearchSchema,
  routeVariants,
  type AgeBand,
  type BestInterests,
  type CapacityAssessment,
  type ConsentDetails,
  type ConsentDraft,
  type ConsentGiven,
  type ConsentItemKey,
  type ConsentOutcome,
  type ConsentRecord,
  type ConsentRefused,
  type ConsentSubject,
  type DecisionRow,
  type FamilyImplicated,
  type IgConsultation,
  type LawfulBasisChoice,
  type SignificantHarm,
  type PoliceContact,
  type PreConsentSharing,
  type PublicInterest,
  type RecordsSearch,
} from '../forms/consent-record.schema';
import { formatUkDate } from '../forms/date-input.schema';
import { buildRationale } from './consent-rationale';

/**
 * Consent and lawful-basis decision support for the safeguarding lead: the outgoing-disclosure tree
 * of domain-spec §1.5.2 (`share.*`), walked along the decision table of legal-and-security §A. One
 * question per step; each step's event carries what its page collects; the context gathers a draft
 * record; the machine ends with that record (it parses with `consentRecordSchema`). The machine
 * records the lead's decision and says what the table requires. It never decides for the lead: the
 * lead answers every question, and the organisation's IG lead confirms the basis.
 */

export const consentStepIds = [
  'terrorismPlanning',
  'terrorismShare',
  'recordsSearch',
  'urgentTriage',
  'urgentTriageShare',
  'urgentTriageNext',
  'ageQuestion',
  'familyImplicated',
  'gillickCompetent',
  'capacityDoubt',
  'capacityAssessment',
  'bestInterests',
  'seekConsent',
  'consentGiven',
  'significantHarm',
  'refusalCoercion',
  'careAndSupport',
  'refusalRisk',
  'publicInterest',
  'personInformed',
  'doNotShare',
  'caldicottConsulted',
  'lawfulBasis',
  'details',
  'endShare',
  'endDoNotShare',
] as const;
export type ConsentStepId = (typeof consentStepIds)[number];

/** The two ends: information is shared on the recorded basis, or it is not shared (R13). */
export type ConsentEnd = 'SHARE' | 'DO_NOT_SHARE';

export interface ConsentStepMeta {
  /** The decision-tree node (domain-spec §1.5.2) or table row (legal-and-security §A) the step implements. */
  box: string;
  /** The seed paragraph or guidance it comes from. */
  source: string;
  /** The rows of the decision table the step belongs to, if any. */
  rows: readonly DecisionRow[];
  end?: ConsentEnd;
}

export const consentStepMeta = {
  terrorismPlanning: {
    box: 'share.planningOrImmediate, asked first (legal-and-security §A.1 item 6): concern or evidence that the person is planning or undertaking terrorist acts, including hostile reconnaissance (§A.1 item 10)? The evidence is required',
    source: '004 ¶59–60, ¶65–66',
    rows: [8],
  },
  terrorismShare: {
    box: 'share.noConsentDoNotInform (row 8): share what is needed to assess and manage the risk; do not inform the person; record',
    source: '004 ¶60, ¶65–66; legal-and-security §A row 8',
    rows: [8],
  },
  recordsSearch: {
    box: 'share.checkRecords: check for existing relevant records ("is the person known to the service or practice?") and record the search made',
    source: '003 "Information management (providers)"; R18',
    rows: [],
  },
  urgentTriage: {
    box: 'share.urgentTriage: is limited information needed urgently to establish whether this is a Prevent or a counter-terrorism case?',
    source: '004 ¶59',
    rows: [9],
  },
  urgentTriageShare: {
    box: 'share.limitedPreConsent (row 9): share limited, proportionate information before seeking consent; record it',
    source: '004 ¶59; legal-and-security §A row 9',
    rows: [9],
  },
  urgentTriageNext: {
    box: 'Row 9: follow-up on consent: make the consent decision now, or record the follow-up',
    source: '004 ¶55, ¶59',
    rows: [9],
  },
  ageQuestion: { box: 'share.ageCheck: is the person under 18?', source: '004 ¶55; 002 "Consent"; domain-spec C2', rows: [] },
  familyImplicated: {
    box: 'share.child.familyImplicated: is the family implicated, or would informing the child or family put the child at risk of harm?',
    source: '002 "Consent"; 004 App 3 Guidance notes',
    rows: [3],
  },
  gillickCompetent: { box: 'share.child.gillick: is the child Gillick competent to decide?', source: '002 "Consent"; 004 ¶55', rows: [2, 3] },
  capacityDoubt: {
    box: 'share.adult.capacityDoubt: aged 16 or over, and grounds to doubt capacity?',
    source: '002 "Consent"; Mental Capacity Act 2005',
    rows: [4],
  },
  capacityAssessment: {
    box: 'share.supportDecision (row 4): support the person to decide, then assess capacity for this decision',
    source: '002 "Consent"; 004 ¶57; Mental Capacity Act 2005',
    rows: [4],
  },
  bestInterests: {
    box: 'share.bestInterests (row 5): is the referral in the person’s best interests?',
    source: '004 ¶57; GMC Confidentiality 2017 ¶55',
    rows: [5],
  },
  seekConsent: { box: 'share.seekConsent: is seeking consent appropriate?', source: '004 ¶55, ¶58; 002 "Consent"; 004 App 4a §5', rows: [1, 2, 3, 7] },
  consentGiven: {
    box: 'share.consentGiven: did the person (or parent or guardian) give informed consent?',
    source: '004 ¶55; 002 "Consent"; GMC Confidentiality 2017 ¶62',
    rows: [1, 2, 3, 6],
  },
  significantHarm: {
    box: 'Children who refuse, or whose parent refuses (legal-and-security §A.1 item 1): would not sharing leave the child, or others, at risk of significant harm? Yes: share without consent and consider a referral to children’s social care; no: respect the refusal',
    source: '002 "Consent"; Working Together to Safeguard Children 2023; legal-and-security §A.1 item 1',
    rows: [6],
  },
  refusalCoercion: {
    box: 'Adult refusal that may not be free (legal-and-security §A.1 item 3): may grooming or coercion be shaping the refusal? Yes: seek IG or legal advice',
    source: 'legal-and-security §A.1 item 3; GMC Confidentiality 2017 ¶62',
    rows: [6],
  },
  careAndSupport: {
    box: 'Adult at risk (legal-and-security §A.1 items 3–4): does the person have care and support needs? Yes: consider a Care Act 2014 s42 safeguarding enquiry',
    source: 'Care Act 2014 s42; legal-and-security §A.1 items 3–4',
    rows: [],
  },
  refusalRisk: {
    box: 'Row 6: would not sharing leave others exposed to a risk so serious that it outweighs confidentiality?',
    source: '004 ¶56; GMC Confidentiality 2017 ¶64',
    rows: [6],
  },
  publicInterest: {
    box: 'share.publicInterest: can the public-interest justification be stated; is sharing necessary, proportionate and lawful?',
    source: '004 ¶56, ¶58, ¶70; 004 App 4a §1–3; 002 "Consent"',
    rows: [3, 5, 6, 7],
  },
  personInformed: { box: 'NPRF J3: have you informed the person that you are making this referral?', source: 'NPRF J3; 004 App 4a §4', rows: [3, 5, 6] },
  doNotShare: {
    box: 'share.doNotShare: do not share; record the decision; offer other support with consent',
    source: '004 App 4; 004 App 4a §1 (R13)',
    rows: [],
  },
  caldicottConsulted: { box: 'share.unsure: consult the Caldicott Guardian or Information Governance lead', source: '004 ¶61, ¶69; 004 App 4a §6', rows: [] },
  lawfulBasis: {
    box: 'The basis is chosen, not assumed (legal-and-security §A.1 item 4): Article 9(2)(g) with a Schedule 1 condition that fits the route; Article 10 where alleged offences are involved; the appropriate policy document',
    source: 'UK GDPR Articles 6, 9, 10; Data Protection Act 2018 Schedule 1; legal-and-security §A.1 item 4',
    rows: [],
  },
  details: {
    box: 'Mandatory in every case: justification, minimum data, decision maker, date and time, recipients, rationale',
    source: '004 ¶58, ¶62; 004 App 4a §4; 003 "Information management (providers)"',
    rows: [],
  },
  endShare: { box: 'Record: share on the recorded basis; basis wording in the covering email', source: '004 ¶62; 004 App 4a §4; 003', rows: [], end: 'SHARE' },
  endDoNotShare: { box: 'NO_LAWFUL_BASIS: do not share; record the decision', source: '004 App 4; 004 App 4a §1', rows: [], end: 'DO_NOT_SHARE' },
} as const satisfies Record<ConsentStepId, ConsentStepMeta>;

export const ageBandLabels = {
  'under-16': 'Under 16',
  '16-17': '16 or 17',
  '18-or-over': '18 or over',
} as const satisfies Record<AgeBand, string>;

/** One entry of the decision log: "always document your decision-making and rationale at the time" (004 App 4a). */
export interface ConsentLogEntry {
  step: ConsentStepId;
  /** The question exactly as the lead saw it. */
  question: string;
  answer: string;
  notes: string;
  /** ISO 8601 timestamp supplied by the page when the lead answered. */
  at: string;
  source: string;
}

export interface ConsentMachineInput {
  /** Age in years if known; null asks the lead. */
  age: number | null;
  subject: ConsentSubject;
}

export interface ConsentContext {
  subject: ConsentSubject;
  /** The age band from the input age, or from the lead's answer; null until known. */
  ageBand: AgeBand | null;
  /** The record as gathered so far; `details` completes it. */
  draft: ConsentDraft;
  log: ConsentLogEntry[];
}

/** What every answer carries: the question as shown and when it was answered. */
interface Answered {
  prompt: string;
  at: string;
}
export type ConsentEvent =
  | ({ type: 'RECORDS_SEARCHED'; search: RecordsSearch } & Answered)
  | ({ type: 'ANSWER_YES'; notes?: string } & Answered)
  | ({ type: 'ANSWER_NO'; notes?: string } & Answered)
  | ({ type: 'POLICE_CONTACTED'; contact: PoliceContact } & Answered)
  | ({ type: 'PRE_CONSENT_SHARED'; sharing: PreConsentSharing } & Answered)
  | ({ type: 'AGE_GIVEN'; ageBand: AgeBand } & Answered)
  | ({ type: 'FAMILY_IMPLICATED'; family: FamilyImplicated } & Answered)
  | ({ type: 'CAPACITY_ASSESSED'; assessment: CapacityAssessment } & Answered)
  | ({ type: 'BEST_INTERESTS_DECIDED'; decision: BestInterests } & Answered)
  | ({ type: 'CONSENT_GIVEN'; consent: ConsentGiven } & Answered)
  | ({ type: 'CONSENT_REFUSED'; refusal: ConsentRefused } & Answered)
  | ({ type: 'SIGNIFICANT_HARM'; harm: SignificantHarm } & Answered)
  | ({ type: 'BASIS_CHOSEN'; basis: LawfulBasisChoice } & Answered)
  | ({ type: 'PUBLIC_INTEREST_DECIDED'; decision: PublicInterest } & Answered)
  | ({ type: 'NOT_SHARING_CONFIRMED'; otherSupport: string } & Answered)
  | ({ type: 'IG_CONSULTED'; consultation: IgConsultation } & Answered)
  | ({ type: 'DETAILS_RECORDED'; details: ConsentDetails } & Answered);

// ---------------------------------------------------------------------------------------------
// Small pure rules, each tested on its own.
// ---------------------------------------------------------------------------------------------

/** The age band for an age in years; null when the age is not known (or not a real age). */
export function ageBandOf(age: number | null): AgeBand | null {
  if (age === null || !Number.isFinite(age) || age < 0) return null;
  if (age < 16) return 'under-16';
  if (age < 18) return '16-17';
  return '18-or-over';
}
export const isUnder18 = (band: AgeBand | null): boolean => isUnder18Band(band);
/** The Mental Capacity Act 2005 applies from 16 (002 "Consent"; domain-spec C2). */
export const isSixteenOrOver = (band: AgeBand | null): boolean => band === '16-17' || band === '18-or-over';

export const initialConsentContext = (input: ConsentMachineInput): ConsentContext => {
  const ageBand = ageBandOf(input.age);
  return {
    subject: input.subject,
    ageBand,
    draft: { subject: input.subject, ageBand, rowsFollowed: [], items: {}, legalGateways: [], notSoughtReason: null, consentFrom: null },
    log: [],
  };
};

type Items = NonNullable<ConsentDraft['items']>;
const items = (entries: Partial<Record<ConsentItemKey, string>>): Items =>
  Object.fromEntries(Object.entries(entries).map(([key, value]) => [consentItemLabels[key as ConsentItemKey], (value ?? '').trim()])) as Items;

const followed = (draft: ConsentDraft, row: DecisionRow): DecisionRow[] => {
  const rows = draft.rowsFollowed ?? [];
  return rows.at(-1) === row ? rows : [...rows, row];
};

const publicInterestGateways = [
  legalGateways.publicInterest,
  legalGateways.transparencyExemption,
  legalGateways.crimeAndDisorderAct,
  legalGateways.humanRights,
];

/**
 * Route and gateways the table gives for a row and outcome. The data-protection basis is not given:
 * the lead chooses it on the basis page (legal-and-security §A.1 item 4); until then it is empty, and
 * a record that shares nothing says there is no basis.
 */
export function tableEntry(row: DecisionRow, outcome: ConsentOutcome): Pick<ConsentRecord, 'route' | 'basis' | 'legalGateways'> {
  switch (outcome) {
    case 'BASIS_CONSENT':
      return { route: decisionTable[row].route, basis: '', legalGateways: [legalGateways.consent, legalGateways.humanRights] };
    case 'BASIS_BEST_INTERESTS':
      return { route: decisionTable[5].route, basis: '', legalGateways: [legalGateways.bestInterests, legalGateways.humanRights] };
    case 'BASIS_PUBLIC_INTEREST':
      if (row === 3) return { route: routeVariants.familyImplicated, basis: '', legalGateways: publicInterestGateways };
      if (row === 5) return { route: routeVariants.lacksCapacityPublicInterest, basis: '', legalGateways: publicInterestGateways };
      return { route: decisionTable[row].route, basis: '', legalGateways: publicInterestGateways };
    case 'BASIS_SERIOUS_CRIME':
    case 'BASIS_URGENT_TRIAGE':
      return { route: decisionTable[row].route, basis: '', legalGateways: publicInterestGateways };
    case 'NO_LAWFUL_BASIS':
      return { route: routeVariants.noLawfulBasis, basis: noBasis, legalGateways: [] };
  }
}

/** The draft with a row and outcome settled: the table's route, basis and gateways come with them. */
function settle(draft: ConsentDraft, row: DecisionRow, outcome: ConsentOutcome): ConsentDraft {
  return { ...draft, row, outcome, rowsFollowed: followed(draft, row), ...tableEntry(row, outcome) };
}

/** The record the last page would finish with: the draft plus the mandatory items (the basis was chosen on its own page). */
export function withDetails(draft: ConsentDraft, details: ConsentDetails): ConsentDraft {
  const parentsTold = needsParentsTold(draft) && details.parentsTold !== undefined ? items({ parentsTold: details.parentsTold }) : {};
  return {
    ...draft,
    items: { ...draft.items, ...parentsTold },
    basis: details.basis ?? draft.basis,
    legalGateways: details.legalGateways ?? draft.legalGateways,
    capacityOrCompetenceNotes: details.capacityOrCompetenceNotes,
    justification: details.justification,
    minimumData: details.minimumData,
    recipients: details.recipients,
    decisionMaker: details.decisionMaker,
    decidedAt: details.decidedAt,
    rationale: details.rationale,
    rationaleWordingApproved: details.rationaleWordingApproved,
  };
}

/** "Sam Lead, Safeguarding Locality Lead" → name and role (everything after the first comma is the role). */
export function splitNameAndRole(text: string): { name: string; role: string } {
  const [name = '', ...role] = text.split(',');
  return { name: name.trim(), role: role.join(',').trim() };
}

/**
 * What the last page starts with: the rationale in model wording, and what earlier pages already
 * said (issue 11 item 5: nothing asked twice): the capacity or competence notes, the justification,
 * why sharing is necessary and proportionate, and who decided where an earlier page named them.
 */
export function detailsDefaults(context: ConsentContext): ConsentDetails {
  const { draft } = context;
  const item = (key: ConsentItemKey) => draft.items?.[consentItemLabels[key]] ?? '';
  const rationale = buildRationale(draft, context.subject);
  const shares = draft.outcome !== 'NO_LAWFUL_BASIS';
  return {
    capacityOrCompetenceNotes: (['competence', 'capacityDoubt', 'capacityOutcome'] as const)
      .filter((key) => hasText(item(key)))
      .map((key) => `${consentItemLabels[key]}: ${item(key)}`)
      .join('\n'),
    justification: item('whyPublicInterestOutweighs') || item('bestInterestsReasoning') || item('significantHarm'),
    minimumData: shares ? item('necessaryAndProportionate') : '',
    recipients: '',
    decisionMaker: hasText(item('whoDecidedNotToAskParent')) ? splitNameAndRole(item('whoDecidedNotToAskParent')) : { name: '', role: '' },
    decidedAt: '',
    rationale: rationale.text,
    rationaleWordingApproved: rationale.note,
    ...(needsParentsTold(draft) ? { parentsTold: item('parentsTold') } : {}),
  };
}

/**
 * What the record lacks before the machine can finish: everything export needs, except that the
 * appropriate policy document does not yet cover the condition (the lead recorded that truthfully;
 * export stays blocked, naming it, until it does).
 */
export function missingToFinish(draft: ConsentDraft): string[] {
  return missingForExport(draft).filter((message) => message !== missingBasis.policyNotCovering);
}

/**
 * The record a finished decision holds (null when the draft does not read as a record). Export asks
 * `missingForExport` what it still lacks: a record kept before a rule was added reads, and names
 * the new choice it needs.
 */
export function finishedRecord(draft: ConsentDraft): ConsentRecord | null {
  const parsed = parseConsentRecord(draft);
  return parsed.success ? parsed.data : null;
}

// ---------------------------------------------------------------------------------------------
// The decision log.
// ---------------------------------------------------------------------------------------------

const capacityOutcomeWords = { 'has-capacity': 'Has capacity for this decision', 'lacks-capacity': 'Lacks capacity for this decision' } as const;

/** The social care referral, as the log and the record say it. */
export const socialCareWords = { considered: 'considered', made: 'made', 'not-needed': 'not needed' } as const;

/** The words the decision log uses for an event's answer. */
function answerWords(event: ConsentEvent): string {
  switch (event.type) {
    case 'RECORDS_SEARCHED':
      return event.search.knownToService === 'yes' ? 'Records searched: known to the service' : 'Records searched: not known to the service';
    case 'ANSWER_YES':
      return 'Yes';
    case 'ANSWER_NO':
      return 'No';
    case 'POLICE_CONTACTED':
      return `Police contacted: ${event.contact.contacted.trim()}, ${event.contact.contactedAt.trim()}`;
    case 'PRE_CONSENT_SHARED':
      return `Limited information shared with ${event.sharing.sharedWith.trim()}`;
    case 'AGE_GIVEN':
      return ageBandLabels[event.ageBand];
    case 'FAMILY_IMPLICATED':
      return `Yes: decided by ${event.family.whoDecided.trim()} not to ask the family`;
    case 'CAPACITY_ASSESSED':
      return `${capacityOutcomeWords[event.assessment.outcome]} (assessed by ${event.assessment.assessor.trim()} on ${formatUkDate(event.assessment.assessedOn)})`;
    case 'BEST_INTERESTS_DECIDED':
      return event.decision.inBestInterests === 'yes' ? 'The referral is in the person’s best interests' : 'The referral is not in the person’s best interests';
    case 'CONSENT_GIVEN':
      return `Consent given by ${event.consent.whoConsented.trim()} on ${formatUkDate(event.consent.consentDate)}`;
    case 'CONSENT_REFUSED':
      return `Consent refused by ${event.refusal.refusedBy.trim()}`;
    case 'SIGNIFICANT_HARM':
      return `Yes: at risk of significant harm; referral to children’s social care ${socialCareWords[event.harm.socialCareReferral]}`;
    case 'BASIS_CHOSEN':
      return basisWords(event.basis);
    case 'PUBLIC_INTEREST_DECIDED':
      return event.decision.justified === 'yes' ? 'Public-interest justification made out' : 'Public-interest justification not made out: do not share';
    case 'NOT_SHARING_CONFIRMED':
      return 'Not sharing';
    case 'IG_CONSULTED':
      return event.consultation.consulted === 'yes' ? `Consulted ${event.consultation.name.trim()}` : 'Not consulted';
    case 'DETAILS_RECORDED':
      return `Decision recorded by ${event.details.decisionMaker.name.trim()}, ${event.details.decisionMaker.role.trim()}`;
  }
}

function answerNotes(event: ConsentEvent): string {
  switch (event.type) {
    case 'RECORDS_SEARCHED':
      return event.search.searchMade;
    case 'ANSWER_YES':
    case 'ANSWER_NO':
      return event.notes ?? '';
    case 'POLICE_CONTACTED':
      return event.contact.whatShared;
    case 'PRE_CONSENT_SHARED':
      return `${event.sharing.whatShared}\nWhy urgent: ${event.sharing.whyUrgent}`;
    case 'FAMILY_IMPLICATED':
      return event.family.whyParentNotAsked;
    case 'CAPACITY_ASSESSED':
      return event.assessment.reasoning;
    case 'BEST_INTERESTS_DECIDED':
      return `${event.decision.reasoning}\nConsulted: ${event.decision.consulted}`;
    case 'CONSENT_GIVEN':
      return event.consent.consentedTo;
    case 'CONSENT_REFUSED':
      return event.refusal.reasons;
    case 'SIGNIFICANT_HARM':
      return [event.harm.harm, event.harm.socialCareNotes].filter(hasText).join('\n');
    case 'BASIS_CHOSEN':
      return event.basis.appropriatePolicyDocument === 'yes'
        ? 'The organisation’s appropriate policy document covers this condition.'
        : 'The organisation’s appropriate policy document does not yet cover this condition.';
    case 'PUBLIC_INTEREST_DECIDED':
      return event.decision.whyOutweighs;
    case 'NOT_SHARING_CONFIRMED':
      return event.otherSupport;
    case 'IG_CONSULTED':
      return event.consultation.advice;
    case 'DETAILS_RECORDED':
      return event.details.justification;
    case 'AGE_GIVEN':
      return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Guards: named, small, each tested on its own.
// ---------------------------------------------------------------------------------------------

interface GuardArgs {
  context: ConsentContext;
  event: ConsentEvent;
}

/** The age band a routing guard should use: the one just answered, or the one already known. */
const bandNow = ({ context, event }: GuardArgs): AgeBand | null => (event.type === 'AGE_GIVEN' ? event.ageBand : context.ageBand);

export const consentGuards = {
  hasNotes: ({ event }: GuardArgs) => (event.type === 'ANSWER_YES' || event.type === 'ANSWER_NO') && hasText(event.notes),
  recordsSearchComplete: ({ event }: GuardArgs) => event.type === 'RECORDS_SEARCHED' && recordsSearchSchema.safeParse(event.search).success,
  policeContactComplete: ({ event }: GuardArgs) => event.type === 'POLICE_CONTACTED' && policeContactSchema.safeParse(event.contact).success,
  preConsentSharingComplete: ({ event }: GuardArgs) => event.type === 'PRE_CONSENT_SHARED' && preConsentSharingSchema.safeParse(event.sharing).success,
  ageUnknown: (args: GuardArgs) => bandNow(args) === null,
  isUnder18: (args: GuardArgs) => isUnder18(bandNow(args)),
  isSixteenOrOver: (args: GuardArgs) => isSixteenOrOver(bandNow(args)),
  familyReasonComplete: ({ event }: GuardArgs) => event.type === 'FAMILY_IMPLICATED' && familyImplicatedSchema.safeParse(event.family).success,
  capacityAssessmentComplete: ({ event }: GuardArgs) => event.type === 'CAPACITY_ASSESSED' && capacityAssessmentSchema.safeParse(event.assessment).success,
  lacksCapacity: ({ event }: GuardArgs) => event.type === 'CAPACITY_ASSESSED' && event.assessment.outcome === 'lacks-capacity',
  bestInterestsComplete: ({ event }: GuardArgs) => event.type === 'BEST_INTERESTS_DECIDED' && bestInterestsSchema.safeParse(event.decision).success,
  inBestInterests: ({ event }: GuardArgs) => event.type === 'BEST_INTERESTS_DECIDED' && event.decision.inBestInterests === 'yes',
  consentComplete: ({ event }: GuardArgs) => event.type === 'CONSENT_GIVEN' && consentGivenSchema.safeParse(event.consent).success,
  refusalComplete: ({ event }: GuardArgs) => event.type === 'CONSENT_REFUSED' && consentRefusedSchema.safeParse(event.refusal).success,
  publicInterestComplete: ({ event }: GuardArgs) => event.type === 'PUBLIC_INTEREST_DECIDED' && publicInterestSchema.safeParse(event.decision).success,
  publicInterestJustified: ({ event }: GuardArgs) => event.type === 'PUBLIC_INTEREST_DECIDED' && event.decision.justified === 'yes',
  /** Whether the person has been told is already settled by the route (rows 7, 8, 9 and consent). */
  informedSettled: ({ context }: GuardArgs) => context.draft.informed !== undefined,
  otherSupportRecorded: ({ event }: GuardArgs) => event.type === 'NOT_SHARING_CONFIRMED' && hasText(event.otherSupport),
  igConsultationComplete: ({ event }: GuardArgs) => event.type === 'IG_CONSULTED' && igConsultationSchema.safeParse(event.consultation).success,
  /** The last page completes a record with nothing missing for export. */
  recordComplete: ({ context, event }: GuardArgs) =>
    event.type === 'DETAILS_RECORDED' &&
    consentDetailsSchema.safeParse(event.details).success &&
    parseConsentRecord(withDetails(context.draft, event.details)).success &&
    missingToFinish(withDetails(context.draft, event.details)).length === 0,
  isDoNotShare: ({ context }: GuardArgs) => context.draft.outcome === 'NO_LAWFUL_BASIS',
  /** Row 8 was settled by the first question: the records search leads straight to the IG question. */
  isTerrorismRoute: ({ context }: GuardArgs) => context.draft.row === 8,
  /** The family is implicated: it is left out, and the young person is still assessed and asked (§A.1 item 2). */
  familyIsImplicated: ({ context }: GuardArgs) => context.draft.familyImplicated === 'yes',
  significantHarmComplete: ({ event }: GuardArgs) => event.type === 'SIGNIFICANT_HARM' && significantHarmSchema.safeParse(event.harm).success,
  /** The refusal questions come before the route is settled; the basis page comes after. */
  routeUndecided: ({ context }: GuardArgs) => context.draft.outcome === undefined,
  /** Information is shared on the route settled, so a basis must be chosen. */
  sharesInformation: ({ context }: GuardArgs) => context.draft.outcome !== undefined && context.draft.outcome !== 'NO_LAWFUL_BASIS',
  /**
   * An adult (or a person of unknown age) shared about without consent where Schedule 1 paragraph 18
   * could fit (rows 5 and 7), whose care and support needs are not yet recorded.
   */
  needsCareAndSupport: ({ context }: GuardArgs) => {
    const { draft } = context;
    return (
      (draft.row === 5 || draft.row === 7) &&
      draft.outcome !== undefined &&
      draft.outcome !== 'NO_LAWFUL_BASIS' &&
      !isUnder18(draft.ageBand ?? null) &&
      draft.careAndSupportNeeds == null
    );
  },
  /** The conditions chosen fit the route (`conditionsFor`), and Article 10's only when offences are involved. */
  basisFits: ({ context, event }: GuardArgs) => {
    if (event.type !== 'BASIS_CHOSEN' || !lawfulBasisSchema.safeParse(event.basis).success) return false;
    const fits = conditionsFor(context.draft);
    const { article9Condition, offenceData, article10Condition } = event.basis;
    if (!fits.includes(article9Condition)) return false;
    return offenceData === 'yes' ? article10Condition !== null && fits.includes(article10Condition) : article10Condition === null;
  },
} as const;

/** Not informed, with the reason: the route settles it (004 ¶60; App 4a §5; ¶59). */
const notTold = (informedNotes: string): Pick<ConsentDraft, 'informed' | 'informedNotes'> => ({ informed: 'no', informedNotes });

const log = (step: ConsentStepId) => ({ type: 'log', params: { step } }) as const;

/** After the screening questions: the age question if the age is unknown, else the child or adult branch. */
const toAgeBranch = (step: ConsentStepId, extra: readonly { type: 'continueAfterTriage' }[] = []) =>
  [
    { guard: 'ageUnknown', target: 'ageQuestion', actions: [...extra, log(step)] },
    { guard: 'isUnder18', target: 'familyImplicated', actions: [...extra, log(step)] },
    { target: 'capacityDoubt', actions: [...extra, log(step)] },
  ] as const;

export const consentMachine = setup({
  types: {
    context: {} as ConsentContext,
    events: {} as ConsentEvent,
    input: {} as ConsentMachineInput,
    output: {} as ConsentRecord,
  },
  actions: {
    log: assign({
      log: ({ context, event }, params: { step: ConsentStepId }) => [
        ...context.log,
        {
          step: params.step,
          question: event.prompt,
          answer: answerWords(event),
          notes: answerNotes(event).trim(),
          at: event.at,
          source: consentStepMeta[params.step].source,
        },
      ],
    }),
    saveRecordsSearch: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'RECORDS_SEARCHED');
        return { ...context.draft, recordsSearch: event.search };
      },
    }),
    settleTerrorism: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'ANSWER_YES');
        return {
          ...settle(context.draft, 8, 'BASIS_SERIOUS_CRIME'),
          consentStatus: 'not-sought' as const,
          notSoughtReason: 'terrorism-planning' as const,
          items: { ...context.draft.items, ...items({ terrorismEvidence: event.notes ?? '' }) },
          ...notTold('Not told: there is concern or evidence of planning or undertaking terrorist acts, so the person must not be informed (004 ¶60).'),
        };
      },
    }),
    savePoliceContact: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'POLICE_CONTACTED');
        return {
          ...context.draft,
          items: {
            ...context.draft.items,
            ...items({ policeContactedAt: event.contact.contactedAt, policeContacted: event.contact.contacted, sharedWithPolice: event.contact.whatShared }),
          },
        };
      },
    }),
    savePreConsentSharing: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'PRE_CONSENT_SHARED');
        return {
          ...context.draft,
          rowsFollowed: followed(context.draft, 9),
          items: {
            ...context.draft.items,
            ...items({ triageSharedWith: event.sharing.sharedWith, triageWhatShared: event.sharing.whatShared, triageWhyUrgent: event.sharing.whyUrgent }),
          },
        };
      },
    }),
    continueAfterTriage: assign({
      draft: ({ context }) => ({
        ...context.draft,
        items: { ...context.draft.items, ...items({ triageFollowUp: 'Consent decision made after the triage: see the consent decision in this record.' }) },
      }),
    }),
    settleTriagePending: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'ANSWER_NO');
        return {
          ...settle(context.draft, 9, 'BASIS_URGENT_TRIAGE'),
          consentStatus: 'not-sought' as const,
          notSoughtReason: 'urgent-triage-pending' as const,
          items: { ...context.draft.items, ...items({ triageFollowUp: event.notes ?? '' }) },
          ...notTold('Not yet told: consent has not yet been sought after urgent triage (004 ¶59).'),
        };
      },
    }),
    saveAgeBand: assign(({ context, event }) => {
      assertEvent(event, 'AGE_GIVEN');
      return { ageBand: event.ageBand, draft: { ...context.draft, ageBand: event.ageBand } };
    }),
    settleFamilyImplicated: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'FAMILY_IMPLICATED');
        return {
          ...context.draft,
          row: 3 as const,
          rowsFollowed: followed(context.draft, 3),
          consentStatus: 'not-sought' as const,
          notSoughtReason: 'family-implicated' as const,
          consentFrom: null,
          familyImplicated: 'yes' as const,
          items: { ...context.draft.items, ...items({ whyParentNotAsked: event.family.whyParentNotAsked, whoDecidedNotToAskParent: event.family.whoDecided }) },
        };
      },
    }),
    saveFamilyNotImplicated: assign({ draft: ({ context }) => ({ ...context.draft, familyImplicated: 'no' as const }) }),
    saveCompetence: assign({
      draft: ({ context, event }, params: { competent: boolean }) => {
        assertEvent(event, ['ANSWER_YES', 'ANSWER_NO']);
        return {
          ...context.draft,
          // A child who cannot decide, whose family is implicated: nobody is asked (§A.1 item 2).
          consentFrom: params.competent ? ('individual' as const) : context.draft.familyImplicated === 'yes' ? null : ('parent-or-guardian' as const),
          items: { ...context.draft.items, ...items({ competence: event.notes ?? '' }) },
        };
      },
    }),
    saveCapacityDoubt: assign({
      draft: ({ context, event }, params: { doubt: boolean }) => {
        assertEvent(event, ['ANSWER_YES', 'ANSWER_NO']);
        return {
          ...context.draft,
          consentFrom: 'individual' as const,
          items: params.doubt ? { ...context.draft.items, ...items({ capacityDoubt: event.notes ?? '' }) } : context.draft.items,
        };
      },
    }),
    saveCapacityAssessment: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'CAPACITY_ASSESSED');
        return {
          ...context.draft,
          rowsFollowed: followed(context.draft, 4),
          items: {
            ...context.draft.items,
            ...items({
              capacityAssessor: event.assessment.assessor,
              capacityAssessedOn: formatUkDate(event.assessment.assessedOn),
              capacityOutcome: `${capacityOutcomeWords[event.assessment.outcome]}. ${event.assessment.reasoning.trim()}`,
              capacitySupport: event.assessment.support,
            }),
          },
        };
      },
    }),
    saveBestInterests: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'BEST_INTERESTS_DECIDED');
        const base = {
          ...context.draft,
          consentStatus: 'not-sought' as const,
          notSoughtReason: 'lacks-capacity-best-interests' as const,
          consentFrom: null,
          items: { ...context.draft.items, ...items({ bestInterestsReasoning: event.decision.reasoning, bestInterestsConsulted: event.decision.consulted }) },
        };
        // Not in the person's best interests: the public-interest test decides the outcome.
        return event.decision.inBestInterests === 'yes'
          ? settle(base, 5, 'BASIS_BEST_INTERESTS')
          : { ...base, row: 5 as const, rowsFollowed: followed(base, 5) };
      },
    }),
    settleNotSought: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'ANSWER_NO');
        return {
          ...context.draft,
          row: 7 as const,
          rowsFollowed: followed(context.draft, 7),
          consentStatus: 'not-sought' as const,
          notSoughtReason: 'asking-increases-risk' as const,
          items: { ...context.draft.items, ...items({ whyConsentNotSought: event.notes ?? '' }) },
          ...notTold('Not told: asking for consent, or telling the person, would increase the risk or prejudice the outcome (004 App 4a §5).'),
        };
      },
    }),
    saveYoungPersonNotAsked: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'ANSWER_NO');
        return { ...context.draft, items: { ...context.draft.items, ...items({ whyYoungPersonNotAsked: event.notes ?? '' }) } };
      },
    }),
    settleConsent: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'CONSENT_GIVEN');
        const row: DecisionRow = context.draft.consentFrom === 'parent-or-guardian' ? 3 : isUnder18(context.ageBand) ? 2 : 1;
        return {
          ...settle(context.draft, row, 'BASIS_CONSENT'),
          consentStatus: 'obtained' as const,
          notSoughtReason: null,
          informed: 'yes' as const,
          informedNotes: `Consent given by ${event.consent.whoConsented.trim()}.`,
          items: {
            ...context.draft.items,
            ...items({
              whoConsented: event.consent.whoConsented,
              consentedTo: event.consent.consentedTo,
              consentDate: formatUkDate(event.consent.consentDate),
              howInformed: event.consent.howInformed,
            }),
          },
        };
      },
    }),
    saveRefusal: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'CONSENT_REFUSED');
        return {
          ...context.draft,
          row: 6 as const,
          rowsFollowed: followed(context.draft, 6),
          consentStatus: 'refused' as const,
          notSoughtReason: null,
          items: { ...context.draft.items, ...items({ refusedBy: event.refusal.refusedBy, refusalReasons: event.refusal.reasons }) },
        };
      },
    }),
    saveSignificantHarm: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'SIGNIFICANT_HARM');
        const { harm, socialCareReferral, socialCareNotes } = event.harm;
        const socialCare = `${socialCareWords[socialCareReferral][0]!.toUpperCase()}${socialCareWords[socialCareReferral].slice(1)}${hasText(socialCareNotes) ? `: ${socialCareNotes.trim()}` : ''}`;
        return {
          ...context.draft,
          significantHarm: 'yes' as const,
          socialCareReferral,
          items: { ...context.draft.items, ...items({ significantHarm: harm, socialCareReferral: socialCare }) },
        };
      },
    }),
    saveNoSignificantHarm: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'ANSWER_NO');
        return { ...context.draft, significantHarm: 'no' as const, items: { ...context.draft.items, ...items({ noSignificantHarm: event.notes ?? '' }) } };
      },
    }),
    saveCoercion: assign({
      draft: ({ context, event }) => {
        assertEvent(event, ['ANSWER_YES', 'ANSWER_NO']);
        const concern = event.type === 'ANSWER_YES';
        return {
          ...context.draft,
          coercionConcern: concern ? ('yes' as const) : ('no' as const),
          items: {
            ...context.draft.items,
            ...(concern ? items({ coercionConcern: `${(event.notes ?? '').trim()} IG or legal advice is to be sought.` }) : {}),
          },
        };
      },
    }),
    saveCareAndSupport: assign({
      draft: ({ context, event }) => {
        assertEvent(event, ['ANSWER_YES', 'ANSWER_NO']);
        const needs = event.type === 'ANSWER_YES';
        const notes = (event.notes ?? '').trim();
        const words = needs
          ? `${notes ? `${notes} ` : ''}A Care Act 2014 section 42 safeguarding enquiry is to be considered with the local authority.`
          : notes;
        return {
          ...context.draft,
          careAndSupportNeeds: needs ? ('yes' as const) : ('no' as const),
          items: { ...context.draft.items, ...(hasText(words) ? items({ careAndSupportNeeds: words }) : {}) },
        };
      },
    }),
    saveBasis: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'BASIS_CHOSEN');
        const { article9Condition, offenceData, article10Condition, appropriatePolicyDocument } = event.basis;
        const chosen = { article9Condition, offenceData, article10Condition: offenceData === 'yes' ? article10Condition : null, appropriatePolicyDocument };
        return { ...context.draft, ...chosen, basis: basisWords(chosen) };
      },
    }),
    settlePublicInterest: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'PUBLIC_INTEREST_DECIDED');
        if (context.draft.row === undefined) return context.draft;
        return {
          ...settle(context.draft, context.draft.row, 'BASIS_PUBLIC_INTEREST'),
          ...(context.draft.significantHarm === 'yes' ? { route: routeVariants.childRefusalSignificantHarm } : {}),
          items: {
            ...context.draft.items,
            ...items({
              harmWeighed: event.decision.harmWeighed,
              whyPublicInterestOutweighs: event.decision.whyOutweighs,
              necessaryAndProportionate: event.decision.necessaryAndProportionate,
            }),
          },
        };
      },
    }),
    settleDoNotShare: assign({
      draft: ({ context }, params: { because: 'refusalRespected' | 'noLawfulBasis' }) => ({
        ...settle(context.draft, context.draft.row ?? 7, 'NO_LAWFUL_BASIS'),
        route: routeVariants[params.because],
        ...notTold('No referral is being made and no information is shared.'),
      }),
    }),
    saveInformed: assign({
      draft: ({ context, event }) => {
        assertEvent(event, ['ANSWER_YES', 'ANSWER_NO']);
        const told = event.type === 'ANSWER_YES';
        return {
          ...context.draft,
          informed: told ? ('yes' as const) : ('no' as const),
          informedNotes: event.notes ?? '',
          // The Schedule 2 paragraph 2 exemption is about not telling the person: a person who was told needs no exemption.
          legalGateways: told
            ? (context.draft.legalGateways ?? []).filter((gateway) => gateway !== legalGateways.transparencyExemption)
            : context.draft.legalGateways,
        };
      },
    }),
    saveOtherSupport: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'NOT_SHARING_CONFIRMED');
        return { ...context.draft, items: { ...context.draft.items, ...items({ otherSupport: event.otherSupport }) } };
      },
    }),
    saveIgConsultation: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'IG_CONSULTED');
        return {
          ...context.draft,
          caldicottOrIgConsulted: event.consultation.consulted,
          caldicottOrIgName: event.consultation.name,
          caldicottOrIgAdvice: event.consultation.advice,
        };
      },
    }),
    saveDetails: assign({
      draft: ({ context, event }) => {
        assertEvent(event, 'DETAILS_RECORDED');
        return withDetails(context.draft, event.details);
      },
    }),
  },
  guards: consentGuards,
}).createMachine({
  id: 'consent',
  description: 'Consent and lawful-basis decision support (domain-spec §1.5.2 share.*; legal-and-security §A decision table)',
  initial: 'terrorismPlanning',
  context: ({ input }) => initialConsentContext(input),
  output: ({ context }) => parseConsentRecord(context.draft).data as ConsentRecord,
  states: {
    terrorismPlanning: {
      id: 'terrorismPlanning',
      description: consentStepMeta.terrorismPlanning.box,
      meta: consentStepMeta.terrorismPlanning,
      on: {
        // The concern or evidence is the reason consent is not sought: it must be written down.
        ANSWER_YES: { guard: 'hasNotes', target: 'terrorismShare', actions: ['settleTerrorism', log('terrorismPlanning')] },
        ANSWER_NO: { target: 'recordsSearch', actions: log('terrorismPlanning') },
      },
    },
    terrorismShare: {
      id: 'terrorismShare',
      description: consentStepMeta.terrorismShare.box,
      meta: consentStepMeta.terrorismShare,
      on: { POLICE_CONTACTED: { guard: 'policeContactComplete', target: 'recordsSearch', actions: ['savePoliceContact', log('terrorismShare')] } },
    },
    recordsSearch: {
      id: 'recordsSearch',
      description: consentStepMeta.recordsSearch.box,
      meta: consentStepMeta.recordsSearch,
      on: {
        RECORDS_SEARCHED: [
          { guard: and(['recordsSearchComplete', 'isTerrorismRoute']), target: 'caldicottConsulted', actions: ['saveRecordsSearch', log('recordsSearch')] },
          { guard: 'recordsSearchComplete', target: 'urgentTriage', actions: ['saveRecordsSearch', log('recordsSearch')] },
        ],
      },
    },
    urgentTriage: {
      id: 'urgentTriage',
      description: consentStepMeta.urgentTriage.box,
      meta: consentStepMeta.urgentTriage,
      on: {
        ANSWER_YES: { target: 'urgentTriageShare', actions: log('urgentTriage') },
        ANSWER_NO: toAgeBranch('urgentTriage'),
      },
    },
    urgentTriageShare: {
      id: 'urgentTriageShare',
      description: consentStepMeta.urgentTriageShare.box,
      meta: consentStepMeta.urgentTriageShare,
      on: {
        PRE_CONSENT_SHARED: { guard: 'preConsentSharingComplete', target: 'urgentTriageNext', actions: ['savePreConsentSharing', log('urgentTriageShare')] },
      },
    },
    urgentTriageNext: {
      id: 'urgentTriageNext',
      description: consentStepMeta.urgentTriageNext.box,
      meta: consentStepMeta.urgentTriageNext,
      on: {
        ANSWER_YES: toAgeBranch('urgentTriageNext', [{ type: 'continueAfterTriage' }]),
        ANSWER_NO: { guard: 'hasNotes', target: 'caldicottConsulted', actions: ['settleTriagePending', log('urgentTriageNext')] },
      },
    },
    ageQuestion: {
      id: 'ageQuestion',
      description: consentStepMeta.ageQuestion.box,
      meta: consentStepMeta.ageQuestion,
      on: {
        AGE_GIVEN: [
          { guard: 'isUnder18', target: 'familyImplicated', actions: ['saveAgeBand', log('ageQuestion')] },
          { target: 'capacityDoubt', actions: ['saveAgeBand', log('ageQuestion')] },
        ],
      },
    },
    familyImplicated: {
      id: 'familyImplicated',
      description: consentStepMeta.familyImplicated.box,
      meta: consentStepMeta.familyImplicated,
      on: {
        // Family implicated: the family is left out, but the young person is still assessed and asked (§A.1 item 2).
        FAMILY_IMPLICATED: [
          { guard: and(['familyReasonComplete', 'isSixteenOrOver']), target: 'capacityDoubt', actions: ['settleFamilyImplicated', log('familyImplicated')] },
          { guard: 'familyReasonComplete', target: 'gillickCompetent', actions: ['settleFamilyImplicated', log('familyImplicated')] },
        ],
        // 16- and 17-year-olds: the Mental Capacity Act 2005 applies, so the capacity questions replace Gillick (domain-spec C2).
        ANSWER_NO: [
          { guard: 'isSixteenOrOver', target: 'capacityDoubt', actions: ['saveFamilyNotImplicated', log('familyImplicated')] },
          { target: 'gillickCompetent', actions: ['saveFamilyNotImplicated', log('familyImplicated')] },
        ],
      },
    },
    gillickCompetent: {
      id: 'gillickCompetent',
      description: consentStepMeta.gillickCompetent.box,
      meta: consentStepMeta.gillickCompetent,
      on: {
        ANSWER_YES: { guard: 'hasNotes', target: 'seekConsent', actions: [{ type: 'saveCompetence', params: { competent: true } }, log('gillickCompetent')] },
        // Not competent, and the family is implicated: nobody can be asked, so the public-interest test follows.
        ANSWER_NO: [
          {
            guard: and(['hasNotes', 'familyIsImplicated']),
            target: 'publicInterest',
            actions: [{ type: 'saveCompetence', params: { competent: false } }, log('gillickCompetent')],
          },
          { guard: 'hasNotes', target: 'seekConsent', actions: [{ type: 'saveCompetence', params: { competent: false } }, log('gillickCompetent')] },
        ],
      },
    },
    capacityDoubt: {
      id: 'capacityDoubt',
      description: consentStepMeta.capacityDoubt.box,
      meta: consentStepMeta.capacityDoubt,
      on: {
        ANSWER_YES: {
          guard: 'hasNotes',
          target: 'capacityAssessment',
          actions: [{ type: 'saveCapacityDoubt', params: { doubt: true } }, log('capacityDoubt')],
        },
        ANSWER_NO: { target: 'seekConsent', actions: [{ type: 'saveCapacityDoubt', params: { doubt: false } }, log('capacityDoubt')] },
      },
    },
    capacityAssessment: {
      id: 'capacityAssessment',
      description: consentStepMeta.capacityAssessment.box,
      meta: consentStepMeta.capacityAssessment,
      on: {
        CAPACITY_ASSESSED: [
          {
            guard: and(['capacityAssessmentComplete', 'lacksCapacity']),
            target: 'bestInterests',
            actions: ['saveCapacityAssessment', log('capacityAssessment')],
          },
          { guard: 'capacityAssessmentComplete', target: 'seekConsent', actions: ['saveCapacityAssessment', log('capacityAssessment')] },
        ],
      },
    },
    bestInterests: {
      id: 'bestInterests',
      description: consentStepMeta.bestInterests.box,
      meta: consentStepMeta.bestInterests,
      on: {
        BEST_INTERESTS_DECIDED: [
          { guard: and(['bestInterestsComplete', 'inBestInterests']), target: 'personInformed', actions: ['saveBestInterests', log('bestInterests')] },
          { guard: 'bestInterestsComplete', target: 'publicInterest', actions: ['saveBestInterests', log('bestInterests')] },
        ],
      },
    },
    seekConsent: {
      id: 'seekConsent',
      description: consentStepMeta.seekConsent.box,
      meta: consentStepMeta.seekConsent,
      on: {
        ANSWER_YES: { target: 'consentGiven', actions: log('seekConsent') },
        ANSWER_NO: [
          // The young person, with the family implicated: not asked because asking would increase the risk (§A.1 item 2).
          { guard: and(['hasNotes', 'familyIsImplicated']), target: 'publicInterest', actions: ['saveYoungPersonNotAsked', log('seekConsent')] },
          { guard: 'hasNotes', target: 'publicInterest', actions: ['settleNotSought', log('seekConsent')] },
        ],
      },
    },
    consentGiven: {
      id: 'consentGiven',
      description: consentStepMeta.consentGiven.box,
      meta: consentStepMeta.consentGiven,
      on: {
        CONSENT_GIVEN: { guard: 'consentComplete', target: 'caldicottConsulted', actions: ['settleConsent', log('consentGiven')] },
        // A child's or a parent's refusal is never simply respected: the significant-harm question follows (§A.1 item 1).
        CONSENT_REFUSED: [
          { guard: and(['refusalComplete', 'isUnder18']), target: 'significantHarm', actions: ['saveRefusal', log('consentGiven')] },
          { guard: 'refusalComplete', target: 'refusalCoercion', actions: ['saveRefusal', log('consentGiven')] },
        ],
      },
    },
    significantHarm: {
      id: 'significantHarm',
      description: consentStepMeta.significantHarm.box,
      meta: consentStepMeta.significantHarm,
      on: {
        SIGNIFICANT_HARM: { guard: 'significantHarmComplete', target: 'publicInterest', actions: ['saveSignificantHarm', log('significantHarm')] },
        ANSWER_NO: {
          guard: 'hasNotes',
          target: 'doNotShare',
          actions: ['saveNoSignificantHarm', { type: 'settleDoNotShare', params: { because: 'refusalRespected' } }, log('significantHarm')],
        },
      },
    },
    refusalCoercion: {
      id: 'refusalCoercion',
      description: consentStepMeta.refusalCoercion.box,
      meta: consentStepMeta.refusalCoercion,
      on: {
        ANSWER_YES: { guard: 'hasNotes', target: 'careAndSupport', actions: ['saveCoercion', log('refusalCoercion')] },
        ANSWER_NO: { target: 'careAndSupport', actions: ['saveCoercion', log('refusalCoercion')] },
      },
    },
    careAndSupport: {
      id: 'careAndSupport',
      description: consentStepMeta.careAndSupport.box,
      meta: consentStepMeta.careAndSupport,
      on: {
        ANSWER_YES: [
          { guard: 'routeUndecided', target: 'refusalRisk', actions: ['saveCareAndSupport', log('careAndSupport')] },
          { target: 'lawfulBasis', actions: ['saveCareAndSupport', log('careAndSupport')] },
        ],
        ANSWER_NO: [
          { guard: 'routeUndecided', target: 'refusalRisk', actions: ['saveCareAndSupport', log('careAndSupport')] },
          { target: 'lawfulBasis', actions: ['saveCareAndSupport', log('careAndSupport')] },
        ],
      },
    },
    refusalRisk: {
      id: 'refusalRisk',
      description: consentStepMeta.refusalRisk.box,
      meta: consentStepMeta.refusalRisk,
      on: {
        ANSWER_YES: { target: 'publicInterest', actions: log('refusalRisk') },
        // The risk is to the person only: a competent refusal is normally respected (GMC ¶64).
        ANSWER_NO: { target: 'doNotShare', actions: [{ type: 'settleDoNotShare', params: { because: 'refusalRespected' } }, log('refusalRisk')] },
      },
    },
    publicInterest: {
      id: 'publicInterest',
      description: consentStepMeta.publicInterest.box,
      meta: consentStepMeta.publicInterest,
      on: {
        PUBLIC_INTEREST_DECIDED: [
          {
            guard: and(['publicInterestComplete', 'publicInterestJustified', 'informedSettled']),
            target: 'caldicottConsulted',
            actions: ['settlePublicInterest', log('publicInterest')],
          },
          {
            guard: and(['publicInterestComplete', 'publicInterestJustified']),
            target: 'personInformed',
            actions: ['settlePublicInterest', log('publicInterest')],
          },
          {
            guard: 'publicInterestComplete',
            target: 'doNotShare',
            actions: [{ type: 'settleDoNotShare', params: { because: 'noLawfulBasis' } }, log('publicInterest')],
          },
        ],
      },
    },
    personInformed: {
      id: 'personInformed',
      description: consentStepMeta.personInformed.box,
      meta: consentStepMeta.personInformed,
      on: {
        ANSWER_YES: { guard: 'hasNotes', target: 'caldicottConsulted', actions: ['saveInformed', log('personInformed')] },
        ANSWER_NO: { guard: 'hasNotes', target: 'caldicottConsulted', actions: ['saveInformed', log('personInformed')] },
      },
    },
    doNotShare: {
      id: 'doNotShare',
      description: consentStepMeta.doNotShare.box,
      meta: consentStepMeta.doNotShare,
      on: { NOT_SHARING_CONFIRMED: { guard: 'otherSupportRecorded', target: 'caldicottConsulted', actions: ['saveOtherSupport', log('doNotShare')] } },
    },
    caldicottConsulted: {
      id: 'caldicottConsulted',
      description: consentStepMeta.caldicottConsulted.box,
      meta: consentStepMeta.caldicottConsulted,
      on: {
        IG_CONSULTED: [
          {
            guard: and(['igConsultationComplete', 'needsCareAndSupport']),
            target: 'careAndSupport',
            actions: ['saveIgConsultation', log('caldicottConsulted')],
          },
          { guard: and(['igConsultationComplete', 'sharesInformation']), target: 'lawfulBasis', actions: ['saveIgConsultation', log('caldicottConsulted')] },
          { guard: 'igConsultationComplete', target: 'details', actions: ['saveIgConsultation', log('caldicottConsulted')] },
        ],
      },
    },
    lawfulBasis: {
      id: 'lawfulBasis',
      description: consentStepMeta.lawfulBasis.box,
      meta: consentStepMeta.lawfulBasis,
      on: { BASIS_CHOSEN: { guard: 'basisFits', target: 'details', actions: ['saveBasis', log('lawfulBasis')] } },
    },
    details: {
      id: 'details',
      description: consentStepMeta.details.box,
      meta: consentStepMeta.details,
      on: {
        DETAILS_RECORDED: [
          { guard: and(['recordComplete', 'isDoNotShare']), target: 'endDoNotShare', actions: ['saveDetails', log('details')] },
          { guard: 'recordComplete', target: 'endShare', actions: ['saveDetails', log('details')] },
        ],
      },
    },
    endShare: { id: 'endShare', type: 'final', description: consentStepMeta.endShare.box, meta: consentStepMeta.endShare },
    endDoNotShare: { id: 'endDoNotShare', type: 'final', description: consentStepMeta.endDoNotShare.box, meta: consentStepMeta.endDoNotShare },
  },
});

export type ConsentSnapshot = SnapshotFrom<typeof consentMachine>;

/** The step the snapshot stands on. */
export function currentConsentStep(snapshot: ConsentSnapshot): ConsentStepId {
  const ids = Object.keys(snapshot.getMeta()).filter((id): id is ConsentStepId => (consentStepIds as readonly string[]).includes(id));
  if (ids.length !== 1) throw new Error(`Expected exactly one active consent step, found ${ids.length}`);
  return ids[0]!;
}

export function isConsentEnd(step: ConsentStepId): boolean {
  return 'end' in consentStepMeta[step];
}
