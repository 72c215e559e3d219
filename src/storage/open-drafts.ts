/**
 * Which drafts this tab has open: ids only (random, nothing about the person), in sessionStorage,
 * so a reload knows what to reopen once unlocked. Kept free of imports: the error page, on the
 * first page, uses it to start afresh.
 */
export const OPEN_DRAFTS_KEY = 'prevent-pathway:open-drafts';

/** "Start again" after a crash: this tab reopens nothing (the drafts stay saved, in the list). */
export function forgetOpenDrafts(storage: Storage | undefined = globalThis.sessionStorage): void {
  try {
    storage?.removeItem(OPEN_DRAFTS_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
