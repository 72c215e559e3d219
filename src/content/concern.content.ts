import type { ContactKey, OrganisationProfile } from '../../forms/organisation-profile.schema';
import type { OutcomeCode, StepId } from '../../machines/concern.machine';
import type { MseOutcomeCode } from '../../machines/mse.machine';
import type { nationalContacts } from './contacts';

/**
 * Everything the concern pathway says, keyed by the machine's step ids: a step with no content
 * fails the type check (`satisfies Record<StepId, StepContent>`). Each entry names its source in
 * the seeds. Copy follows domain-spec §0.3: safeguarding in the pre-criminal space; never
 * investigate or confront; behaviour, not identity.
 */

export interface Sourced {
  /** The seed and paragraph the wording comes from. */
  source: string;
}
/** What every question page of every wizard says: shared by the pathway and the consent pages. */
export interface Page extends Sourced {
  /** The page's one h1: the question, or the instruction. */
  title: string;
  /** Browser tab title, short. */
  tabTitle: string;
  hint?: string;
  /** Short paragraphs of guidance shown above the answer. */
  guidance?: readonly string[];
}

export interface StartContent extends Page {
  kind: 'start';
  roleLegend: string;
  roles: { staff: string; manager: string; lead: string };
  phases: readonly { name: string; text: string }[];
}

export interface YesNoContent extends Page {
  kind: 'yesNo';
  yes: { label: string; hint?: string };
  no: { label: string; hint?: string };
  chooseError: string;
  notes?: { label: string; hint: string; requiredWhen?: 'yes' | 'no'; missingError?: string };
  /** A third answer, "I cannot reach them yet", that leads to the out-of-hours steps instead of a dead end. */
  unreachable?: { label: string; hint?: string };
}

export interface SubjectContent extends Page {
  kind: 'subject';
  patient: { label: string; hint: string };
  colleague: { label: string; hint: string };
}

export interface RecordContent extends Page {
  kind: 'record';
  forExample: readonly string[];
}

export interface ActionContent extends Page {
  kind: 'policeCalled' | 'leadInformed' | 'emergencyRecord' | 'discussion';
  continueLabel: string;
}

/** Who was called out of hours, and when (004 ¶63–65): the contacts to call, then what to record. */
export interface UrgentContactContent extends Page, Contactable {
  kind: 'urgentContact';
  continueLabel: string;
}

export interface Contactable {
  /** National contacts to show on the page. */
  contacts?: readonly (keyof typeof nationalContacts)[];
}

export interface OutcomeContent extends Page, Contactable {
  kind: 'outcome';
  outcome: OutcomeCode;
  /** The safeguarding lead may go on to the referral form from here. */
  leadMayRefer?: boolean;
  /** What happens next, who does it. */
  next: readonly { who: string; what: string }[];
}

export type StepContent = StartContent | YesNoContent | SubjectContent | RecordContent | (ActionContent & Contactable) | UrgentContactContent | OutcomeContent;

const recordForExample = [
  'How or why did the person come to your notice? What happened, where and when?',
  'Is it a specific event, or a combination of things? Describe them.',
  'Has the person expressed a wish to cause harm, or threatened anyone? Who, when, and what exactly was said?',
  'Has the person shown a concerning interest in hate crimes, extremists or terrorism, or support for mass violence?',
  'Has the person shown you, or told you about, something on their phone, online or on social media that worries you? Describe what you saw or were told. Do not look at their phone or search for them online.',
  'Anything else that concerns you that is not mentioned here.',
] as const;

/**
 * Ideology is not required (legal-and-security §A.1 item 11): a fascination with mass violence is
 * enough to talk to someone. Shared by both pathways.
 */
export const ideologyNotRequired =
  'You do not need to know what the person believes. A fascination with mass violence or attacks, even without any clear ideology, is enough reason to talk to your manager or safeguarding lead (Southport Prevent learning review, February 2025).';

/** What staff never do (BSW ICB Prevent Policy, paragraph 37: no surveillance role). Shared by both pathways. */
export const doNotInvestigate =
  'Do not ask the person questions to find out more. Do not look at their phone or search for them online. Do not challenge their views.';
const doNotInvestigateColleague =
  'Do not ask your colleague questions to find out more. Do not look at their phone or search for them online. Do not challenge their views.';

