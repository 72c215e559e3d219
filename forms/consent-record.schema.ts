import { z } from 'zod/mini';

/**
 * The consent and lawful-basis record the safeguarding lead finishes with (legal-and-security §A;
 * domain-spec §1.5). It records the lead's decision and rationale; it never makes the decision.
 * Plain JSON: dates and times are ISO strings, so it can be kept, exported and read back.
 *
 * The consent recorded here is the individual's (or parent's) consent to the referral and the
 * disclosure. It is not the referrer's acknowledgement on the national form ("By sending this form
 * you consent…", domain-spec C4) and not consent to take part in Channel (R15): those stay apart.
 *
 * Two gates, two jobs: `consentRecordSchema` refuses records that contradict themselves or the
 * decision table (for example a person told about a referral under row 8); `missingForExport` lists,
 * as sentences a lead can act on, what a well-formed record still lacks before it can be exported.
 */

const LONG_TEXT_MAX = 20_000;
const SHORT_TEXT_MAX = 500;

const text = (max: number) =>
  z
    .string()
    .check(z.trim())
    .check(z.maxLength(max, `Keep this to ${max.toLocaleString('en-GB')} characters or fewer`));
const longText = text(LONG_TEXT_MAX);
const shortText = text(SHORT_TEXT_MAX);

/** Written, not just whitespace. */
export function hasText(value: string | null | undefined): boolean {
  return (value ?? '').trim().length > 0;
}

export const consentSubjects = ['patient', 'service user', 'colleague'] as const;
export type ConsentSubject = (typeof consentSubjects)[number];

/** Under 16: Gillick competence. 16 or 17: the Mental Capacity Act 2005 applies too (domain-spec C2). */
export const ageBands = ['under-16', '16-17', '18-or-over'] as const;
export type AgeBand = (typeof ageBands)[number];

