/**
 * The drafts database's name and a new draft's id, apart from the store itself so that pages can
 * name drafts before a passphrase exists without loading the encryption code (encrypted-store.ts,
 * crypto.ts), which loads on first use.
 */
export const DRAFT_DB_NAME = 'prevent-pathway';

export function newDraftId(): string {
  return globalThis.crypto.randomUUID();
}
