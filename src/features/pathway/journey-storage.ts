import { initialTransition, type Snapshot } from 'xstate';
import { concernMachine, currentStep, stepIds, type StepId } from '../../../machines/concern.machine';
import { clearJourney, STORAGE_KEY } from './journey-key';
import { slugForStep } from './urls';

export { clearJourney };

/**
 * The journey so far: one persisted machine snapshot per step the user has stood on, in order.
 * Kept in sessionStorage (this tab only, gone when it closes) so that a reload keeps the user on
 * their step with their answers. Encrypted drafts replace this in a later release.
 */
export interface JourneyEntry {
  step: StepId;
  snapshot: Snapshot<unknown>;
}

const STORAGE_VERSION = 1;

export function initialEntry(): JourneyEntry {
  const [actorSnapshot] = initialTransition(concernMachine);
  return { step: currentStep(actorSnapshot), snapshot: concernMachine.getPersistedSnapshot(actorSnapshot) };
}

/** Restores a snapshot, checking that it is one this machine can stand on. Throws when it is not. */
export function restoreSnapshot(entry: JourneyEntry) {
  const persisted = entry.snapshot as { value?: unknown; context?: unknown };
  const snapshot = concernMachine.resolveState({ value: persisted.value as never, context: persisted.context as never });
  if (currentStep(snapshot) !== entry.step) throw new Error('Stored step does not match its snapshot');
  return snapshot;
}

export type LoadResult =
  | { status: 'empty' }
  | { status: 'loaded'; entries: JourneyEntry[] }
  | { status: 'unreadable' }
  | { status: 'unavailable' };

export function loadJourney(storage: Storage | undefined = globalThis.sessionStorage): LoadResult {
  let raw: string | null;
  try {
    if (!storage) return { status: 'unavailable' };
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'empty' };
  try {
    return parseStoredJourney(JSON.parse(raw));
  } catch {
    return { status: 'unreadable' };
  }
}

/** What is kept of a journey (in a draft, a hand-over file): plain JSON. */
export function storedJourney(entries: JourneyEntry[]): unknown {
  return { version: STORAGE_VERSION, entries };
}

/**
 * Reads back what storedJourney wrote, as untrusted input: every entry must be a step of the
 * machine and its snapshot one the machine can stand on.
 */
export function parseStoredJourney(value: unknown): LoadResult {
  try {
    const parsed = value as { version?: unknown; entries?: unknown };
    if (parsed?.version !== STORAGE_VERSION || !Array.isArray(parsed.entries) || parsed.entries.length === 0) return { status: 'unreadable' };
    const entries = parsed.entries as JourneyEntry[];
    for (const entry of entries) {
      if (!(stepIds as readonly string[]).includes(entry.step)) return { status: 'unreadable' };
      restoreSnapshot(entry);
    }
    return { status: 'loaded', entries };
  } catch {
    return { status: 'unreadable' };
  }
}

/** Saves the journey; false when the browser refuses (private mode, storage full, disabled). */
export function saveJourney(entries: JourneyEntry[], storage: Storage | undefined = globalThis.sessionStorage): boolean {
  try {
    if (!storage) return false;
    storage.setItem(STORAGE_KEY, JSON.stringify(storedJourney(entries)));
    return true;
  } catch {
    return false;
  }
}

/**
 * Where a journey is kept: this tab's sessionStorage in real use; memory only in training mode,
 * where nothing may be written to the browser's storage.
 */
export interface JourneyStore {
  load(): LoadResult;
  /** False when the store refuses (private mode, storage full, disabled). */
  save(entries: JourneyEntry[]): boolean;
  clear(): void;
}

export const sessionJourneyStore: JourneyStore = {
  load: () => loadJourney(),
  save: (entries) => saveJourney(entries),
  clear: () => clearJourney(),
};

export const stepForSlug = (slug: string | undefined): StepId | undefined => stepIds.find((step) => slugForStep(step) === slug);