/**
 * "Can't reach the lead yet" and out of hours (004 ¶63–65; 002 ways to seek advice), the same
 * steps in every pathway: `lead` names who could not be reached (the BSW safeguarding lead, the MSE
 * Prevent Lead). What to do the next working day, and by whom, is on both outcome pages.
 */
export function outOfHoursContent(lead: string) {
  return {
    leadUnreachable: {
      kind: 'yesNo',
      tabTitle: 'Cannot reach the lead yet',
      title: `Can this wait until you can reach ${lead}?`,
      hint: `For example, ${lead} is back later today. If it is a significant concern that cannot wait, particularly out of hours, there are numbers you can call now.`,
      source: '004 ¶63–65; 002 "Prevent and Channel referral process" (ways to seek advice)',
      guidance: ['If anyone is in immediate danger, or you think an attack may be about to happen, call 999 now.', doNotInvestigate],
      yes: { label: `Yes, it can wait until I reach ${lead}`, hint: 'You will get your record, and what to do next.' },
      no: {
        label: 'No, it is a significant concern and cannot wait',
        hint: 'You will see who to call now: your organisation’s out-of-hours contact, the police on 101 (text relay: 18001 101), or the Anti-Terrorist Hotline.',
      },
      chooseError: `Select yes if this can wait until you reach ${lead}`,
      notes: {
        label: 'Why it can wait, and when you will tell them',
        hint: 'Always document your decision-making and rationale at the time. Required if it can wait.',
        requiredWhen: 'yes',
        missingError: 'Enter why this can wait and when you will tell them',
      },
    },
    urgentContact: {
      kind: 'urgentContact',
      tabTitle: 'Call for advice now',
      title: 'Call for advice now',
      source: '004 ¶63–65; 002 "Prevent and Channel referral process" (ways to seek advice)',
      guidance: [
        'Call your organisation’s out-of-hours or on-call contact if it has one. You can also call the police on 101 (text relay: 18001 101) and say you would like advice on a Prevent issue, or, if you suspect the concern is terrorism related, the confidential Anti-Terrorist Hotline.',
        'You can share what you know with the police to prevent harm: you do not need anyone’s consent for this call. Share only what they need.',
        'If at any point it seems about to happen, call 999.',
      ],
      contacts: ['policeNonEmergency', 'antiTerroristHotline', 'textphone'],
      continueLabel: 'Save and continue',
    },
    endLeadToBeTold: {
      kind: 'outcome',
      outcome: 'LEAD_TO_BE_TOLD',
      tabTitle: 'Tell the lead when you can',
      title: `Tell ${lead} as soon as you can reach them`,
      source: '004 ¶30, ¶62',
      guidance: [`You decided this can wait until you reach ${lead}. Your reasons are in the record below.`],
      next: [
        { who: 'You (or your manager)', what: `Tell ${lead} at the next working opportunity, and give them this record.` },
        {
          who: 'You',
          what: 'If anything changes and it can no longer wait, call for advice (101, text relay 18001 101, or the Anti-Terrorist Hotline), or 999 if anyone is in immediate danger.',
        },
      ],
      contacts: ['policeNonEmergency', 'antiTerroristHotline'],
    },
    endUrgentAdviceSought: {
      kind: 'outcome',
      outcome: 'URGENT_ADVICE_SOUGHT',
      tabTitle: 'Advice sought out of hours',
      title: 'You have called for advice: now tell the lead the next working day',
      source: '004 ¶62–65',
      guidance: ['Thank you. The record below says who you contacted and when, and what they advised.'],
      next: [
        {
          who: 'You, or the nurse in charge or duty manager',
          what: `Next working day: tell ${lead} what happened and who you called, and give them this record.`,
        },
        { who: `${lead.charAt(0).toUpperCase()}${lead.slice(1)}`, what: 'Decides what else is needed, including whether a referral is made.' },
        { who: 'You', what: 'Do the things the police or the out-of-hours contact asked you to do. Do not contact the person to find out more.' },
      ],
      contacts: ['emergency', 'policeNonEmergency', 'antiTerroristHotline'],
    },
  } as const satisfies Record<string, StepContent>;
}

