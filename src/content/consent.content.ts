import type {
  BestInterests,
  CapacityAssessment,
  ConsentDetails,
  ConsentGiven,
  ConsentRefused,
  FamilyImplicated,
  IgConsultation,
  LawfulBasisChoice,
  NoSignificantHarm,
  PoliceContact,
  PreConsentSharing,
  PublicInterest,
  RecordsSearch,
  SignificantHarm,
} from '../../forms/consent-record.schema';
import type { AgeBand } from '../../forms/consent-record.schema';
import type { ConsentEnd, ConsentStepId } from '../../machines/consent.machine';
import type { Page } from './concern.content';
import type { nationalContacts } from './contacts';

/**
 * Everything the consent and lawful-basis pages say, keyed by the consent machine's step ids: a step
 * with no content fails the type check (`satisfies Record<ConsentStepId, ConsentStepContent>`), and
 * each form's field text is keyed by the schema's own fields. Each entry names its source.
 *
 * The copy is decision support: it says what the decision table requires and what the organisation's
 * Caldicott Guardian or Information Governance lead must confirm. The safeguarding lead decides.
 */

interface ConsentPage extends Page {
  /** National contacts to show on the page. */
  contacts?: readonly (keyof typeof nationalContacts)[];
}

export interface FieldText {
  label: string;
  hint?: string;
  /** Labels for a choice field's values (an enum other than yes/no), keyed by the schema's values. */
  options?: Readonly<Record<string, OptionText>>;
}
export interface OptionText {
  label: string;
  hint?: string;
}
/** A text box revealed under an answer; `required` matches the machine's guard for that answer. */
export interface NotesText extends FieldText {
  required: boolean;
  missingError?: string;
}

/** A yes/no question; the event is ANSWER_YES or ANSWER_NO with `notes`. */
export interface YesNoContent extends ConsentPage {
  kind: 'yesNo';
  yes: OptionText & { notes?: NotesText };
  no: OptionText & { notes?: NotesText };
  chooseError: string;
}

/** A page that collects one record: the event carries the fields named here. */
export interface FormContent<Fields extends string> extends ConsentPage {
  kind: 'form';
  fields: Record<Fields, FieldText>;
  continueLabel: string;
}

/** A choice whose answers each reveal their own fields (one event type per answer). */
export interface ChoiceFormContent<Yes extends string, No extends string> extends ConsentPage {
  kind: 'choiceForm';
  legend: string;
  yes: OptionText & { fields: Record<Yes, FieldText> };
  no: OptionText & { fields: Record<No, FieldText> };
  chooseError: string;
}

export interface AgeContent extends ConsentPage {
  kind: 'age';
  options: Record<AgeBand, OptionText>;
  chooseError: string;
}

export interface OutcomeContent extends ConsentPage {
  kind: 'outcome';
  end: ConsentEnd;
  next: readonly { who: string; what: string }[];
}

/** The kind of page each step is; the form pages' field text is keyed by the schema's own fields. */
interface PageKinds {
  terrorismPlanning: YesNoContent;
  terrorismShare: FormContent<keyof PoliceContact>;
  recordsSearch: FormContent<keyof RecordsSearch>;
  urgentTriage: YesNoContent;
  urgentTriageShare: FormContent<keyof PreConsentSharing>;
  urgentTriageNext: YesNoContent;
  ageQuestion: AgeContent;
  familyImplicated: ChoiceFormContent<keyof FamilyImplicated, never>;
  gillickCompetent: YesNoContent;
  capacityDoubt: YesNoContent;
  capacityAssessment: FormContent<keyof CapacityAssessment>;
  bestInterests: FormContent<keyof BestInterests>;
  seekConsent: YesNoContent;
  consentGiven: ChoiceFormContent<keyof ConsentGiven, keyof ConsentRefused>;
  significantHarm: ChoiceFormContent<keyof SignificantHarm, keyof NoSignificantHarm>;
  refusalCoercion: YesNoContent;
  careAndSupport: YesNoContent;
  refusalRisk: YesNoContent;
  publicInterest: FormContent<keyof PublicInterest>;
  personInformed: YesNoContent;
  doNotShare: FormContent<'otherSupport'>;
  caldicottConsulted: FormContent<keyof IgConsultation>;
  lawfulBasis: FormContent<keyof LawfulBasisChoice>;
  details: FormContent<keyof ConsentDetails>;
  endShare: OutcomeContent;
  endDoNotShare: OutcomeContent;
}
/** One entry per step id (a step the machine gains without content fails here). */
export type ConsentPageContent = { [Step in ConsentStepId]: PageKinds[Step] };
export type ConsentStepContent = ConsentPageContent[ConsentStepId];

