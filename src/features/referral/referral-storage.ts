import { z } from 'zod';
import { REFERRAL_FORM_VERSION, emptyReferralDraft, type ReferralDraft } from '../../../forms/referral-form.schema';
import { newReference, isReference } from './reference';

/**
 * The referral being prepared, kept in this tab only (sessionStorage) so that moving between
 * sections, going back or reloading loses nothing. Stored data is read back as untrusted input:
 * anything that does not look like a draft of this form version is set aside, and the user is told.
 * Encrypted drafts replace this in a later release.
 */
export interface ReferralState {
  reference: string;
  draft: ReferralDraft;
  /** The consent machine's persisted snapshot while the lead works through it, or null. */
  consent: unknown;
  /** The concern pathway's context this referral was started from, for the decision-log appendix. */
  concern: unknown;
  startedAt: string;
}

const KEY = 'prevent-pathway:referral';
const VERSION = 1;

const storedSchema = z.object({
  version: z.literal(VERSION),
  state: z.object({
    reference: z.string().refine(isReference),
    draft: z.object({ formVersion: z.literal(REFERRAL_FORM_VERSION), sections: z.record(z.string(), z.unknown()) }).loose(),
    consent: z.unknown(),
    concern: z.unknown(),
    startedAt: z.string(),
  }),
});

export function newReferralState(now = new Date()): ReferralState {
  return { reference: newReference(now), draft: emptyReferralDraft(), consent: null, concern: null, startedAt: now.toISOString() };
}

export type ReferralLoad = { status: 'empty' } | { status: 'loaded'; state: ReferralState } | { status: 'unreadable' } | { status: 'unavailable' };

export function loadReferral(storage: Storage | undefined = globalThis.sessionStorage): ReferralLoad {
  let raw: string | null;
  try {
    if (!storage) return { status: 'unavailable' };
    raw = storage.getItem(KEY);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'empty' };
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return { status: 'unreadable' };
    const empty = emptyReferralDraft();
    // Sections missing from storage start empty; the page schemas validate what is there.
    const sections = { ...empty.sections, ...(parsed.data.state.draft.sections as Partial<ReferralDraft['sections']>) };
    return { status: 'loaded', state: { ...(parsed.data.state as ReferralState), draft: { ...empty, sections } } };
  } catch {
    return { status: 'unreadable' };
  }
}

export function saveReferral(state: ReferralState, storage: Storage | undefined = globalThis.sessionStorage): boolean {
  try {
    if (!storage) return false;
    storage.setItem(KEY, JSON.stringify({ version: VERSION, state }));
    return true;
  } catch {
    return false;
  }
}

export function clearReferral(storage: Storage | undefined = globalThis.sessionStorage): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to clear.
  }
}