export const consentStatuses = ['obtained', 'refused', 'not-sought'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

export const notSoughtReasons = [
  /** Row 7: asking would increase the risk or prejudice the outcome (004 App 4a §5). */
  'asking-increases-risk',
  /** Row 8: planning or undertaking terrorist acts; the person must not be told (004 ¶60). */
  'terrorism-planning',
  /** Row 5: the person lacks capacity for this decision (004 ¶57). */
  'lacks-capacity-best-interests',
  /** Row 3 variant: the family is implicated, or telling them would put the child at risk (002 "Consent"). */
  'family-implicated',
  /** Row 9: limited information shared before consent; the consent decision follows the triage (004 ¶59). */
  'urgent-triage-pending',
] as const;
export type NotSoughtReason = (typeof notSoughtReasons)[number];

/** Whose consent the route asks for: the person, or (a child who is not Gillick competent) a parent or guardian. */
export const consentSources = ['individual', 'parent-or-guardian'] as const;
export type ConsentSource = (typeof consentSources)[number];

/**
 * What the lead concluded, as the outcome codes of domain-spec §1.5.2 (`share.*` finals), plus the
 * urgent-triage record whose consent decision follows later (row 9).
 */
export const consentOutcomes = [
  'BASIS_CONSENT',
  'BASIS_BEST_INTERESTS',
  'BASIS_PUBLIC_INTEREST',
  'BASIS_SERIOUS_CRIME',
  'BASIS_URGENT_TRIAGE',
  'NO_LAWFUL_BASIS',
] as const;
export type ConsentOutcome = (typeof consentOutcomes)[number];

export const decisionRows = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
export type DecisionRow = (typeof decisionRows)[number];

/**
 * The legal gateways the record can cite (domain-spec §1.5.5). Caldicott principle 7 is not among
 * them: it is a principle about sharing for individual care, not a legal gateway (legal-and-security
 * §A, error 1; §A.1 item 8).
 */
export const legalGateways = {
  consent: 'Consent of the individual, or of their parent or guardian if under 18 (common law duty of confidentiality)',
  bestInterests: 'Best-interests decision for a person who lacks capacity: Mental Capacity Act 2005',
  publicInterest: 'Public-interest disclosure: the common law duty of confidentiality yields where the risk of serious harm outweighs it',
  transparencyExemption:
    'Data Protection Act 2018, Schedule 2, Part 1, paragraph 2 (the prevention or detection of crime): an exemption from telling the person, not the lawful basis',
  crimeAndDisorderAct:
    'Crime and Disorder Act 1998, section 115: a power, not a duty, to disclose to the police, local authorities, probation and health bodies',
  humanRights: 'Human Rights Act 1998 / ECHR Article 8: the interference is lawful, necessary and proportionate for a legitimate aim',
} as const;

/**
 * The Data Protection Act 2018 Schedule 1 conditions the lead chooses from for UK GDPR Article
 * 9(2)(g) (special category data) and, where alleged offences are involved, Article 10
 * (legal-and-security §A.1 item 4). Each carries the conditions under which it fits, shown as its hint.
 */
export const scheduleOneConditionIds = ['sch1-para6', 'sch1-para10', 'sch1-para18'] as const;
export type ScheduleOneCondition = (typeof scheduleOneConditionIds)[number];
export const scheduleOneConditions = {
  'sch1-para6': {
    label: 'Statutory and government purposes (Schedule 1, paragraph 6)',
    legal:
      'Data Protection Act 2018, Schedule 1, paragraph 6 (statutory and government purposes: the Prevent duty, Counter-Terrorism and Security Act 2015, section 26)',
    conditions:
      'Sharing is necessary to carry out a function given by law (the Prevent duty, Counter-Terrorism and Security Act 2015, section 26) and for reasons of substantial public interest.',
  },
  'sch1-para10': {
    label: 'Preventing or detecting unlawful acts (Schedule 1, paragraph 10)',
    legal: 'Data Protection Act 2018, Schedule 1, paragraph 10 (preventing or detecting unlawful acts)',
    conditions: 'Sharing is necessary to prevent or detect an unlawful act, and asking for consent would prejudice that purpose.',
  },
  'sch1-para18': {
    label: 'Safeguarding of children and individuals at risk (Schedule 1, paragraph 18)',
    legal: 'Data Protection Act 2018, Schedule 1, paragraph 18 (safeguarding of children and of individuals at risk)',
    conditions:
      'Only for someone under 18, or an adult at risk with care and support needs, and only where consent cannot be given, cannot reasonably be obtained, or seeking it would prejudice their protection.',
  },
} as const satisfies Record<ScheduleOneCondition, { label: string; legal: string; conditions: string }>;

/** The referral to children's social care considered alongside sharing a child's information without consent (§A.1 item 1). */
export const socialCareReferralOptions = ['considered', 'made', 'not-needed'] as const;
export type SocialCareReferral = (typeof socialCareReferralOptions)[number];

/**
 * What the record must contain for each situation (legal-and-security §A), as the labels the record
 * keeps them under. The labels are the keys of `items`, so the PDF prints label and value as they are.
 */
export const consentItemLabels = {
  whoConsented: 'Who consented',
  consentedTo: 'What they consented to',
  consentDate: 'Date consent was given',
  howInformed: 'How they were informed',
  competence: 'Competence assessment and reasoning',
  parentsTold: 'Whether the parents or guardian were told, and why or why not',
  whyParentNotAsked: 'Why the parent or guardian was not asked',
  whoDecidedNotToAskParent: 'Who decided not to ask the parent or guardian',
  capacityDoubt: 'Grounds to doubt capacity',
  capacityAssessor: 'Capacity assessment: who assessed',
  capacityAssessedOn: 'Capacity assessment: date',
  capacityOutcome: 'Capacity assessment: outcome for this decision',
  capacitySupport: 'Support given to help the person decide',
  bestInterestsReasoning: 'Best-interests reasoning',
  bestInterestsConsulted: 'Who was consulted for the best-interests decision',
  refusedBy: 'Who refused',
  refusalReasons: 'Reasons given for refusal',
  harmWeighed: 'Harm weighed',
  whyPublicInterestOutweighs: 'Why the public interest outweighs confidentiality',
  necessaryAndProportionate: 'Why sharing is necessary and proportionate',
  whyConsentNotSought: 'Why asking for consent would increase the risk or prejudice the outcome',
  policeContactedAt: 'Time of police contact',
  policeContacted: 'Police contact (999, Anti-Terrorist Hotline or named officer) and any reference',
  sharedWithPolice: 'What was shared with the police',
  triageSharedWith: 'Urgent triage: shared with',
  triageWhatShared: 'Urgent triage: what was shared',
  triageWhyUrgent: 'Urgent triage: why it was urgent',
  triageFollowUp: 'Urgent triage: follow-up on consent',
  otherSupport: 'Other support offered',
  terrorismEvidence: 'Concern or evidence of planning or undertaking terrorist acts',
  whyYoungPersonNotAsked: 'Why the young person was not asked for their own consent',
  significantHarm: 'Significant harm to the child, or others, if the information is not shared',
  noSignificantHarm: 'Why not sharing would not leave the child, or others, at risk of significant harm',
  socialCareReferral: 'Referral to children’s social care',
  coercionConcern: 'Grooming or coercion that may be shaping the refusal',
  careAndSupportNeeds: 'Care and support needs',
} as const;
export type ConsentItemKey = keyof typeof consentItemLabels;
export type ConsentItemLabel = (typeof consentItemLabels)[ConsentItemKey];
const itemLabelList = Object.values(consentItemLabels) as [ConsentItemLabel, ...ConsentItemLabel[]];

/**
 * The decision table (legal-and-security §A, with §A.1), rows 1–9: the situation and the route, in
 * plain words (the sources are in the machine's step meta, not in the record). The data-protection
 * basis is not a fixed text per row: the lead chooses it (§A.1 item 4) and the words follow the choice.
 */
export const decisionTable = {
  1: { situation: 'Adult with capacity who consents', route: 'Informed consent of the person' },
  2: {
    situation: 'Young person competent to decide',
    route: 'The young person’s own consent, with the family involved unless they are implicated or it would put the young person at risk',
  },
  3: {
    situation: 'Child not competent to decide',
    route: 'Consent of a parent or guardian, unless the family is implicated or asking would put the child at risk',
  },
  4: { situation: '16 or over with doubtful capacity', route: 'Support the person to decide first, then a Mental Capacity Act 2005 capacity assessment' },
  5: { situation: 'Person lacking capacity for this decision', route: 'Best interests (Mental Capacity Act 2005)' },
  6: {
    situation: 'Consent refused',
    route: 'Shared without consent only if not sharing would leave the child, or others, at risk of serious or significant harm that outweighs confidentiality',
  },
  7: { situation: 'Consent not sought because asking would increase the risk or prejudice the outcome', route: 'Public interest, without consent' },
  8: {
    situation: 'Concern or evidence of planning or undertaking terrorist acts',
    route: 'No consent, and the person is not told; 999 or the Anti-Terrorist Hotline',
  },
  9: {
    situation: 'Urgent triage',
    route: 'Limited, proportionate sharing before seeking consent, to establish whether this is a Prevent or a counter-terrorism case',
  },
} as const satisfies Record<DecisionRow, { situation: string; route: string }>;

/** Routes the table implies but does not spell out: public interest reached from rows 3, 5 and 6, and not sharing. */
export const routeVariants = {
  familyImplicated:
    'Without the family’s consent or knowledge: the family is implicated, or telling them would put the child at risk of harm; public interest to safeguard the child',
  lacksCapacityPublicInterest:
    'Public interest: the person lacks capacity and the referral is not in their best interests, but a risk of serious harm to others outweighs confidentiality',
  childRefusalSignificantHarm:
    'Public interest: consent was refused, but not sharing would leave the child, or others, at risk of significant harm; a referral to children’s social care considered alongside',
  refusalRespected: 'Do not share: the refusal is respected; no referral is made without consent',
  noLawfulBasis: 'Do not share: no lawful basis to share without consent',
} as const;

/** The "no lawful basis" entry a record that shares nothing keeps as its basis. */
export const noBasis = 'None: no lawful basis to share has been identified, so the information is not shared';

const yesNo = (message: string) => z.enum(['yes', 'no'], { error: message });

// ---------------------------------------------------------------------------------------------
// What each page of the consent decision collects: the machine's events carry these values and its
// guards check them with these schemas, so the UI's forms and the machine agree on what is enough.
// ---------------------------------------------------------------------------------------------

/** 003 "Information management (providers)": check for existing records and record the search made. */
export const recordsSearchSchema = z.object({
  knownToService: z.enum(['yes', 'no'], { error: 'Select whether the person is known to the service or practice' }),
  searchMade: longText.check(z.minLength(1, 'Enter which records you searched and what you found')),
});
export type RecordsSearch = z.infer<typeof recordsSearchSchema>;

/** Row 8: the time of police contact and what was shared (004 ¶60, ¶65–66). */
export const policeContactSchema = z.object({
  contactedAt: shortText.check(z.minLength(1, 'Enter the date and time you contacted the police')),
  contacted: shortText.check(z.minLength(1, 'Enter who you contacted: 999, the Anti-Terrorist Hotline or a named officer, and any reference')),
  whatShared: longText.check(z.minLength(1, 'Enter what you shared with the police')),
});
export type PoliceContact = z.infer<typeof policeContactSchema>;

/** Row 9: what was shared before consent, with whom, and why it was urgent (004 ¶59). */
export const preConsentSharingSchema = z.object({
  sharedWith: shortText.check(z.minLength(1, 'Enter who you shared the information with')),
  whatShared: longText.check(z.minLength(1, 'Enter what you shared')),
  whyUrgent: longText.check(z.minLength(1, 'Enter why it was urgent to share before seeking consent')),
});
export type PreConsentSharing = z.infer<typeof preConsentSharingSchema>;

/** Row 3 variant: why the parent or guardian is not asked, and who decided (002 "Consent"). */
export const familyImplicatedSchema = z.object({
  whyParentNotAsked: longText.check(z.minLength(1, 'Enter why the parent or guardian is not being asked')),
  whoDecided: shortText.check(z.minLength(1, 'Enter who decided not to ask the parent or guardian')),
});
export type FamilyImplicated = z.infer<typeof familyImplicatedSchema>;

/** Row 4: the Mental Capacity Act 2005 assessment for this decision, after support to decide. */
export const capacityAssessmentSchema = z.object({
  assessor: shortText.check(z.minLength(1, 'Enter who assessed the person’s capacity')),
  assessedOn: z.iso.date({ error: 'Enter the date of the capacity assessment' }),
  support: longText.check(z.minLength(1, 'Enter how the person was supported to make the decision themselves')),
  outcome: z.enum(['has-capacity', 'lacks-capacity'], { error: 'Select the outcome of the capacity assessment' }),
  reasoning: longText.check(z.minLength(1, 'Enter the reasoning for the outcome')),
});
export type CapacityAssessment = z.infer<typeof capacityAssessmentSchema>;

/** Row 5: the best-interests decision, its reasoning and who was consulted (004 ¶57). */
export const bestInterestsSchema = z.object({
  inBestInterests: yesNo('Select whether the referral is in the person’s best interests'),
  reasoning: longText.check(z.minLength(1, 'Enter the best-interests reasoning')),
  consulted: longText.check(z.minLength(1, 'Enter who was consulted for the best-interests decision')),
});
export type BestInterests = z.infer<typeof bestInterestsSchema>;

/** Rows 1–3: who consented, to what, when, and how they were informed. */
export const consentGivenSchema = z.object({
  whoConsented: shortText.check(z.minLength(1, 'Enter who gave consent')),
  consentedTo: longText.check(z.minLength(1, 'Enter what they consented to, for example the referral and sharing with the local authority and the police')),
  consentDate: z.iso.date({ error: 'Enter the date consent was given' }),
  howInformed: longText.check(z.minLength(1, 'Enter how they were informed about the referral')),
});
export type ConsentGiven = z.infer<typeof consentGivenSchema>;

/** Row 6: who refused and the reasons they gave (GMC Confidentiality 2017 ¶62). */
export const consentRefusedSchema = z.object({
  refusedBy: shortText.check(z.minLength(1, 'Enter who refused consent')),
  reasons: longText.check(z.minLength(1, 'Enter the reasons they gave for refusing')),
});
export type ConsentRefused = z.infer<typeof consentRefusedSchema>;

/**
 * A child's refusal, or a parent's (§A.1 item 1): not sharing would leave the child, or others, at
 * risk of significant harm; and the parallel referral to children's social care (considered, made,
 * or not needed, with why).
 */
export const significantHarmSchema = z
  .object({
    harm: longText.check(z.minLength(1, 'Enter the significant harm the child, or others, would be at risk of')),
    socialCareReferral: z.enum(socialCareReferralOptions, {
      error: 'Select whether a referral to children’s social care was considered, made or is not needed',
    }),
    socialCareNotes: longText,
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.socialCareReferral === 'not-needed' && !hasText(value.socialCareNotes))
        ctx.addIssue({ code: 'custom', path: ['socialCareNotes'], message: 'Enter why a referral to children’s social care is not needed' });
    }),
  );
