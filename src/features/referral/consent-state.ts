import { initialTransition, type Snapshot } from 'xstate';
import { z } from 'zod';
import { consentSubjects, type ConsentRecord, type ConsentSubject } from '../../../forms/consent-record.schema';
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
import type { ReferralState } from './referral-storage';

/**
 * The consent decision as the referral keeps it in `state.consent`: one persisted machine snapshot
 * per step the lead has stood on, in order (a history stack, as the concern pathway keeps), the
 * input the machine started with, and `status: 'done'` once the furthest step is a final state.
 * Going back shows an earlier snapshot; answering it again drops the steps after it.
 */
export interface ConsentEntry {
  step: ConsentStepId;
  snapshot: Snapshot<unknown>;
  /** The answer that led here from the step before: the page prefills from it when the lead comes back. */
  event?: ConsentEvent;
}

export interface ConsentState {
  status: 'in-progress' | 'done';
  /** What the machine was started with: the age in the referral form then, and the subject. */
  input: ConsentMachineInput;
  snapshots: ConsentEntry[];
}

const storedSchema = z.object({
  status: z.enum(['in-progress', 'done']),
  input: z.object({ age: z.number().nullable(), subject: z.enum(consentSubjects) }),
  snapshots: z
    .array(z.object({ step: z.enum(consentStepIds), snapshot: z.object({ value: z.unknown(), context: z.unknown() }).loose(), event: z.object({ type: z.string() }).loose().optional() }))
    .min(1),
});

/** The first entry: the machine started with the referral's age and subject. */
export function initialConsentEntry(input: ConsentMachineInput): ConsentEntry {
  const [snapshot] = initialTransition(consentMachine, input);
  return { step: currentConsentStep(snapshot), snapshot: consentMachine.getPersistedSnapshot(snapshot) };
}

/** Restores a stored snapshot, checking the machine can stand on it. Throws when it cannot. */
export function restoreConsentSnapshot(entry: Pick<ConsentEntry, 'step' | 'snapshot'>): ConsentSnapshot {
  const persisted = entry.snapshot as { value?: unknown; context?: unknown };
  const snapshot = consentMachine.resolveState({ value: persisted.value as never, context: persisted.context as never });
  if (currentConsentStep(snapshot) !== entry.step) throw new Error('Stored consent step does not match its snapshot');
  return snapshot;
}

/** The entry to keep for a snapshot the machine has reached, with the answer that reached it. */
export function consentEntryFor(snapshot: ConsentSnapshot, event: ConsentEvent | undefined): ConsentEntry {
  return { step: currentConsentStep(snapshot), snapshot: consentMachine.getPersistedSnapshot(snapshot), ...(event ? { event } : {}) };
}

/** The stored state after `entry`, reached from the step at `fromIndex`: later steps are dropped. */
export function advanceConsent(state: ConsentState, fromIndex: number, entry: ConsentEntry): ConsentState {
  const snapshots = [...state.snapshots.slice(0, fromIndex + 1), entry];
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
  try {
    for (const entry of state.snapshots) restoreConsentSnapshot(entry);
  } catch {
    return { status: 'unreadable' };
  }
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
function subjectFrom(concern: unknown): ConsentSubject {
  const subject = typeof concern === 'object' && concern !== null ? (concern as { subject?: unknown }).subject : null;
  return subject === 'colleague' ? 'colleague' : 'patient';
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

/** One URL per step: /referral/consent?step=<step-in-kebab-case>. */
const slugFor = (step: ConsentStepId) => step.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const consentUrl = (step: ConsentStepId) => `/referral/consent?step=${slugFor(step)}`;
export const consentStepForSlug = (slug: string | null): ConsentStepId | undefined => consentStepIds.find((step) => slugFor(step) === slug);
