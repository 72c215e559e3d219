import { REFERRAL_FORM_VERSION } from '../../forms/referral-form.schema';
import { fail, ok, type Result } from './storage-error';

/**
 * The referral form's versions and the chain that carries a saved referral's content from each one
 * to the next, so a referral started with an older form opens in this one with every answer kept.
 * (src/storage/migrations.ts carries the draft's envelope; this carries what is inside it.)
 *
 * To change the form (forms/referral-form.schema.ts: a field added, renamed, removed or changing
 * meaning): give REFERRAL_FORM_VERSION a new value, append it to `versions`, append one step to
 * `steps` that rewrites the old content into the new shape, and keep a saved referral of the old
 * version in tests/fixtures/referral-drafts/ (referral-storage.test.ts opens every one of them).
 */

/** A saved referral's state as JSON: `{ reference, draft: { formVersion, sections }, consent, concern, startedAt }`. */
export type StoredReferralState = Record<string, unknown> & { draft: Record<string, unknown> & { formVersion: string } };

/** One step: the content of version n, already checked to say so, rewritten as version n + 1 (the chain sets the new version). */
export type ReferralFormStep = (state: StoredReferralState) => StoredReferralState;

export interface ReferralFormChain {
  /** Every form version this app can open, oldest first; the last is the one it writes. */
  versions: readonly string[];
  /** Index n migrates versions[n] to versions[n + 1]. */
  steps: readonly ReferralFormStep[];
}

export const referralFormChain: ReferralFormChain = {
  versions: [REFERRAL_FORM_VERSION],
  steps: [],
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The form version a saved state says it was made with, or null when it says none. */
export function referralFormVersion(state: unknown): string | null {
  if (!isRecord(state) || !isRecord(state.draft)) return null;
  const { formVersion } = state.draft;
  return typeof formVersion === 'string' && formVersion !== '' ? formVersion : null;
}

/**
 * Carries a saved referral state forward to the chain's current form version. Pure: the input is
 * never changed (the caller's stored bytes stay as they were whatever happens). A version this app
 * does not know was written by a later release (this one never wrote it): 'newer-version', so the
 * user is told to open it in an up-to-date app, and nothing is guessed at.
 */
export function migrateReferralState(state: unknown, chain: ReferralFormChain = referralFormChain): Result<StoredReferralState> {
  const from = referralFormVersion(state);
  if (from === null) return fail('corrupt', 'referral has no form version');
  const index = chain.versions.indexOf(from);
  if (index === -1) return fail('newer-version', 'referral form version not known to this release');
  let migrated = structuredClone(state) as StoredReferralState;
  for (let at = index; at < chain.versions.length - 1; at++) {
    const next = chain.steps[at]!(migrated);
    migrated = { ...next, draft: { ...next.draft, formVersion: chain.versions[at + 1]! } };
  }
  return ok(migrated);
}
