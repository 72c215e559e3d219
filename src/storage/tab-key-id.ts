/** sessionStorage key naming this tab's key (src/storage/tab-vault.ts); tiny, so pages can check it without loading the vault. */
export const TAB_ID_KEY = 'prevent-pathway:tab-key-id';
/** The IndexedDB database holding the tabs' keys. */
export const TAB_KEY_DB_NAME = 'prevent-pathway-tab-keys';

/** Whether this tab made a key before (an earlier page of the tab saved a copy): then start-up opens it. */
export function tabKeyExpected(storage?: Storage): boolean {
  try {
    return (storage ?? globalThis.sessionStorage)?.getItem(TAB_ID_KEY) != null;
  } catch {
    return false;
  }
}
