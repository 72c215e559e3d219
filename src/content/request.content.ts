import type { ChecklistKey, CitedPower, MissingKey, RequestDecision, RequesterKind, RequestPurpose } from '../../forms/information-request.schema';
import type { RequestStepId } from '../../machines/information-request.machine';

/**
 * What the request pages say (domain-spec §1.5.3–1.5.4; 004 ¶61, ¶67–70, App 4a §5–6; 003
 * "Information management"). Typed against the machine's step ids, so a step without words fails
 * the type check. Sources are short codes; pages print them through `citeSource`.
 */

export interface RequestStepContent {
  tabTitle: string;
  title: string;
  hint?: string;
  guidance?: readonly string[];
  source: string;
}

export const requestSteps = {
  urgent: {
    tabTitle: 'Is a life at risk now?',
    title: 'Is anyone’s life at risk right now?',
    hint: 'For example, the requester says an attack may be about to happen, or someone may be seriously harmed today.',
    source: '004 ¶66',
  },
  urgentCall: {
    tabTitle: 'Call 999 first',
    title: 'Call 999, or the requester’s urgent line, now',
    guidance: [
      'Share what is needed to protect life by phone. Record it afterwards: the next page asks who you called, when and what you shared.',
      'When the written request follows, answer it here as a new request.',
    ],
    source: '004 ¶65–66; 004 ¶62',
  },
  urgentRecord: {
    tabTitle: 'Record the urgent call',
    title: 'Record the urgent call',
    hint: 'Write what you shared, not the records themselves.',
    source: '004 ¶62; 003 "Information management"',
  },
  requester: {
    tabTitle: 'Who is asking',
    title: 'Who is asking for the information?',
    hint: 'As the request names them. Do not type the patient’s or colleague’s details here.',
    source: '004 ¶67; 004 App 4a §5',
  },
  purpose: { tabTitle: 'Purpose of the request', title: 'What is the information for?', source: '004 ¶67, ¶70; 004 App 4' },
  format: {
    tabTitle: 'How the request came',
    title: 'How did the request come to you?',
    hint: 'Requests should be in writing, justifying the grounds, on an information sharing request proforma sanctioned by the requester’s organisation, and sent by secure protectively marked email.',
    source: '004 ¶67; 004 App 4a §5',
  },
  powers: {
    tabTitle: 'Powers and exemptions cited',
    title: 'Which powers and exemptions does the request cite?',
    hint: 'Where the person’s consent has not been sought, the requester should cite the powers and exemptions relied on. Select all that the request cites.',
    source: '004 App 4a §5; 004 App 4; 004 ¶69',
  },
  reason: {
    tabTitle: 'Reason for not seeking consent',
    title: 'Does the request explain why the person’s consent has not been sought?',
    hint: 'The "form of words": in broad terms, the public-interest or best-interest considerations, and why informing the person may prejudice the outcome.',
    source: '004 App 4a §5',
  },
  items: {
    tabTitle: 'Items requested',
    title: 'What specific information is requested?',
    hint: 'One item per line, as the request words it, for example "dates of contact in the last 12 months". Describe the items; do not paste the records.',
    source: '004 App 4a §5; 004 ¶67',
  },
  competentAuthority: {
    tabTitle: 'Competent authority',
    title: 'Is the recipient a competent authority?',
    hint: 'For a crime purpose, a recipient other than the police must be a competent authority under the Data Protection Act 2018 (a person in its Schedule 7, or with statutory functions for law enforcement purposes), or the information cannot be shared for that purpose.',
    source: '004 App 4',
  },
  checklist: {
    tabTitle: 'Questions before sharing',
    title: 'Questions to consider before sharing',
    hint: 'Answer each as yes, no or unsure. If you are unsure, ask your Caldicott Guardian or Information Governance team: the next page shows who they are.',
    guidance: ['The GMC guidance Confidentiality: good practice in handling patient information also helps you decide whether you can share, and why.'],
    source: '004 ¶70',
  },
  consult: {
    tabTitle: 'Caldicott Guardian or IG',
    title: 'Have you consulted your Caldicott Guardian or Information Governance team?',
    hint: 'The decision is made case by case, in consultation with the Caldicott Guardian or Information Governance officer. The Crime and Disorder Act 1998 gives a power to share, not a duty.',
    source: '004 ¶69, ¶61; 004 App 4a §6',
  },
  decision: {
    tabTitle: 'Your decision',
    title: 'What have you decided?',
    hint: 'Release only what is relevant, necessary and proportionate to the public interest the request describes.',
    source: '004 App 4a §6; 004 App 4a §5; 004 ¶67',
  },
  partial: {
    tabTitle: 'Release in part',
    title: 'Which items will you release?',
    hint: 'For each item, release or withhold. Give the reason for each item you withhold: it goes in the reply and in the record.',
    source: '004 App 4a §5; 004 ¶67',
  },
  askMore: {
    tabTitle: 'What is missing',
    title: 'What does the requester need to send before you can decide?',
    hint: 'The app drafts a reply asking for these. Those the checks found missing are already selected.',
    source: '004 App 4a §5; 004 ¶67',
  },
  decline: {
    tabTitle: 'Reasons for declining',
    title: 'Why are you declining the request?',
    hint: 'The reasons go in the reply and in the record. Say what, if anything, would let you reconsider.',
    source: '004 App 4; 004 App 4a §6',
  },
  signOff: {
    tabTitle: 'Who decided',
    title: 'Record who decided and why',
    hint: 'Record the search made, the information shared or not shared, and the rationale for the decision.',
    source: '003 "Information management"; 004 ¶62',
  },
  endUrgent: { tabTitle: 'Urgent call recorded', title: 'Urgent call recorded', source: '004 ¶62, ¶66' },
  endRelease: { tabTitle: 'Release recorded', title: 'Decision recorded: release as asked', source: '004 App 4a §6; 003 "Information management"' },
  endPartial: { tabTitle: 'Partial release recorded', title: 'Decision recorded: release in part', source: '004 App 4a §5–6; 003 "Information management"' },
  endAskMore: {
    tabTitle: 'Reply asking for more',
    title: 'Decision recorded: ask the requester for what is missing',
    source: '004 App 4a §5; 003 "Information management"',
  },
  endDecline: { tabTitle: 'Decline recorded', title: 'Decision recorded: declined', source: '004 App 4; 003 "Information management"' },
} as const satisfies Record<RequestStepId, RequestStepContent>;

