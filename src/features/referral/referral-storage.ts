import { z } from 'zod';
import { REFERRAL_FORM_VERSION, emptyReferralDraft, type ReferralDraft } from '../../../forms/referral-form.schema';
import { newReference, isReference } from './reference';

/**
 * The referral being prepared, as it is kept in an encrypted draft or a hand-over file
 * (src/features/drafts/). Stored data is read back as untrusted input: anything that does not look
 * like a draft of this form version is set aside, and the user is told.
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

export type ReferralLoad = { status: 'empty' } | { status: 'loaded'; state: ReferralState } | { status: 'unreadable' };

/** What is kept of a referral (in an encrypted draft, a hand-over file): plain JSON. */
export function storedReferral(state: ReferralState): unknown {
  return { version: VERSION, state };
}

/** Reads back what storedReferral wrote, as untrusted input. */
export function parseStoredReferral(value: unknown): ReferralLoad {
  if (value === undefined) return { status: 'empty' };
  const parsed = storedSchema.safeParse(value);
  if (!parsed.success) return { status: 'unreadable' };
  const empty = emptyReferralDraft();
  // Sections missing from storage start empty; the page schemas validate what is there.
  const sections = { ...empty.sections, ...(parsed.data.state.draft.sections as Partial<ReferralDraft['sections']>) };
  return { status: 'loaded', state: { ...(parsed.data.state as ReferralState), draft: { ...empty, sections } } };
}