export const stepContent = {
  start: {
    kind: 'start',
    tabTitle: 'Start',
    title: 'You are worried about someone',
    source: '004 App 3 Guidance notes (NOTICE–CHECK–SHARE); 004 ¶32',
    guidance: [
      'This tool walks you through your organisation’s flowchart for a Prevent concern, one question at a time, and keeps a record of what you decided and why.',
      'Prevent is about safeguarding: supporting people who may be vulnerable to being drawn into terrorism, before any crime. A concern does not mean you think the person is a terrorist. It means you are worried they could be exploited by others.',
      'You do not need to be certain. Notice, check your concern with the right person, and let them decide what to share.',
      doNotInvestigate,
      ideologyNotRequired,
    ],
    phases: [
      { name: 'Notice', text: 'Something someone did or said worries you. If something doesn’t feel right, it may not be.' },
      { name: 'Check', text: 'Talk to your manager or safeguarding lead. Does your concern worry them too?' },
      { name: 'Share', text: 'The safeguarding team decides whether to share the information with partners.' },
    ],
    roleLegend: 'Which best describes you?',
    roles: {
      staff: 'I noticed the concern',
      manager: 'I am the line manager of someone who raised a concern',
      lead: 'I am a safeguarding lead',
    },
  },
  immediateRisk: {
    kind: 'yesNo',
    tabTitle: 'Immediate risk',
    title: 'Is anyone in immediate danger, or do you think an attack may be about to happen?',
    hint: 'Your organisation’s flowchart asks: “Is the person indicating or showing behaviours that suggest they are likely to be an immediate risk of initiating a violent extremist attack?”',
    source: '004 flowchart (box F4); 004 ¶66',
    yes: { label: 'Yes', hint: 'You will be told how to call 999 and ask for police presence.' },
    no: { label: 'No' },
    chooseError: 'Select yes if anyone is in immediate danger or you think an attack may be about to happen',
  },
  isConcern: {
    kind: 'yesNo',
    tabTitle: 'Is there a concern',
    title: 'Are you concerned that the person may be vulnerable to being drawn into extremist activity?',
    hint: 'There is no immediate risk, but you are concerned that someone is vulnerable or susceptible to being led into extremist activities.',
    source: '004 flowchart (boxes F8–F9); 002 "Prevent and Channel referral process"',
    guidance: [
      'Think about behaviour and the risk of harm, not who the person is. Faith, ethnicity, nationality or political views are never a reason for concern on their own, and nor is a change of religious or cultural dress.',
      ideologyNotRequired,
      'Prejudice and intolerance on their own are not a Prevent matter, but they may still call for other support.',
    ],
    yes: { label: 'Yes' },
    no: { label: 'No', hint: 'You will see other sources of safeguarding support.' },
    chooseError: 'Select yes if you are concerned the person may be drawn into extremist activity',
  },
  patientOrColleague: {
    kind: 'subject',
    tabTitle: 'Patient or colleague',
    title: 'Is the person you are concerned about a patient or a colleague?',
    source: '004 flowchart (box F11); 004 ¶29; 002 Scope (domain-spec A8)',
    patient: { label: 'A patient', hint: 'Also a carer, family member, visitor or service user.' },
    colleague: { label: 'A colleague', hint: 'Anyone who works here, including volunteers, bank, agency and contract staff.' },
  },
  patientDiscussAndRecord: {
    kind: 'record',
    tabTitle: 'Discuss and record',
    title: 'Discuss your concern with your manager and make a record of it',
    source: '004 flowchart (boxes F16–F17); 004 App 3 CHECK; 000 §6.2',
    guidance: [
      'Talk to your manager. If they are not available, talk to your organisation’s safeguarding lead. Then write down what you noticed, at the time.',
      'Write facts: what you saw or heard, or what the person told you, when and where, and the exact words if you can. Keep your opinion separate and label it as opinion.',
      doNotInvestigate,
    ],
    forExample: recordForExample,
  },
  patientEscalate: {
    kind: 'yesNo',
    tabTitle: 'Escalate',
    title: 'Have you and your manager decided to escalate this concern to the safeguarding lead?',
    hint: 'The safeguarding lead considers each case and decides whether a referral is needed. You do not have to be sure.',
    source: '004 flowchart (box F18); 004 ¶30; 004 Roles',
    yes: { label: 'Yes, escalate to the safeguarding lead' },
    no: { label: 'No, no further Prevent action', hint: 'You will see other sources of support.' },
    chooseError: 'Select yes if you have decided to escalate the concern',
    notes: {
      label: 'Your reasons for this decision',
      hint: 'Always document your decision-making and rationale at the time. Required if you decide not to escalate.',
      requiredWhen: 'no',
      missingError: 'Enter the reasons for deciding not to escalate',
    },
  },
  patientInformLead: {
    kind: 'leadInformed',
    tabTitle: 'Inform the safeguarding lead',
    title: 'Inform the safeguarding lead',
    source: '004 flowchart (box F22); 004 ¶30; 004 Roles',
    guidance: [
      'Give the safeguarding lead your record of concern. They will consider the case and, if needed, complete the National Prevent Referral Form and send it to the Local Authority Prevent Lead or the Multi-Agency Safeguarding Hub (MASH).',
      'Do not tell the person that you have raised a concern unless the safeguarding lead advises you to.',
    ],
    continueLabel: 'Continue',
  },
  colleagueDiscussAndRecord: {
    kind: 'record',
    tabTitle: 'Discuss and record',
    title: 'Discuss your concern with your line manager and make a record of your concerns and observations',
    source: '004 flowchart (boxes F14–F15); 004 ¶35; 000 §6.2',
    guidance: [
      'Raise a concern about a colleague with your line manager. If your concern is about your line manager, talk to the safeguarding lead instead.',
      'Write facts: what you saw or heard, or what your colleague told you, when and where, and the exact words if you can. Keep your opinion separate and label it as opinion.',
      doNotInvestigateColleague,
    ],
    forExample: recordForExample,
  },
  colleagueEscalate: {
    kind: 'yesNo',
    tabTitle: 'Escalate',
    title: 'Has the line manager decided to escalate this concern?',
    hint: 'If yes, the line manager discusses the concern with the safeguarding lead and a Human Resources (HR) colleague.',
    source: '004 flowchart (box F18); 004 ¶35; 004 Roles (Managers)',
    yes: { label: 'Yes, escalate to the safeguarding lead and HR' },
    no: { label: 'No, no further Prevent action', hint: 'You will see other sources of support.' },
    chooseError: 'Select yes if the line manager has decided to escalate the concern',
    notes: {
      label: 'Reasons for this decision',
      hint: 'Always document your decision-making and rationale at the time. Required if the decision is not to escalate.',
      requiredWhen: 'no',
      missingError: 'Enter the reasons for deciding not to escalate',
    },
  },
  colleagueManagerWithLeadAndHr: {
    kind: 'discussion',
    tabTitle: 'Discuss with the safeguarding lead and HR',
    title: 'The line manager discusses the concern with the safeguarding lead and a Human Resources (HR) colleague',
    source: '004 flowchart (box F20); 004 ¶35–36',
    guidance: [
      'The line manager shares the record of concern with the safeguarding lead and Human Resources (HR). Keep the discussion to people who need to know.',
      'HR advises the line manager on any employment process, if that is appropriate. This is separate from the safeguarding decision.',
    ],
    continueLabel: 'Continue',
  },
  emergencyCallPolice: {
    kind: 'policeCalled',
    tabTitle: 'Call 999',
    title: 'Call 999 now and ask for police presence',
    source: '004 flowchart (boxes F1, F3); 004 ¶60, ¶66',
    guidance: [
      'Tell the call handler where you are and what is happening. Keep yourself and others safe. Do not confront the person.',
      'In an emergency you do not need anyone’s consent to share information with the police.',
    ],
    contacts: ['emergency', 'antiTerroristHotline', 'textphone'],
    continueLabel: 'I have called 999',
  },
  emergencyInformLead: {
    kind: 'leadInformed',
    tabTitle: 'Inform the safeguarding lead',
    title: 'Inform the safeguarding lead',
    source: '004 flowchart (box F6); 004 App 3 Guidance notes',
    guidance: [
      'When it is safe, tell your organisation’s safeguarding lead what happened. If there is also an urgent safeguarding issue, the safeguarding lead contacts children’s social care or the adult safeguarding team straight away.',
    ],
    continueLabel: 'Continue',
  },
  emergencyRecord: {
    kind: 'emergencyRecord',
    tabTitle: 'Record what happened',
    title: 'Record what happened',
    source: '004 ¶62; 004 App 4a ("always document your decision-making and rationale at the time")',
    guidance: ['Write down what you saw or heard, what you did and who you told, while it is fresh. Facts first; label any opinion as opinion.'],
    continueLabel: 'Save the record',
  },
  endEmergency: {
    kind: 'outcome',
    outcome: 'EMERGENCY_POLICE',
    tabTitle: 'Police contacted',
    title: 'You have contacted the police and recorded what happened',
    source: '004 flowchart (END); 004 ¶60, ¶62',
    next: [
      { who: 'The police', what: 'Respond to the emergency. They may contact you for more information.' },
      { who: 'The safeguarding lead', what: 'Decides what else is needed, including any urgent safeguarding referral.' },
      { who: 'You', what: 'Keep this record with your organisation’s safeguarding records. Do not discuss the case beyond the people who need to know.' },
    ],
    contacts: ['emergency', 'antiTerroristHotline', 'textphone'],
  },
  endNoConcern: {
    kind: 'outcome',
    outcome: 'NO_CONCERN',
    tabTitle: 'Not a Prevent concern',
    title: 'This is not a Prevent concern',
    source: '004 flowchart (END; domain-spec A2); 004 App 3 Guidance notes; 002 EIA',
    guidance: [
      'If you are worried about the person for another reason, such as abuse, neglect, self-harm or exploitation, follow your organisation’s usual safeguarding procedures.',
      'If anything changes, start again. Your concern is never a bother.',
    ],
    next: [
      { who: 'You', what: 'Consider other sources of support for the person, and talk to your manager or safeguarding lead if you are unsure.' },
      { who: 'The safeguarding team', what: 'Can advise on other safeguarding referrals, such as to children’s social care or adult safeguarding.' },
    ],
    contacts: ['policeNonEmergency'],
  },
  endReferredToLead: {
    kind: 'outcome',
    outcome: 'REFERRED_BY_LEAD',
    leadMayRefer: true,
    tabTitle: 'Passed to the safeguarding lead',
    title: 'No further action is required from you',
    source: '004 flowchart (boxes F22–F23); 004 ¶30',
    guidance: ['You have passed your concern to the safeguarding lead. Thank you: the information you provide is valuable and will always be assessed.'],
    next: [
      {
        who: 'The safeguarding lead',
        what: 'Considers the case and, if required, completes the National Prevent Referral Form and sends it to the Local Authority Prevent Lead and/or the Multi-Agency Safeguarding Hub (MASH).',
      },
      {
        who: 'The safeguarding lead',
        what: 'Decides with the organisation’s Caldicott Guardian or Information Governance whether the person is told, and records the lawful basis for sharing.',
      },
      {
        who: 'You',
        what: 'Carry on caring for the person as usual. Tell the safeguarding lead if anything changes, and call 999 if anyone is at immediate risk.',
      },
    ],
  },
  endColleagueWithLead: {
    kind: 'outcome',
    outcome: 'COLLEAGUE_MANAGED',
    leadMayRefer: true,
    tabTitle: 'Safeguarding lead risk assessment',
    title: 'The safeguarding lead will assess the risk and liaise with the Local Authority Prevent Lead',
    source: '004 flowchart (box F24); 004 ¶35–36',
    next: [
      { who: 'The safeguarding lead', what: 'Undertakes a risk assessment and liaises with the Local Authority Prevent Lead to manage any safeguarding risk.' },
      { who: 'The safeguarding lead', what: 'If it is deemed necessary, completes the National Prevent Referral Form, or supports its completion.' },
      { who: 'Human Resources (HR)', what: 'Advises the line manager on any employment process, if that is appropriate.' },
      { who: 'The line manager', what: 'Keeps the concern confidential and supports the colleague as usual.' },
    ],
  },
  endNoFurtherPrevent: {
    kind: 'outcome',
    outcome: 'NO_PREVENT_ACTION_OTHER_SUPPORT',
    tabTitle: 'No further Prevent action',
    title: 'No further Prevent action required: consider other sources of support',
    source: '004 flowchart (box F25); 004 App 3 Guidance notes',
    guidance: [
      'If you have concerns about other vulnerabilities, make the appropriate safeguarding referrals through your organisation’s usual procedures.',
      'If anything changes, start again, and call 999 if anyone is at immediate risk.',
    ],
    next: [
      { who: 'You and your manager', what: 'Keep this record with your decision and the reasons for it.' },
      {
        who: 'You and your manager',
        what: 'Consider other support: for example occupational health, employee assistance, the person’s GP or care team, or other safeguarding teams.',
      },
    ],
    contacts: ['policeNonEmergency'],
  },
  ...outOfHoursContent('the safeguarding lead'),
} as const satisfies Record<StepId, StepContent>;