/** Said on every page of the consent decision (004 ¶61; domain-spec §0.3). */
export const consentText = {
  heading: 'Consent and the lawful basis for sharing',
  supportNotDecision:
    'This tool leads you through the decision table and records your decision and your reasons. It does not decide for you: you, the safeguarding lead, make the decision, and your organisation’s Information Governance lead confirms the lawful basis.',
  askIfUnsure: 'If you are unsure about consent or sharing, ask your Caldicott Guardian or Information Governance lead before you share anything.',
  askIfUnsureSource: '004 ¶61; 004 App 4; 004 App 4a §6',
  writeItDown: 'Always document your decision-making and rationale at the time.',
  writeItDownSource: '004 App 4a (closing line); 004 ¶58, ¶62',
  notChannelConsent:
    'This is consent to the referral and to sharing information. Taking part in Channel needs its own consent later, and the referrer’s acknowledgement on the referral form is not the person’s consent.',
  notChannelConsentSource: '004 ¶43; CTSA 2015 s36(4)(b)',
  modelWordingHeading: 'Rationale (model wording)',
  basisHeading: 'Data-protection basis',
  gatewaysHeading: 'Legal gateways relied on',
  itemsHeading: 'What the decision table asks you to record',
  missingHeading: 'Before you can export this record',
} as const;

const askIfUnsure = consentText.askIfUnsure;

