import { z } from 'zod/mini';
import { storedConcernSchema, type ConcernSummary } from '../../forms/concern-summary.schema';
import { emptyReferralDraft, type ReferralDraft } from '../../forms/referral-form.schema';
import { migrateReferralState, referralFormChain, type ReferralFormChain } from './migrations-referral-form';
import { readIncludedParts, type IncludedPart } from './export-choices';
import { newReference, isReference } from './reference';

/**
 * The referral being prepared, as it is kept in an encrypted draft or a hand-over file
 * (src/features/drafts/). Stored data is read back as untrusted input. A referral made with an
 * older version of the form is carried forward to this one (src/storage/migrations-referral-form.ts)
 * with every answer kept; one made with a newer version, or that does not look like a referral, is
 * set aside untouched and the user is told.
 */
export interface ReferralState {
  reference: string;
  draft: ReferralDraft;
  /** The consent machine's persisted snapshot while the lead works through it, or null. */
  consent: unknown;
  /**
   * What the concern pathway this referral was started from handed over (the record, who it is
   * about, the decision log for the internal record), or null. Referrals saved before the summary
   * existed kept the pathway's whole context: it is carried forward into a summary when read.
   */
  concern: ConcernSummary | null;
  /** Parts of the internal record the lead chose to include in the referral, with why (none in drafts saved before this existed). */
  includedParts?: IncludedPart[];
  startedAt: string;
}

/** The wrapper's own version (`{ version, state }`); the form's version is inside, in draft.formVersion. */
const VERSION = 1;

const storedSchema = (formVersion: string) =>
  z.object({
    reference: z.string().check(z.refine(isReference)),
    draft: z.looseObject({ formVersion: z.literal(formVersion), sections: z.record(z.string(), z.unknown()) }),
    consent: z.unknown(),
    concern: storedConcernSchema,
    includedParts: z.pipe(z.optional(z.unknown()), z.transform(readIncludedParts)),
    startedAt: z.string(),
  });

export function newReferralState(now = new Date()): ReferralState {
  return { reference: newReference(now), draft: emptyReferralDraft(), consent: null, concern: null, startedAt: now.toISOString() };
}

/** Why a stored referral was not opened: made by a newer release of the app, or not a referral at all. */
export type UnreadableReason = 'newer-version' | 'corrupt';

export type ReferralLoad =
  | { status: 'empty' }
  /** `migratedFrom`: the older form version it was made with, when it was carried forward. */
  | { status: 'loaded'; state: ReferralState; migratedFrom?: string }
  | { status: 'unreadable'; reason: UnreadableReason };

/** What is kept of a referral (in an encrypted draft, a hand-over file): plain JSON. */
export function storedReferral(state: ReferralState): unknown {
  return { version: VERSION, state };
}

/**
 * Reads back what storedReferral wrote (by this release or an earlier one), as untrusted input: the
 * one way every stored referral comes back (the open draft, the drafts list, a hand-over file).
 * Never changes `value`.
 */
export function parseStoredReferral(value: unknown, chain: ReferralFormChain = referralFormChain): ReferralLoad {
  if (value === undefined) return { status: 'empty' };
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== VERSION) return { status: 'unreadable', reason: 'corrupt' };
  const migrated = migrateReferralState((value as { state?: unknown }).state, chain);
  if (!migrated.ok) return { status: 'unreadable', reason: migrated.error.code === 'newer-version' ? 'newer-version' : 'corrupt' };
  const parsed = storedSchema(chain.versions.at(-1)!).safeParse(migrated.value);
  if (!parsed.success) return { status: 'unreadable', reason: 'corrupt' };
  const empty = emptyReferralDraft();
  // Sections missing from storage start empty; the page schemas validate what is there.
  const sections = { ...empty.sections, ...(parsed.data.draft.sections as Partial<ReferralDraft['sections']>) };
  const formVersion = parsed.data.draft.formVersion as ReferralDraft['formVersion'];
  const state = { ...(parsed.data as ReferralState), draft: { formVersion, sections } };
  const from = (value as { state: { draft: { formVersion: string } } }).state.draft.formVersion;
  return from === formVersion ? { status: 'loaded', state } : { status: 'loaded', state, migratedFrom: from };
}