/** What a step shows from the organisation profile, beside its content (both pathways). */
export interface FromProfile {
  /** Local contacts, in this order; where the profile has none, a fallback line names the role. */
  contacts?: readonly ContactKey[];
  /** Lists from the profile to show, each under its heading in `msePageText`. */
  lists?: readonly Extract<keyof OrganisationProfile, 'staffRouteRoles' | 'notifyOnReferral'>[];
  /** The police portal (`mse.policePortalName`, linked to `mse.policePortalUrl` when there is one). */
  policePortal?: boolean;
}

/** The urgent route's local contacts, shared by every pathway: the lead to tell once 999 has been called. */
export const emergencyFromProfile = {
  emergencyInformLead: { contacts: ['safeguardingLead', 'outOfHours'] },
  leadUnreachable: { contacts: ['outOfHours'] },
  urgentContact: { contacts: ['outOfHours'] },
  endLeadToBeTold: { contacts: ['safeguardingLead'] },
  endUrgentAdviceSought: { contacts: ['safeguardingLead'] },
} as const satisfies Partial<Record<StepId, FromProfile>>;

/**
 * Who the BSW pages tell the user to go to, from the profile: the safeguarding lead where the
 * flowchart escalates or informs them (004 flowchart F16–F24), HR on the colleague route (F20).
 */
