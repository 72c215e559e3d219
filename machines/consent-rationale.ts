import {
  consentItemLabels,
  hasText,
  isUnder18Band,
  routeVariants,
  scheduleOneConditions,
  type ConsentDraft,
  type ConsentItemKey,
  type ConsentSubject,
} from '../forms/consent-record.schema';

/**
 * The words a consent record gives the referral, the covering email and the internal record, made
 * sentence by sentence from what the lead recorded (legal-and-security §A corrected wording, §A.1):
 * - the lawful basis is UK GDPR Article 6(1)(e) with the Article 9 condition the lead chose, and
 *   Article 10 only where information about alleged offences is involved;
 * - section 115 of the Crime and Disorder Act 1998 is a power, not a duty;
 * - Schedule 2, Part 1, paragraph 2 of the Data Protection Act 2018 explains why the person is not
 *   told, and appears if and only if they have not been told; it is never the basis;
 * - no sentence claims a consultation, confirmation or fact the record does not hold, and Caldicott
 *   principle 7 is never a reason to share.
 * Every variant is model wording: the organisation's IG lead approves local wording before use.
 */

export const MODEL_WORDING_NOTE = 'Model wording: your organisation’s Information Governance lead must approve local wording before use.';

export interface Rationale {
  /** The editable paragraph, in model wording, with what the lead has recorded so far. */
  text: string;
  /** Kept beside the paragraph wherever it is shown or exported. */
  note: string;
}

type Variant =
  | 'consentAdult'
  | 'consentYoungPerson'
  | 'consentParent'
  | 'familyImplicated'
  | 'bestInterests'
  | 'lacksCapacityPublicInterest'
  | 'refusedPublicInterest'
  | 'notSought'
  | 'terrorism'
  | 'urgentTriage'
  | 'refusalRespected'
  | 'noLawfulBasis';

/** Which wording the draft needs, or null before the route has settled. */
function variantOf(draft: ConsentDraft): Variant | null {
  switch (draft.outcome) {
    case 'BASIS_CONSENT':
      return draft.row === 3 ? 'consentParent' : draft.row === 2 ? 'consentYoungPerson' : 'consentAdult';
    case 'BASIS_BEST_INTERESTS':
      return 'bestInterests';
    case 'BASIS_PUBLIC_INTEREST':
      if (draft.consentStatus === 'refused') return 'refusedPublicInterest';
      if (draft.notSoughtReason === 'family-implicated') return 'familyImplicated';
      if (draft.notSoughtReason === 'lacks-capacity-best-interests') return 'lacksCapacityPublicInterest';
      return 'notSought';
    case 'BASIS_SERIOUS_CRIME':
      return 'terrorism';
    case 'BASIS_URGENT_TRIAGE':
      return 'urgentTriage';
    case 'NO_LAWFUL_BASIS':
      return draft.route === routeVariants.refusalRespected ? 'refusalRespected' : 'noLawfulBasis';
    default:
      return null;
  }
}

const sharing = (variant: Variant | null): variant is Exclude<Variant, 'refusalRespected' | 'noLawfulBasis'> =>
  variant !== null && variant !== 'refusalRespected' && variant !== 'noLawfulBasis';
const withoutConsent = (variant: Variant) => !['consentAdult', 'consentYoungPerson', 'consentParent'].includes(variant);
const item = (draft: ConsentDraft, key: ConsentItemKey) => draft.items?.[consentItemLabels[key]] ?? '';

/** Who refused, as a sentence's subject. */
function refuser(draft: ConsentDraft, subject: ConsentSubject): string {
  if (draft.consentFrom === 'parent-or-guardian') return 'The child’s parent or guardian';
  return isUnder18Band(draft.ageBand) ? 'The young person' : `The ${subject}`;
}

