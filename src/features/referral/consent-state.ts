import { z } from 'zod/mini';
import { consentSubjects, type ConsentRecord, type ConsentSubject } from '../../../forms/consent-record.schema';
import type { ConcernSummary } from '../../../forms/concern-summary.schema';
import { todayIso } from '../../../forms/date-input.schema';
import { ageOn, parseSection } from '../../../forms/referral-form.schema';
import {
  ageBandOf,
  consentMachine,
  consentStepIds,
  currentConsentStep,
  finishedRecord,
  isConsentEnd,
  type ConsentEvent,
  type ConsentLogEntry,
  type ConsentMachineInput,
  type ConsentSnapshot,
  type ConsentStepId,
} from '../../../machines/consent.machine';
import { defineJourney, type JourneyEntry } from '../../journey/define-journey';
import { slugForStep } from '../../journey/step-slug';
import type { ReferralState } from '../../storage/referral-storage';

/** One URL per step: /referral/consent?step=<step-in-kebab-case>. */
export const consentUrl = (step: ConsentStepId) => `/referral/consent?step=${slugForStep(step)}`;

/**
 * The consent questions as a journey (src/journey/define-journey.ts): the machine decides where the
 * decision starts (from its input), so the first step is not fixed; each entry keeps the answer that
 * reached it, so a page the lead comes back to prefills from it.
 */
export const consentJourney = defineJourney({
  id: 'consent',
  machine: consentMachine,
  stepIds: consentStepIds,
  currentStep: currentConsentStep,
  urlFor: consentUrl,
  keepsAnswers: true,
});

/**
 * The consent decision as the referral keeps it in `state.consent`: one persisted machine snapshot
 * per step the lead has stood on, in order (a history stack, as the concern pathway keeps), the
 * input the machine started with, and `status: 'done'` once the furthest step is a final state.
 * Going back shows an earlier snapshot; answering it again drops the steps after it.
 */
export type ConsentEntry = JourneyEntry<ConsentStepId, ConsentEvent>;

export interface ConsentState {
  status: 'in-progress' | 'done';
  /** What the machine was started with: the age in the referral form then, and the subject. */
  input: ConsentMachineInput;
  snapshots: ConsentEntry[];
}

const storedSchema = z.object({
  status: z.enum(['in-progress', 'done']),
  input: z.object({ age: z.nullable(z.number()), subject: z.enum(consentSubjects) }),
  snapshots: z
    .array(
      z.object({
        step: z.enum(consentStepIds),
        snapshot: z.looseObject({ value: z.unknown(), context: z.unknown() }),
        event: z.optional(z.looseObject({ type: z.string() })),
      }),
    )
    .check(z.minLength(1)),
});

/** The first entry: the machine started with the referral's age and subject. */
export const initialConsentEntry = (input: ConsentMachineInput): ConsentEntry => consentJourney.initialEntry(input);

/** Restores a stored snapshot, checking the machine can stand on it. Throws when it cannot. */
export const restoreConsentSnapshot = (entry: Pick<ConsentEntry, 'step' | 'snapshot'>): ConsentSnapshot => consentJourney.restore(entry);

/** The entry to keep for a snapshot the machine has reached, with the answer that reached it. */
export const consentEntryFor = (snapshot: ConsentSnapshot, event: ConsentEvent | undefined): ConsentEntry => consentJourney.persist(snapshot, event);

/** The stored state after `entry`, reached from the step at `fromIndex`: later steps are dropped. */
export function advanceConsent(state: ConsentState, fromIndex: number, entry: ConsentEntry): ConsentState {
  const snapshots = consentJourney.advance(state.snapshots, fromIndex, entry);
  return { ...state, status: isConsentEnd(entry.step) ? 'done' : 'in-progress', snapshots };
}

export type ConsentRead = { status: 'empty' } | { status: 'loaded'; state: ConsentState } | { status: 'unreadable' };

/**
 * Reads `state.consent` (untrusted: it comes back from storage). The stored objects are returned as
 * they are, once every snapshot has been checked, so that they keep their identity between renders.
 */
export function readConsentState(consent: unknown): ConsentRead {
  if (consent === null || consent === undefined) return { status: 'empty' };
  if (!storedSchema.safeParse(consent).success) return { status: 'unreadable' };
  const state = consent as ConsentState;
  if (!consentJourney.parseEntries(state.snapshots)) return { status: 'unreadable' };
  const last = state.snapshots.at(-1)!;
  if ((state.status === 'done') !== isConsentEnd(last.step)) return { status: 'unreadable' };
  return { status: 'loaded', state };
}

function furthestSnapshot(consent: unknown): { step: ConsentStepId; snapshot: ConsentSnapshot } | null {
  const read = readConsentState(consent);
  if (read.status !== 'loaded') return null;
  const last = read.state.snapshots.at(-1)!;
  return { step: last.step, snapshot: restoreConsentSnapshot(last) };
}

/**
 * The finished consent record for the export, or null while the decision is not finished (or the
 * stored decision cannot be read). Read from the final snapshot's draft and checked again: a
 * record that does not parse, or lacks anything for export, is not returned.
 */
export function consentRecordFrom(consent: unknown): ConsentRecord | null {
  const furthest = furthestSnapshot(consent);
  if (!furthest || !isConsentEnd(furthest.step)) return null;
  return finishedRecord(furthest.snapshot.context.draft);
}

/** The machine's decision log so far (every answer, as asked, with its time and source); empty when there is none. */
export function consentDecisionLog(consent: unknown): ConsentLogEntry[] {
  return furthestSnapshot(consent)?.snapshot.context.log ?? [];
}

/** The machine's input from the referral: the age from section B when it is valid (else null: the machine asks), and the subject. */
export function consentInputFrom(state: Pick<ReferralState, 'draft' | 'concern'>): ConsentMachineInput {
  const individual = parseSection('individual', state.draft.sections.individual);
  const age = individual.success ? ageOn(individual.data, todayIso()) : null;
  return { age, subject: subjectFrom(state.concern) };
}

/** 'colleague' when the record of concern was about a colleague; otherwise 'patient'. */
function subjectFrom(concern: ConcernSummary | null): ConsentSubject {
  return concern?.subject === 'colleague' ? 'colleague' : 'patient';
}

/**
 * True when the decision so far was made for a different person than the referral now describes:
 * the age band in the form is known and differs from the one the machine used (from the form or the
 * lead's answer), or the subject changed. The lead is offered a fresh start instead of carrying on.
 */
export function consentIsStale(state: Pick<ReferralState, 'consent' | 'draft' | 'concern'>): boolean {
  const read = readConsentState(state.consent);
  if (read.status !== 'loaded') return false;
  const now = consentInputFrom(state);
  if (now.subject !== read.state.input.subject) return true;
  const bandNow = ageBandOf(now.age);
  const bandUsed = restoreConsentSnapshot(read.state.snapshots.at(-1)!).context.ageBand;
  return bandNow !== null && bandUsed !== null && bandNow !== bandUsed;
}

/** The step a URL's `step` parameter names. */
export const consentStepForSlug = (slug: string | null): ConsentStepId | undefined => consentJourney.stepForSlug(slug);