export type SignificantHarm = z.infer<typeof significantHarmSchema>;

/** A child's refusal respected: why there is no risk of significant harm (§A.1 item 1). */
export const noSignificantHarmSchema = z.object({
  reasons: longText.check(z.minLength(1, 'Enter why not sharing would not leave the child, or others, at risk of significant harm')),
});
export type NoSignificantHarm = z.infer<typeof noSignificantHarmSchema>;

/**
 * The data-protection basis the lead chooses (§A.1 item 4): the Article 9 condition (9(2)(g) with a
 * Schedule 1 condition), whether information about alleged offences is involved (Article 10, with its
 * own Schedule 1 condition), and whether the organisation's appropriate policy document covers it.
 * Which conditions fit the route is `conditionsFor`; the machine accepts only those.
 */
export const lawfulBasisSchema = z.object({
  article9Condition: z.enum(scheduleOneConditionIds, { error: 'Choose the Article 9 condition' }),
  offenceData: yesNo('Select whether information about alleged offences is involved'),
  article10Condition: z.nullable(z.enum(scheduleOneConditionIds, { error: 'Choose the Schedule 1 condition for information about alleged offences' })),
  appropriatePolicyDocument: yesNo('Select whether your organisation’s appropriate policy document covers this condition'),
});
export type LawfulBasisChoice = z.infer<typeof lawfulBasisSchema>;