/** Why consent was not sought, or was overridden: the template's "{why}" sentence(s), from the record. */
function whySentences(variant: Variant, draft: ConsentDraft, subject: ConsentSubject): string[] {
  switch (variant) {
    case 'terrorism':
      return [`There is concern or evidence that the ${subject} is planning or undertaking terrorist acts, so consent has not been sought.`];
    case 'notSought':
      return ['Consent has not been sought, because asking for it would increase the risk or prejudice the outcome.'];
    case 'familyImplicated': {
      const family =
        'The child’s family has not been asked, because the family is implicated in the concern or telling them would put the child at risk of harm.';
      if (hasText(item(draft, 'whyYoungPersonNotAsked')))
        return [family, 'The young person has not been asked either, because asking them would increase the risk.'];
      if (draft.familyImplicated === 'yes' && draft.consentFrom === null)
        return [family, 'The young person was assessed as not able to decide about this referral themselves.'];
      return [family];
    }
    case 'lacksCapacityPublicInterest':
      return [
        `The ${subject} has been assessed under the Mental Capacity Act 2005 as lacking capacity to make this decision. The referral is not in their best interests, but a risk of serious harm to others outweighs confidentiality.`,
      ];
    case 'refusedPublicInterest':
      return draft.significantHarm === 'yes'
        ? [`${refuser(draft, subject)} refused consent, and not sharing would leave the child, or others, at risk of significant harm.`]
        : [
            `${refuser(draft, subject)} was asked for consent and refused, and not sharing would leave others exposed to a risk of serious harm that outweighs confidentiality.`,
          ];
    default:
      return [];
  }
}

/** The opening sentence: with or without consent, and whose. */
function openingSentence(variant: Variant, draft: ConsentDraft, subject: ConsentSubject): string {
  switch (variant) {
    case 'consentAdult':
      return `This referral is being made with the informed consent of the ${subject}.`;
    case 'consentYoungPerson':
      return draft.ageBand === '16-17'
        ? 'This referral is being made with the informed consent of the young person, who is 16 or over and has capacity to make this decision (Mental Capacity Act 2005).'
        : 'This referral is being made with the informed consent of the young person, who was assessed as competent (Gillick competent) to make this decision.';
    case 'consentParent':
      return 'This referral is being made with the informed consent of the child’s parent or guardian.';
    case 'bestInterests':
      return `This referral is being made without the consent of the ${subject}, who has been assessed under the Mental Capacity Act 2005 as lacking capacity to make this decision. It is made in their best interests.`;
    case 'urgentTriage':
      return `Limited and proportionate information is being shared before seeking the consent of the ${subject}, because it is urgently needed to establish whether the case should be managed under Prevent or as a counter-terrorism case.`;
    default:
      return `This referral is being made without the prior consent of the ${subject}.`;
  }
}

/** "The lawful basis is UK GDPR Article 6(1)(e), with {Article 9}{ and Article 10}." Only what was chosen. */
function lawfulBasisSentence(draft: ConsentDraft): string {
  const article9 = draft.article9Condition
    ? `, with Article 9(2)(g) (substantial public interest) and the ${scheduleOneConditions[draft.article9Condition].legal}`
    : '';
  const article10 =
    draft.offenceData === 'yes' && draft.article10Condition
      ? ` and, for information about alleged offences, Article 10 with the ${scheduleOneConditions[draft.article10Condition].legal}`
      : '';
  return `The lawful basis is UK GDPR Article 6(1)(e) (public task)${article9}${article10}.`;
}

const publicInterestSentence = 'I am sharing this information in the public interest, which in this case outweighs the duty of confidentiality.';
const section115Sentence = 'I am acting under the power (not a duty) in section 115 of the Crime and Disorder Act 1998.';
/** Only ever why the person is not told (§A.1 item 5). */
const notToldSentence =
  'The person has not been told, because telling them would be likely to prejudice the prevention or detection of crime (Data Protection Act 2018, Schedule 2, Part 1, paragraph 2).';
const necessarySentence = 'I believe this sharing is necessary, proportionate and limited to the minimum needed.';

/** The basis paragraph, sentence by sentence, for a route that shares. */
function basisSentences(variant: Exclude<Variant, 'refusalRespected' | 'noLawfulBasis'>, draft: ConsentDraft, subject: ConsentSubject): string[] {
  const sentences = [openingSentence(variant, draft, subject), ...whySentences(variant, draft, subject)];
  const publicInterest = variant !== 'bestInterests' && withoutConsent(variant);
  if (publicInterest) sentences.push(publicInterestSentence);
  sentences.push(lawfulBasisSentence(draft));
  if (withoutConsent(variant)) sentences.push(section115Sentence);
  if (draft.informed === 'no') sentences.push(notToldSentence);
  // The template's closing belief; the record holds what was shared and why it is the minimum (required for export).
  if (withoutConsent(variant)) sentences.push(necessarySentence);
  return sentences;
}