export const requesterKindLabels = {
  police: 'Police (including counter-terrorism policing)',
  'local-authority': 'Local authority (for example its Prevent lead)',
  'channel-panel': 'Channel panel',
  other: 'Another organisation',
} as const satisfies Record<RequesterKind, string>;

export const purposeLabels = {
  'prevent-case-management': { label: 'Prevent case management', hint: 'Deciding or managing support for someone at risk of being drawn into terrorism.' },
  'channel-panel': { label: 'A Channel panel', hint: 'Partners assessing vulnerability and support; panel members have a duty to co-operate.' },
  'counter-terrorism-investigation': { label: 'A counter-terrorism investigation', hint: 'Preventing or detecting crime: a crime purpose.' },
} as const satisfies Record<RequestPurpose, { label: string; hint: string }>;

export const powerLabels = {
  s115: 'Crime and Disorder Act 1998, section 115 (a power to share, not a duty)',
  sch2para2: 'Data Protection Act 2018, Schedule 2, Part 1, paragraph 2 (prevention or detection of crime)',
  'ctsa-s38': 'Counter-Terrorism and Security Act 2015, section 38 (Channel partners’ duty to co-operate)',
} as const satisfies Record<CitedPower, string>;

export const checklistQuestions = {
  safeguard:
    'By sharing the information, is the intention to safeguard the individual from criminal exploitation, grooming (being drawn into terrorism) or self-harm?',
  seriousCrime: 'In sharing information, is a serious crime being prevented or detected or a vulnerable person being safeguarded?',
  appropriate:
    'Is the information that has been requested appropriate to the risk of the serious harm of exploitation to the individual who may be being drawn into supporting terrorism?',
  harm: 'In being drawn into terrorism does this individual pose harm to themselves or the wider public?',
  publicInterest: 'Can the public interest justification be clearly stated?',
} as const satisfies Record<ChecklistKey, string>;

export const decisionLabels = {
  release: { label: 'Release as asked', hint: 'Every condition is met: share the items requested.' },
  partial: { label: 'Release in part', hint: 'Release some items; give a reason for each item withheld.' },
  'ask-more': { label: 'Ask the requester for what is missing', hint: 'The app drafts the reply.' },
  decline: { label: 'Decline, with reasons', hint: 'There is no lawful basis to share, or the request cannot be met.' },
} as const satisfies Record<RequestDecision, { label: string; hint: string }>;