/** The public-interest test (004 ¶56, ¶58, ¶70): stated, weighed, necessary and proportionate. */
export const publicInterestSchema = z
  .object({
    justified: yesNo('Select whether the public-interest justification is made out'),
    harmWeighed: longText,
    whyOutweighs: longText,
    necessaryAndProportionate: longText,
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.justified !== 'yes') {
        if (!hasText(value.whyOutweighs))
          ctx.addIssue({ code: 'custom', path: ['whyOutweighs'], message: 'Enter why the public-interest justification is not made out' });
        return;
      }
      if (!hasText(value.harmWeighed)) ctx.addIssue({ code: 'custom', path: ['harmWeighed'], message: 'Enter the harm you weighed' });
      if (!hasText(value.whyOutweighs))
        ctx.addIssue({ code: 'custom', path: ['whyOutweighs'], message: 'Enter why the public interest outweighs confidentiality' });
      if (!hasText(value.necessaryAndProportionate))
        ctx.addIssue({ code: 'custom', path: ['necessaryAndProportionate'], message: 'Enter why sharing is necessary and proportionate' });
    }),
  );
export type PublicInterest = z.infer<typeof publicInterestSchema>;

/** 004 ¶61: ask the Caldicott Guardian or IG lead when unsure. */
export const igConsultationSchema = z
  .object({
    consulted: yesNo('Select whether you consulted your Caldicott Guardian or Information Governance lead'),
    name: shortText,
    advice: longText,
  })
  .check(
    z.refine((value) => value.consulted === 'no' || hasText(value.name), {
      path: ['name'],
      message: 'Enter the name of the Caldicott Guardian or IG lead you consulted',
    }),
  );
export type IgConsultation = z.infer<typeof igConsultationSchema>;

export const decisionMakerSchema = z.object({
  name: shortText,
  role: shortText,
});
export type DecisionMaker = z.infer<typeof decisionMakerSchema>;

const decidedAtSchema = z.iso.datetime({ offset: true, error: 'Enter the date and time of the decision' });

/**
 * The mandatory items of every case (legal-and-security §A), collected on the last page. The page
 * may also correct the basis and gateways after IG advice; `parentsTold` is asked for children whose
 * record does not already hold the parents' part (see `needsParentsTold`).
 */
export const consentDetailsSchema = z.object({
  capacityOrCompetenceNotes: longText,
  justification: longText,
  minimumData: longText,
  recipients: longText,
  decisionMaker: decisionMakerSchema,
  decidedAt: decidedAtSchema,
  rationale: longText,
  rationaleWordingApproved: longText,
  parentsTold: z.optional(longText),
  basis: z.optional(longText),
  legalGateways: z.optional(z.array(longText)),
});
export type ConsentDetails = z.infer<typeof consentDetailsSchema>;

// ---------------------------------------------------------------------------------------------
// The finished record.
// ---------------------------------------------------------------------------------------------

