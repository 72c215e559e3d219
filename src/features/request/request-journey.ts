import { currentRequestStep, requestMachine, requestStepIds, type RequestStepId } from '../../../machines/information-request.machine';
import { defineJourney, type JourneyEntry } from '../../journey/define-journey';
import { slugForStep } from '../../journey/step-slug';

/** The request journey on the one engine: /request/<step>, every step stood on kept with its answer. */
export const requestJourney = defineJourney({
  id: 'request',
  machine: requestMachine,
  stepIds: requestStepIds,
  currentStep: currentRequestStep,
  urlFor: (step: RequestStepId) => `/request/${slugForStep(step)}`,
  startStep: 'urgent',
  keepsAnswers: true,
});

export type RequestEntry = JourneyEntry<RequestStepId>;

/** What is kept of a request (a draft, a hand-over file): plain JSON naming its journey. */
export const storedRequest = (entries: readonly RequestEntry[]) => ({ version: 1, journey: 'request', entries });

/** Reads a kept request back as untrusted input; null when it is not one this machine can stand on. */
export function parseStoredRequest(value: unknown): RequestEntry[] | null {
  const parsed = value as { version?: unknown; journey?: unknown; entries?: unknown } | null | undefined;
  if (parsed?.version !== 1 || parsed.journey !== 'request') return null;
  return requestJourney.parseEntries(parsed.entries);
}
