/** Where the journey is kept in this tab, and how to forget it: no other imports, so any page can clear it. */
export const STORAGE_KEY = 'prevent-pathway:concern-journey';

export function clearJourney(storage: Storage | undefined = globalThis.sessionStorage): void {
  try {
    storage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing to clear if storage is unavailable.
  }
}