const consentRecordShape = z.strictObject({
  subject: z.enum(consentSubjects, { error: 'Select whether the person is a patient, service user or colleague' }),
  /** Null when the route never needed the age (rows 8 and 9 before the age question). */
  ageBand: z.nullable(z.enum(ageBands, { error: 'Record whether the person is under 16, 16 or 17, or 18 or over' })),
  recordsSearch: z.strictObject({ knownToService: yesNo('Record whether the person is known to the service'), searchMade: longText }),
  outcome: z.enum(consentOutcomes, { error: 'Record the outcome of the decision' }),
  /** The row of the decision table that governs the decision. */
  row: z.literal(decisionRows, { error: 'Record the decision-table row (1 to 9)' }),
  /** Every row the lead went through, in order, ending with `row` (e.g. [4, 1]: capacity assessed, then consent). */
  rowsFollowed: z
    .array(z.literal(decisionRows, { error: 'Record the decision-table rows followed (1 to 9)' }))
    .check(z.minLength(1, 'Record the decision-table rows followed')),
  route: longText,
  consentStatus: z.enum(consentStatuses, { error: 'Record whether consent was obtained, refused or not sought' }),
  notSoughtReason: z.nullable(z.enum(notSoughtReasons)),
  consentFrom: z.nullable(z.enum(consentSources)),
  basis: longText,
  legalGateways: z.array(longText),
  informed: yesNo('Record whether the person has been told about the referral'),
  /** If told: their response (NPRF J3 "What was the response?"). If not: why not. */
  informedNotes: longText,
  items: z.partialRecord(z.enum(itemLabelList), longText),
  capacityOrCompetenceNotes: longText,
  justification: longText,
  minimumData: longText,
  caldicottOrIgConsulted: yesNo('Record whether the Caldicott Guardian or IG lead was consulted'),
  caldicottOrIgName: shortText,
  caldicottOrIgAdvice: longText,
  decisionMaker: z.strictObject({ name: shortText, role: shortText }),
  decidedAt: decidedAtSchema,
  recipients: longText,
  /** The editable rationale paragraph (model wording from `buildRationale`, edited by the lead). */
  rationale: longText,
  /** The family is implicated (children): the family is left out; the young person is still assessed and asked (§A.1 item 2). */
  familyImplicated: z.nullable(yesNo('Record whether the family is implicated')),
  /** A child's or parent's refusal: would not sharing leave the child, or others, at risk of significant harm? (§A.1 item 1). */
  significantHarm: z.nullable(yesNo('Record whether not sharing would leave the child, or others, at risk of significant harm')),
  /** With significant harm: the parallel referral to children's social care. */
  socialCareReferral: z.nullable(z.enum(socialCareReferralOptions)),
  /** An adult's refusal: may grooming or coercion be shaping it? Yes: IG or legal advice is to be sought (§A.1 item 3). */
  coercionConcern: z.nullable(yesNo('Record whether grooming or coercion may be shaping the refusal')),
  /** An adult with care and support needs: an adult at risk (Schedule 1 para 18; Care Act 2014 s42). */
  careAndSupportNeeds: z.nullable(yesNo('Record whether the person has care and support needs')),
  /** UK GDPR Article 9(2)(g) with this Data Protection Act 2018 Schedule 1 condition (§A.1 item 4). */
  article9Condition: z.nullable(z.enum(scheduleOneConditionIds)),
  /** Information about alleged offences is involved: Article 10 applies. */
  offenceData: z.nullable(yesNo('Record whether information about alleged offences is involved')),
  /** The Schedule 1 condition for Article 10 (null unless offenceData is yes). */
  article10Condition: z.nullable(z.enum(scheduleOneConditionIds)),
  /** The organisation's appropriate policy document (Schedule 1 Part 4) covers the condition. */
  appropriatePolicyDocument: z.nullable(yesNo('Record whether your appropriate policy document covers the condition')),
  /** The note kept with the rationale: the model-wording note, or who approved the local wording and when. */
  rationaleWordingApproved: longText,
});

interface RowRule {
  outcomes: readonly ConsentOutcome[];
  /** The consent status and reason the row allows, as `status` or `status:reason`. */
  consent: readonly string[];
  ages: 'adult' | 'child' | 'any';
  /** Whose consent the row asks for, where it says. */
  consentFrom?: ConsentSource;
}

/**
 * What each row of the decision table allows. Row 4 (capacity in doubt) is never the governing
 * row: the assessment leads on to another row, and the record keeps 4 among the rows followed.
 */
const rowRules: Record<Exclude<DecisionRow, 4>, RowRule> = {
  1: { outcomes: ['BASIS_CONSENT'], consent: ['obtained'], ages: 'adult', consentFrom: 'individual' },
  2: { outcomes: ['BASIS_CONSENT'], consent: ['obtained'], ages: 'child', consentFrom: 'individual' },
  3: { outcomes: ['BASIS_CONSENT', 'BASIS_PUBLIC_INTEREST', 'NO_LAWFUL_BASIS'], consent: ['obtained', 'not-sought:family-implicated'], ages: 'child' },
  5: { outcomes: ['BASIS_BEST_INTERESTS', 'BASIS_PUBLIC_INTEREST', 'NO_LAWFUL_BASIS'], consent: ['not-sought:lacks-capacity-best-interests'], ages: 'any' },
  6: { outcomes: ['BASIS_PUBLIC_INTEREST', 'NO_LAWFUL_BASIS'], consent: ['refused'], ages: 'any' },
  7: { outcomes: ['BASIS_PUBLIC_INTEREST', 'NO_LAWFUL_BASIS'], consent: ['not-sought:asking-increases-risk'], ages: 'any' },
  8: { outcomes: ['BASIS_SERIOUS_CRIME'], consent: ['not-sought:terrorism-planning'], ages: 'any' },
  9: { outcomes: ['BASIS_URGENT_TRIAGE'], consent: ['not-sought:urgent-triage-pending'], ages: 'any' },
};

