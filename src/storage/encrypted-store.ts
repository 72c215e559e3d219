import { z } from 'zod/mini';
import { createVault, decryptJson, encryptJson, openEnvelope, vaultForEnvelope, type Vault } from './crypto';
import type { DraftChannel } from './draft-channel';
import { DRAFT_SCHEMA_VERSION, draftKinds, migrateDraftPayload, type DraftKind, type DraftPayload } from './migrations';
import { fail, ok, type Result, type StorageErrorCode } from './storage-error';
import { DRAFT_DB_NAME } from './draft-names';

/**
 * Encrypted drafts in IndexedDB (raw API, a few promise helpers below).
 *
 * A record is `{ id, kind, revision, updatedAt, envelope }`: the metadata a drafts list needs in the
 * clear (a random id, the kind, a counter and a time: nothing about the person), the record itself
 * only inside the envelope (crypto.ts), sealed with a fresh IV on every write. The plaintext repeats
 * id, kind and revision, so a record copied over another is caught on load.
 *
 * A write is one readwrite transaction that checks the revision and puts the new record: if the put
 * fails (a full disk) or the revision moved (another tab saved), the transaction aborts and the
 * previous record stays exactly as it was.
 */

export { DRAFT_DB_NAME, newDraftId } from './draft-names';
const DB_VERSION = 1;
const DRAFTS = 'drafts';
const META = 'meta';
const VAULT_META_ID = 'vault';
const DRAFT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const recordSchema = z.object({
  id: z.string().check(z.regex(DRAFT_ID)),
  kind: z.enum(draftKinds),
  revision: z.number().check(z.int(), z.positive()),
  updatedAt: z.string(),
  envelope: z.string(),
});
export type DraftRecord = z.infer<typeof recordSchema>;
export type DraftSummary = Omit<DraftRecord, 'envelope'>;
export interface LoadedDraft<T> extends DraftSummary {
  value: T;
}

export interface DraftStoreOptions {
  indexedDB?: IDBFactory | undefined;
  name?: string;
  /** How long to wait for the database to open before calling it unavailable. */
  openTimeoutMs?: number;
  now?: () => Date;
  /** Announces saves and deletes to other tabs. */
  channel?: DraftChannel;
  /** Another tab is deleting or upgrading the database (a wipe): this store has closed. */
  onClosedByOtherTab?: () => void;
}

export interface SaveOptions {
  /** Compare-and-set: the revision this tab last loaded or saved (0 for a new draft). */
  expectedRevision?: number;
}

export interface DraftStore {
  /** Whether a passphrase has been set on this device (a vault, or any draft, exists). */
  hasVault(): Promise<Result<boolean>>;
  /** Opens the device's vault with the passphrase, creating it on first use. */
  unlock(passphrase: string): Promise<Result<{ vault: Vault; created: boolean }>>;
  saveDraft(vault: Vault, kind: DraftKind, id: string, value: unknown, options?: SaveOptions): Promise<Result<DraftSummary>>;
  loadDraft<T = unknown>(vault: Vault, id: string, options?: { schema?: z.ZodMiniType<T> }): Promise<Result<LoadedDraft<T>>>;
  listDrafts(): Promise<Result<DraftSummary[]>>;
  deleteDraft(id: string, options?: SaveOptions): Promise<Result<void>>;
  close(): void;
}

export function openDraftStore(options: DraftStoreOptions = {}): Promise<Result<DraftStore>> {
  const factory = 'indexedDB' in options ? options.indexedDB : globalThis.indexedDB;
  if (!factory) return Promise.resolve(fail('unavailable', 'no IndexedDB'));
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: Result<DraftStore>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => settle(fail('unavailable', 'open timed out')), options.openTimeoutMs ?? 10_000);
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(options.name ?? DRAFT_DB_NAME, DB_VERSION);
    } catch (error) {
      settle(fail('unavailable', errorName(error)));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: 'id' });
    };
    request.onsuccess = () => {
      const db = request.result;
      if (settled) return db.close();
      // Let another tab's wipe or upgrade proceed instead of blocking it.
      db.onversionchange = () => {
        db.close();
        options.onClosedByOtherTab?.();
      };
      settle(ok(draftStore(db, options)));
    };
    request.onerror = () => settle(fail('unavailable', request.error?.name));
    request.onblocked = () => settle(fail('unavailable', 'open blocked by another tab'));
  });
}