export const bswFromProfile = {
  ...emergencyFromProfile,
  patientDiscussAndRecord: { contacts: ['safeguardingLead'] },
  patientEscalate: { contacts: ['safeguardingLead'] },
  patientInformLead: { contacts: ['safeguardingLead'] },
  colleagueDiscussAndRecord: { contacts: ['safeguardingLead', 'hr'] },
  colleagueEscalate: { contacts: ['safeguardingLead', 'hr'] },
  colleagueManagerWithLeadAndHr: { contacts: ['safeguardingLead', 'hr'] },
  endReferredToLead: { contacts: ['safeguardingLead'] },
  endColleagueWithLead: { contacts: ['safeguardingLead', 'hr'] },
} as const satisfies Partial<Record<StepId, FromProfile>>;

/**
 * The local contacts as the pathway's pages show them (the words for phone, email and web are the
 * profile's, in profile.content.ts): the role in general words where the profile has no such
 * contact, and a line saying where to ask instead (seeds rarely publish numbers).
 */
export const localContactText = {
  heading: 'Contacts in your organisation',
  roles: {
    safeguardingLead: 'Your organisation’s safeguarding lead',
    preventLead: 'Your organisation’s Prevent Lead',
    hr: 'Human Resources (HR)',
    caldicottGuardian: 'Your organisation’s Caldicott Guardian',
    informationGovernance: 'Information Governance',
    childrensSocialCare: 'Local authority children’s social care',
    adultSafeguarding: 'Local authority adults’ social care',
    outOfHours: 'Out of hours safeguarding advice',
  },
  notInProfile: 'Your organisation’s profile gives no contact details. Ask your manager or your safeguarding team how to reach them.',
  noWayToReach: 'Your organisation’s profile gives no telephone number or email address. Ask your manager or your safeguarding team how to reach them.',
} as const satisfies { roles: Record<ContactKey, string> } & Record<string, unknown>;