/** Contradictions: a record like this is wrong, not just unfinished. */
export const consentRecordSchema = consentRecordShape.check(
  z.superRefine((record, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (record.rowsFollowed.at(-1) !== record.row) issue('rowsFollowed', 'The rows followed must end with the row that governs the decision');
    if (record.row === 4) {
      issue('row', 'A capacity assessment leads on to another decision: record the decision that followed it');
      return;
    }
    const rule = rowRules[record.row];
    // Messages name the situation in words: the table's row numbers stay internal.
    const situation = decisionTable[record.row].situation.toLowerCase();
    if (!rule.outcomes.includes(record.outcome)) issue('outcome', `The situation recorded (${situation}) cannot end in this outcome`);
    const consent = record.notSoughtReason === null ? record.consentStatus : `${record.consentStatus}:${record.notSoughtReason}`;
    if (record.consentStatus !== 'not-sought' && record.notSoughtReason !== null)
      issue('notSoughtReason', 'Only give a reason for not seeking consent when it was not sought');
    else if (record.notSoughtReason !== null && !rule.consent.includes(consent))
      issue('notSoughtReason', `This reason for not seeking consent does not fit the situation recorded (${situation})`);
    else if (record.notSoughtReason === null && !rule.consent.some((allowed) => allowed.split(':')[0] === record.consentStatus))
      issue('consentStatus', `The situation recorded (${situation}) does not fit this consent status`);
    const child = isUnder18Band(record.ageBand);
    if (record.ageBand !== null && rule.ages === 'adult' && child)
      issue('ageBand', `The situation recorded (${situation}) is for adults: the person is recorded as under 18`);
    if (record.ageBand !== null && rule.ages === 'child' && !child)
      issue('ageBand', `The situation recorded (${situation}) is for children: the person is recorded as 18 or over`);
    if (rule.consentFrom && record.consentFrom !== rule.consentFrom) issue('consentFrom', `The situation recorded (${situation}) is the person’s own consent`);
    if (record.row === 3 && record.consentStatus === 'obtained' && record.consentFrom !== 'parent-or-guardian')
      issue('consentFrom', 'For a child who cannot decide, consent is the parent’s or guardian’s');
    if ((record.outcome === 'BASIS_CONSENT') !== (record.consentStatus === 'obtained'))
      issue('outcome', 'A referral with consent needs consent to have been obtained, and only then');
    if (record.consentStatus === 'obtained' && record.informed !== 'yes')
      issue('informed', 'Consent was obtained, so the person (or their parent or guardian) has been told about the referral');
    if (record.row === 8 && record.informed !== 'no') issue('informed', 'The person must not be told that information is being shared (004 ¶60)');
    if (record.row === 9 && record.informed !== 'no') issue('informed', 'Consent has not yet been sought after urgent triage, so the person has not been told');
    if (record.article9Condition !== null || record.article10Condition !== null) {
      const fits = conditionsFor(record);
      if (record.article9Condition !== null && !fits.includes(record.article9Condition))
        issue('article9Condition', 'This Article 9 condition does not fit the route recorded');
      if (record.article10Condition !== null && !fits.includes(record.article10Condition))
        issue('article10Condition', 'This Article 10 condition does not fit the route recorded');
    }
    if (record.offenceData !== 'yes' && record.article10Condition !== null)
      issue('article10Condition', 'Only choose an Article 10 condition when information about alleged offences is involved');
  }),
);

export type ConsentRecord = z.infer<typeof consentRecordSchema>;
export type ConsentItems = ConsentRecord['items'];

/** The parts of the record as the machine gathers them, page by page. */
export type ConsentDraft = Partial<ConsentRecord>;

/** What a draft holds before anyone has written anything: empty text, no items, nobody named. */
const blankRecord = {
  rowsFollowed: [],
  route: '',
  notSoughtReason: null,
  consentFrom: null,
  basis: '',
  legalGateways: [],
  informedNotes: '',
  items: {},
  capacityOrCompetenceNotes: '',
  justification: '',
  minimumData: '',
  caldicottOrIgName: '',
  caldicottOrIgAdvice: '',
  decisionMaker: { name: '', role: '' },
  recipients: '',
  rationale: '',
  rationaleWordingApproved: '',
  // Choices added after the first records were kept: a stored record without them still reads, and
  // `missingForExport` names what it now needs.
  familyImplicated: null,
  significantHarm: null,
  socialCareReferral: null,
  coercionConcern: null,
  careAndSupportNeeds: null,
  article9Condition: null,
  offenceData: null,
  article10Condition: null,
  appropriatePolicyDocument: null,
} satisfies ConsentDraft;

/**
 * Reads a draft (or a stored or imported record: untrusted input) as a record. Text not yet written
 * reads as empty, for `missingForExport` to name; choices not yet made, and contradictions, fail.
 */
export function parseConsentRecord(draft: unknown) {
  const value = typeof draft === 'object' && draft !== null && !Array.isArray(draft) ? draft : {};
  return consentRecordSchema.safeParse({ ...blankRecord, ...value });
}

export const isUnder18Band = (band: AgeBand | null | undefined): boolean => band === 'under-16' || band === '16-17';

/** The parts of a record that decide which Schedule 1 conditions fit it. */
export type BasisRoute = Pick<
  ConsentDraft,
  'outcome' | 'consentStatus' | 'notSoughtReason' | 'ageBand' | 'careAndSupportNeeds' | 'coercionConcern' | 'significantHarm' | 'row'
>;

/** Reasons for not seeking consent where asking would prejudice preventing or detecting an unlawful act (para 10). */
const prejudiceReasons: readonly (NotSoughtReason | null | undefined)[] = [
  'asking-increases-risk',
  'terrorism-planning',
  'urgent-triage-pending',
  'family-implicated',
];

/** A child, or an adult with care and support needs: the people Schedule 1 paragraph 18 protects. */
export function isAtRisk(record: Pick<ConsentDraft, 'ageBand' | 'careAndSupportNeeds'>): boolean {
  return isUnder18Band(record.ageBand) || record.careAndSupportNeeds === 'yes';
}

/**
 * The Schedule 1 conditions that fit the route (legal-and-security §A.1 item 4), in the order offered:
 * - paragraph 6 (statutory and government purposes: the Prevent duty) whenever information is shared;
 * - paragraph 10 (preventing or detecting unlawful acts) only where consent was not sought because
 *   asking would prejudice that purpose (never on a consent route, never after a refusal);
 * - paragraph 18 (safeguarding) only for a child or an adult with care and support needs, and only
 *   where consent cannot be given (lacks capacity), was not sought because seeking it would prejudice
 *   the protection, or cannot reasonably be obtained (a child's refusal with significant harm, or an
 *   adult's refusal that grooming or coercion may be shaping).
 * Empty when nothing is shared.
 */
export function conditionsFor(record: BasisRoute): ScheduleOneCondition[] {
  if (record.outcome === undefined || record.outcome === 'NO_LAWFUL_BASIS') return [];
  const conditions: ScheduleOneCondition[] = ['sch1-para6'];
  if (record.outcome === 'BASIS_CONSENT') return conditions;
  if (record.consentStatus === 'not-sought' && prejudiceReasons.includes(record.notSoughtReason)) conditions.push('sch1-para10');
  const refusedUnfreely =
    record.consentStatus === 'refused' && (isUnder18Band(record.ageBand) ? record.significantHarm === 'yes' : record.coercionConcern === 'yes');
  if (isAtRisk(record) && (record.consentStatus === 'not-sought' || refusedUnfreely)) conditions.push('sch1-para18');
  return conditions;
}

