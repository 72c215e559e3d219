import { consentItemLabels, hasText, routeVariants, type ConsentDraft, type ConsentItemKey, type ConsentSubject } from '../forms/consent-record.schema';

/**
 * The rationale paragraph for the record, and the basis wording for the covering email (004 App 4a
 * §4), from the corrected model wording in legal-and-security §A:
 * - Schedule 2, Part 1, paragraph 2 of the Data Protection Act 2018 (the seed's "para i.e.") is an
 *   exemption from telling the person, cited only when the person has not been told; it is never
 *   presented as the lawful basis, which is UK GDPR Article 6(1)(e) with an Article 9 condition.
 * - Caldicott principle 7 is not a legal gateway and is not cited.
 * Every variant is model wording: the organisation's IG lead approves local wording before use.
 */

export const MODEL_WORDING_NOTE = 'Model wording: your organisation’s Information Governance lead must approve local wording before use.';

export interface Rationale {
  /** The editable paragraph, in model wording, with what the lead has recorded so far. */
  text: string;
  /** Kept beside the paragraph wherever it is shown or exported. */
  note: string;
}

/** The corrected model wording, sentence by sentence (legal-and-security §A). */
const wording = {
  withoutSeeking: (subject: string) => `This referral is being made without seeking the prior consent of the ${subject}.`,
  exemption: (protect: string) =>
    `I am applying the exemption in the Data Protection Act 2018, Schedule 2, Part 1, paragraph 2 (the prevention or detection of crime) in order to protect ${protect} from harm, and I am acting in accordance with the permissible power in Section 115 of the Crime and Disorder Act 1998.`,
  powerOnly: 'I am acting in accordance with the permissible power in Section 115 of the Crime and Disorder Act 1998.',
  justified: (interest: string) => `I believe this is reasonable and justified, appropriate, proportionate and necessary action which is in ${interest}.`,
} as const;

const lawfulBasis = {
  consent:
    'The lawful basis for sharing is UK GDPR Article 6(1)(e) (public task), with Article 9(2)(a) (explicit consent), or Article 9(2)(g) (substantial public interest) and a condition in the Data Protection Act 2018, Schedule 1.',
  safeguarding:
    'The lawful basis for sharing is UK GDPR Article 6(1)(e) (public task), with Article 9(2)(g) (substantial public interest) and the Data Protection Act 2018, Schedule 1, paragraph 18 (safeguarding of children and individuals at risk).',
  crimeOrSafeguarding:
    'The lawful basis for sharing is UK GDPR Article 6(1)(e) (public task), with Article 9(2)(g) (substantial public interest) and the Data Protection Act 2018, Schedule 1, paragraph 10 (preventing or detecting unlawful acts) or paragraph 18 (safeguarding of children and individuals at risk).',
  refusal: 'The lawful basis for sharing is UK GDPR Article 6(1)(e) (public task), with an Article 9 condition confirmed by our Data Protection Officer.',
} as const;

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
      if (draft.row === 3) return 'familyImplicated';
      if (draft.row === 5) return 'lacksCapacityPublicInterest';
      if (draft.row === 6) return 'refusedPublicInterest';
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

