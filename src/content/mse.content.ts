import type { MseChoice, MseChoiceStep, MseConfirmStep, MseOutcomeCode, MseStepId, mseConfirmations, mseStepMeta } from '../../machines/mse.machine';
import {
  emergencyFromProfile,
  ideologyNotRequired,
  outOfHoursContent,
  stepContent,
  type Contactable,
  type FromProfile,
  type OutcomeContent,
  type StepContent,
  type YesNoContent,
} from './concern.content';

export type { FromProfile };

/**
 * Everything the MSE pathway says (002 "Prevent and Channel referral process" › "Referral
 * Flowchart"; domain-spec §1.2), keyed by the machine's step ids: a step with no content fails the
 * type check. The emergency steps are the BSW chart's own pages, shared. Copy follows domain-spec
 * §0.3: safeguarding in the pre-criminal space; never investigate or confront; behaviour, not
 * identity. It names no police force, person or address: those come from the organisation profile
 * (`mseFromProfile` says what each page shows from it).
 *
 * Two page kinds are new here, because no existing page asks them: "choice" (one of three answers,
 * with a rationale) and "confirm" (tick what you have done outside the app). MSE outcomes carry the
 * MSE outcome codes.
 */

type Page = Pick<YesNoContent, 'source' | 'title' | 'tabTitle' | 'hint' | 'guidance'>;

/** A three-way decision: one radio per option, in the machine's order (`mseChoices[step]`), and a rationale. */
export interface ChoiceContent<S extends MseChoiceStep = MseChoiceStep> extends Page {
  kind: 'choice';
  options: { [C in MseChoice<S>]: { label: string; hint?: string; /** A term explained on hover or focus (domain-spec B4). */ tooltip?: string } };
  chooseError: string;
  /** Required for the options in `mseRationaleRequired`, optional for the others. */
  notes: { label: string; hint: string; missingError?: string };
}

/** Things done outside the app that the referrer confirms: one checkbox per item, each required. */
export interface ConfirmContent<S extends MseConfirmStep = MseConfirmStep> extends Page, Contactable {
  kind: 'confirm';
  /** The checkboxes' legend: what the user confirms. */
  legend: string;
  items: { [I in (typeof mseConfirmations)[S]['items'][number]]: { label: string; hint?: string; missingError: string } };
  reference?: { label: string; hint: string };
  notes: { label: string; hint: string };
  continueLabel: string;
  /** Offer the app's referral form, prefilled from this record, to prepare what the portal asks. */
  toReferral?: boolean;
}

/** An END of the MSE chart: the BSW outcome page, with an MSE outcome code. */
export interface MseOutcomeContent extends Omit<OutcomeContent, 'outcome'> {
  outcome: MseOutcomeCode;
}

/** Any one step's choice content: each step's options are its own (`mseChoices[step]`). */
export type AnyChoiceContent = { [S in MseChoiceStep]: ChoiceContent<S> }[MseChoiceStep];
export type AnyConfirmContent = { [S in MseConfirmStep]: ConfirmContent<S> }[MseConfirmStep];
export type MseStepContent = Exclude<StepContent, OutcomeContent> | AnyChoiceContent | AnyConfirmContent | MseOutcomeContent;

type OutcomeStep = { [S in MseStepId]: (typeof mseStepMeta)[S] extends { outcome: MseOutcomeCode } ? S : never }[MseStepId];
/** Each step's content has its page's kind, its own options, and (for an END) the outcome its meta names. */
type ContentFor<S extends MseStepId> = S extends MseChoiceStep
  ? ChoiceContent<S>
  : S extends MseConfirmStep
    ? ConfirmContent<S>
    : S extends OutcomeStep
      ? MseOutcomeContent & { outcome: Extract<(typeof mseStepMeta)[S], { outcome: MseOutcomeCode }>['outcome'] }
      : Exclude<StepContent, OutcomeContent>;

const whatToRecord = stepContent.patientDiscussAndRecord.forExample;

