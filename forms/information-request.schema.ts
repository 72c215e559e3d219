import { z } from 'zod/mini';

/**
 * A request for information from the police, a local authority or a Channel panel, and the
 * safeguarding lead's decision on it (domain-spec §1.5.3–1.5.4; 004 ¶67–70, App 4a §5–6; 003
 * "Information management"). Each page's payload is a schema here; the machine's guards and the
 * pages parse the same ones, so an answer a page accepts is one the machine takes. The record holds
 * what the decision needs, never the released records themselves: the lead attaches those.
 */

const text = z.string().check(z.trim()).check(z.minLength(1, 'Enter this'));
const optionalText = z._default(z.string().check(z.trim()).check(z.maxLength(4000)), '');
const yesNo = z.enum(['yes', 'no']);
export type YesNo = z.infer<typeof yesNo>;

export const hasText = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim().length > 0;

/** Who is asking (¶67: "submitted to the Data Controller"; App 4a §5 "police, local authority"). */
export const requesterKinds = ['police', 'local-authority', 'channel-panel', 'other'] as const;
export type RequesterKind = (typeof requesterKinds)[number];
export const requesterSchema = z.object({
  kind: z.enum(requesterKinds),
  organisation: text,
  /** Name and role of the person asking, as the request gives them: a work contact, not the patient. */
  contact: text,
  /** Their reference for the request, if any: goes in the reply's subject. */
  theirReference: optionalText,
});
export type Requester = z.infer<typeof requesterSchema>;

/** The purposes the issue names (domain-spec §1.5.4): case management, Channel, and a crime purpose. */
export const requestPurposes = ['prevent-case-management', 'channel-panel', 'counter-terrorism-investigation'] as const;
export type RequestPurpose = (typeof requestPurposes)[number];
export const purposeSchema = z.object({ purpose: z.enum(requestPurposes) });

/** ¶67 in writing; App 4a §5 on the requester's sanctioned proforma, by secure protectively marked email. */
export const formatSchema = z.object({ inWriting: yesNo, proforma: yesNo, secureEmail: yesNo });
export type RequestFormat = z.infer<typeof formatSchema>;

/** The powers and exemptions the requester cited (App 4a §5; domain-spec §1.5.5). */
export const citedPowers = ['s115', 'sch2para2', 'ctsa-s38'] as const;
export type CitedPower = (typeof citedPowers)[number];
export const powersSchema = z.object({ cited: z.array(z.enum(citedPowers)), notes: optionalText });
export type PowersCited = z.infer<typeof powersSchema>;

/** The "form of words": why the person's consent has not been sought (App 4a §5). */
export const reasonSchema = z.discriminatedUnion('given', [
  z.object({ given: z.literal('yes'), formOfWords: text }),
  z.object({ given: z.literal('no'), formOfWords: optionalText }),
]);
export type ReasonGiven = z.infer<typeof reasonSchema>;

/** The specific items requested (App 4a §5 "Being specific"): one per entry, none blank. */
export const itemsSchema = z.object({ items: z.array(text).check(z.minLength(1, 'List at least one item requested')).check(z.maxLength(40)) });

/** Whether the recipient is a competent authority (DPA 2018 Schedule 7), for a crime purpose (004 App 4). */
export const competentAnswers = ['yes', 'no', 'unsure'] as const;
export const competentAuthoritySchema = z.object({ answer: z.enum(competentAnswers), notes: optionalText });
export type CompetentAuthority = z.infer<typeof competentAuthoritySchema>;

/** The ¶70 questions, each Yes, No or Unsure with a note (domain-spec §1.5.3 [DESIGN]). */
export const checklistKeys = ['safeguard', 'seriousCrime', 'appropriate', 'harm', 'publicInterest'] as const;
export type ChecklistKey = (typeof checklistKeys)[number];
export const checklistAnswers = ['yes', 'no', 'unsure'] as const;
export type ChecklistAnswer = (typeof checklistAnswers)[number];
export const checklistSchema = z.object({
  answers: z.object(
    Object.fromEntries(checklistKeys.map((key) => [key, z.enum(checklistAnswers)])) as Record<
      ChecklistKey,
      z.ZodMiniEnum<{ yes: 'yes'; no: 'no'; unsure: 'unsure' }>
    >,
  ),
  notes: optionalText,
});
export type Checklist = z.infer<typeof checklistSchema>;

/** Consultation with the Caldicott Guardian or Information Governance (¶61, ¶69). Nothing is claimed the record does not show. */
export const consultationSchema = z.discriminatedUnion('consulted', [
  z.object({ consulted: z.literal('yes'), who: text, when: text, advice: text }),
  z.object({ consulted: z.literal('no'), whyNot: text }),
]);
export type Consultation = z.infer<typeof consultationSchema>;

/** The four decisions (domain-spec §1.5.4 `req.release`; App 4a §6). */
export const requestDecisions = ['release', 'partial', 'ask-more', 'decline'] as const;
export type RequestDecision = (typeof requestDecisions)[number];
export const decisionSchema = z.object({ decision: z.enum(requestDecisions), basis: optionalText });

/** Release in part: item by item, each withheld item with its reason. */
export const itemDecisionSchema = z.discriminatedUnion('release', [
  z.object({ item: text, release: z.literal('yes'), reason: optionalText }),
  z.object({ item: text, release: z.literal('no'), reason: text }),
]);
export type ItemDecision = z.infer<typeof itemDecisionSchema>;
export const partialSchema = z.object({ items: z.array(itemDecisionSchema).check(z.minLength(2)) }).check(
  z.superRefine((value, ctx) => {
    if (!value.items.some((item) => item.release === 'yes'))
      ctx.addIssue({ code: 'custom', path: ['items', 0, 'release'], message: 'Release at least one item, or decline the request' });
    if (!value.items.some((item) => item.release === 'no'))
      ctx.addIssue({ code: 'custom', path: ['items', 0, 'release'], message: 'Withhold at least one item, or release as asked' });
  }),
);
export type PartialRelease = z.infer<typeof partialSchema>;