export const consentContent = {
  recordsSearch: {
    kind: 'form',
    tabTitle: 'Records search',
    title: 'Check for existing records of the person',
    hint: 'Is the person known to your service or practice? Record the search you made, even if you found nothing.',
    source: '003 "Information management (providers)"',
    guidance: [
      'Check only the records you are entitled to see for this purpose. Record what you searched, what you found, and what you will or will not share.',
      consentText.supportNotDecision,
    ],
    fields: {
      knownToService: { label: 'Is the person known to the service or practice?' },
      searchMade: {
        label: 'Which records did you search, and what did you find?',
        hint: 'For example: GP record and community nursing record; two earlier contacts, no earlier concerns.',
      },
    },
    continueLabel: 'Continue',
  },
  terrorismPlanning: {
    kind: 'yesNo',
    tabTitle: 'Planning terrorist acts',
    title: 'Is there concern or evidence that the person is planning or carrying out terrorist acts?',
    hint: 'This includes someone being asked to photograph or map a building’s entrances, security or crowds (hostile reconnaissance): that goes to the Anti-Terrorist Hotline or counter-terrorism police first, before any question of consent. If anyone is in immediate danger, call 999 now.',
    source: '004 ¶59–60, ¶65–66',
    guidance: [
      'This question comes first. Where there is concern or evidence of planning or undertaking terrorist acts, consent is not needed to share what is required to assess and manage the risk, and the person must not be told that information is being shared.',
      'Do not investigate or question the person to find out more.',
    ],
    contacts: ['emergency', 'antiTerroristHotline', 'textphone'],
    yes: {
      label: 'Yes',
      hint: 'You will record the police contact. The person is not told.',
      notes: {
        label: 'What is the concern or evidence?',
        hint: 'Facts only: what was seen, said or found. This is recorded as the reason consent is not sought.',
        required: true,
        missingError: 'Enter the concern or evidence that the person is planning or carrying out terrorist acts',
      },
    },
    no: { label: 'No' },
    chooseError: 'Select yes if there is concern or evidence that the person is planning or carrying out terrorist acts',
  },
  terrorismShare: {
    kind: 'form',
    tabTitle: 'Police contact',
    title: 'Contact the police and record what you shared',
    hint: 'Call 999 if the danger is immediate. Otherwise use the Anti-Terrorist Hotline or your police Prevent contact.',
    source: '004 ¶60, ¶65–66',
    guidance: [
      'Share only what the police need to assess and manage the risk. Do not tell the person that information is being shared.',
      'The decision table asks you to record the time of police contact, what was shared and who made the decision.',
    ],
    contacts: ['emergency', 'antiTerroristHotline', 'textphone'],
    fields: {
      contactedAt: { label: 'Date and time you contacted the police', hint: 'For example, 01/03/2025 14:30' },
      contacted: { label: 'Who you contacted', hint: '999, the Anti-Terrorist Hotline or a named officer, and any reference number.' },
      whatShared: { label: 'What you shared', hint: 'List the information, not the whole record.' },
    },
    continueLabel: 'Continue',
  },
  urgentTriage: {
    kind: 'yesNo',
    tabTitle: 'Urgent triage',
    title: 'Is limited information needed urgently to establish whether this is a Prevent case or a counter-terrorism case?',
    hint: 'Limited and proportionate information may be shared before seeking consent when this is urgently required.',
    source: '004 ¶59',
    yes: { label: 'Yes', hint: 'You will record what you shared, with whom and why it was urgent.' },
    no: { label: 'No' },
    chooseError: 'Select yes if limited information is needed urgently to establish whether this is a Prevent or a counter-terrorism case',
  },
  urgentTriageShare: {
    kind: 'form',
    tabTitle: 'Limited sharing before consent',
    title: 'Record the limited information you shared before seeking consent',
    source: '004 ¶59',
    guidance: ['Share only what is needed to establish how the case should be managed. The usual consent decision follows.', askIfUnsure],
    fields: {
      sharedWith: { label: 'Who did you share it with?' },
      whatShared: { label: 'What did you share?' },
      whyUrgent: { label: 'Why was it urgent to share before seeking consent?' },
    },
    continueLabel: 'Continue',
  },
  urgentTriageNext: {
    kind: 'yesNo',
    tabTitle: 'Consent decision',
    title: 'Can you make the consent decision now?',
    hint: 'For example, the triage has established that the case is to be managed under Prevent.',
    source: '004 ¶55, ¶59',
    yes: { label: 'Yes, make the consent decision now' },
    no: {
      label: 'No, record the follow-up on consent and finish this record',
      hint: 'For example, the case is being managed as counter-terrorism, or the triage has not finished.',
      notes: {
        label: 'What is the follow-up on consent?',
        hint: 'Who will seek consent, and when, or why it will not be sought.',
        required: true,
        missingError: 'Enter the follow-up on consent',
      },
    },
    chooseError: 'Select whether you can make the consent decision now',
  },
  ageQuestion: {
    kind: 'age',
    tabTitle: 'Age',
    title: 'How old is the person?',
    hint: 'For under-18s, consent is sought from the parent or guardian unless the young person is competent to decide, or the family is implicated.',
    source: '004 ¶55; 002 "Consent"',
    options: {
      'under-16': { label: 'Under 16' },
      '16-17': { label: '16 or 17', hint: 'The Mental Capacity Act 2005 applies from 16.' },
      '18-or-over': { label: '18 or over' },
    },
    chooseError: 'Select how old the person is',
  },
  familyImplicated: {
    kind: 'choiceForm',
    tabTitle: 'Family implicated',
    title: 'Is the family implicated, or would telling the child or family put the child at risk of harm?',
    legend: 'Is the family implicated, or would telling the child or family put the child at risk of harm?',
    source: '002 "Consent"; 004 App 3 Guidance notes',
    guidance: [
      'Usually you talk to the child and their family before a referral, and refer with their knowledge and consent, unless the family is implicated in potential extremism or doing so would place the child at risk of harm.',
      'If the child is at risk, consider urgent safeguarding: contact children’s social care straight away, alongside this decision.',
      askIfUnsure,
    ],
    yes: {
      label: 'Yes',
      hint: 'The family will not be asked. You will still assess whether the young person can decide for themselves, and ask for their own consent unless that would increase the risk.',
      fields: {
        whyParentNotAsked: { label: 'Why is the parent or guardian not being asked?' },
        whoDecided: { label: 'Who decided this?', hint: 'Name and role.' },
      },
    },
    no: { label: 'No', fields: {} },
    chooseError: 'Select yes if the family is implicated or telling them would put the child at risk',
  },
  gillickCompetent: {
    kind: 'yesNo',
    tabTitle: 'Gillick competence',
    title: 'Is the child Gillick competent to decide about this referral?',
    hint: 'Consider the child’s age, maturity and understanding of what the referral involves and what it means for them.',
    source: '002 "Consent" (Gillick competency); 004 ¶55',
    guidance: [
      'If the child is competent, seek their consent, with the family involved unless they are implicated. If not, seek the consent of a parent or guardian.',
      'If the family is implicated, the parent or guardian is not asked: a child who cannot decide for themselves is not asked either, and you go on to weigh the public interest.',
    ],
    yes: {
      label: 'Yes',
      hint: 'You will seek the young person’s consent.',
      notes: { label: 'Your competence assessment and reasoning', required: true, missingError: 'Enter your competence assessment and reasoning' },
    },
    no: {
      label: 'No',
      hint: 'You will seek the consent of a parent or guardian.',
      notes: { label: 'Your competence assessment and reasoning', required: true, missingError: 'Enter your competence assessment and reasoning' },
    },
    chooseError: 'Select yes if the child is Gillick competent to decide',
  },
  capacityDoubt: {
    kind: 'yesNo',
    tabTitle: 'Capacity',
    title: 'Are there grounds to doubt the person’s capacity to decide about this referral?',
    hint: 'From 16, a person is assumed to have capacity unless it is shown that they lack it for this decision. A diagnosis alone is not a reason to doubt capacity.',
    source: '002 "Consent"; Mental Capacity Act 2005',
    yes: {
      label: 'Yes',
      hint: 'You will support the person to decide, then assess their capacity for this decision.',
      notes: { label: 'What are the grounds to doubt capacity?', required: true, missingError: 'Enter the grounds to doubt the person’s capacity' },
    },
    no: { label: 'No', notes: { label: 'Notes', required: false } },
    chooseError: 'Select yes if there are grounds to doubt the person’s capacity',
  },
  capacityAssessment: {
    kind: 'form',
    tabTitle: 'Capacity assessment',
    title: 'Support the person to decide, then record the capacity assessment for this decision',
    source: '002 "Consent"; 004 ¶57; Mental Capacity Act 2005',
    guidance: [
      'First take all practicable steps to help the person make the decision themselves: for example easy-read information, more time, or someone they trust present.',
      'The decision table asks you to record who assessed capacity, when, and the outcome for this decision.',
    ],
    fields: {
      assessor: { label: 'Who assessed the person’s capacity?', hint: 'Name and role.' },
      assessedOn: { label: 'Date of the assessment' },
      support: { label: 'How was the person supported to decide?' },
      outcome: {
        label: 'Outcome for this decision',
        options: {
          'has-capacity': { label: 'Has capacity for this decision' },
          'lacks-capacity': { label: 'Lacks capacity for this decision', hint: 'You will then decide whether the referral is in their best interests.' },
        },
      },
      reasoning: { label: 'Reasoning', hint: 'Could the person understand, retain and weigh the information, and communicate a decision?' },
    },
    continueLabel: 'Continue',
  },
  bestInterests: {
    kind: 'form',
    tabTitle: 'Best interests',
    title: 'Is the referral in the person’s best interests?',
    hint: 'A referral may be made without consent for a person who lacks capacity if it is in their best interests.',
    source: '004 ¶57; GMC Confidentiality 2017 ¶55',
    guidance: [
      'Consult the people who should be consulted, such as family, carers or an advocate, and take the person’s own wishes and feelings into account.',
      askIfUnsure,
    ],
    fields: {
      inBestInterests: { label: 'Is the referral in the person’s best interests?' },
      reasoning: { label: 'Your best-interests reasoning' },
      consulted: { label: 'Who did you consult?', hint: 'Names and roles or relationships.' },
    },
    continueLabel: 'Continue',
  },
  seekConsent: {
    kind: 'yesNo',
    tabTitle: 'Seeking consent',
    title: 'Is it appropriate to seek consent?',
    hint: 'Consent is the first basis to consider. Seek it from the person, or from a parent or guardian for a child who is not competent to decide.',
    source: '004 ¶55, ¶58; 002 "Consent"; 004 App 4a §1, §5',
    guidance: [
      'Not seeking consent is decided case by case, never as a blanket rule: it must be necessary, proportionate and lawful, and documented.',
      'Explain that a referral is about support, that Channel is voluntary, and that feedback may not always be possible.',
    ],
    yes: { label: 'Yes', hint: 'You will record whether they gave consent.' },
    no: {
      label: 'No, asking would increase the risk or prejudice the outcome',
      hint: 'If the family is implicated, this is about asking the young person themselves.',
      notes: {
        label: 'Why would asking increase the risk or prejudice the outcome?',
        required: true,
        missingError: 'Enter why asking for consent would increase the risk or prejudice the outcome',
      },
    },
    chooseError: 'Select whether it is appropriate to seek consent',
  },
  consentGiven: {
    kind: 'choiceForm',
    tabTitle: 'Consent',
    title: 'Did they give informed consent?',
    legend: 'Did they give informed consent to the referral and to sharing their information?',
    source: '004 ¶55; 002 "Consent"; GMC Confidentiality 2017 ¶62',
    guidance: [consentText.notChannelConsent],
    yes: {
      label: 'Yes',
      fields: {
        whoConsented: { label: 'Who gave consent?', hint: 'The person, or the parent or guardian, and their relationship to the child.' },
        consentedTo: { label: 'What did they consent to?', hint: 'For example, the referral, and sharing with the local authority and the police.' },
        consentDate: { label: 'Date consent was given' },
        howInformed: { label: 'How were they informed?', hint: 'For example, face to face with a leaflet, or by phone.' },
      },
    },
    no: {
      label: 'No, they refused',
      hint: 'Record the reasons they gave.',
      fields: {
        refusedBy: { label: 'Who refused?' },
        reasons: { label: 'What reasons did they give?', hint: 'In their words if you can.' },
      },
    },
    chooseError: 'Select whether they gave informed consent',
  },
  significantHarm: {
    kind: 'choiceForm',
    tabTitle: 'Significant harm',
    title: 'Would not sharing leave the child, or others, at risk of significant harm?',
    legend: 'Would not sharing leave the child, or others, at risk of significant harm?',
    hint: 'A refusal by a child, or by their parent or guardian, is not simply respected: first weigh whether not sharing would leave the child, or anyone else, at risk of significant harm.',
    source: '002 "Consent"; Working Together to Safeguard Children 2023',
    guidance: [
      'If the answer is yes, the information may be shared without consent to protect the child, and a referral to children’s social care should be considered alongside the Prevent referral.',
      'If the answer is no, the refusal is respected: record the reasons and offer other support.',
      askIfUnsure,
    ],
    yes: {
      label: 'Yes',
      hint: 'You will weigh the public interest. The safeguarding condition (Schedule 1, paragraph 18) will be offered for the lawful basis.',
      fields: {
        harm: { label: 'What significant harm would the child, or others, be at risk of?', hint: 'Facts only: what you know, and how you know it.' },
        socialCareReferral: {
          label: 'A referral to children’s social care alongside this one',
          options: {
            considered: { label: 'Considered', hint: 'Say what you considered and what will happen next.' },
            made: { label: 'Made', hint: 'Say when, and any reference.' },
            'not-needed': { label: 'Not needed', hint: 'Say why.' },
          },
        },
        socialCareNotes: { label: 'Notes on the social care referral', hint: 'Required if it is not needed: say why.' },
      },
    },
    no: {
      label: 'No',
      hint: 'The refusal is respected. You will record the decision not to share and the other support offered.',
      fields: { reasons: { label: 'Why would not sharing leave nobody at risk of significant harm?' } },
    },
    chooseError: 'Select yes if not sharing would leave the child, or others, at risk of significant harm',
  },
  refusalCoercion: {
    kind: 'yesNo',
    tabTitle: 'Grooming or coercion',
    title: 'Might grooming or coercion be shaping the person’s refusal?',
    hint: 'For example, someone else answering for them, fear of what others will do, or an online contact telling them not to speak to professionals.',
    source: 'GMC Confidentiality 2017 ¶62',
    guidance: [
      'A refusal that may not be freely made is recorded as such. Seek advice from your Information Governance lead or a legal adviser before deciding.',
      askIfUnsure,
    ],
    yes: {
      label: 'Yes',
      hint: 'The record will say that Information Governance or legal advice is to be sought.',
      notes: {
        label: 'What suggests grooming or coercion?',
        hint: 'Facts only.',
        required: true,
        missingError: 'Enter what suggests grooming or coercion may be shaping the refusal',
      },
    },
    no: { label: 'No', notes: { label: 'Notes', required: false } },
    chooseError: 'Select yes if grooming or coercion may be shaping the refusal',
  },
  careAndSupport: {
    kind: 'yesNo',
    tabTitle: 'Care and support needs',
    title: 'Does the person have care and support needs?',
    hint: 'For example, needs arising from a physical or mental impairment or illness that mean they cannot protect themselves from abuse or exploitation.',
    source: 'Care Act 2014 s42',
    guidance: [
      'An adult with care and support needs who is at risk of abuse or neglect, including exploitation, is an adult at risk. Consider a Care Act 2014 section 42 safeguarding enquiry: contact your local authority’s adult safeguarding team alongside this decision.',
    ],
    yes: {
      label: 'Yes',
      hint: 'Consider a Care Act 2014 section 42 safeguarding enquiry with the local authority.',
      notes: { label: 'What are the care and support needs?', required: false },
    },
    no: { label: 'No', notes: { label: 'Notes', required: false } },
    chooseError: 'Select yes if the person has care and support needs',
  },
  refusalRisk: {
    kind: 'yesNo',
    tabTitle: 'Risk to others',
    title: 'Would not sharing leave others exposed to a risk of death or serious harm that outweighs confidentiality?',
    hint: 'Information may be shared without consent only if failing to share would leave others exposed to a risk so serious that it outweighs the person’s and the public interest in confidentiality.',
    source: '004 ¶56; GMC Confidentiality 2017 ¶64',
    guidance: [
      'If the risk is to the person only, a competent refusal is normally respected: no referral is made without consent, and you can offer other support.',
      askIfUnsure,
    ],
    yes: { label: 'Yes', hint: 'You will weigh the public interest.' },
    no: { label: 'No, the risk is to the person only', hint: 'Their refusal is respected. You will record the decision not to share.' },
    chooseError: 'Select yes if not sharing would leave others exposed to a risk of serious harm',
  },
  publicInterest: {
    kind: 'form',
    tabTitle: 'Public interest',
    title: 'Is the public-interest justification for sharing without consent made out?',
    hint: 'Can you state it clearly? Is sharing necessary, proportionate and lawful, with a legal gateway?',
    source: '004 ¶56, ¶58, ¶70; 004 App 4a §1–3; 002 "Consent"',
    guidance: [
      'Consider: is the intention to safeguard the person from exploitation or being drawn into terrorism? Is a serious crime being prevented, or a vulnerable person safeguarded? Is the information appropriate to the risk? Does the person pose harm to themselves or the wider public?',
      'If there is no lawful basis, the information must not be shared.',
      askIfUnsure,
    ],
    fields: {
      justified: { label: 'Is the public-interest justification made out?' },
      harmWeighed: { label: 'What harm did you weigh?' },
      whyOutweighs: { label: 'Why does the public interest outweigh confidentiality?', hint: 'If it does not, say why.' },
      necessaryAndProportionate: { label: 'Why is sharing necessary and proportionate?', hint: 'What is the least you can share to meet the purpose?' },
    },
    continueLabel: 'Continue',
  },
  personInformed: {
    kind: 'yesNo',
    tabTitle: 'Telling the person',
    title: 'Have you told the person that you are making this referral?',
    hint: 'This is the referral form’s question J3.',
    source: 'NPRF J3; 004 App 4a §4',
    yes: { label: 'Yes', notes: { label: 'What was their response?', required: true, missingError: 'Enter their response' } },
    no: {
      label: 'No',
      hint: 'The covering email will explain the basis for sharing.',
      notes: { label: 'Why have they not been told?', required: true, missingError: 'Enter why the person has not been told' },
    },
    chooseError: 'Select whether you have told the person about the referral',
  },
  doNotShare: {
    kind: 'form',
    tabTitle: 'Do not share',
    title: 'Do not share: record the decision',
    hint: 'If the person has not consented and no other lawful basis applies, the information is not shared.',
    source: '004 App 4; 004 App 4a §1',
    guidance: ['Offer other support with the person’s consent, and review the decision if anything changes. Call 999 if anyone is at immediate risk.'],
    contacts: ['emergency'],
    fields: { otherSupport: { label: 'What other support was offered?', hint: 'Or why none was offered.' } },
    continueLabel: 'Continue',
  },
  caldicottConsulted: {
    kind: 'form',
    tabTitle: 'Caldicott Guardian or IG',
    title: 'Have you consulted your Caldicott Guardian or Information Governance lead?',
    hint: askIfUnsure,
    source: '004 ¶61, ¶69; 004 App 4a §6',
    guidance: [
      'Your Information Governance lead or Data Protection Officer can advise on the lawful basis you choose next. The record names them only if you consulted them.',
    ],
    fields: {
      consulted: { label: 'Have you consulted your Caldicott Guardian or Information Governance lead?' },
      name: { label: 'Name and role of the person you consulted' },
      advice: { label: 'Their advice' },
    },
    continueLabel: 'Continue',
  },
  lawfulBasis: {
    kind: 'form',
    tabTitle: 'Lawful basis',
    title: 'Choose the lawful basis for sharing',
    hint: 'The UK GDPR basis for sharing under the Prevent duty is Article 6(1)(e), public task. Health information also needs an Article 9 condition: choose the one that fits this case. Only the conditions that fit the route you have recorded are offered.',
    source: 'UK GDPR Articles 6, 9 and 10; Data Protection Act 2018 Schedule 1',
    guidance: [
      'Consent is what allows you to set aside the duty of confidentiality; the data-protection basis is separate, and is chosen here. Caldicott principle 7 is about sharing for individual care: it is never the reason for sharing with the police.',
      askIfUnsure,
    ],
    fields: {
      article9Condition: { label: 'Article 9(2)(g) (substantial public interest), with which Data Protection Act 2018 Schedule 1 condition?' },
      offenceData: {
        label: 'Does the information include information about alleged offences?',
        hint: 'If it does, Article 10 also applies, with its own Schedule 1 condition.',
      },
      article10Condition: { label: 'Article 10: which Schedule 1 condition covers the information about alleged offences?' },
      appropriatePolicyDocument: {
        label: 'Does your organisation’s appropriate policy document cover this condition?',
        hint: 'Schedule 1 conditions generally need one. Your Information Governance lead will know.',
        options: {
          yes: { label: 'Yes' },
          no: { label: 'No, or not yet', hint: 'You can finish this record, but the referral cannot be exported until it does.' },
        },
      },
    },
    continueLabel: 'Continue',
  },
  details: {
    kind: 'form',
    tabTitle: 'Record the decision',
    title: 'Record the decision and your rationale',
    hint: consentText.writeItDown,
    source: '004 ¶58, ¶62; 004 App 4a §4; 003 "Information management (providers)"',
    guidance: [
      'The rationale starts in model wording for your route. Your organisation’s Information Governance lead must approve local wording before use. Edit it so it says what you decided and why.',
      'Paragraph 2 of Schedule 2, Part 1 of the Data Protection Act 2018 is an exemption from telling the person; it is not the lawful basis. Caldicott principle 7 is not a legal gateway.',
    ],
    fields: {
      capacityOrCompetenceNotes: { label: 'Capacity or competence notes' },
      justification: { label: 'Justification', hint: 'The best-interests or public-interest justification, or why the referral is needed.' },
      minimumData: { label: 'What will be shared, and why it is the minimum necessary' },
      recipients: { label: 'Who will receive it', hint: 'For example, the Local Authority Prevent Lead and the Multi-Agency Safeguarding Hub (MASH).' },
      decisionMaker: { label: 'Who made the decision', hint: 'Name and role.' },
      decidedAt: { label: 'Date and time of the decision' },
      rationale: { label: 'Rationale' },
      rationaleWordingApproved: { label: 'Note on the wording', hint: 'Keep the model-wording note, or record who approved your local wording and when.' },
      parentsTold: { label: 'Were the child’s parents or guardian told? Why, or why not?' },
      basis: { label: 'Data-protection basis', hint: 'As confirmed with your Information Governance lead.' },
      legalGateways: { label: 'Legal gateways relied on' },
    },
    continueLabel: 'Save the decision',
  },
  endShare: {
    kind: 'outcome',
    end: 'SHARE',
    tabTitle: 'Decision recorded',
    title: 'Your decision and rationale are recorded',
    source: '004 ¶62; 004 App 4a §4; 003 "Information management (providers)"',
    next: [
      { who: 'You', what: 'Keep this record with the person’s record. Any disclosure or discussion about sharing or consent must be documented there.' },
      {
        who: 'You',
        what: 'Send the referral by secure email, marked OFFICIAL-SENSITIVE. If the person was not told or did not consent, include the basis wording in the email.',
      },
      {
        who: 'Your Information Governance lead',
        what: 'Approves any local wording, and confirms the data-protection basis if you have not yet consulted them.',
      },
    ],
  },
  endDoNotShare: {
    kind: 'outcome',
    end: 'DO_NOT_SHARE',
    tabTitle: 'Not shared',
    title: 'You have decided not to share: the decision is recorded',
    source: '004 App 4; 004 App 4a §1; 004 ¶62',
    next: [
      { who: 'You', what: 'Keep this record with the person’s record, with the reasons for not sharing.' },
      { who: 'You', what: 'Offer other support with the person’s consent, and review the decision if anything changes.' },
      { who: 'Anyone', what: 'Calls 999 if someone is at immediate risk.' },
    ],
    contacts: ['emergency', 'antiTerroristHotline'],
  },
} as const satisfies ConsentPageContent & Record<ConsentStepId, ConsentStepContent>;