export const mseStepContent = {
  mseStart: {
    kind: 'start',
    tabTitle: 'Start',
    title: 'You are worried about someone',
    source: '002 "Prevent and Channel referral process" (box 1); 004 App 3 Guidance notes (NOTICE–CHECK–SHARE)',
    guidance: [
      'This tool walks you through your organisation’s Prevent referral flowchart, one question at a time, and keeps a record of what you decided and why.',
      'Prevent is about safeguarding: supporting people who may be vulnerable to being drawn into terrorism, before any crime. A concern does not mean that you think the person is a terrorist. It means you are concerned they could be exploited by others.',
      'You do not need to be certain, and you must not investigate the person or challenge their views. Clarify what you know, talk to your organisation’s Prevent Lead, and follow their advice.',
    ],
    phases: [
      { name: 'Notice', text: 'Something someone did or said worries you. If something doesn’t feel right, it may not be.' },
      { name: 'Check', text: 'Clarify the information, then talk to your Prevent Lead for support and guidance.' },
      { name: 'Share', text: 'If a referral is advised, you make it through the police online portal and tell the Prevent Lead and social care.' },
    ],
    roleLegend: 'Which best describes you?',
    roles: {
      staff: 'I noticed the concern',
      manager: 'I am the line manager of someone who raised a concern',
      lead: 'I am a safeguarding lead or Prevent Lead',
    },
  },
  mseImmediateRisk: {
    kind: 'yesNo',
    tabTitle: 'Urgent police help',
    title: 'Is anyone in immediate danger, or do you think an attack may be about to happen?',
    hint: 'Your organisation’s flowchart says: “If you require urgent police assistance, call 999.”',
    source: '002 "Prevent and Channel referral process" ("If you require urgent police assistance, call 999."); 004 ¶66',
    yes: { label: 'Yes', hint: 'You will be told how to call 999.' },
    no: { label: 'No' },
    chooseError: 'Select yes if anyone is in immediate danger or you think an attack may be about to happen',
  },
  mseSubject: {
    kind: 'subject',
    tabTitle: 'Member of staff or not',
    title: 'Is the person you are concerned about a member of staff?',
    source: '002 "Referral Flowchart" (side note, domain-spec B1); 002 Scope',
    patient: {
      label: 'No, not a member of staff',
      hint: 'A patient, service user, carer, family member, visitor or member of the public: a child, young person or adult.',
    },
    colleague: { label: 'Yes, a member of staff', hint: 'Anyone who works here: permanent, temporary, voluntary, contract, self-employed, bank or agency.' },
  },
  mseClarify: {
    kind: 'record',
    tabTitle: 'Clarify and record',
    title: 'Clarify the information and make a record of your concern',
    source:
      '002 "Consent" ("Before making a referral, practitioners should respond as we would to all concerns, by clarifying the information."); 002 EIA; 000 §6.2',
    guidance: [
      'Respond as you would to any other concern. Write down what you saw or heard, when and where, and the exact words if you can. Keep your opinion separate and label it as opinion.',
      'Clarifying is not investigating. Do not question the person to find out more, do not look at their phone or search for them online, and do not challenge their views.',
      'Think about behaviour and the risk of harm, not who the person is. Faith, ethnicity, nationality or political views are never a reason for concern on their own, and nor is a change of religious or cultural dress.',
      ideologyNotRequired,
      'For a child or young person, clarifying ordinarily means talking with the child and their family, unless the family is implicated, and with other professionals who work with them, about their wellbeing. If you are unsure, ask the Prevent Lead first.',
    ],
    forExample: whatToRecord,
  },
  mseStaffRecord: {
    kind: 'record',
    tabTitle: 'Record the concern',
    title: 'Make a record of your concern and share it with the person’s line manager',
    source: '002 "Prevent and Channel referral process" (staff route, domain-spec B1); 002 EIA; 003 "Information management (providers)"',
    guidance: [
      'Concerns about members of staff are risk assessed by their line manager, Human Resources and a senior safeguarding lead. If your concern is about your own line manager, talk to the safeguarding team instead.',
      'Write facts: what you saw or heard, when and where, and the exact words if you can. Keep your opinion separate and label it as opinion. Do not ask your colleague questions to find out more, do not look at their phone or search for them online, and do not challenge their views.',
      'Think about behaviour and the risk of harm, not who the person is. Faith, ethnicity, nationality or political views are never a reason for concern on their own, and nor is a change of religious or cultural dress.',
    ],
    forExample: whatToRecord,
  },
  mseStaffRiskAssessment: {
    kind: 'choice',
    tabTitle: 'Staff risk assessment',
    title: 'What did the staff risk assessment decide?',
    hint: 'The line manager, Human Resources and the senior safeguarding lead assess the concern together. Record their decision.',
    source: '002 "Prevent and Channel referral process" (staff route, domain-spec B1 and §1.2)',
    guidance: ['Any employment process is separate from the safeguarding decision, and Prevent does not replace it.'],
    options: {
      PROCEED_TO_PREVENT: { label: 'Proceed under Prevent', hint: 'Next, liaise with the Prevent Lead for support and guidance.' },
      OTHER_PROCESS: { label: 'Manage it through another process', hint: 'For example, a Human Resources (HR) process or another safeguarding procedure.' },
      NO_FURTHER_ACTION: { label: 'No further action' },
    },
    chooseError: 'Select what the staff risk assessment decided',
    notes: {
      label: 'Reasons for the decision',
      hint: 'Always document your decision-making and rationale at the time. Required unless the decision is to proceed under Prevent.',
      missingError: 'Enter the reasons for the decision',
    },
  },
  mseLiaisePreventLead: {
    kind: 'yesNo',
    tabTitle: 'Liaise with the Prevent Lead',
    title: 'Has the Prevent Lead advised that a referral should be made?',
    hint: 'Talk to your organisation’s Prevent Lead or safeguarding team for support and guidance before you refer. They will help you decide whether a referral is needed and how to handle consent.',
    source: '002 "Referral Flowchart" (box 3); 002 "Prevent and Channel referral process" (ways to seek advice; domain-spec B2)',
    guidance: ['You can also call the police on 101 (text relay: 18001 101) and say you would like advice on a Prevent issue.'],
    yes: { label: 'Yes, a referral is advised' },
    no: { label: 'No, a referral is not advised', hint: 'You will see other sources of support.' },
    unreachable: {
      label: 'I cannot reach the Prevent Lead or safeguarding team yet',
      hint: 'For example, at night. You will be asked whether it can wait, and shown who to call if it cannot.',
    },
    chooseError: 'Select yes if the Prevent Lead advised that a referral should be made',
    notes: {
      label: 'Who you spoke to and what they advised',
      hint: 'Always document your decision-making and rationale at the time. Required if a referral is not advised.',
      requiredWhen: 'no',
      missingError: 'Enter the advice you were given and who gave it',
    },
  },
  mseConsent: {
    kind: 'choice',
    tabTitle: 'Consent',
    title: 'Will the referral be made with the person’s consent and knowledge?',
    hint: 'Seek consent where you can. If the person refuses, or seeking consent is not appropriate, information can still lawfully be shared if it is in the public interest, for example to protect someone from serious harm or to prevent crime.',
    source: '002 "Referral Flowchart" (box 4: "with or without consent/ knowledge (rationale)"); 002 "Consent"; 004 ¶61',
    guidance: [
      'For a child or young person, refer with their and their family’s knowledge and consent, unless that would place the child at risk of harm. Consider their age, maturity and capacity (Gillick competence).',
      'If you are unsure, ask the Prevent Lead, your Caldicott Guardian or Information Governance before you refer.',
    ],
    options: {
      REFER_WITH_CONSENT: { label: 'Yes, with their consent and knowledge', hint: 'Record who consented, when, and what they agreed to.' },
      REFER_WITHOUT_CONSENT: {
        label: 'No, without their consent or knowledge',
        hint: 'Record why, for example they refused and the public interest outweighs it, or asking would increase the risk.',
      },
      NO_LAWFUL_BASIS: {
        label: 'No referral: there is no lawful basis to share without consent',
        hint: 'For example, they refused and the risk is to themselves only.',
      },
    },
    chooseError: 'Select whether the referral will be made with the person’s consent and knowledge',
    notes: {
      label: 'Your rationale',
      hint: 'Always document your decision-making and rationale at the time.',
      missingError: 'Enter the rationale for your decision',
    },
  },
  mseSubmitPortal: {
    kind: 'confirm',
    legend: 'Confirm that you have made the referral',
    tabTitle: 'Refer through the portal',
    title: 'Make the referral through the police Prevent portal',
    source: '002 "Referral Flowchart" (box 4); 002 "Prevent and Channel referral process" ("click on ‘make a referral’ … and complete the online form")',
    guidance: [
      'Open the police Prevent page named below, choose “make a referral” and complete the online form.',
      'This tool sends nothing. Copy what the form asks for from your record of concern, and share only what is needed.',
      'Do not tell the person about the referral unless you decided to make it with their knowledge.',
    ],
    items: {
      portalSubmitted: {
        label: 'I have submitted the referral through the police portal',
        missingError: 'Submit the referral through the police portal before you continue. If you cannot, ask the Prevent Lead what to do',
      },
    },
    reference: { label: 'Reference number', hint: 'If the portal gave you one.' },
    toReferral: true,
    notes: { label: 'Notes', hint: 'For example, when you submitted it.' },
    continueLabel: 'Continue',
  },
  mseNotify: {
    kind: 'confirm',
    legend: 'Confirm who you have told',
    tabTitle: 'Tell the Prevent Lead and social care',
    title: 'Tell the Prevent Lead and share the concern with social care',
    source: '002 "Prevent and Channel referral process" (domain-spec B8)',
    guidance: [
      'Notify your organisation’s Prevent Lead of every referral you make.',
      'Share the concern with the relevant local authority’s children’s or adults’ social care, through their usual secure route.',
    ],
    items: {
      preventLeadNotified: {
        label: 'I have notified the Prevent Lead of this referral',
        missingError: 'Notify the Prevent Lead of the referral before you continue',
      },
      socialCareShared: {
        label: 'I have shared the concern with local authority children’s or adults’ social care',
        missingError: 'Share the concern with social care before you continue. If you are not sure who to contact, ask the Prevent Lead',
      },
    },
    notes: { label: 'Notes', hint: 'For example, who you told, how and when.' },
    continueLabel: 'Continue',
  },
  msePoliceReview: {
    kind: 'choice',
    tabTitle: 'Police decision',
    title: 'What did the police decide?',
    hint: 'Your part of the referral is done. If you learn the decision, record it here. Otherwise, print your record and keep it with your organisation’s safeguarding records.',
    source: '002 "Referral Flowchart" (boxes 5–8; domain-spec B3, B4, B6)',
    guidance: [
      'The police review the referral with partners and decide whether to progress it to the police space, to the Channel Panel, or to take no further action. Care planning, consent and information sharing for the Channel Panel happen along the way.',
      'If anything changes, tell the Prevent Lead, and call 999 if anyone is at immediate risk.',
    ],
    options: {
      POLICE_SPACE: {
        label: 'Police space',
        hint: 'The police lead, working with partners.',
        tooltip: 'The national term is believed to be “Police-Led Partnership”.',
      },
      CHANNEL_PANEL: { label: 'Channel Panel', hint: 'A multi-agency safeguarding panel, chaired by the local authority, that offers voluntary support.' },
      NFA: { label: 'No Further Action (NFA)', hint: 'No further action under Prevent. Other support may still be offered.' },
    },
    chooseError: 'Select what the police decided',
    notes: { label: 'Notes', hint: 'For example, who told you and when.' },
  },
  ...outOfHoursContent('the Prevent Lead'),
  emergencyCallPolice: stepContent.emergencyCallPolice,
  emergencyInformLead: stepContent.emergencyInformLead,
  emergencyRecord: stepContent.emergencyRecord,
  endEmergency: stepContent.endEmergency,
  mseEndStaffOtherProcess: {
    kind: 'outcome',
    outcome: 'STAFF_OTHER_PROCESS',
    tabTitle: 'Another process',
    title: 'The concern will be managed through another process',
    source: '002 "Prevent and Channel referral process" (staff route, domain-spec B1 and §1.2)',
    next: [
      {
        who: 'The line manager and Human Resources (HR)',
        what: 'Follow the process agreed in the risk assessment, for example an HR or another safeguarding procedure.',
      },
      { who: 'The line manager', what: 'Keeps the concern confidential and supports the colleague as usual.' },
      { who: 'You', what: 'Keep this record with the risk assessment. Start again if anything changes, and call 999 if anyone is at immediate risk.' },
    ],
  },
  mseEndStaffNoFurtherAction: {
    kind: 'outcome',
    outcome: 'STAFF_NO_FURTHER_ACTION',
    tabTitle: 'No further action',
    title: 'The staff risk assessment decided that no further action is needed',
    source: '002 "Prevent and Channel referral process" (staff route, domain-spec B1 and §1.2)',
    guidance: ['Raising the concern was the right thing to do. If anything changes, start again.'],
    next: [
      { who: 'The line manager', what: 'Keeps the concern and the decision confidential, and supports the colleague as usual.' },
      { who: 'You', what: 'Keep this record with the decision and the reasons for it.' },
    ],
    contacts: ['policeNonEmergency'],
  },
  mseEndNoReferral: {
    kind: 'outcome',
    outcome: 'NO_REFERRAL_ADVISED',
    tabTitle: 'No referral advised',
    title: 'No Prevent referral is needed: consider other sources of support',
    source: '002 "Referral Flowchart" (box 3; domain-spec B2)',
    guidance: [
      'The Prevent Lead advised that a referral is not needed. Your record keeps their advice and your reasons.',
      'If you have concerns about other vulnerabilities, make the appropriate safeguarding referrals through your organisation’s usual procedures.',
    ],
    next: [
      {
        who: 'You',
        what: 'Consider other support for the person, such as their GP or care team, or other safeguarding teams. Start again if anything changes.',
      },
      { who: 'The Prevent Lead', what: 'Can advise again at any time.' },
    ],
    contacts: ['policeNonEmergency'],
  },
  mseEndNoLawfulBasis: {
    kind: 'outcome',
    outcome: 'NO_LAWFUL_BASIS',
    tabTitle: 'No referral made',
    title: 'No referral is made and no information is shared',
    source: '002 "Consent"; 002 "Referral Flowchart" (box 4); domain-spec §1.5',
    guidance: [
      'There is no consent, and no other lawful basis to share has been identified. Your record keeps the reasons.',
      'If the risk changes, for example to other people, talk to the Prevent Lead again.',
    ],
    next: [
      { who: 'You', what: 'Keep supporting the person as usual, and offer other sources of support where they would help.' },
      { who: 'You', what: 'Keep this record with your organisation’s safeguarding records. Call 999 if anyone is at immediate risk.' },
    ],
    contacts: ['policeNonEmergency'],
  },
  mseEndPoliceSpace: {
    kind: 'outcome',
    outcome: 'POLICE_SPACE',
    tabTitle: 'Police space',
    title: 'The police decided to progress the referral to the police space',
    source: '002 "Referral Flowchart" (box 8; domain-spec B4)',
    guidance: ['“Police space” is the term your organisation’s flowchart uses; nationally it is believed to be called the Police-Led Partnership.'],
    next: [
      { who: 'The police', what: 'Lead the work with partners. They may contact you or the Prevent Lead for more information.' },
      {
        who: 'You',
        what: 'Keep this record with your organisation’s safeguarding records, and share information only when the Prevent Lead or Information Governance has agreed it.',
      },
    ],
  },
  mseEndChannelPanel: {
    kind: 'outcome',
    outcome: 'CHANNEL_PANEL',
    tabTitle: 'Channel Panel',
    title: 'The police decided to progress the referral to the Channel Panel',
    source: '002 "Referral Flowchart" (boxes 6 and 8); 004 ¶39–43',
    guidance: [
      'Channel is a multi-agency safeguarding panel chaired by the local authority. Taking part is voluntary: the person is asked for their consent.',
      'The panel may offer support tailored to the person’s needs, such as help with education or employment, health support or mentoring.',
    ],
    next: [
      { who: 'The Channel Panel', what: 'Assesses the person’s vulnerability and decides what support to offer.' },
      { who: 'You', what: 'You may be asked to share information for the panel. Ask the Prevent Lead or Information Governance before you share.' },
    ],
  },
  mseEndNfa: {
    kind: 'outcome',
    outcome: 'NFA',
    tabTitle: 'No Further Action',
    title: 'The police decided on no further action under Prevent',
    source: '002 "Referral Flowchart" (box 8)',
    guidance: ['This does not mean you were wrong to raise your concern: the information you provide is valuable and is always assessed.'],
    next: [
      { who: 'You', what: 'Consider other support for the person through your organisation’s usual procedures. Start again if anything changes.' },
      { who: 'You', what: 'Keep this record with your organisation’s safeguarding records.' },
    ],
    contacts: ['policeNonEmergency'],
  },
} as const satisfies { [S in MseStepId]: ContentFor<S> };