export const missingLabels = {
  inWriting: 'The request in writing, justifying the grounds for disclosure',
  proforma: 'The request on your organisation’s sanctioned information sharing request proforma',
  secureEmail: 'The request sent by secure, protectively marked email',
  powers: 'The powers and exemptions you are relying on',
  reason: 'Why the person’s consent has not been sought (a "form of words")',
  competentAuthority: 'Confirmation that the recipient is a competent authority for this purpose',
  narrower: 'Which specific information you need, and why it is relevant to the concern',
} as const satisfies Record<MissingKey, string>;

const yes = 'Yes';
const no = 'No';
const unsure = 'Unsure';

export const requestText = {
  yes,
  no,
  unsure,
  back: 'Back',
  sourceLabel: 'Source:',
  supportNotDecision: 'This is decision support: the decision is yours, made with your Caldicott Guardian or Information Governance team.',
  emergencyNote: 'If anyone is in immediate danger, call 999 now.',
  needsAnswer: 'Choose an answer',
  needsText: 'Enter this',
  refused: 'This answer cannot be recorded at this step: check the answers on this page',
  urgentCall: { done: 'I have made the call: record it', urgentLineHint: 'Or the requester’s urgent line, if their request gives one.' },
  urgentRecord: {
    called: 'Who did you call?',
    calledHint: 'For example, 999, or the requester’s urgent line and the name of the person you spoke to.',
    calledAt: 'Date and time of the call',
    whatShared: 'What did you share?',
    requester: 'Who asked',
  },
  requester: {
    kind: 'Which kind of organisation?',
    organisation: 'Organisation',
    contact: 'Name and role of the person asking',
    theirReference: 'Their reference for the request',
  },
  format: {
    inWriting: 'Was the request made in writing?',
    proforma: 'Is it on the requester’s sanctioned information sharing request proforma?',
    secureEmail: 'Was it sent by secure, protectively marked email?',
  },
  powers: { cited: 'Powers and exemptions cited', none: 'If the request cites none, leave them all unticked.', notes: 'Anything else the request cites' },
  reason: { formOfWords: 'If yes, the reason the request gives', formOfWordsHint: 'Quote or summarise it.' },
  items: { label: 'Items requested', oneItem: 'List at least one item requested' },
  competent: { notes: 'Notes', yes: 'Yes', no: 'No', unsure: 'Unsure' },
  checklist: { notes: 'Notes' },
  consult: {
    yes: 'Yes',
    no: 'No',
    who: 'If yes, who did you consult? (name and role)',
    when: 'If yes, when?',
    advice: 'If yes, what did they advise?',
    whyNot: 'If no, why not?',
    whyNotHint: 'For example, the request falls clearly within your organisation’s information sharing protocol.',
    contactsHeading: 'Your organisation’s contacts',
    noContacts: 'Your organisation profile names no Caldicott Guardian or Information Governance contact. Add them in Settings.',
    caldicottGuardian: 'Caldicott Guardian',
    informationGovernance: 'Information Governance',
  },
  decision: {
    basis: 'On what basis?',
    basisHint: 'For example, the public interest the request sets out, and the powers it cites.',
    warningHeading: 'Do not refuse without need',
    warning:
      'Health providers have refused to release information citing patient confidentiality even where a public interest has been clearly defined and articulated by the requester. This can cause unnecessary delays in partner agencies initiating important safeguarding measures to protect the individual and others.',
    warningAfter:
      'If all the conditions are met, share the information as requested. If in doubt, consult your Caldicott Guardian or Information Governance team.',
    closed: 'Release is not offered because the request lacks: ',
  },
  partial: {
    release: 'Release this item?',
    releaseYes: 'Release',
    releaseNo: 'Withhold',
    reason: (n: number) => `If you withhold item ${n}, the reason`,
    item: (n: number) => `Item ${n}`,
  },
  askMore: { missing: 'What to ask for', notes: 'Anything else to ask' },
  decline: { reasons: 'Reasons' },
  signOff: {
    decisionMaker: 'Your name',
    role: 'Your role',
    decidedAt: 'Date and time of the decision',
    rationale: 'The search made and the rationale',
    rationaleHint: 'For example, which records you searched, and why this decision is necessary and proportionate.',
  },
  outcome: {
    replyHeading: 'Reply to the requester',
    replyHint: 'Send from your secure NHS email account. Attach the released information yourself; this reply does not contain it.',
    subject: 'Subject',
    body: 'Message',
    copy: 'Copy the reply',
    copied: 'Reply copied',
    copyFailed: 'Could not copy: select the text and copy it yourself',
    mailto: 'Open in your email',
    recordHeading: 'The record of your decision',
    recordBody: 'Keep this record in the safeguarding or patient record. It is for your organisation, not for the requester.',
    download: 'Download the record (PDF)',
    downloading: 'Preparing the PDF…',
    downloaded: (name: string, pages: number) => `Downloaded ${name} (${pages} page${pages === 1 ? '' : 's'})`,
    downloadFailed: 'The PDF could not be made. Try again; nothing you entered is lost.',
    logHeading: 'Decision log',
    startAgain: 'Answer another request',
    home: 'Back to the start',
  },
} as const;