/** What the lead recorded, by variant, in the order a reader needs it. */
const caseItems: Record<Variant, readonly ConsentItemKey[]> = {
  consentAdult: ['whoConsented', 'consentDate', 'consentedTo', 'howInformed', 'capacityOutcome'],
  consentYoungPerson: ['whyParentNotAsked', 'competence', 'capacityOutcome', 'whoConsented', 'consentDate', 'consentedTo', 'howInformed', 'parentsTold'],
  consentParent: ['competence', 'whoConsented', 'consentDate', 'consentedTo', 'howInformed'],
  familyImplicated: [
    'whyParentNotAsked',
    'whoDecidedNotToAskParent',
    'competence',
    'whyYoungPersonNotAsked',
    'harmWeighed',
    'whyPublicInterestOutweighs',
    'necessaryAndProportionate',
  ],
  bestInterests: [
    'capacityAssessor',
    'capacityAssessedOn',
    'capacityOutcome',
    'capacitySupport',
    'bestInterestsConsulted',
    'bestInterestsReasoning',
    'careAndSupportNeeds',
    'parentsTold',
  ],
  lacksCapacityPublicInterest: [
    'capacityAssessor',
    'capacityAssessedOn',
    'capacityOutcome',
    'bestInterestsReasoning',
    'careAndSupportNeeds',
    'harmWeighed',
    'whyPublicInterestOutweighs',
    'necessaryAndProportionate',
  ],
  refusedPublicInterest: [
    'whyParentNotAsked',
    'competence',
    'refusedBy',
    'refusalReasons',
    'significantHarm',
    'socialCareReferral',
    'coercionConcern',
    'careAndSupportNeeds',
    'harmWeighed',
    'whyPublicInterestOutweighs',
    'necessaryAndProportionate',
  ],
  notSought: ['whyConsentNotSought', 'careAndSupportNeeds', 'harmWeighed', 'whyPublicInterestOutweighs', 'necessaryAndProportionate'],
  terrorism: ['terrorismEvidence', 'policeContactedAt', 'policeContacted', 'sharedWithPolice'],
  urgentTriage: ['triageSharedWith', 'triageWhatShared', 'triageWhyUrgent', 'triageFollowUp'],
  refusalRespected: ['refusedBy', 'refusalReasons', 'noSignificantHarm', 'coercionConcern', 'careAndSupportNeeds', 'otherSupport'],
  noLawfulBasis: ['whyConsentNotSought', 'refusedBy', 'refusalReasons', 'bestInterestsReasoning', 'whyPublicInterestOutweighs', 'otherSupport'],
};

const triageItems: readonly ConsentItemKey[] = ['triageSharedWith', 'triageWhatShared', 'triageWhyUrgent'];

const sentence = (label: string, value: string) => {
  const v = value.trim();
  return `${label}: ${v}${/[.!?]$/.test(v) ? '' : '.'}`;
};

function recorded(draft: ConsentDraft, keys: readonly ConsentItemKey[]): string[] {
  return keys.flatMap((key) => (hasText(item(draft, key)) ? [sentence(consentItemLabels[key], item(draft, key))] : []));
}

/** Who was consulted, only as the record names them (§A.1 item 7). */
function consultationSentences(draft: ConsentDraft): string[] {
  if (draft.caldicottOrIgConsulted === 'no') return ['The Caldicott Guardian or Information Governance lead was not consulted before this decision.'];
  if (draft.caldicottOrIgConsulted !== 'yes' || !hasText(draft.caldicottOrIgName)) return [];
  const named = `${draft.caldicottOrIgName!.trim()} was consulted as the Caldicott Guardian or Information Governance lead.`;
  return hasText(draft.caldicottOrIgAdvice) ? [named, sentence('Their advice', draft.caldicottOrIgAdvice!)] : [named];
}

/** Sentences that explain a decision not to share. */
function notSharingSentences(variant: 'refusalRespected' | 'noLawfulBasis', draft: ConsentDraft, subject: ConsentSubject): string[] {
  const none = 'No referral is being made and no information is shared.';
  if (variant === 'noLawfulBasis') return [none, 'Consent has not been given, and no other lawful basis to share has been identified.'];
  if (draft.significantHarm === 'no')
    return [
      none,
      `${refuser(draft, subject)} refused consent, and not sharing would not leave the child, or others, at risk of significant harm, so the refusal is respected.`,
    ];
  return [none, `${refuser(draft, subject)} was asked for consent and refused, and the risk identified is to themselves only, so their refusal is respected.`];
}

