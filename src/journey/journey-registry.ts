import type { AnyJourney, JourneyEntry, StepOf } from './define-journey';

/**
 * Journeys of which a user follows one, chosen at run time (the pathway models): typed from an
 * `as const` list, so adding one is one line in the list. A stored journey names its own, so it
 * resumes under the journey it began on whatever is chosen now.
 */

const STORAGE_VERSION = 1;

export type RegistryLoad<Id extends string, Step extends string> =
  { status: 'empty' } | { status: 'loaded'; pathway: Id; entries: JourneyEntry<Step>[] } | { status: 'unreadable' } | { status: 'unavailable' };

export function defineRegistry<const L extends readonly AnyJourney[]>(
  list: L,
  { legacy }: { /** What a stored journey naming none is (kept before there were several). */ legacy: L[number]['id'] },
) {
  type Id = L[number]['id'];
  type Step = StepOf<L[number]>;
  const ids = list.map((journey) => journey.id) as readonly Id[];
  const byId = Object.fromEntries(list.map((journey) => [journey.id, journey])) as { readonly [K in Id]: Extract<L[number], { id: K }> };

  /** Which journey a list of entries belongs to: the one whose start step is the first entry's. */
  const ofEntries = (entries: readonly { step: string }[]): Id | null => list.find((journey) => journey.startStep === entries[0]?.step)?.id ?? null;

  return {
    list,
    ids,
    byId,
    ofEntries,
    /** What is kept of a journey (in a draft, a hand-over file): plain JSON, naming its journey. */
    stored(entries: readonly JourneyEntry<Step>[]): unknown {
      return { version: STORAGE_VERSION, pathway: ofEntries(entries) ?? legacy, entries };
    },
    /**
     * Reads back what `stored` wrote, as untrusted input: the journey must be one of the list (none
     * named is the legacy one), and its entries must parse under that journey's machine.
     */
    parse(value: unknown): RegistryLoad<Id, Step> {
      const parsed = value as { version?: unknown; pathway?: unknown; entries?: unknown } | null | undefined;
      if (parsed?.version !== STORAGE_VERSION) return { status: 'unreadable' };
      const id = parsed.pathway ?? legacy;
      if (!(ids as readonly unknown[]).includes(id)) return { status: 'unreadable' };
      const journey = byId[id as Id] as AnyJourney;
      const entries = journey.parseEntries(parsed.entries);
      return entries ? { status: 'loaded', pathway: id as Id, entries: entries as JourneyEntry<Step>[] } : { status: 'unreadable' };
    },
  };
}
