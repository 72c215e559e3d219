import {
  requestStageSchema,
  scenarioListSchema,
  type ConcernMove,
  type ConsentMove,
  type DiscussionStepInput,
  type MseMove,
  type ScenarioInput,
} from './scenarios.schema';

/**
 * The twelve fictional training scenarios of domain-spec §7 (S01–S12), as data. Authoring rules
 * (domain-spec §7; 002 EIA): all people, places and events are invented; no real group or attack;
 * no faith, ethnicity or nationality is ever a cue; concerns rest on observed behaviour and the
 * risk of harm; staff never investigate or confront (004 ¶37). Each concern stage gives its expected
 * path on the BSW reporting chart (reading B) and, for every scenario that runs on it (`models`), on
 * the MSE police-portal flowchart (002). Each step of an expected path says why, and cites the seed
 * paragraph or section it comes from.
 */

// ---------------------------------------------------------------------------------------------
// The concern pathway: the routes most scenarios share. The scenario supplies the judgements.
// ---------------------------------------------------------------------------------------------

const begin: ConcernMove = {
  from: 'start',
  event: 'BEGIN',
  to: 'immediateRisk',
  why: 'Whoever notices the concern starts the flowchart. It applies to anyone the staff member is worried about, not only patients.',
  source: '004 Summary; 004 flowchart',
};

interface Judgements {
  /** Why there is no immediate risk of a violent attack. */
  notImmediate: string;
  /** Why this is a Prevent concern (or reasonably checked as one). */
  concern: string;
  concernSource: string;
  /** Why the concern is escalated to the safeguarding lead. */
  escalate?: string;
  /** What the record should say, in facts. */
  record?: string;
}

