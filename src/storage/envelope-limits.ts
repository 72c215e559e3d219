/**
 * Sizes shared by the passphrase encryption (crypto.ts) and the tab's own copy (tab-vault.ts), apart
 * from crypto.ts so that the tab copy, opened with every page, does not load the passphrase code.
 */
/** AES-GCM's 96-bit IV. */
export const IV_BYTES = 12;
/** The largest envelope read or written: 5 MB, far more than a record of typed text needs. */
export const MAX_ENVELOPE_BYTES = 5 * 1024 * 1024;