/** The data-protection basis in words, from the conditions chosen (what the record keeps as `basis`). */
export function basisWords(record: Pick<ConsentDraft, 'article9Condition' | 'offenceData' | 'article10Condition'>): string {
  const parts = ['UK GDPR Article 6(1)(e) (public task)'];
  if (record.article9Condition) parts.push(`Article 9(2)(g) (substantial public interest) with the ${scheduleOneConditions[record.article9Condition].legal}`);
  if (record.offenceData === 'yes' && record.article10Condition)
    parts.push(`Article 10 (information about alleged offences) with the ${scheduleOneConditions[record.article10Condition].legal}`);
  return parts.join('; ');
}

/** The record shares information (everything but "do not share"). */
export const sharesInformation = (record: Pick<ConsentRecord, 'outcome'>): boolean => record.outcome !== 'NO_LAWFUL_BASIS';

/**
 * A child's record must say what was decided about the parents (legal-and-security §E case 15),
 * unless it already does: the parent was the one asked (row 3), the family is implicated (row 3
 * variant), or the route does not seek consent at all (rows 8 and 9).
 */
export function needsParentsTold(record: Pick<ConsentDraft, 'ageBand' | 'consentFrom' | 'notSoughtReason' | 'row' | 'familyImplicated'>): boolean {
  if (!isUnder18Band(record.ageBand)) return false;
  if (record.row === 8 || record.row === 9) return false;
  if (record.notSoughtReason === 'family-implicated' || record.familyImplicated === 'yes') return false;
  return record.consentFrom !== 'parent-or-guardian';
}

/** The Gillick question is asked of under-16s only; 16- and 17-year-olds go through the capacity questions. */
function needsCompetence(record: ConsentRecord): boolean {
  // Family implicated or not, the young person's own competence is assessed (§A.1 item 2).
  return record.ageBand === 'under-16' && record.row !== 8 && record.row !== 9;
}

type ItemRule = readonly [ConsentItemKey, string];

/** Which items the record must hold, with the sentence to show when one is missing. */
function requiredItems(record: ConsentRecord): ItemRule[] {
  const rules: ItemRule[] = [];
  const add = (...more: ItemRule[]) => rules.push(...more);
  const { rowsFollowed } = record;

  if (rowsFollowed.includes(9))
    add(
      ['triageSharedWith', 'Record who the information was shared with during urgent triage'],
      ['triageWhatShared', 'Record what was shared during urgent triage'],
      ['triageWhyUrgent', 'Record why it was urgent to share before seeking consent'],
      ['triageFollowUp', 'Record the follow-up on consent after urgent triage'],
    );
  if (record.row === 8)
    add(
      ['policeContactedAt', 'Enter the time you contacted the police'],
      ['policeContacted', 'Record who you contacted at the police (999, the Anti-Terrorist Hotline or a named officer)'],
      ['sharedWithPolice', 'Record what was shared with the police'],
    );
  if (needsCompetence(record)) add(['competence', 'Record the Gillick competence assessment and your reasoning']);
  if (needsParentsTold(record)) add(['parentsTold', 'Record whether the child’s parents or guardian were told, and why or why not']);
  if (record.row === 8) add(['terrorismEvidence', 'Record the concern or evidence that the person is planning or undertaking terrorist acts']);
  if (record.notSoughtReason === 'family-implicated' || record.familyImplicated === 'yes')
    add(
      ['whyParentNotAsked', 'Record why the parent or guardian was not asked'],
      ['whoDecidedNotToAskParent', 'Record who decided not to ask the parent or guardian'],
    );
  if (rowsFollowed.includes(4))
    add(
      ['capacityAssessor', 'Enter who assessed the person’s capacity'],
      ['capacityAssessedOn', 'Enter the date of the capacity assessment'],
      ['capacityOutcome', 'Record the outcome of the capacity assessment for this decision'],
    );
  if (record.row === 5)
    add(
      ['bestInterestsReasoning', 'Record the best-interests reasoning'],
      ['bestInterestsConsulted', 'Record who was consulted for the best-interests decision'],
    );
  if (record.consentStatus === 'obtained')
    add(
      ['whoConsented', 'Record who consented'],
      ['consentedTo', 'Record what they consented to: the referral, and sharing with the local authority and the police'],
      ['consentDate', 'Enter the date consent was given'],
      ['howInformed', 'Record how the person was informed about the referral'],
    );
  if (record.consentStatus === 'refused') add(['refusedBy', 'Record who refused consent'], ['refusalReasons', 'Record the reasons given for refusing consent']);
  if (record.notSoughtReason === 'asking-increases-risk')
    add(['whyConsentNotSought', 'Record why asking for consent would increase the risk or prejudice the outcome']);
  if (record.outcome === 'BASIS_PUBLIC_INTEREST')
    add(
      ['harmWeighed', 'Record the harm you weighed'],
      ['whyPublicInterestOutweighs', 'Record why the public interest outweighs confidentiality'],
      ['necessaryAndProportionate', 'Record why sharing is necessary and proportionate'],
    );
  if (record.significantHarm === 'yes') add(['significantHarm', 'Record the significant harm the child, or others, would be at risk of']);
  if (record.significantHarm === 'no') add(['noSignificantHarm', 'Record why not sharing would not leave the child, or others, at risk of significant harm']);
  if (record.socialCareReferral === 'not-needed') add(['socialCareReferral', 'Record why a referral to children’s social care is not needed']);
  if (record.coercionConcern === 'yes') add(['coercionConcern', 'Record what suggests grooming or coercion may be shaping the refusal']);
  if (record.outcome === 'NO_LAWFUL_BASIS') add(['otherSupport', 'Record the other support offered, or why none was offered']);
  return rules;
}

