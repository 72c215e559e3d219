import { storageErrorContent } from './storage.content';

/**
 * Every way reading or writing a draft or a hand-over file can fail, as a value the UI can act on.
 * Nothing is ever partially returned: a result is either the whole value or one of these.
 */
export const storageErrorCodes = [
  'wrong-passphrase-or-tampered',
  'below-policy',
  'newer-version',
  'not-a-prevent-file',
  'too-large',
  'corrupt',
  'invalid-content',
  'quota-exceeded',
  'unavailable',
  'evicted',
  'conflict',
  'write-failed',
] as const;

export type StorageErrorCode = (typeof storageErrorCodes)[number];

export interface StorageError {
  code: StorageErrorCode;
  /** What happened, for the user. */
  message: string;
  /** What to do, for the user. */
  action: string;
  /** For developers and logs only; never shown, never contains personal data. */
  detail?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: StorageError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: StorageErrorCode, detail?: string): Result<T> {
  return { ok: false, error: storageError(code, detail) };
}

export function storageError(code: StorageErrorCode, detail?: string): StorageError {
  const { message, action } = storageErrorContent[code];
  return detail === undefined ? { code, message, action } : { code, message, action, detail };
}