function patientRoute(j: Judgements): ConcernMove[] {
  return [
    begin,
    { from: 'immediateRisk', event: 'ANSWER_NO', to: 'isConcern', why: j.notImmediate, source: '004 flowchart (F4); 004 ¶66', notes: j.notImmediate },
    { from: 'isConcern', event: 'ANSWER_YES', to: 'patientOrColleague', why: j.concern, source: j.concernSource, notes: j.concern },
    {
      from: 'patientOrColleague',
      event: 'SELECT_PATIENT',
      to: 'patientDiscussAndRecord',
      why: 'The person is not a colleague: the patient column also covers carers, family members, visitors and service users.',
      source: '004 flowchart (F11); domain-spec A8',
    },
    {
      from: 'patientDiscussAndRecord',
      event: 'RECORD_SAVED',
      to: 'patientEscalate',
      why: j.record ?? 'Discuss with your manager, then write down what you saw and heard, when, and the exact words, keeping opinion apart from fact.',
      source: '004 App 3 CHECK; 000 §6.2',
    },
    {
      from: 'patientEscalate',
      event: 'ANSWER_YES',
      to: 'patientInformLead',
      why: j.escalate ?? 'The concern rests on behaviour and the risk of harm: escalate it to the safeguarding lead, who decides whether to refer.',
      source: '004 flowchart (F18); 004 ¶30',
      notes: j.escalate ?? 'Escalated to the safeguarding lead.',
    },
    {
      from: 'patientInformLead',
      event: 'LEAD_INFORMED',
      to: 'endReferredToLead',
      why: 'Tell the safeguarding lead. In the BSW model only the safeguarding lead completes and sends the National Prevent Referral Form.',
      source: '004 flowchart (F22–F23); 004 Roles',
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// The same concerns on the MSE ICB flowchart (002 "Prevent and Channel referral process"; mseMachine):
// any member of staff clarifies, liaises with the ICB Prevent Lead, decides with or without consent
// (rationale), refers through the Essex Police portal and notifies. The referrer's part ends at the
// police review, which partners carry out.
// ---------------------------------------------------------------------------------------------

const MSE_CHART = '002 "Prevent and Channel referral process" › "Referral Flowchart"';
const MSE_PROCESS = '002 "Prevent and Channel referral process"';

const mseBegin: MseMove = {
  from: 'mseStart',
  event: 'BEGIN',
  to: 'mseImmediateRisk',
  why: 'Whoever notices the concern starts the flowchart: a concern about anyone expressing extremist views or behaviour, not only patients.',
  source: `${MSE_CHART} (box 1)`,
};

const mseNotImmediate = (why: string): MseMove => ({
  from: 'mseImmediateRisk',
  event: 'ANSWER_NO',
  to: 'mseSubject',
  why,
  source: `${MSE_PROCESS} (ways to seek advice: urgent police assistance, 999)`,
  notes: why,
});

const mseNotStaff = (who = 'a patient'): MseMove => ({
  from: 'mseSubject',
  event: 'SELECT_PATIENT',
  to: 'mseClarify',
  why: `The person is ${who}, not a member of staff: the flowchart’s main route, which also covers carers, family members, visitors and the public.`,
  source: MSE_CHART,
});

const mseClarified = (why?: string): MseMove => ({
  from: 'mseClarify',
  event: 'RECORD_SAVED',
  to: 'mseLiaisePreventLead',
  why:
    why ??
    'Respond as to any concern, by clarifying the information: write down what you saw and heard, when, and the exact words, keeping opinion apart from fact.',
  source: '002 "Consent"; 000 §6.2',
});

interface MseReferral {
  /** Why the ICB Prevent Lead advises a referral. */
  advised: string;
  /** With or without consent or knowledge, and why (box 4 "(rationale)"). */
  consent: { event: 'REFER_WITH_CONSENT' | 'REFER_WITHOUT_CONSENT'; why: string };
  /** Who the concern is shared with: adult or children’s social care. */
  socialCare: 'adult' | 'children’s';
}

/** From liaising with the ICB Prevent Lead to the end of the referrer's part: box 3, box 4, the notifications. */
function mseReferral(r: MseReferral): MseMove[] {
  return [
    { from: 'mseLiaisePreventLead', event: 'ANSWER_YES', to: 'mseConsent', why: r.advised, source: `${MSE_CHART} (box 3)`, notes: r.advised },
    {
      from: 'mseConsent',
      event: r.consent.event,
      to: 'mseSubmitPortal',
      why: r.consent.why,
      source: `${MSE_CHART} (box 4); 002 "Consent"`,
      notes: r.consent.why,
    },
    {
      from: 'mseSubmitPortal',
      event: 'PORTAL_SUBMITTED',
      to: 'mseNotify',
      why: 'The member of staff refers to Essex Police Prevent through the online portal (“make a referral” at the bottom of the page). Nothing is sent from this app.',
      source: `${MSE_CHART} (box 4); ${MSE_PROCESS}`,
    },
    {
      from: 'mseNotify',
      event: 'NOTIFIED',
      to: 'msePoliceReview',
      why: `Notify the ICB Prevent Lead of the referral, and share the concern with the local authority’s ${r.socialCare} social care. The police review and decide what happens next.`,
      source: MSE_PROCESS,
    },
  ];
}

interface MsePatient extends MseReferral {
  notImmediate: string;
  who?: string;
  clarify?: string;
}

/** A concern about someone who is not staff, referred after liaising with the ICB Prevent Lead. */
function msePatientRoute(j: MsePatient): MseMove[] {
  return [mseBegin, mseNotImmediate(j.notImmediate), mseNotStaff(j.who), mseClarified(j.clarify), ...mseReferral(j)];
}

const withConsent = (why: string) => ({ event: 'REFER_WITH_CONSENT' as const, why });
const withoutConsent = (why: string) => ({ event: 'REFER_WITHOUT_CONSENT' as const, why });

/** S01's words on both charts: what the receptionist saw, and the 999 call. */
const s01Words = {
  saw: 'Visitor said there is “something in the car” and referred to the festival “by tonight”; showed a photo of stage times next to what looks like a weapon.',
  called: 'Use 999 and request police presence; follow local security procedures. Do not challenge the person or tell them the police are coming.',
  calledNotes: '999 called; police presence requested; security officer alerted under local procedures.',
};

/** S01: the urgent route both charts share (the same emergency steps), entered from the MSE chart's first question. */
const mseS01: MseMove[] = [
  mseBegin,
  {
    from: 'mseImmediateRisk',
    event: 'ANSWER_YES',
    to: 'emergencyCallPolice',
    why: '“By tonight”, a list of festival times and what looks like a weapon: urgent police assistance is needed. Call 999 before anything else; the paperwork can wait.',
    source: `${MSE_PROCESS} (ways to seek advice: urgent police assistance, 999)`,
    notes: s01Words.saw,
  },
  {
    from: 'emergencyCallPolice',
    event: 'POLICE_CALLED',
    to: 'emergencyInformLead',
    why: s01Words.called,
    source: `${MSE_PROCESS}; 004 ¶60`,
    notes: s01Words.calledNotes,
  },
  {
    from: 'emergencyInformLead',
    event: 'LEAD_INFORMED',
    to: 'emergencyRecord',
    why: 'Once the police are called, tell the ICB Prevent Lead: they are notified of every Prevent matter staff raise.',
    source: MSE_PROCESS,
  },
  {
    from: 'emergencyRecord',
    event: 'EMERGENCY_RECORDED',
    to: 'endEmergency',
    why: 'Record what happened, what you did and why, at the time.',
    source: '003 "Information management (providers)"',
  },
];

/** S07: a colleague, on the MSE staff route (002 "point 6.3.6": the risk assessment). */
const mseS07: MseMove[] = [
  mseBegin,
  mseNotImmediate('Leaflets and emails that praise violence, but no sign of an attack about to happen.'),
  {
    from: 'mseSubject',
    event: 'SELECT_COLLEAGUE',
    to: 'mseStaffRecord',
    why: 'The person is a member of staff: the flowchart sends concerns about staff to the staff route.',
    source: `${MSE_CHART} (side note); ${MSE_PROCESS} (staff route)`,
  },
  {
    from: 'mseStaffRecord',
    event: 'RECORD_SAVED',
    to: 'mseStaffRiskAssessment',
    why: 'Record your concerns and observations and share them with your line manager. Do not confront the colleague or forward the material.',
    source: `${MSE_PROCESS} (staff route); 004 ¶37`,
  },
  {
    from: 'mseStaffRiskAssessment',
    event: 'PROCEED_TO_PREVENT',
    to: 'mseLiaisePreventLead',
    why: 'The line manager, Human Resources and the Deputy Director of Nursing for Safeguarding risk assess it. Material praising violence and trying to recruit teammates is a Prevent concern: it goes to the ICB Prevent Lead, and any employment process runs alongside.',
    source: `${MSE_PROCESS} (staff route)`,
    notes: 'Leaflets and emails praising violence against politicians; “a few of them need to be taken out”. Employment process alongside.',
  },
  ...mseReferral({
    advised: 'Praising violence, trying to recruit teammates and a personal crisis: the ICB Prevent Lead advises a referral.',
    consent: withConsent('Consent first: nothing suggests that asking would add to the risk.'),
    socialCare: 'adult',
  }),
];

/** S07: where asking the colleague could prejudice the risk assessment, referring without consent, with the rationale, is also right. */
const mseS07WithoutConsent: MseMove[] = [
  ...mseS07.slice(0, -3),
  {
    from: 'mseConsent',
    event: 'REFER_WITHOUT_CONSENT',
    to: 'mseSubmitPortal',
    why: 'Where asking could prejudice the risk assessment, refer without consent, in the public interest, with the rationale recorded and the Prevent Lead’s agreement.',
    source: `${MSE_CHART} (box 4); 002 "Consent"`,
  },
  ...mseS07.slice(-2),
];

/** S10 on the MSE chart: up to the consent choice, shared by the expected route (consent given) and the accepted one (refused). */
const s10Mse = (consent: MseReferral['consent']) =>
  msePatientRoute({
    notImmediate: 'No date, place or means: not an immediate risk now. Reassess, and call 999 if specifics appear.',
    advised:
      'Admiration for perpetrators of massacres, a folder of their writings and “remember my name”: a mixed or unclear ideology may still pose a terrorism risk, and the ICB Prevent Lead advises a referral.',
    consent,
    socialCare: 'adult',
  });

/** S12: the ICB Prevent Lead cannot be reached at 02:00, and it cannot wait. */
const mseS12: MseMove[] = [
  mseBegin,
  mseNotImmediate('The visitor believes nothing will happen tonight: a significant concern, not an immediate risk. If that changes, 999.'),
  mseNotStaff('a visitor’s relative'),
  mseClarified('Clarify with the duty manager, then record what the visitor said, and when.'),
  {
    from: 'mseLiaisePreventLead',
    event: 'LEAD_UNREACHABLE',
    to: 'leadUnreachable',
    why: 'The ICB Prevent Lead cannot be reached at 02:00. It is never a dead end.',
    source: `${MSE_PROCESS} (ways to seek advice)`,
    notes: 'The ICB Prevent Lead cannot be reached until the morning.',
  },
  {
    from: 'leadUnreachable',
    event: 'ANSWER_NO',
    to: 'urgentContact',
    why: 'It cannot wait until morning: talk of “doing something” at a crowded venue, with materials being bought, needs advice now. Waiting until morning is a pitfall.',
    source: `${MSE_PROCESS} (ways to seek advice); 004 ¶63–64`,
    notes: 'A significant concern with a time frame of days; the Prevent Lead cannot be reached until morning.',
  },
  {
    from: 'urgentContact',
    event: 'URGENT_CONTACT_MADE',
    to: 'endUrgentAdviceSought',
    why: 'Call the Anti-Terrorist Hotline 0800 789 321, or the police on 101 asking for advice on a Prevent issue, and record who you spoke to and when. Tell the ICB Prevent Lead the next working day. If it seems imminent at any point, 999.',
    source: `${MSE_PROCESS} (ways to seek advice)`,
  },
];

// ---------------------------------------------------------------------------------------------
// The safeguarding lead's consent decision (consentMachine): screening, and recording the decision.
// ---------------------------------------------------------------------------------------------

const searchWhy = 'Check for existing records (“is the person known to the service or practice?”) and record the search made.';
const searchSource = '003 "Information management (providers)"';

/** After the first question: the records search, then urgent triage. */
const recordsSearched: ConsentMove = { from: 'recordsSearch', event: 'RECORDS_SEARCHED', to: 'urgentTriage', why: searchWhy, source: searchSource };

/** The first question of every consent decision: planning terrorist acts? Not here. */
const notPlanning = (why: string): ConsentMove => ({
  from: 'terrorismPlanning',
  event: 'ANSWER_NO',
  to: 'recordsSearch',
  why,
  source: '004 ¶60; 004 ¶66',
  notes: why,
});

const noUrgentTriage = (to: 'capacityDoubt' | 'familyImplicated' | 'ageQuestion'): ConsentMove => ({
  from: 'urgentTriage',
  event: 'ANSWER_NO',
  to,
  why: 'Nothing needs to be shared urgently, before consent is sought, to tell a Prevent case from a counter-terrorism case.',
  source: '004 ¶59',
});

const capacityPresumed = (why: string, source = '002 "Consent"'): ConsentMove => ({
  from: 'capacityDoubt',
  event: 'ANSWER_NO',
  to: 'seekConsent',
  why,
  source,
  notes: why,
});

const askForConsent = (why: string): ConsentMove => ({ from: 'seekConsent', event: 'ANSWER_YES', to: 'consentGiven', why, source: '004 ¶55; 002 "Consent"' });

const consentObtained = (why: string): ConsentMove => ({
  from: 'consentGiven',
  event: 'CONSENT_GIVEN',
  to: 'caldicottConsulted',
  why,
  source: '004 ¶55; 004 ¶43',
  notes: why,
});

const igWhy = 'Consult the Caldicott Guardian or Information Governance lead whenever you are unsure about sharing.';

/** The lead chooses the data-protection basis: the scenario's expected basis is judged against what is recorded here. */
const chooseBasis: ConsentMove = {
  from: 'lawfulBasis',
  event: 'BASIS_CHOSEN',
  to: 'details',
  why: 'Choose the Article 9 condition that fits the route (Article 9(2)(g) with Data Protection Act 2018 Schedule 1 paragraph 6, 10 or 18), and Article 10 where information about alleged offences is involved. The UK GDPR basis is Article 6(1)(e).',
  source: 'Data Protection Act 2018, Schedule 1; 004 App 4',
};

/** The decision recorded: IG consulted (then, for an adult shared about without consent, care and support needs), the basis chosen, the details. */
const recordDecisionVia = (careAndSupport?: { needs: boolean; why: string }): ConsentMove[] => [
  careAndSupport
    ? { from: 'caldicottConsulted', event: 'IG_CONSULTED', to: 'careAndSupport', why: igWhy, source: '004 ¶61; 004 App 4a §6' }
    : { from: 'caldicottConsulted', event: 'IG_CONSULTED', to: 'lawfulBasis', why: igWhy, source: '004 ¶61; 004 App 4a §6' },
  ...(careAndSupport
    ? [
        {
          from: 'careAndSupport',
          event: careAndSupport.needs ? 'ANSWER_YES' : 'ANSWER_NO',
          to: 'lawfulBasis',
          why: careAndSupport.why,
          source: 'Care Act 2014',
          notes: careAndSupport.why,
        } satisfies ConsentMove,
      ]
    : []),
  chooseBasis,
  {
    from: 'details',
    event: 'DETAILS_RECORDED',
    to: 'endShare',
    why: 'Record the justification, the minimum data shared, who decided and when, the recipients and the rationale, at the time.',
    source: '004 ¶62; 004 App 4a §4',
  },
];
const recordDecision = recordDecisionVia();

/** An adult refuses: possible coercion, care and support needs, then the risk to others (legal-and-security §A.1 item 3). */
const adultRefuses = (refusal: { why: string; notes: string }, coercion: string, careAndSupport: string): ConsentMove[] => [
  {
    from: 'consentGiven',
    event: 'CONSENT_REFUSED',
    to: 'refusalCoercion',
    why: refusal.why,
    source: 'GMC Confidentiality 2017 ¶62; 002 "Consent"',
    notes: refusal.notes,
  },
  { from: 'refusalCoercion', event: 'ANSWER_NO', to: 'careAndSupport', why: coercion, source: '002 "Consent"', notes: coercion },
  { from: 'careAndSupport', event: 'ANSWER_NO', to: 'refusalRisk', why: careAndSupport, source: 'Care Act 2014', notes: careAndSupport },
];

const screenedAdult = (notPlanningWhy: string) => [notPlanning(notPlanningWhy), recordsSearched, noUrgentTriage('capacityDoubt')];

// ---------------------------------------------------------------------------------------------
// The safeguarding lead's triage: not a state of the app's machines, so a question for the room.
// ---------------------------------------------------------------------------------------------

const triageNote =
  'The safeguarding lead’s triage is not a state of the app’s statecharts: the pathway ends when the lead is told, and the consent decision starts once the lead decides to refer. The room discusses it here.';

function leadTriage(expected: ('refer' | 'no-prevent')[], why: string, source: string): DiscussionStepInput {
  return {
    id: 'lead-decides',
    modelRef: 'sllTriage',
    question: 'The safeguarding lead has the record of concern. What do they decide?',
    options: [
      { id: 'refer', label: 'Refer: complete the national referral form once consent is decided' },
      {
        id: 'no-prevent',
        label: 'No Prevent referral: no further Prevent action, other support offered',
      },
      {
        id: 'no-record',
        label: 'Wait and see: take no action for now, and keep no record of it at all',
        feedback: 'Every decision, including a decision to take no action, is recorded with its rationale.',
      },
    ],
    expected,
    why,
    source,
  };
}

/** S10: the consent decision up to asking, shared by the expected route (consent given) and the accepted one (refused). */
const s10ToConsent: ConsentMove[] = [
  ...screenedAdult('No date, place or means: no evidence of planning terrorist acts. Reassess if specifics appear.'),
  capacityPresumed('Presume capacity: a mental-health diagnosis on its own is not grounds to doubt it.', 'Mental Capacity Act 2005; 002 "Consent"'),
  askForConsent('Seek consent first.'),
];

const sources = {
  recordFacts: '000 §6.2',
  noSurveillance: '004 ¶37',
};

/**
 * S11 ("Send us everything") walked on the request machine: the lead checks the request as App 4a §5
 * asks and, because the gaps can be put right, asks the requester for what is missing rather than
 * refusing (App 4a §6). Judged like the consent stages.
 * It follows S11's discussion of the checks: the room then walks the same request on the lead's machine.
 */
export const s11RequestStage = requestStageSchema.parse({
  kind: 'request',
  id: 'answer-request',
  title: 'Answering the request',
  expected: [
    {
      from: 'urgent',
      event: 'ANSWER_NO',
      to: 'requester',
      why: 'Nobody’s life is at risk now: the request is answered in writing, not by phone.',
      source: '004 ¶62',
    },
    {
      from: 'requester',
      event: 'REQUESTER_GIVEN',
      to: 'purpose',
      why: 'Record who is asking, as the request names them: a Local Authority Prevent coordinator.',
      source: '004 ¶67; 004 App 4a §5',
    },
    { from: 'purpose', event: 'PURPOSE_GIVEN', to: 'format', why: 'The information is for a Channel panel.', source: '004 ¶67, ¶70' },
    {
      from: 'format',
      event: 'FORMAT_CHECKED',
      to: 'powers',
      why: 'An ordinary email, not on the requester’s proforma and not protectively marked: note the gaps.',
      source: '004 App 4a §5',
    },
    { from: 'powers', event: 'POWERS_GIVEN', to: 'reason', why: 'No power or exemption is cited.', source: '004 App 4a §5' },
    { from: 'reason', event: 'REASON_CHECKED', to: 'items', why: 'The request does not say why consent has not been sought.', source: '004 App 4a §5' },
    {
      from: 'items',
      event: 'ITEMS_LISTED',
      to: 'checklist',
      why: '“The full GP and hospital record” is not specific: record it as asked, and ask for what is needed.',
      source: '004 App 4a §5',
    },
    {
      from: 'checklist',
      event: 'CHECKLIST_ANSWERED',
      to: 'consult',
      why: 'Whether the whole record is appropriate cannot be answered yes: only what is relevant, necessary and proportionate.',
      source: '004 ¶70',
    },
    {
      from: 'consult',
      event: 'CONSULTATION_RECORDED',
      to: 'decision',
      why: 'Consult the Caldicott Guardian or IG before any release.',
      source: '004 ¶69, ¶61',
    },
    {
      from: 'decision',
      event: 'DECIDED',
      to: 'askMore',
      why: 'The gaps can be put right: ask for the proforma, secure email, the powers relied on, the reason consent was not sought and what specific information is needed. Refusing without need also causes harm.',
      source: '004 App 4a §5–6',
    },
    {
      from: 'askMore',
      event: 'MISSING_LISTED',
      to: 'signOff',
      why: 'The reply lists everything the requester must send before a decision.',
      source: '004 App 4a §5',
    },
    {
      from: 'signOff',
      event: 'SIGNED_OFF',
      to: 'endAskMore',
      why: 'Record the search made, what was shared or not and why.',
      source: '003 "Information management"',
    },
  ],
});

export const scenarioData: ScenarioInput[] = [
  // -------------------------------------------------------------------------------------------
  {
    id: 'S01',
    title: 'Something in the car',
    coverage: 'Immediate risk',
    setting: 'Emergency department reception and triage',
    levels: [2, 3],
    roleTypes: ['Alerter'],
    profile: 'BSW',
    models: ['bsw-reporting-chart', 'mse-police-portal'],
    vignette: [
      'An adult visitor, waiting for news of a relative, becomes agitated in the emergency department.',
      'They tell the receptionist there is “something in the car” and that “by tonight everyone at the riverside festival will know what we stand for”.',
      'They show a phone photo of a hand-written list of festival stage times next to what looks like a weapon.',
      'A security officer is nearby.',
    ],
    cues: [
      { id: 'IN3', text: 'Imminence: “by tonight”', ref: '002 "Prevent, Counter-Extremism and Integration"' },
      { id: 'IN5, IN6', text: 'Condoning harm; what looks like plotting: the list of stage times', ref: '002 "Prevent, Counter-Extremism and Integration"' },
      { id: 'CA', text: 'Capability: what looks like a weapon', ref: '002 "Prevent, Counter-Extremism and Integration"' },
      { id: 'F4', text: 'The test for immediate risk: “likely to be an immediate risk of initiating a violent extremist attack”', ref: '004 flowchart' },
    ],
    ideology: 'NOT_KNOWN',
    stages: [
      {
        kind: 'concern',
        id: 'pathway',
        title: 'The receptionist’s pathway',
        mse: { expected: mseS01 },
        expected: [
          begin,
          {
            from: 'immediateRisk',
            event: 'ANSWER_YES',
            to: 'emergencyCallPolice',
            why: '“By tonight”, a list of festival times and what looks like a weapon: this is likely to be an immediate risk of a violent extremist attack. Call 999 before anything else; the paperwork can wait.',
            source: '004 flowchart (F4); 004 ¶66',
            notes: s01Words.saw,
          },
          {
            from: 'emergencyCallPolice',
            event: 'POLICE_CALLED',
            to: 'emergencyInformLead',
            why: s01Words.called,
            source: '004 flowchart (F1, F3); 004 ¶60',
            notes: s01Words.calledNotes,
          },
          {
            from: 'emergencyInformLead',
            event: 'LEAD_INFORMED',
            to: 'emergencyRecord',
            why: 'Once the police are called, inform the safeguarding lead.',
            source: '004 flowchart (F6); domain-spec A1',
          },
          {
            from: 'emergencyRecord',
            event: 'EMERGENCY_RECORDED',
            to: 'endEmergency',
            why: 'Record what happened, what you did and why, at the time.',
            source: '004 ¶62',
          },
        ],
      },
      {
        kind: 'consent',
        id: 'disclosure',
        title: 'Afterwards: the safeguarding lead records what was shared with the police',
        input: { age: null, subject: 'patient' },
        expectedBasis: { article9Condition: 'sch1-para10', offenceData: true, notToldExemption: true },
        expected: [
          {
            from: 'terrorismPlanning',
            event: 'ANSWER_YES',
            to: 'terrorismShare',
            why: 'There is concern or evidence of planning a terrorist act: consent is not needed to share what the police need to manage the risk, and the person must not be told.',
            source: '004 ¶60',
            notes: 'Statements about the festival “by tonight”, the stage times and what looked like a weapon.',
          },
          {
            from: 'terrorismShare',
            event: 'POLICE_CONTACTED',
            to: 'recordsSearch',
            why: 'Record when the police were contacted, who was contacted and what was shared.',
            source: '004 ¶65–66; 004 ¶62',
            notes: 'What the visitor said and showed, and where the car was parked.',
          },
          { from: 'recordsSearch', event: 'RECORDS_SEARCHED', to: 'caldicottConsulted', why: searchWhy, source: searchSource },
          ...recordDecision,
        ],
      },
    ],
    expectedBasis: {
      code: 'SERIOUS_CRIME',
      row: 8,
      explanation:
        'Evidence of planning a terrorist act: no consent is needed to share what is needed to manage the risk, and the person should not be informed (BSW ICB Prevent Policy, paragraph 60). In an emergency, call 999. The data-protection basis is UK GDPR Article 6(1)(e) with Article 9(2)(g) and Data Protection Act 2018 Schedule 1 paragraph 10 (preventing or detecting unlawful acts: asking would prejudice it), and Article 10 for the information about an alleged offence. The person is not told: Schedule 2, Part 1, paragraph 2 explains why (telling them would prejudice the prevention of crime).',
      sources: ['004 ¶60', '004 ¶66'],
    },
    requiredAuditItems: ['police-called', 'lead-informed', 'record-of-what-happened', 'basis-recorded'],
    pitfalls: [
      { text: 'Starting the referral form before calling 999.', source: '004 ¶66' },
      { text: 'Challenging or debating the person.', source: sources.noSurveillance },
      { text: 'Telling the person that the police are coming.', source: '004 ¶60' },
      { text: 'Not recording afterwards.', source: '004 ¶62' },
    ],
    debrief: [
      { text: 'The flowchart applies to anyone, not only patients: here the person of concern is a visitor.', source: '004 Summary' },
      {
        text: 'There is no National Prevent Referral Form at this stage. The safeguarding lead may follow up once the police have acted.',
        source: '004 flowchart',
      },
      { text: 'If an attack starts, Run, Hide, Tell applies: the guidance is in the urgent contacts panel on every page.', source: '004 App 3 Guidance notes' },
      {
        text: 'Caldicott principle 7 (2020) is about sharing information for a person’s individual care, so it is not a reason for sharing with the police: the reason here is the risk of a terrorist attack.',
        source: '004 ¶60',
      },
    ],
    trainerNotes: [
      'The ideology is not known and does not matter to the action: nothing about who the visitor is plays any part.',
      'Ask the room what they would do first. Anything before 999 is a pitfall.',
    ],
  },

  // -------------------------------------------------------------------------------------------
  {
    id: 'S02',
    title: 'Wanting a way out',
    coverage: 'Adult patient with consent',
    setting: 'Community physiotherapy',
    levels: [3],
    roleTypes: ['Alerter', 'Responder'],
    profile: 'BSW',
    models: ['bsw-reporting-chart', 'mse-police-portal'],
    vignette: [
      'A 27-year-old patient recovering from a work injury has lost their job and lives alone.',
      'Over several sessions they say an online “community” has become their main social contact.',
      'Members now celebrate violence against local public officials, whom they blame for the patient’s housing problems, and press the patient to “prove commitment”.',
      'The patient has no plan, feels uneasy, and asks the physiotherapist whether anyone can help.',
    ],
    cues: [
      { id: 'EN1, EN7', text: 'Time spent with the group; identification with it', ref: '002 "Prevent, Counter-Extremism and Integration"' },
      { id: 'IN5', text: 'The group celebrates violence', ref: '002 "Prevent, Counter-Extremism and Integration"' },
      { id: 'VF6, VF3', text: 'Unemployment; seeking friends and community; grievance', ref: '004 App 2' },
      { id: 'D', text: 'Complex needs: work, financial or housing problems', ref: 'NPRF Section D' },
    ],
    ideology: 'NOT_KNOWN',
    stages: [
      {
        kind: 'concern',
        id: 'pathway',
        title: 'The physiotherapist’s pathway',
        mse: {
          expected: msePatientRoute({
            notImmediate: 'No plan, no target and no time: there is no immediate risk of an attack.',
            clarify: 'Record what the patient said, in their own words, and the job loss and housing problems, keeping opinion apart from fact.',
            advised: 'A person pressed by a group that celebrates violence, who asks for help: the ICB Prevent Lead advises a referral.',
            consent: withConsent(
              'The patient has asked for help: ask for consent, and explain that Channel is voluntary and that feedback may not always be possible.',
            ),
            socialCare: 'adult',
          }),
        },
        expected: patientRoute({
          notImmediate: 'No plan, no target and no time: there is no immediate risk of an attack.',
          concern: 'Pressure from a group that celebrates violence, on someone isolated and out of work: a concern that they could be exploited.',
          concernSource: '004 App 3 NOTICE; 004 App 2',
          record: 'Record what the patient said, in their own words, and the job loss and housing problems, keeping opinion apart from fact.',
        }),
      },
      {
        kind: 'discussion',
        id: 'triage',
        title: 'The safeguarding lead’s triage',
        note: triageNote,
        steps: [
          leadTriage(
            ['refer'],
            'A person being pressed by a group that celebrates violence, who asks for help: the lead refers, seeking consent first.',
            '004 ¶30; 004 ¶55',
          ),
        ],
      },
      {
        kind: 'consent',
        id: 'consent',
        title: 'The safeguarding lead’s consent decision',
        input: { age: 27, subject: 'patient' },
        expectedBasis: { article9Condition: 'sch1-para6', offenceData: false, notToldExemption: false },
        expected: [
          ...screenedAdult('The patient has no plan and feels uneasy: there is no evidence that they are planning terrorist acts.'),
          capacityPresumed('An adult with no grounds to doubt their capacity: capacity is presumed.'),
          askForConsent('Asking is safe and appropriate: the patient has asked for help.'),
          consentObtained('Informed consent: explain that Channel is voluntary and that feedback may not always be possible.'),
          ...recordDecision,
        ],
      },
    ],
    expectedBasis: {
      code: 'CONSENT',
      row: 1,
      explanation: 'Informed consent from an adult with capacity. Explain that Channel is voluntary and that feedback may not always be possible.',
      sources: ['002 "Consent"', '004 ¶55', '004 ¶43'],
    },
    requiredAuditItems: ['record-of-concern', 'consent-recorded', 'j3-handled'],
    pitfalls: [
      { text: 'Promising a particular outcome.', source: 'NPRF REFERRAL PROCESS' },
      { text: 'Describing the patient as “an extremist” rather than describing what they said and did.', source: sources.recordFacts },
      { text: 'Skipping the manager.', source: '004 flowchart (F16)' },
    ],
    debrief: [
      { text: 'The form: J3 = Yes (“agreed; wants support”); C1 uses the patient’s own words; D1 notes the job loss and housing.', source: 'NPRF J3' },
      {
        text: 'A category of ideology is not needed to refer: the concern rests on behaviour and the risk of exploitation.',
        source: '002 "Prevent and Channel referral process"',
      },
    ],
    trainerNotes: ['The ideology is not known (possibly left, anarchist or single issue). Do not let the room guess at it: it is not needed to refer.'],
  },

  // -------------------------------------------------------------------------------------------
  {
    id: 'S03',
    title: 'It’s not your business',
    coverage: 'Adult refusing consent; public-interest sharing',
    setting: 'Community mental health team',
    levels: [3, 4],
    roleTypes: ['Responder', 'DecisionMaker'],
    profile: 'BSW',
    models: ['bsw-reporting-chart', 'mse-police-portal'],
    vignette: [
      'A 41-year-old adult with capacity, seen for low mood, has spoken more and more about residents of a nearby estate, whom they call “outsiders”, as a threat to “our way of life”.',
      'They use derogatory labels for them and said “someone needs to make an example of them soon”.',
      'They mention looking up where to buy a crossbow.',
      'When the nurse raises getting extra support, they decline any referral: “what I do is not your business”.',
      'No date, place or plan is given.',
    ],
    cues: [
      {
        id: 'IN1, IN2, IN3, IN5',
        text: 'Intent: threats, dehumanising labels, “soon”, condoning harm',
        ref: '002 "Prevent, Counter-Extremism and Integration"',
      },
      { id: 'CA4', text: 'Research into a weapon', ref: '002 "Prevent, Counter-Extremism and Integration"' },
      { id: 'VF3', text: 'Grievance', ref: '004 App 2' },
    ],
    ideology: 'NOT_KNOWN',
    stages: [
      {
        kind: 'concern',
        id: 'pathway',
        title: 'The nurse’s pathway',
        mse: {
          expected: msePatientRoute({
            notImmediate: 'No date, place or plan: not an immediate risk now. Reassess at every contact, and call 999 if a specific plan emerges.',
            advised: 'Threats against named neighbours, dehumanising language and research into a weapon: the ICB Prevent Lead advises a referral.',
            consent: withoutConsent(
              'The person has capacity and refused. The risk of harm to others outweighs the refusal: refer without consent in the public interest, telling them unless that adds to the risk, and record the rationale and the Prevent Lead’s agreement.',
            ),
            socialCare: 'adult',
          }),
        },
        expected: patientRoute({
          notImmediate: 'No date, place or plan: not an immediate risk now. Reassess at every contact, and call 999 if a specific plan emerges.',
          concern: 'Threats against named neighbours, dehumanising language and research into a weapon: a concern about being drawn into violence.',
          concernSource: '004 App 3 NOTICE; 002 "Prevent, Counter-Extremism and Integration"',
        }),
      },
      {
        kind: 'discussion',
        id: 'triage',
        title: 'The safeguarding lead’s triage',
        note: triageNote,
        steps: [leadTriage(['refer'], 'Threats, a weapon being researched and a grievance: the lead refers.', '004 ¶30')],
      },
      {
        kind: 'consent',
        id: 'consent',
        title: 'The safeguarding lead’s consent decision',
        input: { age: 41, subject: 'patient' },
        expectedBasis: { article9Condition: 'sch1-para6', offenceData: false, notToldExemption: false },
        expected: [
          ...screenedAdult('No date, place or plan: not evidence of planning terrorist acts yet. Reassess if a plan emerges.'),
          capacityPresumed('Low mood is no reason, on its own, to doubt capacity.'),
          askForConsent('Asking does not increase the risk here: the nurse has already raised support.'),
          ...adultRefuses(
            {
              why: 'They decline: “what I do is not your business”. Record who refused and the reasons they gave. Refusal is not the end of the matter.',
              notes: '“What I do is not your business.”',
            },
            'Nothing suggests anyone else is pressing them to refuse: no grooming or coercion shaping the refusal.',
            'An adult seen for low mood, with no care and support needs: not an adult at risk.',
          ),
          {
            from: 'refusalRisk',
            event: 'ANSWER_YES',
            to: 'publicInterest',
            why: 'Threats to “make an example” of residents “soon” and research into a crossbow: not sharing would leave others exposed to a risk of serious harm.',
            source: '004 ¶56',
            notes: 'Threats against residents of a nearby estate; research into buying a crossbow.',
          },
          {
            from: 'publicInterest',
            event: 'PUBLIC_INTEREST_DECIDED',
            to: 'personInformed',
            why: 'The questions in paragraph 70 of the BSW ICB Prevent Policy: a risk to the wider public, a serious crime prevented, and the justification can be stated. Share only relevant information, necessary and proportionate.',
            source: '004 ¶70; 004 App 4a §3',
            notes: 'Risk of serious harm to residents outweighs confidentiality; only the concern and contact details are shared.',
          },
          {
            from: 'personInformed',
            event: 'ANSWER_YES',
            to: 'caldicottConsulted',
            why: 'J3: they were asked and refused, and told that the concern would be shared because of the risk to others. They were told, so the wording says nothing about not telling them.',
            source: 'NPRF J3; 004 App 4a §4',
            notes: 'Asked for consent; refused. Told that the concern will be shared because of the risk to others.',
          },
          ...recordDecision,
        ],
      },
    ],
    expectedBasis: {
      code: 'PUBLIC_INTEREST',
      row: 6,
      explanation:
        'The person “refuses consent … information can still lawfully be shared if it is in the public interest” (MSE ICB Prevent Policy). The data-protection basis is UK GDPR Article 6(1)(e) with Article 9(2)(g) and Data Protection Act 2018 Schedule 1 paragraph 6 (the Prevent duty): paragraph 18 is only for a child or an adult at risk, and paragraph 10 only where asking would prejudice the purpose. No offence is alleged yet, so Article 10 does not apply. The Crime and Disorder Act 1998 s115 is a power to disclose; sharing must be necessary and proportionate (ECHR Article 8). The person was told, so Schedule 2, Part 1, paragraph 2 (which only explains why someone is not told) has no place here. Consult the Caldicott Guardian if unsure.',
      sources: ['002 "Consent"', '004 ¶56', 'GMC Confidentiality 2017 ¶64'],
    },
    requiredAuditItems: ['record-of-concern', 'refusal-recorded', 'rationale', 'j3-handled'],
    pitfalls: [
      { text: 'Treating the refusal as the end of the matter.', source: '002 "Consent"' },
      { text: 'Sending the whole mental-health record rather than the relevant information.', source: '004 App 4a §5' },
      { text: 'Forgetting to record the rationale.', source: '004 ¶62' },
      { text: 'Implying the diagnosis is the concern: the concern is the behaviour.', source: '004 App 3 NOTICE' },
    ],
    debrief: [
      {
        text: 'The form: J3 = Yes, “asked; refused consent”. The basis statement names Article 6(1)(e) and the Article 9 condition recorded; the rationale goes in the organisation’s internal record.',
        source: '004 App 4a §4',
      },
      {
        text: 'Schedule 2, Part 1, paragraph 2 of the Data Protection Act 2018 is never the basis for sharing: it only explains why a person is not told. This person was told.',
        source: 'Data Protection Act 2018, Schedule 2, Part 1, paragraph 2',
      },
      {
        text: 'The ideology is not known. The referral rests on behaviour, not on whether the statements fit a category.',
        source: '002 "Prevent and Channel referral process"',
      },
    ],
    trainerNotes: ['The trainer may discuss whether the statements fit any ideology category, but the referral rests on behaviour.'],
  },

  // -------------------------------------------------------------------------------------------
  {
    id: 'S04',
    title: 'Asking for help',
    coverage: 'Child with Gillick competence',
    setting: 'School nurse drop-in',
    levels: [3],
    roleTypes: ['Responder'],
    profile: 'BSW',
    models: ['bsw-reporting-chart', 'mse-police-portal'],
    vignette: [
      'A 15-year-old says an adult they met in an online game’s chat has been sending them videos praising attackers.',
      'The adult tells them to keep the contact secret and to “get ready to play a part”.',
      'The young person is frightened, clearly understands what is happening and the options, and wants help.',
      'They agree to the nurse telling “the right people” and would like a parent told, with the nurse’s support.',
      'Nothing suggests the family is involved.',
    ],
    cues: [
      { id: 'Grooming', text: 'Online grooming through a gaming app', ref: '004 ¶19–22' },
      { id: 'EN7', text: 'Secrecy demanded by the adult', ref: '002 "Prevent, Counter-Extremism and Integration"' },
      { id: 'Age', text: 'A child: consent questions change', ref: '002 "Consent"' },
    ],
    ideology: 'NOT_KNOWN',
    stages: [
      {
        kind: 'concern',
        id: 'pathway',
        title: 'The school nurse’s pathway',
        mse: {
          expected: msePatientRoute({
            notImmediate: 'The young person is frightened, but there is no sign of an attack about to happen.',
            who: 'a young person',
            clarify: 'Record what the young person said, in their words, and any usernames they gave. Do not search for the adult yourself.',
            advised: 'An adult grooming a child online with videos praising attackers and demanding secrecy: the ICB Prevent Lead advises a referral.',
            consent: withConsent(
              'The young person understands what a referral involves and agrees: refer with their consent (the MSE ICB Prevent Policy looks to Gillick competence).',
            ),
            socialCare: 'children’s',
          }),
        },
        expected: patientRoute({
          notImmediate: 'The young person is frightened, but there is no sign of an attack about to happen.',
          concern: 'An adult grooming a child online with videos praising attackers and demanding secrecy: a child at risk of being drawn in.',
          concernSource: '004 ¶19–22; 004 App 3 NOTICE',
          record: 'Record what the young person said, in their words, and any usernames they gave. Do not search for the adult yourself.',
        }),
      },
      {
        kind: 'discussion',
        id: 'triage',
        title: 'The safeguarding lead’s triage',
        note: triageNote,
        steps: [
          leadTriage(
            ['refer'],
            'A child being groomed online who asks for help: the lead refers, alongside child safeguarding.',
            '004 ¶30; 004 App 3 Guidance notes',
          ),
        ],
      },
      {
        kind: 'consent',
        id: 'consent',
        title: 'The safeguarding lead’s consent decision',
        input: { age: 15, subject: 'patient' },
        expectedBasis: { article9Condition: 'sch1-para6', offenceData: false, notToldExemption: false },
        expected: [
          notPlanning('The young person is the target of grooming, not someone planning an attack.'),
          recordsSearched,
          noUrgentTriage('familyImplicated'),
          {
            from: 'familyImplicated',
            event: 'ANSWER_NO',
            to: 'gillickCompetent',
            why: 'Nothing suggests the family is involved, and the young person wants a parent told.',
            source: '002 "Consent"',
          },
          {
            from: 'gillickCompetent',
            event: 'ANSWER_YES',
            to: 'seekConsent',
            why: 'Considering age, maturity and understanding: the young person clearly understands what is happening and the options, so is Gillick competent for this decision.',
            source: '002 "Consent"',
            notes: 'Understands what is happening and the options, and wants help.',
          },
          askForConsent('Ask the young person, with the family’s knowledge: they want a parent told.'),
          consentObtained(
            'The young person’s consent, with the family’s knowledge. The BSW ICB Prevent Policy (paragraph 55) also expects a parent’s consent for under-18s: with the young person’s agreement, seek it too.',
          ),
          ...recordDecision,
        ],
      },
    ],
    expectedBasis: {
      code: 'CONSENT',
      row: 2,
      explanation:
        'Consent from a Gillick-competent young person, with the family’s knowledge (MSE ICB Prevent Policy: “with the young person/family’s knowledge and consent”). With the young person’s agreement, seek the parent’s consent too, which meets the BSW ICB Prevent Policy, paragraph 55. If they disagree, the lead decides. The data-protection basis is UK GDPR Article 6(1)(e) with Article 9(2)(g) and Data Protection Act 2018 Schedule 1 paragraph 6 (the Prevent duty).',
      sources: ['002 "Consent"', '004 ¶55'],
    },
    requiredAuditItems: ['record-of-concern', 'competence-recorded', 'consent-recorded', 'parents-told'],
    pitfalls: [
      { text: 'Ignoring the young person’s voice.', source: '002 "Consent"' },
      { text: 'Deciding without considering Gillick competence.', source: '002 "Consent"' },
      { text: 'Searching online for the adult yourself: staff have no surveillance role.', source: sources.noSurveillance },
    ],
    debrief: [
      {
        text: 'The form: B12 family details, K3 school, J3 = Yes. C1 records what the child said, in their words, and any usernames they gave (E1 social media details).',
        source: 'NPRF Section C',
      },
      { text: 'Child safeguarding continues in parallel with the Prevent referral.', source: '004 App 3 Guidance notes' },
    ],
    trainerNotes: [
      'The BSW ICB Prevent Policy (paragraph 55: parents or guardian) and the MSE ICB Prevent Policy (Gillick competence) differ for under-18s: confirm the local approach.',
    ],
  },

  // -------------------------------------------------------------------------------------------
  {
    id: 'S05',
    title: 'Learning it at home',
    coverage: 'Child whose family is implicated',
    setting: 'Health visitor or school nurse home contact',
    levels: [3],
    roleTypes: ['Responder'],
    profile: 'BSW',
    models: ['bsw-reporting-chart', 'mse-police-portal'],
    vignette: [
      'During a routine contact, a 9-year-old repeats slogans celebrating a recent (fictional) mass-casualty attack.',
      'The child says an adult at home is “training me to be a soldier for the cause” and shows a drawing of a weapon.',
      'The adult, present, approves of the attack and says the child will “know who the enemy is”.',
      'No specific plan is mentioned.',
    ],
    cues: [
      { id: 'Family', text: 'The family is implicated', ref: '002 "Consent"' },
      { id: 'IN5, EN3', text: 'The adult condones the attack; extremist influence in the household', ref: '002 "Prevent, Counter-Extremism and Integration"' },
      { id: 'Exposure', text: 'The child’s exposure to extremist material', ref: '004 App 2' },
    ],
    ideology: 'NOT_KNOWN',
    stages: [
      {
        kind: 'concern',
        id: 'pathway',
        title: 'The health visitor’s pathway',
        mse: {
          expected: msePatientRoute({
            notImmediate: 'No specific plan is mentioned: not an immediate risk. Call 999 if there is any sign of an imminent attack.',
            who: 'a child',
            clarify: 'Record what the child and the adult said and showed, in their words. Do not discuss the concern with the adult.',
            advised:
              'A child being “trained” by an adult at home who approves of a mass-casualty attack: the ICB Prevent Lead advises a referral, with urgent child safeguarding alongside.',
            consent: withoutConsent(
              'The family is implicated: asking them, or telling them, could put the child at risk. Refer without their knowledge, recording the rationale and the Prevent Lead’s agreement.',
            ),
            socialCare: 'children’s',
          }),
        },
        expected: patientRoute({
          notImmediate: 'No specific plan is mentioned: not an immediate risk. Call 999 if there is any sign of an imminent attack.',
          concern: 'A child being “trained” by an adult at home who approves of a mass-casualty attack: a child at risk of harm and of being drawn in.',
          concernSource: '004 App 3 NOTICE; 004 App 2',
          escalate: 'Escalate at once: this is urgent child safeguarding as well as a Prevent concern.',
          record: 'Record what the child and the adult said and showed, in their words. Do not discuss the concern with the adult.',
        }),
      },
      {
        kind: 'discussion',
        id: 'safeguarding',
        title: 'The safeguarding lead: urgent child safeguarding',
        note: 'Urgent safeguarding calls are not states of the app’s statecharts: the room discusses them here.',
        steps: [
          {
            id: 'parallel-safeguarding',
            modelRef: 'urgent.sllContactsCscOrAsc',
            question: 'The safeguarding lead has the record. What happens alongside the Prevent decision?',
            options: [
              { id: 'childrens-social-care', label: 'Call Children’s Social Care First Response now, in parallel with Prevent' },
              {
                id: 'wait-for-prevent',
                label: 'Wait for the Prevent decision before taking any other safeguarding action at all',
                feedback: 'Forgetting parallel child-protection action is a pitfall: urgent safeguarding does not wait.',
              },
              {
                id: 'talk-to-adult',
                label: 'Talk it through with the adult at home first, then decide what to do next',
                feedback: 'The family is implicated: telling them could put the child at risk of harm.',
              },
            ],
            expected: ['childrens-social-care'],
            why: 'For an urgent safeguarding issue the safeguarding lead immediately contacts Children’s Social Care First Response.',
            source: '004 App 3 Guidance notes',
            contacts: [],
          },
        ],
      },
      {
        kind: 'consent',
        id: 'consent',
        title: 'The safeguarding lead’s consent decision',
        input: { age: 9, subject: 'patient' },
        expectedBasis: { article9Condition: 'sch1-para18', offenceData: true, notToldExemption: true },
        expected: [
          notPlanning('No specific plan is mentioned. Call 999 if there is any indication of an imminent attack.'),
          recordsSearched,
          noUrgentTriage('familyImplicated'),
          {
            from: 'familyImplicated',
            event: 'FAMILY_IMPLICATED',
            to: 'gillickCompetent',
            why: 'The family is implicated, and telling them would put the child at risk of harm: the family’s consent and knowledge are not sought. The child’s own competence is still considered.',
            source: '002 "Consent"',
            notes: 'An adult at home is implicated; telling the family would put the child at risk of harm.',
          },
          {
            from: 'gillickCompetent',
            event: 'ANSWER_NO',
            to: 'publicInterest',
            why: 'A 9-year-old cannot weigh a decision about a referral concerning their own family: not Gillick competent for this decision, so their consent cannot be sought either.',
            source: '002 "Consent"',
            notes: 'Aged 9; cannot understand or weigh a referral that concerns an adult at home.',
          },
          {
            from: 'publicInterest',
            event: 'PUBLIC_INTEREST_DECIDED',
            to: 'personInformed',
            why: 'Safeguarding the child outweighs confidentiality: the justification can be stated, and sharing is necessary and proportionate.',
            source: '004 ¶56; 004 ¶70',
            notes: 'A child at risk of harm from an adult at home; only what is needed to safeguard the child is shared.',
          },
          {
            from: 'personInformed',
            event: 'ANSWER_NO',
            to: 'caldicottConsulted',
            why: 'J3 = No, with the rationale: the family is implicated, and informing them would place the child at risk.',
            source: 'NPRF J3; 002 "Consent"',
            notes: 'Not told: family implicated; informing would place the child at risk.',
          },
          ...recordDecision,
        ],
      },
    ],
    expectedBasis: {
      code: 'PUBLIC_INTEREST',
      row: 3,
      explanation:
        'Child safeguarding: consent and knowledge are not sought where the “family is implicated” or informing “would place the child/young person at risk of harm” (MSE ICB Prevent Policy). The data-protection basis is UK GDPR Article 6(1)(e) with Article 9(2)(g) and Data Protection Act 2018 Schedule 1 paragraph 18 (safeguarding a child, where seeking consent would prejudice their protection), and Article 10 for the information about an adult’s alleged offence. The Crime and Disorder Act 1998 s115 is a power to disclose. The family is not told: Schedule 2, Part 1, paragraph 2 explains why not (telling them would prejudice the prevention of crime); it is not the basis for sharing. Record the rationale.',
      sources: ['002 "Consent"', '004 ¶56'],
    },
    requiredAuditItems: ['record-of-concern', 'why-family-not-asked', 'rationale', 'j3-handled'],
    pitfalls: [
      { text: 'Discussing the referral with the adult at home.', source: '002 "Consent"' },
      { text: 'Forgetting parallel child-protection action.', source: '004 App 3 Guidance notes' },
      { text: 'Explaining the concern by culture or faith rather than by observed behaviour.', source: '002 EIA' },
    ],
    debrief: [
      {
        text: 'The form: J3 = No, with the rationale “family implicated; informing would place child at risk”. B12 lists household members.',
        source: 'NPRF J3',
      },
      { text: 'The basis wording must be adapted for a child whose family is implicated: use an IG-approved variant.', source: '004 App 4a §4' },
    ],
    trainerNotes: ['Trainers must not add identity cues to this scenario. The concern is what the child and the adult said and did.'],
  },

  // -------------------------------------------------------------------------------------------
  {
    id: 'S06',
    title: 'A new online friend',
    coverage: 'Adult lacking capacity',
    setting: 'Community learning disability nursing',
    levels: [3],
    roleTypes: ['Responder'],
    profile: 'BSW',
    models: ['bsw-reporting-chart', 'mse-police-portal'],
    vignette: [
      'A 30-year-old adult with a learning disability lives in supported accommodation.',
      'They have a new online “friend” who sends videos encouraging violence against the users of a local community centre, and has asked them to photograph the centre’s entrances and send the pictures.',
      'Support staff are worried.',
      'The nurse supports the person to understand what a Prevent referral would involve, using easy-read material and time.',
      'The nurse then assesses that, for this decision, the person cannot understand or weigh the information.',
    ],
    cues: [
      { id: 'Exploitation', text: 'The person is being used by others, not presumed dangerous', ref: '002 "Prevent and Channel referral process"' },
      { id: 'EN7', text: 'A new online relationship encouraging violence', ref: '002 "Prevent, Counter-Extremism and Integration"' },
      {
        id: 'Reconnaissance',
        text: 'Being asked to photograph a building’s entrances is possible hostile reconnaissance: the Anti-Terrorist Hotline first, before any question of consent',
        ref: '004 ¶59–60; 004 ¶65',
      },
    ],
    ideology: 'NOT_KNOWN',
    stages: [
      {
        kind: 'discussion',
        id: 'reconnaissance',
        title: 'First: the request to photograph the entrances',
        note: 'Calling the Anti-Terrorist Hotline is not a state of the app’s statecharts; its numbers are in the urgent contacts panel on every page. The room discusses it here, before the pathway.',
        steps: [
          {
            id: 'photographs',
            modelRef: 'urgent.hotline',
            question: 'The online “friend” has asked the person to photograph the community centre’s entrances and send the pictures. What happens first?',
            options: [
              {
                id: 'hotline',
                label: 'Call the Anti-Terrorist Hotline now (999 if an attack seems imminent)',
              },
              {
                id: 'capacity-first',
                label: 'Assess their capacity and best interests first, before telling anyone',
                feedback:
                  'Possible hostile reconnaissance is not a consent question: the counter-terrorism police need to know first. Consent and best interests come afterwards, for the Prevent referral.',
              },
              {
                id: 'look-at-messages',
                label: 'Ask to see the messages, so you can look the contact up online first',
                feedback: 'That would be investigating: staff have no surveillance role. Do not look at their phone or search for anyone online.',
              },
              {
                id: 'wait-for-referral',
                label: 'Leave it for the Prevent referral to deal with when it is made later',
                feedback: 'A request to photograph a building’s entrances may be part of planning an attack: it cannot wait for a referral.',
              },
            ],
            expected: ['hotline'],
            why: 'Someone being asked to photograph a building’s entrances may be being used for hostile reconnaissance. That is a matter for the Anti-Terrorist Hotline or counter-terrorism police first: limited information may be shared before consent is sought, to establish whether this is a counter-terrorism case.',
            source: '004 ¶59–60; 004 ¶65',
            contacts: ['antiTerroristHotline', 'textphone', 'emergency'],
          },
        ],
      },
      {
        kind: 'concern',
        id: 'pathway',
        title: 'The nurse’s pathway',
        mse: {
          expected: msePatientRoute({
            notImmediate:
              'Nothing suggests an attack is about to happen now. The request for photographs has gone to the Anti-Terrorist Hotline; call 999 if that changes.',
            who: 'a person the nurse supports',
            advised:
              'Someone with a learning disability being drawn in and used by an online contact who encourages violence: the ICB Prevent Lead advises a referral, alongside adult safeguarding.',
            consent: withoutConsent(
              'For this decision the person cannot understand or weigh the information: refer in their best interests, recording the capacity assessment, the rationale and the Prevent Lead’s agreement.',
            ),
            socialCare: 'adult',
          }),
        },
        expected: patientRoute({
          notImmediate:
            'Nothing suggests an attack is about to happen now. The request for photographs has gone to the Anti-Terrorist Hotline; call 999 if that changes.',
          concern: 'Someone with a learning disability being drawn in and used by an online contact who encourages violence: a concern about exploitation.',
          concernSource: '002 "Prevent and Channel referral process"; 004 App 2',
        }),
      },
      {
        kind: 'discussion',
        id: 'triage',
        title: 'The safeguarding lead’s triage',
        note: triageNote,
        steps: [
          leadTriage(
            ['refer'],
            'A person being exploited by an online contact: the lead refers, alongside adult safeguarding.',
            '004 ¶30; 004 App 3 Guidance notes',
          ),
        ],
      },
      {
        kind: 'consent',
        id: 'consent',
        title: 'The safeguarding lead’s consent decision',
        input: { age: 30, subject: 'patient' },
        expectedBasis: { article9Condition: 'sch1-para18', offenceData: true, notToldExemption: true },
        expected: [
          notPlanning('The person is being used, not planning an attack themselves.'),
          recordsSearched,
          {
            from: 'urgentTriage',
            event: 'ANSWER_YES',
            to: 'urgentTriageShare',
            why: 'The request to photograph the entrances may be hostile reconnaissance: limited information is shared with the Anti-Terrorist Hotline first, before consent, to establish whether this is a counter-terrorism case.',
            source: '004 ¶59–60; 004 ¶65',
          },
          {
            from: 'urgentTriageShare',
            event: 'PRE_CONSENT_SHARED',
            to: 'urgentTriageNext',
            why: 'Record who was told, what was shared and why it was urgent: only what the counter-terrorism police need.',
            source: '004 ¶59; 004 ¶62',
            notes: 'The online contact’s request to photograph the community centre’s entrances, and the videos encouraging violence; no health information.',
          },
          {
            from: 'urgentTriageNext',
            event: 'ANSWER_YES',
            to: 'capacityDoubt',
            why: 'The counter-terrorism police have what they need. The Prevent referral, for the person’s own protection, is decided now.',
            source: '004 ¶59',
            notes: 'Hotline called; the Prevent referral is considered now.',
          },
          {
            from: 'capacityDoubt',
            event: 'ANSWER_YES',
            to: 'capacityAssessment',
            why: 'There are grounds to doubt capacity for this decision: support the person to decide first, then assess.',
            source: '002 "Consent"',
            notes: 'Support staff and the nurse doubt the person can weigh what the online contact is asking of them.',
          },
          {
            from: 'capacityAssessment',
            event: 'CAPACITY_ASSESSED',
            to: 'bestInterests',
            why: 'After easy-read material and time, the person cannot understand or weigh the information for this decision: they lack capacity for it.',
            source: 'Mental Capacity Act 2005; 002 "Consent"',
            notes: 'Easy-read material, two visits, support worker present; could not understand or weigh the information for this decision.',
          },
          {
            from: 'bestInterests',
            event: 'BEST_INTERESTS_DECIDED',
            to: 'personInformed',
            why: 'The referral protects the person from exploitation: it is in their best interests. Record the capacity assessment and the best-interests reasoning.',
            source: '004 ¶57; GMC Confidentiality 2017 ¶55',
            notes: 'The referral protects the person from exploitation by an online contact.',
          },
          {
            from: 'personInformed',
            event: 'ANSWER_NO',
            to: 'caldicottConsulted',
            why: 'J3 = No, for now: the counter-terrorism police advised that the person might pass it on to the online contact, which would prejudice their work. Tell the person, in a way they can follow, once the police agree.',
            source: 'NPRF J3; 004 ¶60',
            notes: 'Not told yet, on the counter-terrorism police’s advice: they might pass it on to the online contact.',
          },
          ...recordDecisionVia({
            needs: true,
            why: 'A learning disability and supported accommodation: an adult with care and support needs, so an adult at risk.',
          }),
        ],
      },
    ],
    expectedBasis: {
      code: 'BEST_INTERESTS',
      row: 5,
      explanation:
        'First the Anti-Terrorist Hotline, for the possible hostile reconnaissance. Then the Prevent referral: the person lacks capacity for this decision (Mental Capacity Act 2005, for 16 and over), so it may be made without consent in their best interests. The data-protection basis is UK GDPR Article 6(1)(e) with Article 9(2)(g) and Data Protection Act 2018 Schedule 1 paragraph 18 (an adult at risk who cannot consent), and Article 10 for the information about the online contact’s alleged offence. The person is not told for now, on the counter-terrorism police’s advice, because they might pass it on to the contact: Schedule 2, Part 1, paragraph 2 explains why.',
      sources: ['004 ¶59–60', '004 ¶65', '004 ¶57', '002 "Consent"', 'GMC Confidentiality 2017 ¶55'],
    },
    requiredAuditItems: ['record-of-concern', 'capacity-assessment', 'best-interests-reasoning', 'j3-handled'],
    pitfalls: [
      {
        text: 'Treating the request for photographs as a best-interests question, and not calling the Anti-Terrorist Hotline first.',
        source: '004 ¶59–60; 004 ¶65',
      },
      { text: 'Presuming incapacity from the diagnosis without first supporting the decision.', source: '002 "Consent"' },
      { text: 'Forgetting the adult safeguarding referral.', source: '004 App 3 Guidance notes' },
      { text: 'Framing the person as a threat rather than as someone being exploited.', source: '002 "Prevent and Channel referral process"' },
    ],
    debrief: [
      {
        text: 'Hostile reconnaissance is not a consent question. The Anti-Terrorist Hotline or counter-terrorism police come first; the consent and best-interests decision is for the Prevent referral that follows.',
        source: '004 ¶59–60; 004 ¶65',
      },
      { text: 'Make an adult safeguarding referral at the same time, and arrange advocacy.', source: '001 §7 (Responders, outcome 8)' },
      { text: 'The form: J1 = Yes (describe the learning disability, diagnosed); D1 covers the support arrangements.', source: 'NPRF Section J' },
    ],
    trainerNotes: [
      'The order matters: the Anti-Terrorist Hotline first; then, for the Prevent referral, support to decide, assess capacity for this decision, then best interests.',
      'The person is being used, not presumed dangerous: keep the discussion on what the online contact asked of them.',
    ],
  },

  // -------------------------------------------------------------------------------------------
  {
    id: 'S07',
    title: 'The staff-room leaflets',
    coverage: 'Colleague concern',
    setting: 'Integrated Care Board (ICB) office team',
    levels: [1, 2],
    roleTypes: ['Alerter', 'DecisionMaker'],
    profile: 'BSW',
    models: ['bsw-reporting-chart', 'mse-police-portal'],
    vignette: [
      'A colleague has left printed leaflets in the staff room promoting a (fictional) movement that praises violence against politicians.',
      'From their work account they have emailed teammates links to similar material, adding “a few of them need to be taken out”.',
      'They have recently been through a divorce and a disciplinary process.',
    ],
    cues: [
      { id: 'EN5, EN6', text: 'Possessing and distributing material; attempts to recruit', ref: '002 "Prevent, Counter-Extremism and Integration"' },
      { id: 'IN5', text: 'Condoning violence', ref: '002 "Prevent, Counter-Extremism and Integration"' },
      { id: 'VF4', text: 'Personal crisis', ref: '004 App 2' },
      { id: 'IG', text: 'Distribution of inappropriate materials or leaflets; misuse of IT', ref: '004 ¶71' },
    ],
    ideology: 'NOT_KNOWN',
    stages: [
      {
        kind: 'concern',
        id: 'pathway',
        title: 'The team member’s pathway',
        mse: { expected: mseS07, acceptable: [mseS07WithoutConsent] },
        expected: [
          begin,
          {
            from: 'immediateRisk',
            event: 'ANSWER_NO',
            to: 'isConcern',
            why: 'Leaflets and emails that praise violence, but no sign of an attack about to happen.',
            source: '004 flowchart (F4); 004 ¶66',
            notes: 'No sign of an attack about to happen.',
          },
          {
            from: 'isConcern',
            event: 'ANSWER_YES',
            to: 'patientOrColleague',
            why: 'Distributing material that praises violence, trying to recruit teammates, and a personal crisis: a concern.',
            source: '004 App 3 NOTICE; 004 ¶71',
            notes: 'Leaflets and emails praising violence against politicians; “a few of them need to be taken out”.',
          },
          {
            from: 'patientOrColleague',
            event: 'SELECT_COLLEAGUE',
            to: 'colleagueDiscussAndRecord',
            why: 'The person is a colleague: the colleague column of the flowchart.',
            source: '004 flowchart (F11); 004 ¶35',
          },
          {
            from: 'colleagueDiscussAndRecord',
            event: 'RECORD_SAVED',
            to: 'colleagueEscalate',
            why: 'Discuss with your own line manager and record your concerns and observations. Do not confront the colleague or forward the material.',
            source: '004 ¶35; 004 ¶37',
          },
          {
            from: 'colleagueEscalate',
            event: 'ANSWER_YES',
            to: 'colleagueManagerWithLeadAndHr',
            why: 'The line manager escalates to the safeguarding lead and a Human Resources (HR) colleague.',
            source: '004 flowchart (F18, F20); 004 ¶35',
            notes: 'Escalated to the safeguarding lead and HR.',
          },
          {
            from: 'colleagueManagerWithLeadAndHr',
            event: 'DISCUSSED',
            to: 'endColleagueWithLead',
            why: 'The safeguarding lead assesses the risk and liaises with the Local Authority Prevent Lead; the HR Advisor advises on the employment process.',
            source: '004 ¶35–36',
          },
        ],
      },
      {
        kind: 'discussion',
        id: 'assessment',
        title: 'The safeguarding lead’s risk assessment',
        note: 'The safeguarding lead’s risk assessment and any referral after it are not states of the app’s statecharts: the room discusses them here.',
        steps: [
          {
            id: 'parallel-processes',
            modelRef: 'rc.colleague.sllRiskAssess',
            question: 'How should the organisation handle this?',
            options: [
              {
                id: 'prevent-only',
                label: 'As a Prevent matter only: the lead assesses it, and HR is not involved',
                feedback: 'Treating it only as Prevent misses the employment process that HR advises on.',
              },
              {
                id: 'disciplinary-only',
                label: 'As a disciplinary matter only: HR handles it, and Prevent is not involved',
                feedback: 'Treating it only as a disciplinary matter misses the safeguarding concern.',
              },
              {
                id: 'both',
                label: 'Both in parallel: the lead assesses the Prevent risk, and HR advises',
              },
            ],
            expected: ['both'],
            why: 'Manage parallel processes: the safeguarding lead assesses the risk and liaises with the Local Authority Prevent Lead; the HR Advisor advises on the employment process.',
            source: '004 ¶35–36; 001 §7 (Decision makers)',
            contacts: [],
          },
          {
            id: 'the-material',
            modelRef: 'Information governance policy',
            question: 'What happens to the leaflets and the emails?',
            options: [
              {
                id: 'forward',
                label: 'Forward the emails to the rest of the team to warn them',
                feedback: 'Forwarding spreads the material: describe it instead, and tell your manager where it is.',
              },
              {
                id: 'ask-colleague',
                label: 'Ask the colleague to explain the leaflets and the emails to you, in person',
                feedback: 'Staff never confront anyone or challenge their views.',
              },
              {
                id: 'report-ig',
                label: 'Do not forward; tell your manager, for the IT and notice-board policies',
              },
            ],
            expected: ['report-ig'],
            why: 'Information governance policies cover IT misuse and the distribution of inappropriate materials or leaflets.',
            source: '004 ¶71; 003 "Information management (providers)"',
            contacts: [],
          },
          {
            id: 'lawful-basis',
            modelRef: 'share.*',
            question: 'If the lead decides a referral is needed, what is the basis for sharing?',
            options: [
              { id: 'consent-first', label: 'Consent first; if asking would add risk, the public interest, recorded' },
              {
                id: 'no-basis',
                label: 'No lawful basis is needed when sharing between NHS colleagues',
                feedback: 'Every disclosure needs a lawful basis and a recorded rationale.',
              },
              {
                id: 'always-public-interest',
                label: 'Always the public interest: colleagues are never asked for their consent at all',
                feedback: 'Consent comes first where it is safe to ask.',
              },
            ],
            expected: ['consent-first'],
            why: 'Consent first; where seeking it is not appropriate, information can still be shared in the public interest, with the rationale recorded. The referral form is completed “if deemed necessary”.',
            source: '004 ¶55; 002 "Consent"; 004 ¶35',
            contacts: [],
          },
        ],
      },
    ],
    expectedBasis: {
      code: 'CONSENT',
      alternatives: ['PUBLIC_INTEREST'],
      explanation:
        'Consider consent first. If seeking consent is not appropriate (for example, it could prejudice the risk assessment), the public interest, with the rationale recorded. The app’s consent decision is not run here: the referral form is completed only “if deemed necessary”.',
      sources: ['004 ¶55', '002 "Consent"', '004 ¶35'],
    },
    requiredAuditItems: ['record-of-concern', 'discussion-recorded', 'rationale'],
    pitfalls: [
      { text: 'Confronting the colleague or debating their views.', source: sources.noSurveillance },
      { text: 'Gossip.', source: '004 ¶35' },
      { text: 'Forwarding the material.', source: '004 ¶71' },
      { text: 'Treating it only as a disciplinary matter, or only as Prevent.', source: '001 §7 (Decision makers)' },
    ],
    debrief: [
      { text: 'If the form is used: K1 is the learner’s own organisation; F0 is the reporting colleague’s choice about anonymity.', source: 'NPRF Section F' },
      {
        text: 'In the MSE model the risk assessment is by the line manager, HR and the Deputy Director of Nursing for Safeguarding.',
        source: '002 "Prevent and Channel referral process"',
      },
    ],
    trainerNotes: ['The movement is fictional. Keep the discussion on what the colleague did, not on their views.'],
  },

  // -------------------------------------------------------------------------------------------
  {
    id: 'S08',
    title: 'Angry about everything',
    coverage: 'Not Prevent: other safeguarding',
    setting: 'GP practice reception and practice nurse',
    levels: [2, 3],
    roleTypes: ['Alerter'],
    profile: 'BSW',
    models: ['bsw-reporting-chart', 'mse-police-portal'],
    vignette: [
      'A 68-year-old patient shouts at reception that “the government is corrupt” and “someone should sort them out”.',
      'Later they tell the nurse that a relative keeps their bank card and they are scared to go home.',
      'On gentle exploration there is no ideology, no contact with any group, no interest in violence beyond angry words, and no grievance narrative.',
      'Their distress is about money, control and isolation.',
    ],
    cues: [
      { id: 'Caution', text: 'Angry words alone are not conclusive', ref: '004 App 2' },
      { id: 'Safeguarding', text: 'Financial abuse and coercion', ref: 'Care Act 2014' },
    ],
    ideology: 'NONE_NOT_PREVENT',
    stages: [
      {
        kind: 'concern',
        id: 'pathway',
        title: 'The practice nurse’s pathway',
        mse: {
          expected: [
            mseBegin,
            mseNotImmediate('Angry words, with no plan and no sign of an attack.'),
            mseNotStaff(),
            mseClarified('Clarify the information: record what the patient said about money, control and isolation, keeping opinion apart from fact.'),
            {
              from: 'mseLiaisePreventLead',
              event: 'ANSWER_NO',
              to: 'mseEndNoReferral',
              why: 'No ideology, no group and no interest in violence beyond angry words: the ICB Prevent Lead advises that this is not Prevent. The advice is recorded, and an adult safeguarding referral is made through normal procedures.',
              source: `${MSE_CHART} (box 3); 002 EIA`,
              notes: 'No ideology, group or interest in violence; the distress is about money, control and isolation. Adult safeguarding referral instead.',
            },
          ],
        },
        expected: patientRoute({
          notImmediate: 'Angry words, with no plan and no sign of an attack.',
          concern: 'The angry words are not conclusive on their own, but checking them with the manager is a reasonable answer.',
          concernSource: '004 App 2; 004 App 3 CHECK',
          escalate: 'Escalating to check is reasonable: the safeguarding lead decides whether it is a Prevent matter.',
        }),
        acceptable: [
          [
            begin,
            {
              from: 'immediateRisk',
              event: 'ANSWER_NO',
              to: 'isConcern',
              why: 'Angry words, with no plan and no sign of an attack.',
              source: '004 flowchart (F4); 004 ¶66',
            },
            {
              from: 'isConcern',
              event: 'ANSWER_NO',
              to: 'endNoConcern',
              why: 'Recognising straight away that this is not Prevent is also right: make an adult safeguarding referral through normal procedures.',
              source: '004 ¶31; 002 EIA',
              notes: 'No ideology, group or interest in violence; the distress is about money, control and isolation.',
            },
          ],
        ],
      },
      {
        kind: 'discussion',
        id: 'triage',
        title: 'The safeguarding lead’s triage',
        note: triageNote,
        steps: [
          leadTriage(
            ['no-prevent'],
            'No ideology, no group, no interest in violence beyond angry words: not Prevent. “In many cases, no further action will be required, or the vulnerability is assessed as not related to radicalisation and the individual concerned is signposted to other support.”',
            '004 ¶31',
          ),
          {
            id: 'other-safeguarding',
            modelRef: 'rc.noFurtherPrevent',
            question: 'What about the bank card and being scared to go home?',
            options: [
              { id: 'adult-safeguarding', label: 'Adult safeguarding referral as usual, with consent where possible' },
              {
                id: 'nothing',
                label: 'Nothing more: it is not a Prevent matter, so no referral is due',
                feedback: 'Missing the financial abuse is a pitfall: other safeguarding still applies.',
              },
              {
                id: 'prevent-anyway',
                label: 'Refer to Prevent anyway, to be on the safe side, and see what follows',
                feedback:
                  'Over-referring: criticism of the government is not extremism, and prejudice or intolerance without an extremist ideology is not within the Prevent space.',
              },
            ],
            expected: ['adult-safeguarding'],
            why: 'The cues point to financial abuse and coercion: adult safeguarding, with consent where possible. “If there is no Prevent concern but other safeguarding issues are present…”',
            source: 'NPRF closing text; Care Act 2014',
            contacts: [],
          },
        ],
      },
    ],
    expectedBasis: {
      code: 'NOT_APPLICABLE',
      explanation: 'Not a Prevent disclosure. Adult safeguarding applies (the Care Act 2014 is in the seeds’ references), with consent where possible.',
      sources: ['004 ¶31', 'Care Act 2014'],
    },
    requiredAuditItems: ['record-of-concern', 'rationale'],
    pitfalls: [
      { text: 'Over-referring.', source: '004 ¶31' },
      { text: 'Treating political criticism as extremism.', source: '002 EIA' },
      { text: 'Missing the financial abuse.', source: 'Care Act 2014' },
    ],
    debrief: [
      {
        text: '“In many cases, no further action will be required, or the vulnerability is assessed as not related to radicalisation and the individual concerned is signposted to other support.”',
        source: '004 ¶31',
      },
      { text: 'The referral form’s closing text: “If there is no Prevent concern but other safeguarding issues are present…”', source: 'NPRF closing text' },
    ],
    trainerNotes: [
      'Two routes are accepted: checking the concern with the manager and the lead (the expected path), or recognising at once that it is not Prevent.',
      'In the app, “No further Prevent action” (F25) is reached when the manager decides not to escalate; here the safeguarding lead makes that call after triage.',
    ],
  },

  // -------------------------------------------------------------------------------------------
  {
    id: 'S09',
    title: 'Just content',
    coverage: 'Online material',
    setting: 'Outpatient clinic',
    levels: [2, 3],
    roleTypes: ['Alerter'],
    profile: 'BSW',
    models: ['bsw-reporting-chart', 'mse-police-portal'],
    vignette: [
      'While waiting, a 19-year-old patient shows a healthcare assistant a clip on a public social-media account.',
      'The clip celebrates a (fictional) recent attack and urges viewers to copy it.',
      'The patient laughs it off as “just content” and says they share clips like it in a group chat.',
      'There are no statements of intent. The patient is otherwise engaged with their care.',
    ],
    cues: [
      { id: 'Online', text: 'Online material promoting terrorism', ref: '004 ¶24' },
      { id: 'EN7', text: 'Sharing such clips in a group', ref: '002 "Prevent, Counter-Extremism and Integration"' },
      { id: 'Susceptibility', text: 'Possible susceptibility', ref: '004 App 2' },
    ],
    ideology: 'NOT_KNOWN',
    stages: [
      {
        kind: 'discussion',
        id: 'material',
        title: 'The clip itself',
        note: 'Reporting online material is not a state of the app’s statecharts. The reporting link is in the urgent contacts panel on every page.',
        steps: [
          {
            id: 'report-material',
            modelRef: 'urgent.reportOnline',
            question: 'The clip is on a public account. What do you do about the material itself?',
            options: [
              { id: 'report-online', label: 'Report it online as terrorist material; no patient details needed' },
              {
                id: 'forward',
                label: 'Forward the clip to your manager, so that they have it as evidence',
                feedback: 'Do not forward or re-share the material: describe it in the record instead.',
              },
              {
                id: 'ask-for-chat',
                label: 'Ask the patient to show you the whole group chat it came from',
                feedback: 'That would be investigating: staff have no surveillance role.',
              },
              { id: 'nothing', label: 'Nothing: it is just content that is already public online', feedback: 'Taking no action at all is a pitfall.' },
            ],
            expected: ['report-online'],
            why: 'Online material promoting terrorism can be reported through the national reporting website. Reporting public content needs no patient data.',
            source: '004 ¶24',
            contacts: [],
          },
        ],
      },
      {
        kind: 'concern',
        id: 'pathway',
        title: 'The healthcare assistant’s pathway: the person',
        mse: {
          expected: msePatientRoute({
            notImmediate: 'No statements of intent and no sign of an attack.',
            clarify: 'Record facts, not opinion: “showed a clip that celebrated an attack and said they share similar clips”, not “radicalised”.',
            advised: 'Sharing clips that celebrate an attack and urge copying it, in a group: the ICB Prevent Lead advises a referral.',
            consent: withConsent('The patient is engaged with their care and asking is safe: seek consent first.'),
            socialCare: 'adult',
          }),
        },
        expected: patientRoute({
          notImmediate: 'No statements of intent and no sign of an attack.',
          concern: 'Sharing clips that celebrate an attack and urge copying it, in a group: possible susceptibility worth checking.',
          concernSource: '004 ¶24; 004 App 3 NOTICE',
          record: 'Record facts, not opinion: “showed a clip that celebrated an attack and said they share similar clips”, not “radicalised”.',
        }),
      },
      {
        kind: 'discussion',
        id: 'triage',
        title: 'The safeguarding lead’s triage',
        note: triageNote,
        steps: [
          leadTriage(
            ['refer', 'no-prevent'],
            'Either outcome is accepted if the rationale is recorded: refer with consent, or no Prevent action with advice and signposting.',
            '004 ¶62; 004 ¶31',
          ),
        ],
      },
      {
        kind: 'consent',
        id: 'consent',
        title: 'If the lead refers: the consent decision',
        input: { age: 19, subject: 'patient' },
        expectedBasis: { article9Condition: 'sch1-para6', offenceData: false, notToldExemption: false },
        expected: [
          ...screenedAdult('No statements of intent: no evidence of planning terrorist acts.'),
          capacityPresumed('An adult engaged with their care: no grounds to doubt capacity.'),
          askForConsent('Consent is the first choice: the patient is engaged and asking is safe.'),
          consentObtained('Informed consent: explain what the referral means and that Channel is voluntary.'),
          ...recordDecision,
        ],
      },
    ],
    expectedBasis: {
      code: 'CONSENT',
      row: 1,
      alternatives: ['PUBLIC_INTEREST', 'NOT_APPLICABLE'],
      explanation:
        'Reporting public content needs no patient data. If the lead refers, consent is the first choice; the public interest only if the test in paragraph 70 of the BSW ICB Prevent Policy is met. The data-protection basis is UK GDPR Article 6(1)(e) with Article 9(2)(g) and Data Protection Act 2018 Schedule 1 paragraph 6 (the Prevent duty).',
      sources: ['004 ¶24', '004 ¶55', '004 ¶70'],
    },
    requiredAuditItems: ['material-reported', 'record-of-concern', 'rationale'],
    pitfalls: [
      { text: 'Forwarding or re-sharing the clip.', source: '004 ¶24' },
      {
        text: 'Recording opinion (“radicalised”) instead of fact (“showed a clip that celebrated an attack and said they share similar clips”).',
        source: sources.recordFacts,
      },
      { text: 'Taking no action at all.', source: '004 App 3 NOTICE' },
    ],
    debrief: [
      {
        text: 'Two parallel actions: report the material, and check the concern about the person with the manager or safeguarding lead.',
        source: '004 ¶24; 004 App 3 CHECK',
      },
      { text: 'Either outcome of the lead’s triage is accepted if the rationale is recorded.', source: '004 ¶62' },
    ],
    trainerNotes: ['Not spreading the material is good practice rather than a quotation from the policies.'],
  },

  // -------------------------------------------------------------------------------------------
  {
    id: 'S10',
    title: 'Remember my name',
    coverage: 'Mixed or unclear ideology',
    setting: 'Adult inpatient mental health ward',
    levels: [3, 4],
    roleTypes: ['Responder'],
    profile: 'BSW',
    models: ['bsw-reporting-chart', 'mse-police-portal'],
    vignette: [
      'A 22-year-old patient with a history of self-harm talks admiringly about several (fictional) perpetrators of public massacres whose stated causes contradict one another.',
      'They keep a folder of these perpetrators’ writings and drift between conspiracy theories.',
      'They say “one day people will remember my name too”.',
      'They give no date, place or means.',
    ],
    cues: [
      { id: 'C1', text: 'Support for “school-shooters” or public massacres', ref: 'NPRF Section C' },
      { id: 'VF3', text: 'Fascination with violence; seeking status and identity', ref: '004 App 2' },
      { id: 'D', text: 'Conspiracy theories; self-harm history', ref: 'NPRF Section D' },
    ],
    ideology: 'MIXED_UNCLEAR_UNSTABLE',
    stages: [
      {
        kind: 'concern',
        id: 'pathway',
        title: 'The ward nurse’s pathway',
        mse: {
          expected: s10Mse(withConsent('Seek consent first: presume capacity; a mental-health diagnosis on its own is not grounds to doubt it.')),
          acceptable: [
            s10Mse(
              withoutConsent(
                'If the patient refuses, refer without consent in the public interest, with the rationale and the Prevent Lead’s agreement recorded.',
              ),
            ),
          ],
        },
        expected: patientRoute({
          notImmediate: 'No date, place or means: not an immediate risk now. Reassess, and call 999 if specifics appear.',
          concern:
            'Admiration for perpetrators of massacres, a folder of their writings and “remember my name”: a mixed or unclear ideology may still pose a terrorism risk.',
          concernSource: '002 "Prevent, Counter-Extremism and Integration"; 004 App 2',
        }),
      },
      {
        kind: 'discussion',
        id: 'triage',
        title: 'The safeguarding lead’s triage',
        note: triageNote,
        steps: [
          leadTriage(
            ['refer'],
            'A lack of a clear ideology is no reason to dismiss the concern: the lead refers, while clinical risk management continues.',
            '002 "Prevent, Counter-Extremism and Integration"',
          ),
        ],
      },
      {
        kind: 'consent',
        id: 'consent',
        title: 'The safeguarding lead’s consent decision',
        input: { age: 22, subject: 'patient' },
        expectedBasis: { article9Condition: 'sch1-para6', offenceData: false, notToldExemption: false },
        acceptableBases: [{ article9Condition: 'sch1-para6', offenceData: false, notToldExemption: false }],
        expected: [...s10ToConsent, consentObtained('Consent given: record who consented, to what, and how they were informed.'), ...recordDecision],
        acceptable: [
          [
            ...s10ToConsent,
            ...adultRefuses(
              { why: 'If they refuse, record the refusal and the reasons.', notes: 'Refused.' },
              'Nothing suggests anyone is pressing them to refuse.',
              'No care and support needs beyond their treatment on the ward: not an adult at risk.',
            ),
            {
              from: 'refusalRisk',
              event: 'ANSWER_YES',
              to: 'publicInterest',
              why: 'A risk to themselves and to others that outweighs confidentiality.',
              source: '004 ¶56; 004 ¶70',
              notes: 'Risk to self and others: admiration for massacres and “remember my name”.',
            },
            {
              from: 'publicInterest',
              event: 'PUBLIC_INTEREST_DECIDED',
              to: 'personInformed',
              why: 'The questions in paragraph 70 of the BSW ICB Prevent Policy: harm to themselves or the wider public (question 4); the justification can be stated.',
              source: '004 ¶70',
            },
            {
              from: 'personInformed',
              event: 'ANSWER_YES',
              to: 'caldicottConsulted',
              why: 'J3: asked for consent, refused, and told the concern will be shared.',
              source: 'NPRF J3',
            },
            ...recordDecision,
          ],
        ],
      },
    ],
    expectedBasis: {
      code: 'CONSENT',
      row: 1,
      alternatives: ['PUBLIC_INTEREST'],
      explanation:
        'Consent if given. If refused, the public interest: a risk to themselves and to others (BSW ICB Prevent Policy, paragraph 70, question 4). Either way the data-protection basis is UK GDPR Article 6(1)(e) with Article 9(2)(g) and Data Protection Act 2018 Schedule 1 paragraph 6 (the Prevent duty). A lack of a clear ideology is no reason to dismiss the concern (Southport Prevent learning review, February 2025).',
      sources: ['004 ¶55', '004 ¶70'],
    },
    requiredAuditItems: ['record-of-concern', 'consent-recorded', 'j3-handled'],
    pitfalls: [
      { text: 'Dismissing the concern because “there’s no ideology”.', source: '002 "Prevent, Counter-Extremism and Integration"' },
      { text: 'Letting the mental-health diagnosis explain everything away.', source: '004 App 2' },
    ],
    debrief: [
      { text: 'The form: C1 uses the “school-shooters” prompt; J1 = Yes (diagnosis); D1 notes self-harm.', source: 'NPRF Section C' },
      { text: 'Clinical risk management continues in parallel with the referral.', source: '004 App 3 Guidance notes' },
    ],
    trainerNotes: ['Two consent routes are accepted: consent given (expected), or refused and shared in the public interest.'],
  },

  // -------------------------------------------------------------------------------------------
  {
    id: 'S11',
    title: 'Send us everything',
    coverage: 'Incoming information request',
    setting: 'Safeguarding team with the information governance office',
    levels: [4, 5],
    roleTypes: ['DecisionMaker'],
    profile: 'BSW',
    models: ['bsw-reporting-chart'],
    modelNote:
      'This scenario teaches the BSW ICB process for answering a request for information (BSW ICB Prevent Policy, Appendix 4a): the MSE ICB Prevent Policy sets out no such process, so it runs the same whatever your pathway model.',
    vignette: [
      'The safeguarding lead receives an email from a Local Authority Prevent coordinator asking for “the full GP and hospital record” of an adult patient who is being considered for a Channel panel.',
      'The email is not on the requester’s information-sharing proforma.',
      'It cites no legal power, does not say whether the person has been asked for consent, and is not protectively marked.',
    ],
    cues: [
      { id: 'req.proforma', text: 'No proforma; not protectively marked', ref: '004 App 4a §5' },
      { id: 'req.powersCited', text: 'No legal power cited', ref: '004 App 4a §5' },
      { id: 'req.specific', text: '“The full record”: not specific', ref: '004 App 4a §5' },
    ],
    ideology: 'NOT_KNOWN',
    stages: [
      {
        kind: 'discussion',
        id: 'request',
        title: 'Checking the request',
        note: 'Incoming requests are not modelled by the app’s statecharts, which cover outgoing disclosure. Each check is a question for the room; nothing here is a machine state.',
        steps: [
          {
            id: 'proforma',
            modelRef: 'req.proforma',
            question: 'The request is an ordinary email, not on the requester’s proforma, and not protectively marked. What do you do?',
            options: [
              { id: 'ask-proforma', label: 'Ask for the request on an official information-sharing proforma, sent by secure, protectively marked email' },
              {
                id: 'reply-anyway',
                label: 'Reply with what they asked for',
                feedback: 'Sending patient information in reply to an unmarked, informal request is a pitfall.',
              },
              { id: 'ignore', label: 'Ignore it', feedback: 'Ignoring a request causes delay; ask for what is missing instead.' },
            ],
            expected: ['ask-proforma'],
            why: '“Has the Requestor used an appropriate official information sharing request proforma sanctioned by their organisation? … they should always be sent by secure protectively marked email.”',
            source: '004 App 4a §5',
            contacts: [],
          },
          {
            id: 'powers',
            modelRef: 'req.powersCited',
            question: 'The email cites no legal power. What do you ask for?',
            options: [
              {
                id: 'ask-powers',
                label:
                  'The lawful basis and powers relied on: UK GDPR Article 6(1)(e) with the Article 9 condition (and Article 10 for alleged offences), the Crime and Disorder Act 1998 s115 power, and, if the person is not to be told, why telling them would prejudice the prevention or detection of crime',
              },
              {
                id: 'not-needed',
                label: 'Nothing: a local authority does not need to cite powers',
                feedback: 'Where consent has not been sought, the requester should cite the powers and exemptions relied on.',
              },
            ],
            expected: ['ask-powers'],
            why: 'The requester should cite “the permissible powers and legal exemptions which are being relied upon in cases where the individual’s consent has not been sought”.',
            source: '004 App 4a §5',
            contacts: [],
          },
          {
            id: 'reason',
            modelRef: 'req.reasonGiven',
            question: 'The email does not say whether the person was asked for consent. What do you ask for?',
            options: [
              { id: 'ask-reason', label: 'A form of words explaining, in broad terms, why informed consent has not been sought' },
              {
                id: 'ask-person',
                label: 'Ask the patient yourself whether they agree',
                feedback: 'Asking the person could prejudice the intended outcome: the requester explains the consent position.',
              },
            ],
            expected: ['ask-reason'],
            why: 'The requester should explain “in broad terms why informed consent has not been sought”, for example that informing the person may prejudice the intended outcome.',
            source: '004 App 4a §5',
            contacts: [],
          },
          {
            id: 'specific',
            modelRef: 'req.specific',
            question: '“The full GP and hospital record.” What do you ask for?',
            options: [
              { id: 'ask-specific', label: 'Ask what specific, relevant information is needed' },
              {
                id: 'send-all',
                label: 'Send the whole record once the paperwork is right',
                feedback: 'Sending the whole record is a pitfall: release only what is relevant, necessary and proportionate.',
              },
            ],
            expected: ['ask-specific'],
            why: '“Health providers should only release information, which is relevant, necessary, and proportionate to the public interest described in the request.”',
            source: '004 App 4a §5',
            contacts: [],
          },
          {
            id: 'release',
            modelRef: 'req.assess → req.release',
            question: 'A compliant request arrives. What do you release?',
            options: [
              {
                id: 'relevant-only',
                label:
                  'After the questions in paragraph 70 of the BSW ICB Prevent Policy and advice from the Caldicott Guardian or Information Governance (IG), only relevant, necessary and proportionate information, by secure, marked email, recording what was and was not shared, and why',
              },
              {
                id: 'refuse',
                label: 'Nothing: patient confidentiality comes first',
                feedback: 'A blanket refusal after a clear public interest has been given causes unnecessary delays.',
              },
              {
                id: 'everything',
                label: 'Everything, now that it is compliant',
                feedback: 'Even a compliant request gets only relevant, necessary and proportionate information.',
              },
            ],
            expected: ['relevant-only'],
            why: 'Decide case by case with the Caldicott Guardian or Information Governance (IG) Officer, apply the paragraph 70 questions, release only what is relevant, and record the search made and what was and was not shared, with reasons.',
            source: '004 ¶69–70; 004 App 4a §6; 003 "Information management (providers)"',
            contacts: [],
          },
        ],
      },
      s11RequestStage,
    ],
    expectedBasis: {
      code: 'PUBLIC_INTEREST',
      alternatives: ['CONSENT'],
      explanation:
        'The public interest, with the lawful basis the requester states: UK GDPR Article 6(1)(e), an Article 9 condition (Article 9(2)(g) with Data Protection Act 2018 Schedule 1 paragraph 6, 10 or 18, whichever fits) and, for information about alleged offences, Article 10; the Crime and Disorder Act 1998 s115 is a power to disclose. Or consent, if the person agrees. Schedule 2, Part 1, paragraph 2 is not a basis for sharing: it only explains why the person is not told. Taking part in Channel itself needs the person’s consent.',
      sources: ['004 App 4a §5', '004 ¶43'],
    },
    requiredAuditItems: ['search-recorded', 'shared-and-not-shared', 'rationale'],
    pitfalls: [
      { text: 'Sending the whole record.', source: '004 App 4a §5' },
      { text: 'A blanket refusal citing confidentiality even after a clear public interest is given.', source: '004 App 4a §6' },
      { text: 'Not recording the decision.', source: '003 "Information management (providers)"' },
    ],
    debrief: [
      {
        text: 'Where disclosures to the police or the local authority may become routine, have a purpose-specific information-sharing protocol and agreement.',
        source: '004 ¶68',
      },
      { text: 'Channel participation is voluntary and needs the person’s consent.', source: '004 ¶43' },
    ],
    trainerNotes: ['The app does not model incoming requests. Present each check as a question; the debrief lists the room’s answers against the seed.'],
  },

  // -------------------------------------------------------------------------------------------
  {
    id: 'S12',
    title: 'Night shift',
    coverage: 'Out-of-hours significant concern',
    setting: 'Community hospital ward, 02:00; the safeguarding lead is not available',
    levels: [2, 3],
    roleTypes: ['Alerter'],
    profile: 'BSW',
    models: ['bsw-reporting-chart', 'mse-police-portal'],
    vignette: [
      'At 02:00 a patient’s visitor, clearly frightened, tells the night nurse that a relative (not a patient) has been “talking about doing something at the weekend” at a named crowded venue and has been buying materials.',
      'The visitor believes nothing will happen tonight.',
      'The safeguarding lead is not available until the morning.',
    ],
    cues: [
      { id: 'Significant', text: 'A significant concern, possibly terrorism-related, with a time frame of days', ref: '004 ¶63–65' },
      { id: 'Not now', text: 'It is not happening right now', ref: '004 ¶66' },
    ],
    ideology: 'NOT_KNOWN',
    stages: [
      {
        kind: 'concern',
        id: 'pathway',
        title: 'The pathway at 02:00: the lead cannot be reached, and it cannot wait',
        mse: { expected: mseS12 },
        expected: [
          ...patientRoute({
            notImmediate: 'The visitor believes nothing will happen tonight: a significant concern, not an immediate risk. If that changes, 999.',
            concern: 'Talk of “doing something” at a crowded venue and buying materials: a significant concern, possibly terrorism-related.',
            concernSource: '004 ¶63–65; 004 App 3 Guidance notes',
            record: 'Discuss with the duty manager, then record what the visitor said, and when.',
            escalate: 'Escalate to the safeguarding lead; tonight they cannot be reached.',
          }).slice(0, -1),
          {
            from: 'patientInformLead',
            event: 'LEAD_INFORMED',
            to: 'leadUnreachable',
            why: 'The safeguarding lead cannot be reached at 02:00: answer “Not yet”. It is never a dead end.',
            source: '004 ¶63',
          },
          {
            from: 'leadUnreachable',
            event: 'ANSWER_NO',
            to: 'urgentContact',
            why: 'It cannot wait until morning: a significant concern, particularly out of hours, needs a more urgent Prevent response. Waiting until morning is a pitfall.',
            source: '004 ¶63–64',
            notes: 'A significant concern with a time frame of days; the lead cannot be reached until morning.',
          },
          {
            from: 'urgentContact',
            event: 'URGENT_CONTACT_MADE',
            to: 'endUrgentAdviceSought',
            why: 'Call the confidential Anti-Terrorist Hotline 0800 789 321 (or 101; text relay 18001 101), and record who you spoke to and when. Tell the safeguarding lead and the duty manager the next working day. If it seems imminent at any point, 999.',
            source: '004 ¶63–65; 004 App 3 Guidance notes',
          },
        ],
      },
      {
        kind: 'discussion',
        id: 'the-visitor',
        title: 'What to tell the visitor',
        note: 'What the nurse says to the visitor is not a step of the app’s statecharts. The room discusses it here.',
        steps: [
          {
            id: 'the-visitor',
            modelRef: 'urgent.hotline',
            question: 'What can you tell the visitor?',
            options: [
              { id: 'no-promises', label: 'Thank them, explain what you will do now, and make no promises about what happens next' },
              { id: 'anonymity', label: 'Promise them they will stay anonymous', feedback: 'Do not promise anonymity you cannot guarantee.' },
              { id: 'outcome', label: 'Promise that the police will stop it', feedback: 'Do not promise outcomes: feedback “is not always possible”.' },
            ],
            expected: ['no-promises'],
            why: 'Feedback on what happens next “is not always possible”: do not promise anonymity or outcomes you cannot guarantee.',
            source: 'NPRF REFERRAL PROCESS',
            contacts: [],
          },
        ],
      },
    ],
    expectedBasis: {
      code: 'PUBLIC_INTEREST',
      alternatives: [],
      explanation:
        'The information comes from a visitor about a third party, and patient-confidential information is not involved. Passing it to the police to prevent crime is in the public interest: UK GDPR Article 6(1)(e) and, for the information about an alleged offence (buying materials to “do something” at a crowded venue), Article 10 with Data Protection Act 2018 Schedule 1 paragraph 10 (preventing or detecting unlawful acts). Schedule 2, Part 1, paragraph 2 is not a basis for sharing: it would only explain why the relative is not told.',
      sources: ['004 ¶63–65', '004 App 4'],
    },
    requiredAuditItems: ['hotline-called', 'lead-informed', 'record-of-what-happened'],
    pitfalls: [
      { text: 'Waiting until morning for the safeguarding lead.', source: '004 ¶63–64' },
      { text: 'Trying to contact the relative.', source: sources.noSurveillance },
      { text: 'Promising the visitor anonymity or outcomes the nurse cannot guarantee.', source: 'NPRF REFERRAL PROCESS' },
    ],
    debrief: [
      {
        text: 'The person of concern is not a patient: the flowchart applies to anyone, and the patient column covers family members and visitors.',
        source: '004 Summary',
      },
      { text: 'After an urgent call, inform the safeguarding lead and record what happened.', source: '004 ¶62' },
    ],
    trainerNotes: ['The textphone number (for speech or hearing difficulties) sits next to the hotline in the urgent contacts panel.'],
  },
];

/** The scenarios, parsed: a scenario that does not validate stops the training route from loading. */
export const scenarios = scenarioListSchema.parse(scenarioData);