const justificationMissing: Record<ConsentOutcome, string> = {
  BASIS_CONSENT: 'Enter why the referral is needed',
  BASIS_BEST_INTERESTS: 'Enter the best-interests justification',
  BASIS_PUBLIC_INTEREST: 'Enter the public-interest justification',
  BASIS_SERIOUS_CRIME: 'Enter the public-interest justification for sharing without consent',
  BASIS_URGENT_TRIAGE: 'Enter the justification for sharing before seeking consent',
  NO_LAWFUL_BASIS: 'Enter why there is no lawful basis to share',
};

/** Turns the schema's complaints into sentences, one per field, in the record's order. */
function schemaProblems(error: z.core.$ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.message))];
}

/** What an unfinished basis lacks, in words (export names them; the basis page clears them). */
export const missingBasis = {
  article9: 'Choose the Article 9 condition for sharing health information: Article 9(2)(g) with a Data Protection Act 2018 Schedule 1 condition',
  offenceData: 'Record whether information about alleged offences is involved (Article 10)',
  article10: 'Choose the Schedule 1 condition for information about alleged offences (Article 10)',
  policyUnknown: 'Record whether your organisation’s appropriate policy document covers the Schedule 1 condition',
  policyNotCovering:
    'Your organisation’s appropriate policy document must cover the Schedule 1 condition before you share: ask your Information Governance lead',
} as const;

/**
 * What the record still lacks before it can be exported, as sentences saying what to do; empty when
 * it is complete. A record that contradicts itself lists the contradiction instead.
 */
export function missingForExport(record: ConsentDraft): string[] {
  const parsed = parseConsentRecord(record);
  if (!parsed.success) return schemaProblems(parsed.error);
  const r = parsed.data;
  const missing: string[] = [];
  const need = (value: string | undefined, message: string) => {
    if (!hasText(value)) missing.push(message);
  };
  const shares = sharesInformation(r);
  const notTold = r.informed === 'no' && shares;

  need(r.recordsSearch.searchMade, 'Record the records search you made: is the person known to the service or practice?');
  if (r.ageBand === null && r.row !== 8 && r.row !== 9) missing.push('Record whether the person is under 18');
  if (r.consentStatus === 'not-sought' && r.notSoughtReason === null) missing.push('Record why consent was not sought');
  if (r.consentFrom === null && (r.consentStatus === 'obtained' || r.consentStatus === 'refused'))
    missing.push('Record whose consent was asked for: the person’s, or their parent’s or guardian’s');
  for (const [key, message] of requiredItems(r)) need(r.items[consentItemLabels[key]], message);
  if (r.consentStatus === 'refused' && isUnder18Band(r.ageBand) && r.significantHarm === null)
    missing.push('Answer whether not sharing would leave the child, or others, at risk of significant harm');
  if (r.significantHarm === 'yes' && r.socialCareReferral === null)
    missing.push('Record whether a referral to children’s social care was considered, made or is not needed');
  if (r.consentStatus === 'refused' && !isUnder18Band(r.ageBand)) {
    if (r.coercionConcern === null) missing.push('Record whether grooming or coercion may be shaping the refusal');
    if (r.careAndSupportNeeds === null) missing.push('Record whether the person has care and support needs');
  }
  if (shares) {
    if (r.article9Condition === null) missing.push(missingBasis.article9);
    if (r.offenceData === null) missing.push(missingBasis.offenceData);
    if (r.offenceData === 'yes' && r.article10Condition === null) missing.push(missingBasis.article10);
    if (r.appropriatePolicyDocument === null) missing.push(missingBasis.policyUnknown);
    if (r.appropriatePolicyDocument === 'no') missing.push(missingBasis.policyNotCovering);
    need(r.route, 'Record the route from the decision table');
    need(r.basis, notTold ? 'The person has not been told: record the lawful basis for sharing without telling them' : 'Record the data-protection basis');
    if (r.legalGateways.filter(hasText).length === 0) missing.push('Record the legal gateways you are relying on');
    need(r.recipients, 'Enter who the information is being shared with');
  }
  need(
    r.informedNotes,
    r.informed === 'yes'
      ? 'Record the person’s response when they were told about the referral'
      : shares
        ? 'Record why the person has not been told about the referral'
        : 'Record whether the person knows no referral is being made',
  );
  need(r.capacityOrCompetenceNotes, 'Enter your notes on the person’s capacity or competence to decide');
  need(r.justification, justificationMissing[r.outcome]);
  need(r.minimumData, shares ? 'Enter what will be shared and why it is the minimum necessary' : 'Record that no information will be shared');
  if (r.caldicottOrIgConsulted === 'yes') need(r.caldicottOrIgName, 'Enter the name of the Caldicott Guardian or IG lead you consulted');
  need(r.decisionMaker.name, 'Enter the name of the person who made the decision');
  need(r.decisionMaker.role, 'Enter the role of the person who made the decision');
  need(r.rationale, notTold ? 'The person has not been told: write the rationale for sharing without telling them' : 'Write the rationale for the decision');
  need(r.rationaleWordingApproved, 'Keep the note on whether your Information Governance lead has approved the rationale wording');
  return missing;
}

/**
 * The referral form's J3 "Have you informed the Individual that you are making this referral?",
 * consistent with the record (domain-spec §2.2 J3 prefill): never "yes" under row 8 (the person must
 * not be told, 004 ¶60); always "yes" when consent was obtained; otherwise what the lead recorded.
 */
export function j3Answer(record: Pick<ConsentRecord, 'row' | 'outcome' | 'consentStatus' | 'informed'>): 'yes' | 'no' {
  if (record.row === 8 || record.outcome === 'BASIS_SERIOUS_CRIME') return 'no';
  if (record.consentStatus === 'obtained') return 'yes';
  return record.informed;
}