/** Words of the consent wizard's own controls and summaries (the steps' words are in `consentContent`). */
export const consentWizardText = {
  sourceLabel: 'Source:',
  guidanceLabel: 'Who decides',
  backToTasks: 'Back to the task list',
  refused: 'This answer could not be recorded. Check your answers on this page and try again.',
  otherSupportMissing: 'Enter the other support offered, or why none was offered',
  decisionMaker: { name: 'Name', role: 'Role' },
  decidedAt: {
    date: 'Date',
    dateName: 'The date of the decision',
    dateMissing: 'Enter the date of the decision',
    time: 'Time',
    timeHint: 'Use the 24-hour clock, for example 14:30',
    timeMissing: 'Enter the time of the decision',
    timeInvalid: 'Enter a real time using the 24-hour clock, for example 14:30',
  },
  legalGatewaysHint: 'One gateway on each line.',
  yesNo: { yes: 'Yes', no: 'No' },
  basisErrors: {
    article9: 'Choose the Article 9 condition',
    offenceData: 'Select whether the information includes information about alleged offences',
    article10: 'Choose the Schedule 1 condition for the information about alleged offences',
    policy: 'Select whether your organisation’s appropriate policy document covers this condition',
  },
  unreadable: 'The consent decision saved earlier in this tab could not be read back, so it starts again here. Nothing has been shared.',
  stale: {
    tabTitle: 'Start the consent decision again',
    title: 'The person’s details have changed since you started this decision',
    body: (then: string, now: string) =>
      `You started the consent decision when the person was recorded as ${then.toLowerCase()}. The referral form now says ${now.toLowerCase()}. The questions and the lawful basis depend on the person’s age, so start the consent decision again.`,
    subjectBody:
      'The record of concern this referral is based on is about a different kind of person (a patient or a colleague) from the one the decision was started for, so start the consent decision again.',
    unknownAge: 'age not known',
    restart: 'Start the consent decision again',
  },
  outcome: {
    nextHeading: 'What happens next',
    contactsHeading: 'Contacts',
    recordHeading: 'The consent record',
    recordIntro: 'This is what the record says. It goes with the referral when you export it.',
    route: 'Route',
    situation: 'Situation',
    article9: 'Article 9(2)(g) condition',
    offenceData: 'Information about alleged offences (Article 10)',
    policyDocument: 'Covered by the organisation’s appropriate policy document',
    yesNo: { yes: 'Yes', no: 'No' },
    basis: 'Data-protection basis',
    gateways: 'Legal gateways',
    noGateways: 'None: nothing is shared',
    informed: 'Has the person been told about the referral?',
    informedAnswer: { yes: 'Yes', no: 'No' },
    recipients: 'Shared with',
    decisionMaker: 'Decision made by',
    decidedAt: 'Date and time of the decision',
    rationale: 'Rationale',
    rationaleNote: 'Note on the wording',
    logHeading: 'Decision log',
    logColumns: { question: 'Question', answer: 'Answer', notes: 'Notes', when: 'When' },
  },
} as const;
