import type { StepId } from '../../../machines/concern.machine';
import type { MseStepId } from '../../../machines/mse.machine';

/**
 * URLs of the concern pathway, one per step: /concern/<step-in-kebab-case>, for either pathway
 * (their step ids are distinct, except the shared urgent route). Kept free of runtime imports so
 * the first page can link to the pathway without loading it.
 */
export const slugForStep = (step: StepId | MseStepId) => step.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const urlForStep = (step: StepId | MseStepId) => `/concern/${slugForStep(step)}`;
