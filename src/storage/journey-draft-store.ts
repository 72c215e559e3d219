import { parseStoredJourney, storedJourney, type JourneyStore } from '../journey/journey-storage';
import { draftSession } from './draft-session';

/**
 * The real (not training) concern journey is this tab's open 'concern' draft: in memory, and
 * saved encrypted to the device whenever the user has unlocked (src/features/drafts/draft-session.ts).
 * Problems saving are shown by the draft status bar, not by the journey.
 */
const draftJourneyStore: JourneyStore = {
  load() {
    const data = draftSession.get('concern');
    return data === undefined ? { status: 'empty' } : parseStoredJourney(data);
  },
  save(entries) {
    draftSession.put('concern', storedJourney(entries));
    return true;
  },
  clear: () => void draftSession.discard('concern'),
};

export function defaultJourneyStore(): JourneyStore {
  return draftJourneyStore;
}