/** What the requester is asked for before anything is released; the app drafts the list. */
export const missingKeys = ['inWriting', 'proforma', 'secureEmail', 'powers', 'reason', 'competentAuthority', 'narrower'] as const;
export type MissingKey = (typeof missingKeys)[number];
export const askMoreSchema = z.object({
  missing: z.array(z.enum(missingKeys)).check(z.minLength(1, 'Choose what the requester needs to send')),
  notes: optionalText,
});
export type AskMore = z.infer<typeof askMoreSchema>;

export const declineSchema = z.object({ reasons: text });

/** The urgent route (risk to life): the call made first, recorded afterwards. */
export const urgentCallSchema = z.object({ called: text, calledAt: text, whatShared: text, requester: optionalText });
export type UrgentCall = z.infer<typeof urgentCallSchema>;

/** Who decided and when ("record the search made, the information shared or not shared and the rationale": 003). */
export const signOffSchema = z.object({ decisionMaker: text, role: text, decidedAt: text, rationale: text });
export type SignOff = z.infer<typeof signOffSchema>;

/** The record as it builds up, page by page. */
export const requestDraftSchema = z.object({
  urgent: z.optional(yesNo),
  urgentCall: z.optional(urgentCallSchema),
  requester: z.optional(requesterSchema),
  purpose: z.optional(z.enum(requestPurposes)),
  format: z.optional(formatSchema),
  powers: z.optional(powersSchema),
  reason: z.optional(reasonSchema),
  items: z.optional(z.array(z.string())),
  competentAuthority: z.optional(competentAuthoritySchema),
  checklist: z.optional(checklistSchema),
  consultation: z.optional(consultationSchema),
  decision: z.optional(z.enum(requestDecisions)),
  basis: z.optional(z.string()),
  itemDecisions: z.optional(z.array(itemDecisionSchema)),
  askMore: z.optional(askMoreSchema),
  declineReasons: z.optional(z.string()),
  signOff: z.optional(signOffSchema),
});
export type RequestDraft = z.infer<typeof requestDraftSchema>;

/** A finished request record: an urgent call recorded, or a decision signed off. */
export const requestRecordSchema = z.union([
  z.extend(requestDraftSchema, { urgent: z.literal('yes'), urgentCall: urgentCallSchema }),
  z.extend(requestDraftSchema, {
    urgent: z.literal('no'),
    requester: requesterSchema,
    purpose: z.enum(requestPurposes),
    format: formatSchema,
    powers: powersSchema,
    reason: reasonSchema,
    items: z.array(text).check(z.minLength(1)),
    checklist: checklistSchema,
    consultation: consultationSchema,
    decision: z.enum(requestDecisions),
    signOff: signOffSchema,
  }),
]);
export type RequestRecord = z.infer<typeof requestRecordSchema>;

/** A crime purpose: the recipient must be a competent authority (004 App 4); the police are one. */
export const isCrimePurpose = (purpose: RequestPurpose | undefined) => purpose === 'counter-terrorism-investigation';
export const needsCompetentAuthorityCheck = (draft: Pick<RequestDraft, 'purpose' | 'requester'>) =>
  isCrimePurpose(draft.purpose) && draft.requester?.kind !== 'police';

/**
 * What the request lacks before anything can be released (App 4a §5; ¶67; 004 App 4): the checks a
 * release needs ("If all the conditions … are met, the health provider should share", App 4a §6).
 */
export function missingFromRequest(draft: RequestDraft): MissingKey[] {
  const missing: MissingKey[] = [];
  if (draft.format?.inWriting === 'no') missing.push('inWriting');
  if (draft.format?.proforma === 'no') missing.push('proforma');
  if (draft.format?.secureEmail === 'no') missing.push('secureEmail');
  if (draft.powers && !powersCover(draft.powers.cited, draft.purpose)) missing.push('powers');
  if (draft.reason?.given === 'no') missing.push('reason');
  if (needsCompetentAuthorityCheck(draft) && draft.competentAuthority && draft.competentAuthority.answer !== 'yes') missing.push('competentAuthority');
  return missing;
}

/** For Channel, the duty to co-operate (CTSA 2015 s38); otherwise s115 or Schedule 2 Part 1 para 2. */
export function powersCover(cited: readonly CitedPower[], purpose: RequestPurpose | undefined): boolean {
  if (purpose === 'channel-panel') return cited.includes('ctsa-s38') || cited.includes('s115');
  return cited.includes('s115') || cited.includes('sch2para2');
}

/**
 * The decisions open to the lead (the decision page offers only these; the machine takes only these):
 * a release needs every condition met; asking for what is missing and declining are always open.
 */
export function decisionsOpen(draft: RequestDraft): RequestDecision[] {
  if (missingFromRequest(draft).length > 0) return ['ask-more', 'decline'];
  return partialPossible(draft) ? ['release', 'partial', 'ask-more', 'decline'] : ['release', 'ask-more', 'decline'];
}

/** A partial release needs at least two items (one released, one withheld). */
export const partialPossible = (draft: RequestDraft) => (draft.items?.length ?? 0) >= 2;

export const parseRequestRecord = (value: unknown) => requestRecordSchema.safeParse(value);
