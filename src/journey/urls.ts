import { slugForStep } from './step-slug';

/**
 * URLs of the concern pathway, one per step: /concern/<step-in-kebab-case>, for any pathway (their
 * step ids are distinct, except the shared urgent route; each pathway's journey types its own).
 * Kept free of heavy runtime imports so the first page can link to the pathway without loading it.
 */
export { slugForStep };
export const urlForStep = (step: string) => `/concern/${slugForStep(step)}`;
