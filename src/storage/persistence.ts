/**
 * Asks the browser not to evict this app's storage under pressure. Browsers may refuse (Firefox
 * asks the user; Chrome decides from engagement), so the answer is a value the UI can explain:
 * "refused" means drafts may be cleared by the browser, so advise exporting a hand-over file.
 */
export type Persistence = 'persisted' | 'refused' | 'unsupported';

export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<Persistence> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'refused';
  } catch {
    return 'refused';
  }
}
