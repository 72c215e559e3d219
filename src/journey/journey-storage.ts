import type { StepId } from '../../machines/concern.machine';
import type { RegistryLoad } from './journey-registry';
import { slugForStep } from './step-slug';
import { bswPathway, pathwayRegistry, type JourneyEntry, type PathwayId, type PathwayStepId } from './pathways';

export type { JourneyEntry };

/**
 * The journey so far: one persisted machine snapshot per step the user has stood on, in order, and
 * the pathway it follows. Kept in this tab's encrypted draft (src/features/drafts/) and in hand-over
 * files, as plain JSON inside the encryption; in memory only in training mode. Written once, for
 * every journey, in src/journey/.
 */

/** The first entry of a BSW journey (training, and journeys from before profiles). */
export const initialEntry = (): JourneyEntry<StepId> => bswPathway.initialEntry();

/** Restores a BSW snapshot, checking that it is one the machine can stand on. Throws when it is not. */
export const restoreSnapshot = (entry: JourneyEntry<StepId>) => bswPathway.restore(entry);

export type LoadResult = RegistryLoad<PathwayId, PathwayStepId>;

/** What is kept of a journey (in a draft, a hand-over file): plain JSON, naming its pathway. */
export const storedJourney = (entries: readonly JourneyEntry<PathwayStepId>[]): unknown => pathwayRegistry.stored(entries);

/**
 * Reads back what storedJourney wrote, as untrusted input: the pathway must be one the app knows
 * (a journey kept before there were two is the BSW one), the first entry its start, every entry a
 * step of its machine and every snapshot one that machine can stand on.
 */
export const parseStoredJourney = (value: unknown): LoadResult => pathwayRegistry.parse(value);

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

/** The step of the BSW pathway (or of the pathway whose steps are given) that a URL's slug names. */
export const stepForSlug = <Id extends PathwayStepId = StepId>(
  slug: string | undefined,
  ids: readonly Id[] = bswPathway.stepIds as readonly Id[],
): Id | undefined => ids.find((step) => slugForStep(step) === slug);
