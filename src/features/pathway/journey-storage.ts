import type { StepId } from '../../../machines/concern.machine';
import { bswPathway, pathwayIds, pathwayOfEntries, pathways, type JourneyEntry, type PathwayId, type PathwayStepId } from './pathways';
import { slugForStep } from './urls';

export type { JourneyEntry };

/**
 * The journey so far: one persisted machine snapshot per step the user has stood on, in order, and
 * the pathway it follows. Kept in this tab's encrypted draft (src/features/drafts/) and in hand-over
 * files, as plain JSON inside the encryption; in memory only in training mode.
 */

const STORAGE_VERSION = 1;

/** The first entry of a BSW journey (training, and journeys from before profiles). */
export function initialEntry(): JourneyEntry<StepId> {
  return bswPathway.initialEntry();
}

/** Restores a BSW snapshot, checking that it is one the machine can stand on. Throws when it is not. */
export function restoreSnapshot(entry: JourneyEntry<StepId>) {
  return bswPathway.restore(entry);
}

export type LoadResult =
  | { status: 'empty' }
  | { status: 'loaded'; pathway: PathwayId; entries: JourneyEntry<PathwayStepId>[] }
  | { status: 'unreadable' }
  | { status: 'unavailable' };

/** What is kept of a journey (in a draft, a hand-over file): plain JSON, naming its pathway. */
export function storedJourney(entries: readonly JourneyEntry<PathwayStepId>[]): unknown {
  return { version: STORAGE_VERSION, pathway: pathwayOfEntries(entries) ?? 'bsw', entries };
}

/**
 * Reads back what storedJourney wrote, as untrusted input: the pathway must be one the app knows
 * (a journey kept before there were two is the BSW one), the first entry its start, every entry a
 * step of its machine and every snapshot one that machine can stand on.
 */
export function parseStoredJourney(value: unknown): LoadResult {
  try {
    const parsed = value as { version?: unknown; pathway?: unknown; entries?: unknown };
    if (parsed?.version !== STORAGE_VERSION || !Array.isArray(parsed.entries) || parsed.entries.length === 0) return { status: 'unreadable' };
    const pathwayId = parsed.pathway ?? 'bsw';
    if (!(pathwayIds as readonly unknown[]).includes(pathwayId)) return { status: 'unreadable' };
    const pathway = pathways[pathwayId as PathwayId];
    const entries = parsed.entries as JourneyEntry<PathwayStepId>[];
    if (entries[0]!.step !== pathway.startStep) return { status: 'unreadable' };
    for (const entry of entries) {
      if (!pathway.isStep(entry.step)) return { status: 'unreadable' };
      // The entry's step is one of this pathway's; restore() checks its snapshot stands there.
      (pathway.restore as (entry: JourneyEntry<PathwayStepId>) => unknown)(entry);
    }
    return { status: 'loaded', pathway: pathway.id, entries };
  } catch {
    return { status: 'unreadable' };
  }
}

/**
 * Where a journey is kept: this tab's draft (src/features/drafts/journey-draft-store.ts) in real use;
 * memory only in training mode, where nothing may be written to the browser's storage.
 */
export interface JourneyStore {
  load(): LoadResult;
  /** False when the store refuses (private mode, storage full, disabled). */
  save(entries: readonly JourneyEntry<PathwayStepId>[]): boolean;
  clear(): void;
}

/** The step of `ids` (the BSW pathway's unless given) that a URL's slug names. */
export const stepForSlug = <Id extends PathwayStepId = StepId>(slug: string | undefined, ids: readonly Id[] = bswPathway.stepIds as readonly Id[]): Id | undefined =>
  ids.find((step) => slugForStep(step) === slug);
