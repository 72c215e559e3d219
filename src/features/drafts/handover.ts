import { createVault, decryptJson, encryptJson, MAX_ENVELOPE_BYTES, openEnvelope } from '../../storage/crypto';
import { DRAFT_SCHEMA_VERSION, migrateDraftPayload, type DraftKind, type DraftPayload } from '../../storage/migrations';
import { HANDOVER_FILE_EXTENSION } from '../../storage/storage.content';
import { fail, ok, type Result } from '../../storage/storage-error';
import { parseStoredJourney } from '../../journey/journey-storage';
import { parseStoredReferral } from '../../storage/referral-storage';
import { recordKind } from './record-kinds';

/**
 * The hand-over file: one envelope (src/storage/crypto.ts: versioned, self-describing header,
 * PBKDF2 → AES-GCM, fresh IV) around the same payload a draft keeps, sealed with a passphrase
 * chosen for the file. Reading it back goes size → envelope → decryption → schema version
 * (migrating older files forward, refusing newer ones) → the record's own schema; any failure is
 * one StorageError and nothing is opened.
 */

/** Whether a draft's content is a record this app can open: the same checks the pages make. */
export function isUsableDraft(kind: DraftKind, data: unknown): boolean {
  const registered = recordKind(kind);
  if (registered) return registered.isUsable(data);
  if (kind === 'request' || kind === 'training-record') return false; // not registered by the app: cannot be opened here
  return kind === 'concern' ? parseStoredJourney(data).status === 'loaded' : parseStoredReferral(data).status === 'loaded';
}

/** The file name says what it is and when, never who it is about. */
export function handoverFileName(kind: DraftKind, now: Date): string {
  const date = [now.getFullYear(), String(now.getMonth() + 1).padStart(2, '0'), String(now.getDate()).padStart(2, '0')].join('-');
  return `prevent-pathway-${kind}-${date}${HANDOVER_FILE_EXTENSION}`;
}

export async function sealHandover(kind: DraftKind, data: unknown, passphrase: string, now = new Date()): Promise<Result<{ name: string; text: string }>> {
  const payload: DraftPayload = { schemaVersion: DRAFT_SCHEMA_VERSION, id: 'handover', kind, revision: 1, updatedAt: now.toISOString(), data };
  const sealed = await encryptJson(await createVault(passphrase), kind, payload);
  return sealed.ok ? ok({ name: handoverFileName(kind, now), text: sealed.value }) : sealed;
}

/** Reads a file the user chose. Never throws; the file is read at most once, and only when small enough. */
export async function openHandover(file: Pick<Blob, 'size' | 'arrayBuffer'>, passphrase: string): Promise<Result<{ kind: DraftKind; data: unknown }>> {
  if (file.size > MAX_ENVELOPE_BYTES) return fail('too-large', `${file.size} bytes`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail('corrupt', 'file could not be read');
  }
  const envelope = openEnvelope(bytes);
  if (!envelope.ok) return envelope;
  const kind = envelope.value.header.kind;
  if (kind === 'vault-check') return fail('not-a-prevent-file', 'vault check, not a record');
  const opened = await decryptJson(passphrase, bytes);
  if (!opened.ok) return opened;
  const migrated = migrateDraftPayload(opened.value, { id: 'handover', kind, revision: 1, updatedAt: new Date(0).toISOString() });
  if (!migrated.ok) return migrated;
  if (migrated.value.kind !== kind) return fail('wrong-passphrase-or-tampered', 'payload kind differs from header');
  // A referral made with a newer form than this release knows: say so (update, then open it), rather than "invalid".
  if (kind === 'referral') {
    const referral = parseStoredReferral(migrated.value.data);
    if (referral.status === 'unreadable' && referral.reason === 'newer-version') return fail('newer-version', 'referral form version');
  }
  if (!isUsableDraft(kind, migrated.value.data)) return fail('invalid-content', 'record schema');
  return ok({ kind, data: migrated.value.data });
}