export const mseFromProfile = {
  ...emergencyFromProfile,
  mseStaffRecord: { contacts: ['hr'], lists: ['staffRouteRoles'] },
  mseStaffRiskAssessment: { contacts: ['hr'], lists: ['staffRouteRoles'] },
  mseLiaisePreventLead: { contacts: ['preventLead', 'safeguardingLead'] },
  mseConsent: { contacts: ['preventLead', 'caldicottGuardian', 'informationGovernance'] },
  mseSubmitPortal: { policePortal: true },
  mseNotify: { contacts: ['preventLead', 'childrensSocialCare', 'adultSafeguarding'], lists: ['notifyOnReferral'] },
  mseEndStaffOtherProcess: { contacts: ['hr'] },
  mseEndNoReferral: { contacts: ['preventLead'] },
  mseEndNoLawfulBasis: { contacts: ['preventLead'] },
} as const satisfies Partial<Record<MseStepId, FromProfile>>;

/** Labels the MSE pages add to the shared controls (`pathwayText` in concern.content.ts). */
export const msePageText = {
  staffRouteRoles: 'Who assesses concerns about staff here',
  notifyOnReferral: 'Who to tell about every referral',
  policePortalHeading: 'The police Prevent page',
  policePortalNoAddress: 'Your organisation’s profile gives no web address for this page: search for it by its name.',
  /** The link from the portal step to the app's referral form, prefilled from this record. */
  toReferral: 'Fill in the National Prevent Referral Form from this record: keep a copy, and copy from it into the portal',
} as const;

// In its own module so the referral's pages do not load the whole MSE pathway content for one sentence.
export { msePrefillText } from './mse-prefill.content';

/** Referring without consent (box 4): the Prevent Lead who agreed, and when, are recorded (legal-and-security §A.1). */
export const mseLeadAgreementText = {
  name: {
    label: 'Name and role of the Prevent Lead who agreed',
    hint: 'A referral without the person’s consent or knowledge is agreed with the Prevent Lead first.',
    missingError: 'Enter the name of the Prevent Lead who agreed to a referral without consent',
  },
  agreedAt: {
    label: 'When they agreed',
    hint: 'Date and time, for example 05/11/2026 14:30',
    missingError: 'Enter when the Prevent Lead agreed',
  },
} as const;