/** The flowcharts by name, for the notice shown when a journey carries on under a pathway other than the profile's. */
export const pathwayNames = {
  bsw: 'the “Reporting flow chart for Raising Concerns”',
  mse: 'the “Referral Flowchart” with the police online portal',
} as const;

export const otherPathwayText = {
  title: 'You are finishing a concern you started earlier.',
  body: (started: string, now: string) =>
    `You started this concern on ${started}, so it carries on there and nothing you recorded is lost. Your organisation now uses ${now}: a new concern will follow it.`,
} as const;

/** Labels used by the pathway's shared controls. */
export const pathwayText = {
  emergency: 'This has become an emergency',
  emergencyHint: 'Go straight to calling 999. What you have recorded so far is kept.',
  startAgain: 'Start a new concern',
  resume: 'Continue where you left off',
  print: 'Print this record',
  toReferral: 'Safeguarding lead: complete the National Prevent Referral Form from this record',
  nextHeading: 'What happens next',
  contactsHeading: 'Contacts',
  recordHeading: 'Your record',
  recordIntro:
    'This is the record of what you decided and why. Print it and keep it with your organisation’s safeguarding records. It is not kept once you close this tab.',
  logCaption: 'Decision log',
  logColumns: { step: 'Question or step', answer: 'Answer', notes: 'Notes and reasons', who: 'Who', when: 'When' },
  recordCaption: 'Record of concern',
  roleNotGiven: 'Role not given',
  emergencyCaption: 'Emergency record',
  storageUnavailable:
    'This browser is not letting the tool keep your answers in this tab, so reloading the page will lose them. Keep this tab open, and print your record before you close it.',
  storageUnreadable: 'Your earlier answers in this tab could not be read back, so the tool has started again. Nothing has been sent anywhere.',
  progressLabel: 'Progress',
  phaseDone: '(done)',
  phaseCurrent: '(current)',
  emergencyPhase: 'Emergency',
  sourceLabel: 'Source:',
} as const;