/** The model basis paragraph a rationale opens with (what an IG-approved local wording replaces). */
export function modelBasisParagraph(draft: ConsentDraft, subject: ConsentSubject): string {
  const variant = variantOf(draft);
  if (variant === null) return '';
  return (sharing(variant) ? basisSentences(variant, draft, subject) : notSharingSentences(variant, draft, subject)).join(' ');
}

/**
 * The rationale paragraph for the internal record: the basis wording for the route, then what the
 * lead recorded (reasons, harm weighed, who was consulted), and, where the person is not told in a
 * case with no alleged offence, the flag that paragraph 2 may not apply. Empty until the route settles.
 */
export function buildRationale(draft: ConsentDraft, subject: ConsentSubject): Rationale {
  const variant = variantOf(draft);
  if (variant === null) return { text: '', note: MODEL_WORDING_NOTE };
  const shares = sharing(variant);
  const opening = shares ? basisSentences(variant, draft, subject) : notSharingSentences(variant, draft, subject);
  const notTold =
    shares && draft.informed === 'no'
      ? [
          ...(hasText(draft.informedNotes) ? [sentence('Why the person has not been told', draft.informedNotes!)] : []),
          ...(draft.offenceData === 'no' && variant !== 'terrorism'
            ? [
                'For this record: no alleged offence is recorded, so this is a pre-criminal case, and the Schedule 2, Part 1, paragraph 2 exemption (the prevention or detection of crime) may not apply to not telling the person. Ask your Information Governance lead.',
              ]
            : []),
        ]
      : [];
  const earlierTriage =
    variant !== 'urgentTriage' && (draft.rowsFollowed ?? []).includes(9)
      ? ['Before this decision, limited and proportionate information was shared for urgent triage.', ...recorded(draft, triageItems)]
      : [];
  const text = [...opening, ...notTold, ...earlierTriage, ...recorded(draft, caseItems[variant]), ...consultationSentences(draft)].join(' ');
  return { text, note: MODEL_WORDING_NOTE };
}

/**
 * The wording for the covering email "to explain the basis on which you are sharing their
 * information": whenever the person was not told or did not consent. Null when they consented and
 * were told, and when nothing is being shared. The same sentences as the referral's basis statement.
 */
export function emailBasisWording(record: ConsentDraft): string | null {
  const variant = variantOf(record);
  if (!sharing(variant)) return null;
  if (record.consentStatus === 'obtained' && record.informed === 'yes') return null;
  return basisSentences(variant, record, record.subject ?? 'patient').join(' ');
}

/**
 * The basis statement the referral itself carries (legal-and-security §A.1 item 9: the referral is
 * the national form, the consent status in plain words and this statement), one sentence per entry,
 * every sentence filled from the record. Empty when nothing is shared.
 */
export function basisStatement(record: ConsentDraft): string[] {
  const variant = variantOf(record);
  if (!sharing(variant)) return [];
  return basisSentences(variant, record, record.subject ?? 'patient');
}

/** Why consent was not sought, in plain words. */
const notSoughtWords = {
  'terrorism-planning': 'there is concern or evidence that the person is planning or undertaking terrorist acts',
  'asking-increases-risk': 'asking would increase the risk or prejudice the outcome',
  'lacks-capacity-best-interests': 'the person lacks capacity to make this decision',
  'family-implicated': 'the child’s family is implicated, or telling them would put the child at risk of harm',
  'urgent-triage-pending': 'limited information was shared urgently for triage, and consent is still to be sought',
} as const;

/**
 * The consent status in plain words, for the referral (the recipient needs to know whether the person
 * consented and whether they know; not the deliberation behind it).
 */
export function consentStatusStatement(record: ConsentDraft): string {
  const told =
    record.informed === 'yes'
      ? ' The person has been told about this referral.'
      : record.informed === 'no'
        ? ' The person has not been told about this referral.'
        : '';
  const who =
    record.consentFrom === 'parent-or-guardian' ? 'the child’s parent or guardian' : isUnder18Band(record.ageBand) ? 'the young person' : 'the person';
  switch (record.consentStatus) {
    case 'obtained':
      return `Consent to this referral was given by ${who}.${told}`;
    case 'refused':
      return `Consent to this referral was refused by ${who}.${told}`;
    case 'not-sought':
      return record.notSoughtReason
        ? `Consent to this referral was not sought, because ${notSoughtWords[record.notSoughtReason]}.${told}`
        : `Consent to this referral was not sought.${told}`;
    default:
      return `No consent decision has been recorded.${told}`;
  }
}