/** The basis paragraph for a variant: what the covering email says, and what the rationale opens with. */
function basisParagraph(variant: Variant, subject: ConsentSubject, draft: ConsentDraft): string[] {
  const told = draft.informed === 'yes';
  const publicExemption = told ? wording.powerOnly : wording.exemption('wider members of the public');
  switch (variant) {
    case 'consentAdult':
      return [`This referral is being made with the informed consent of the ${subject}.`, lawfulBasis.consent];
    case 'consentYoungPerson':
      return [
        draft.ageBand === '16-17'
          ? 'This referral is being made with the informed consent of the young person, who is 16 or over and has capacity to make this decision (Mental Capacity Act 2005).'
          : 'This referral is being made with the informed consent of the young person, who was assessed as Gillick competent to make this decision.',
        lawfulBasis.consent,
      ];
    case 'consentParent':
      return [
        'This referral is being made with the informed consent of the child’s parent or guardian. The child was assessed as not yet Gillick competent to make this decision.',
        lawfulBasis.consent,
      ];
    case 'familyImplicated':
      return [
        'This referral is being made without seeking the consent or knowledge of the child’s family, because the family is implicated in the concern or telling them would place the child at risk of harm.',
        told ? wording.powerOnly : wording.exemption('the child and wider members of the public'),
        wording.justified('the child’s interests and the wider public interest'),
        lawfulBasis.safeguarding,
      ];
    case 'bestInterests':
      return [
        `This referral is being made without the consent of the ${subject}, who has been assessed under the Mental Capacity Act 2005 as lacking capacity to make this decision. It is made in their best interests, after supporting them to make the decision themselves and consulting the people involved in their care.`,
        wording.justified(`the ${subject}’s best interests`),
        lawfulBasis.safeguarding,
      ];
    case 'lacksCapacityPublicInterest':
      return [
        `This referral is being made without the consent of the ${subject}, who has been assessed under the Mental Capacity Act 2005 as lacking capacity to make this decision.`,
        publicExemption,
        wording.justified('the wider public interest'),
        lawfulBasis.crimeOrSafeguarding,
      ];
    case 'refusedPublicInterest':
      return [
        `This referral is being made without the consent of the ${subject}, who was asked for consent and refused.`,
        publicExemption,
        wording.justified('the wider public interest'),
        lawfulBasis.refusal,
      ];
    case 'notSought':
      return [wording.withoutSeeking(subject), publicExemption, wording.justified('the wider public interest'), lawfulBasis.crimeOrSafeguarding];
    case 'terrorism':
      return [
        wording.withoutSeeking(subject),
        wording.exemption('wider members of the public'),
        wording.justified('the wider public interest'),
        `There is concern or evidence that the ${subject} is engaged in planning or undertaking terrorist acts, so consent is not required and, to ensure the safety of others, they have not been told that information is being shared.`,
        lawfulBasis.crimeOrSafeguarding,
      ];
    case 'urgentTriage':
      return [
        `Limited and proportionate information has been shared before seeking the consent of the ${subject}, because it was urgently needed to establish whether the case should be managed under Prevent or as a counter-terrorism case.`,
        wording.exemption('wider members of the public'),
        wording.justified('the wider public interest'),
        lawfulBasis.crimeOrSafeguarding,
      ];
    case 'refusalRespected':
      return [
        `No referral is being made and no information is shared. The ${subject} was asked for consent and refused, and the risk identified is to themselves only, so their refusal is respected.`,
      ];
    case 'noLawfulBasis':
      return ['No referral is being made and no information is shared. Consent has not been given, and no other lawful basis to share has been identified.'];
  }
}

/** What the lead recorded, by variant, in the order a reader needs it. */
const caseItems: Record<Variant, readonly ConsentItemKey[]> = {
  consentAdult: ['whoConsented', 'consentDate', 'consentedTo', 'howInformed', 'capacityOutcome'],
  consentYoungPerson: ['competence', 'capacityOutcome', 'whoConsented', 'consentDate', 'consentedTo', 'howInformed', 'parentsTold'],
  consentParent: ['competence', 'whoConsented', 'consentDate', 'consentedTo', 'howInformed'],
  familyImplicated: ['whyParentNotAsked', 'whoDecidedNotToAskParent', 'harmWeighed', 'whyPublicInterestOutweighs', 'necessaryAndProportionate'],
  bestInterests: ['capacityAssessor', 'capacityAssessedOn', 'capacityOutcome', 'capacitySupport', 'bestInterestsConsulted', 'bestInterestsReasoning', 'parentsTold'],
  lacksCapacityPublicInterest: ['capacityAssessor', 'capacityAssessedOn', 'capacityOutcome', 'bestInterestsReasoning', 'harmWeighed', 'whyPublicInterestOutweighs', 'necessaryAndProportionate'],
  refusedPublicInterest: ['refusedBy', 'refusalReasons', 'harmWeighed', 'whyPublicInterestOutweighs', 'necessaryAndProportionate'],
  notSought: ['whyConsentNotSought', 'harmWeighed', 'whyPublicInterestOutweighs', 'necessaryAndProportionate'],
  terrorism: ['policeContactedAt', 'policeContacted', 'sharedWithPolice'],
  urgentTriage: ['triageSharedWith', 'triageWhatShared', 'triageWhyUrgent', 'triageFollowUp'],
  refusalRespected: ['refusedBy', 'refusalReasons', 'otherSupport'],
  noLawfulBasis: ['whyConsentNotSought', 'refusedBy', 'refusalReasons', 'bestInterestsReasoning', 'whyPublicInterestOutweighs', 'otherSupport'],
};