/**
 * The note for the patient's record, or the colleague's HR file, at every outcome (004 ¶53: "how
 * Prevent concerns are noted on patient records and handed over when patients are transferred";
 * 004 ¶62: "must always be documented in the patient record"; 003 record keeping).
 */
export const recordNoteText = {
  heading: { patient: 'A note for the patient’s record', colleague: 'A note for the colleague’s HR file' },
  intro: {
    patient: 'Copy this factual entry into the patient’s record. Check it says what happened, and add nothing you did not see or hear.',
    colleague:
      'Give this factual entry to the line manager or HR for the colleague’s file. Check it says what happened, and add nothing you did not see or hear.',
  },
  advice: [
    'Where the person seeing this entry could increase the risk to them or to others, restrict it from the patient’s online access to their record, following your organisation’s procedure.',
    'When the patient is transferred to another service, hand this information over with them, as your organisation’s procedure says.',
  ],
  source: '004 ¶53, ¶62; 003 "Information management (providers)"',
  copy: 'Copy the note',
  copied: 'The note has been copied. Paste it into the record.',
  copyFailed: 'The note could not be copied. Select the text and copy it yourself.',
  label: 'The note',
  lines: {
    heading: (when: string) => `Prevent concern – ${when}`,
    noticed: (what: string, when: string) => `What was noticed (first noticed ${when}): ${what}`,
    /** In quotation marks once, even when they were typed with their own. */
    words: (words: string) => `Words used: “${words.replace(/^["“”'‘’]+|["“”'‘’]+$/gu, '')}”`,
    emergency: (what: string) => `What happened: ${what}`,
    discussedWith: (who: string) => `Discussed with: ${who}`,
    police: (at: string) => (at ? `999 called at ${at}` : '999 called'),
    leadTold: (name: string) => (name ? `Safeguarding lead told: ${name}` : 'Safeguarding lead told'),
    urgent: (answer: string) => `Advice sought out of hours: ${answer}`,
    decision: (title: string) => `Decision: ${title}`,
    next: (who: string, what: string) => `Next step: ${who}: ${what}`,
    reference: (reference: string) => `Reference: ${reference}`,
    by: (who: string) => `Recorded by: ${who}`,
  },
} as const;

/**
 * What the referrer can expect after passing a concern on, and what to do if nothing seems to
 * happen (000 Level 1: "the ability to escalate concerns if action is not taken"; the national
 * referral form: feedback "is not always possible due to data-protection & other case sensitivities").
 */