/** The PDF's and the reply's words. */
export const requestDocumentText = {
  title: 'Request for information: record of decision',
  sections: {
    request: 'The request',
    checks: 'Checks on the request',
    questions: 'Questions considered before sharing',
    consultation: 'Consultation',
    decision: 'Decision',
    items: 'Items requested and the decision on each',
    signOff: 'Who decided and when',
    urgent: 'Urgent call',
    log: 'Decision log',
  },
  rows: {
    reference: 'Reference',
    requesterKind: 'Kind of organisation',
    organisation: 'Organisation',
    contact: 'Person asking',
    theirReference: 'Their reference',
    purpose: 'Purpose',
    inWriting: 'In writing',
    proforma: 'On the requester’s sanctioned proforma',
    secureEmail: 'By secure, protectively marked email',
    powers: 'Powers and exemptions cited',
    reason: 'Reason given for not seeking consent',
    competent: 'Recipient a competent authority',
    checklistNotes: 'Notes',
    consulted: 'Caldicott Guardian or Information Governance consulted',
    consultedWho: 'Who and when',
    advice: 'Advice',
    whyNot: 'Why not consulted',
    decision: 'Decision',
    basis: 'Basis',
    missing: 'Asked for before release',
    declineReasons: 'Reasons for declining',
    decisionMaker: 'Decided by',
    decidedAt: 'Date and time',
    rationale: 'Search made and rationale',
    called: 'Called',
    calledAt: 'When',
    whatShared: 'What was shared',
    urgentRequester: 'Who asked',
  },
  released: 'Released',
  withheld: (reason: string) => `Withheld: ${reason}`,
  notCited: 'None cited',
  notAsked: 'Not asked (not a crime purpose, or the police are asking)',
  logColumns: ['When', 'Question', 'Answer', 'Notes', 'Source'],
} as const;

/** The purpose as the reply words it: "Thank you for your request …, for <phrase>." */
const purposePhrases = {
  'prevent-case-management': 'Prevent case management',
  'channel-panel': 'a Channel panel',
  'counter-terrorism-investigation': 'a counter-terrorism investigation',
} as const satisfies Record<RequestPurpose, string>;

export const replyText = {
  subjectPrefix: 'OFFICIAL-SENSITIVE',
  subject: (reference: string) => `Your request for information: ${reference}`,
  greeting: (contact: string) => `Dear ${contact},`,
  thanks: (organisation: string, purpose: RequestPurpose | undefined) =>
    `Thank you for your request on behalf of ${organisation}${purpose ? `, for ${purposePhrases[purpose]}` : ''}.`,
  release: 'I have considered your request and am releasing the information you asked for, attached:',
  partial: 'I have considered your request and am releasing part of the information you asked for.',
  releasedHeading: 'Released (attached):',
  withheldHeading: 'Not released, and why:',
  basis: (powers: string) =>
    `The basis for this disclosure is the public interest set out in your request${powers ? `, under the powers and exemptions you cited: ${powers}` : ''}. The information is limited to what is relevant, necessary and proportionate to that purpose.`,
  basisOwn: (basis: string) => `Basis: ${basis}`,
  askMore: 'I have considered your request. Before I can decide whether to release information, please send:',
  askMoreClose: 'Please send the request by secure, protectively marked email. I will then consider it without delay.',
  decline: 'I have considered your request and am not able to release the information you asked for, for these reasons:',
  declineClose: 'If the position changes, or you can address these reasons, please send a new request.',
  urgent: (called: string, calledAt: string) => `Further to the urgent call to ${called} at ${calledAt}, this confirms what was shared by phone:`,
  urgentClose:
    'Please follow this up with a written request on your organisation’s sanctioned proforma, by secure, protectively marked email, so that the disclosure can be recorded in full.',
  handling: 'This email is marked OFFICIAL-SENSITIVE. Please handle it accordingly and do not forward it beyond those who need it.',
  signOff: (name: string, role: string) => `${name}\n${role}`,
} as const;