const triageItems: readonly ConsentItemKey[] = ['triageSharedWith', 'triageWhatShared', 'triageWhyUrgent'];

const sentence = (label: string, value: string) => {
  const v = value.trim();
  return `${label}: ${v}${/[.!?]$/.test(v) ? '' : '.'}`;
};

function recorded(draft: ConsentDraft, keys: readonly ConsentItemKey[]): string[] {
  return keys.flatMap((key) => {
    const value = draft.items?.[consentItemLabels[key]];
    return hasText(value) ? [sentence(consentItemLabels[key], value!)] : [];
  });
}

/**
 * The rationale paragraph for the record: the basis wording for the route, then what the lead has
 * recorded (reasons, harm weighed, who was consulted). Empty text until the route has settled.
 */
export function buildRationale(draft: ConsentDraft, subject: ConsentSubject): Rationale {
  const variant = variantOf(draft);
  if (variant === null) return { text: '', note: MODEL_WORDING_NOTE };
  const earlierTriage =
    variant !== 'urgentTriage' && (draft.rowsFollowed ?? []).includes(9)
      ? ['Before this decision, limited and proportionate information was shared for urgent triage (004 ¶59).', ...recorded(draft, triageItems)]
      : [];
  const text = [...basisParagraph(variant, subject, draft), ...earlierTriage, ...recorded(draft, caseItems[variant])].join(' ');
  return { text, note: MODEL_WORDING_NOTE };
}

/**
 * The wording for the covering email "to explain the basis on which you are sharing their
 * information" (004 App 4a §4): whenever the person was not told or did not consent. Null when they
 * consented and were told, and when nothing is being shared. It names no reasons or details: those
 * stay in the record.
 */
export function emailBasisWording(record: ConsentDraft): string | null {
  const variant = variantOf(record);
  if (variant === null || variant === 'refusalRespected' || variant === 'noLawfulBasis') return null;
  if (record.consentStatus === 'obtained' && record.informed === 'yes') return null;
  return basisParagraph(variant, record.subject ?? 'patient', record).join(' ');
}

/**
 * The basis statement the referral itself carries (legal-and-security §A.1: the referral is the
 * national form, the consent status in plain words and this statement), one sentence per entry,
 * every sentence filled from the record. Empty when nothing is shared.
 */
export function basisStatement(record: ConsentDraft): string[] {
  const variant = variantOf(record);
  if (variant === null || variant === 'refusalRespected' || variant === 'noLawfulBasis') return [];
  return basisParagraph(variant, record.subject ?? 'patient', record);
}

/**
 * The consent status in plain words, for the referral (the recipient needs to know whether the person
 * consented and whether they know; not the deliberation behind it).
 */
export function consentStatusStatement(record: ConsentDraft): string {
  const told = record.informed === 'yes' ? 'The person has been told about this referral.' : 'The person has not been told about this referral.';
  switch (record.consentStatus) {
    case 'obtained':
      return `Consent to this referral was given. ${told}`;
    case 'refused':
      return `Consent to this referral was refused. ${told}`;
    default:
      return `Consent to this referral was not sought. ${told}`;
  }
}
