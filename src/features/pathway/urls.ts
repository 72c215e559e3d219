import type { StepId } from '../../../machines/concern.machine';

/**
 * URLs of the concern pathway, one per step: /concern/<step-in-kebab-case>. Kept free of runtime
 * imports so the first page can link to the pathway without loading it.
 */
export const slugForStep = (step: StepId) => step.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const urlForStep = (step: StepId) => `/concern/${slugForStep(step)}`;