export const afterReferralText = {
  heading: 'What to expect afterwards',
  paragraphs: [
    'The lead will try to tell you what happens next, but this is not always possible because of data protection and other sensitivities. Not hearing back does not mean nothing was done.',
    'If you think nothing has happened and you are still worried, raise it again with the lead. If action is still not taken, escalate it: talk to your manager or your organisation’s named safeguarding professional.',
    'If anyone is in immediate danger at any point, call 999.',
  ],
  source: '000 Level 1; NPRF REFERRAL PROCESS',
  /** The outcomes at which the concern has gone to someone else, so the referrer waits to hear back. */
  outcomes: [
    'EMERGENCY_POLICE',
    'REFERRED_BY_LEAD',
    'COLLEAGUE_MANAGED',
    'LEAD_TO_BE_TOLD',
    'URGENT_ADVICE_SOUGHT',
    'STAFF_OTHER_PROCESS',
    'POLICE_SPACE',
    'CHANNEL_PANEL',
    'NFA',
  ] as const satisfies readonly (OutcomeCode | MseOutcomeCode)[],
} as const;

/** Field labels and hints for the pathway's forms, in the order they appear. */
export const fieldText = {
  record: {
    whatHappened: { label: 'What did you see or hear?', hint: 'Facts only: what happened, where, and who was there. Say how you came to know about it.' },
    whenNoticed: { legend: 'When did you first notice this?', hint: 'For example, 27 3 2025' },
    exactWords: { label: 'Exact words used', hint: 'Write down what was said, word for word, if you can remember it.' },
    opinion: { label: 'Your opinion', hint: 'Anything that is your view rather than something you saw or heard. Keep it separate from the facts.' },
    forExampleSummary: 'What to include: prompts from the National Prevent Referral Form',
    indicatorsSummary: 'Optional: examples of indicators that may help you describe what you noticed',
    indicatorsLegend: 'Indicators you noticed',
    vulnerabilitiesLegend: 'Vulnerability factors you are aware of',
    discussedWith: { label: 'Who did you discuss this with?', hint: 'Name and role, for example your line manager or the safeguarding lead.' },
    reporterName: { label: 'Your name' },
    reporterRole: { label: 'Your role and team' },
    submit: 'Save and continue',
  },
  policeCalled: {
    calledAt: { label: 'Time you called', hint: 'For example, 14:30' },
    reference: { label: 'Police reference number', hint: 'If the call handler gave you one.' },
    notes: { label: 'Anything else to record', hint: 'For example, what you told the call handler.' },
  },
  leadInformed: {
    informed: {
      legend: 'Have you told the safeguarding lead?',
      yes: 'Yes',
      notYet: 'Not yet',
      notYetHint: 'For example, you cannot reach them at night. You will be asked whether it can wait, and shown who to call if it cannot.',
    },
    leadName: { label: 'Name of the safeguarding lead you told' },
    notes: { label: 'Notes', hint: 'For example, how and when you told them.' },
  },
  emergencyRecord: {
    whatHappened: { label: 'What happened, what you did and who you told', hint: 'Facts first. Label any opinion as opinion.' },
    exactWords: { label: 'Exact words used', hint: 'Word for word, if you can remember them.' },
  },
  urgentContact: {
    contacted: {
      legend: 'Who did you contact?',
      hint: 'Select all that apply.',
      outOfHours: 'Your organisation’s out-of-hours or on-call contact',
      policeNonEmergency: 'The police on 101 (text relay: 18001 101)',
      antiTerroristHotline: 'The Anti-Terrorist Hotline (0800 789 321)',
    },
    spokeTo: { label: 'Who you spoke to', hint: 'Their name or role, if they gave it.' },
    contactedAt: { label: 'Time you called', hint: 'For example, 02:40' },
    reference: { label: 'Reference number', hint: 'If you were given one.' },
    notes: { label: 'What they advised, and what you told them', hint: 'Facts first. Label any opinion as opinion.' },
  },
  discussion: {
    participants: { label: 'Who took part, or will take part, in the discussion?', hint: 'For example: line manager, safeguarding lead, HR adviser.' },
    notes: { label: 'Notes of the discussion', hint: 'What was agreed, and the reasons.' },
  },
} as const;