function draftStore(db: IDBDatabase, options: DraftStoreOptions): DraftStore {
  const now = options.now ?? (() => new Date());

  async function readRecord(id: string): Promise<Result<DraftRecord | undefined>> {
    let raw: unknown;
    const done = await transact(db, [DRAFTS], 'readonly', 'read', (tx) => {
      const request = tx.objectStore(DRAFTS).get(id);
      request.onsuccess = () => (raw = request.result);
    });
    if (!done.ok) return done;
    if (raw === undefined) return ok(undefined);
    const parsed = recordSchema.safeParse(raw);
    return parsed.success && parsed.data.id === id ? ok(parsed.data) : fail('corrupt', 'stored record shape');
  }

  async function readVaultCheck(): Promise<Result<string | undefined>> {
    let check: unknown;
    let anyDraft: unknown;
    const done = await transact(db, [META, DRAFTS], 'readonly', 'read', (tx) => {
      const meta = tx.objectStore(META).get(VAULT_META_ID);
      meta.onsuccess = () => (check = (meta.result as { envelope?: unknown } | undefined)?.envelope);
      const cursor = tx.objectStore(DRAFTS).openCursor();
      cursor.onsuccess = () => (anyDraft = (cursor.result?.value as { envelope?: unknown } | undefined)?.envelope);
    });
    if (!done.ok) return done;
    // Without the vault record (lost or damaged), any draft proves the passphrase just as well.
    const envelope = typeof check === 'string' ? check : anyDraft;
    return ok(typeof envelope === 'string' ? envelope : undefined);
  }

  /**
   * One readwrite transaction: check the stored revision, then write. A moved revision (another
   * tab saved) or a failing write (a full disk) aborts it, leaving the stored record as it was.
   */
  async function compareAndWrite(id: string, expectedRevision: number | undefined, write: (objects: IDBObjectStore) => void): Promise<Result<void>> {
    let conflict = false;
    const done = await transact(db, [DRAFTS], 'readwrite', 'write', (tx, abortWith) => {
      const objects = tx.objectStore(DRAFTS);
      const check = objects.get(id);
      check.onsuccess = () => {
        const stored = check.result as { revision?: unknown } | undefined;
        if (expectedRevision !== undefined && (stored?.revision ?? 0) !== expectedRevision) {
          conflict = true;
          tx.abort();
          return;
        }
        try {
          write(objects);
        } catch (error) {
          abortWith(error);
        }
      };
    });
    return conflict ? fail('conflict', 'revision moved') : done;
  }

  const store: DraftStore = {
    async hasVault() {
      const check = await readVaultCheck();
      return check.ok ? ok(check.value !== undefined) : check;
    },

    async unlock(passphrase) {
      const check = await readVaultCheck();
      if (!check.ok) return check;
      if (check.value !== undefined) {
        const vault = await vaultForEnvelope(passphrase, check.value);
        if (!vault.ok) return vault;
        const opened = await decryptJson(vault.value, check.value);
        return opened.ok ? ok({ vault: vault.value, created: false }) : opened;
      }
      const vault = await createVault(passphrase);
      const sealed = await encryptJson(vault, 'vault-check', { purpose: 'vault-check', schemaVersion: DRAFT_SCHEMA_VERSION });
      if (!sealed.ok) return sealed;
      let raced = false;
      const done = await transact(db, [META], 'readwrite', 'write', (tx) => {
        // add, not put: if another tab created the vault a moment ago, use theirs.
        const request = tx.objectStore(META).add({ id: VAULT_META_ID, envelope: sealed.value });
        request.onerror = (event) => {
          if (request.error?.name === 'ConstraintError') {
            raced = true;
            event.preventDefault();
          }
        };
      });
      if (raced) return store.unlock(passphrase);
      return done.ok ? ok({ vault, created: true }) : done;
    },

    async saveDraft(vault, kind, id, value, saveOptions = {}) {
      assertDraftId(id);
      const current = await readRecord(id);
      if (!current.ok && current.error.code !== 'corrupt') return current;
      const base = current.ok ? (current.value?.revision ?? 0) : 0;
      if (saveOptions.expectedRevision !== undefined && saveOptions.expectedRevision !== base) return fail('conflict', 'revision moved before save');
      if (current.ok && current.value && current.value.kind !== kind) return fail('conflict', 'id holds another kind');
      const updatedAt = now().toISOString();
      const payload: DraftPayload = { schemaVersion: DRAFT_SCHEMA_VERSION, id, kind, revision: base + 1, updatedAt, data: value };
      const sealed = await encryptJson(vault, kind, payload);
      if (!sealed.ok) return sealed;
      const record: DraftRecord = { id, kind, revision: base + 1, updatedAt, envelope: sealed.value };
      const done = await compareAndWrite(id, base, (objects) => objects.put(record));
      if (!done.ok) return done;
      const summary = { id, kind, revision: record.revision, updatedAt };
      options.channel?.announce({ type: 'saved', id, kind, revision: record.revision });
      return ok(summary);
    },

    async loadDraft<T>(vault: Vault, id: string, loadOptions: { schema?: z.ZodMiniType<T> } = {}): Promise<Result<LoadedDraft<T>>> {
      assertDraftId(id);
      const found = await readRecord(id);
      if (!found.ok) return found;
      const record = found.value;
      if (!record) return fail('evicted', 'record missing');
      const opened = await decryptJson(vault, record.envelope);
      if (!opened.ok) return opened;
      // Authenticated by now: the kind in the header is the kind it was sealed as.
      const header = openEnvelope(record.envelope);
      if (!header.ok || header.value.header.kind !== record.kind) return fail('wrong-passphrase-or-tampered', 'record kind differs from sealed kind');
      const migrated = migrateDraftPayload(opened.value, { id: record.id, kind: record.kind, revision: record.revision, updatedAt: record.updatedAt });
      if (!migrated.ok) return migrated;
      const payload = migrated.value;
      if (payload.id !== record.id || payload.kind !== record.kind || payload.revision !== record.revision) {
        return fail('wrong-passphrase-or-tampered', 'record metadata differs from sealed metadata');
      }
      let value = payload.data as T;
      if (loadOptions.schema) {
        const parsed = loadOptions.schema.safeParse(payload.data);
        if (!parsed.success) return fail('invalid-content', 'schema validation failed');
        value = parsed.data;
      }
      return ok({ id: record.id, kind: record.kind, revision: record.revision, updatedAt: payload.updatedAt, value });
    },

    async listDrafts() {
      let raw: unknown[] = [];
      const done = await transact(db, [DRAFTS], 'readonly', 'read', (tx) => {
        const request = tx.objectStore(DRAFTS).getAll();
        request.onsuccess = () => (raw = request.result);
      });
      if (!done.ok) return done;
      const summaries = raw.flatMap((item) => {
        const parsed = recordSchema.safeParse(item);
        if (!parsed.success) return [];
        const { envelope: _envelope, ...summary } = parsed.data;
        return [summary];
      });
      return ok(summaries.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
    },

    async deleteDraft(id, deleteOptions = {}) {
      assertDraftId(id);
      const done = await compareAndWrite(id, deleteOptions.expectedRevision, (objects) => objects.delete(id));
      if (!done.ok) return done;
      options.channel?.announce({ type: 'deleted', id });
      return ok(undefined);
    },

    close: () => db.close(),
  };
  return store;
}

function assertDraftId(id: string): void {
  // Ids are generated (newDraftId), never typed: anything else is a bug, not a user error.
  if (!DRAFT_ID.test(id)) throw new RangeError('Draft ids are 1–64 letters, digits, - or _');
}

/**
 * Runs one transaction and settles when it commits or aborts. `body` queues requests (their
 * callbacks may queue more) and calls `abortWith` for a request that throws: the transaction then
 * aborts, so nothing half-written stays.
 */
function transact(
  db: IDBDatabase,
  stores: string[],
  mode: IDBTransactionMode,
  operation: 'read' | 'write',
  body: (tx: IDBTransaction, abortWith: (error: unknown) => void) => void,
): Promise<Result<void>> {
  return new Promise((resolve) => {
    let tx: IDBTransaction;
    let thrown: unknown;
    try {
      tx = db.transaction(stores, mode);
    } catch (error) {
      resolve(fail(faultCode(error, operation), errorName(error)));
      return;
    }
    const abortWith = (error: unknown) => {
      thrown = error;
      tx.abort();
    };
    tx.oncomplete = () => resolve(ok(undefined));
    tx.onabort = () => {
      const error = thrown ?? tx.error;
      resolve(fail(faultCode(error, operation), errorName(error)));
    };
    try {
      body(tx, abortWith);
    } catch (error) {
      abortWith(error);
    }
  });
}

export function faultCode(error: unknown, operation: 'read' | 'write'): StorageErrorCode {
  const name = errorName(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota-exceeded';
  if (name === 'InvalidStateError' || name === 'NotFoundError' || name === 'SecurityError') return 'unavailable';
  return operation === 'write' ? 'write-failed' : 'unavailable';
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : 'unknown';
}
