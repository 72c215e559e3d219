import { sessionJourneyStore, type JourneyStore } from '../pathway/journey-storage';

/** Where the real (not training) concern journey is kept. */
export function defaultJourneyStore(): JourneyStore {
  return sessionJourneyStore;
}
