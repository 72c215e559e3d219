import { slugForStep } from './step-slug';

/** The deep-link rule's answer for a URL: the entry to show, or the furthest step to redirect to. */
export type Landing<Id extends string> = { index: number } | { redirect: Id };

/**
 * The deep-link rule, for any list of steps stood on (a machine's, or a trainer's discussion): a URL
 * naming a step stood on shows that entry (Back link, browser back, reload); any other URL, a step
 * not yet reached, redirects to the furthest step.
 */
export function landingOf<Id extends string>(entries: readonly { step: Id }[], slug: string | null | undefined): Landing<Id> {
  const index = slug ? entries.findIndex((entry) => slugForStep(entry.step) === slug) : -1;
  return index >= 0 ? { index } : { redirect: entries[entries.length - 1]!.step };
}
