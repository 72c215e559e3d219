import { IV_BYTES, MAX_ENVELOPE_BYTES } from './envelope-limits';
import { TAB_ID_KEY, TAB_KEY_DB_NAME } from './tab-key-id';

export { TAB_ID_KEY, TAB_KEY_DB_NAME, tabKeyExpected } from './tab-key-id';

/**
 * This tab's copy of its open work, so a reload or a phone's pull-to-refresh loses nothing, and
 * nothing is readable at rest (issue 13, item 2):
 *
 * - The key: a random, NON-extractable AES-GCM-256 key made by WebCrypto for this tab, kept in
 *   IndexedDB (a CryptoKey object: the browser's key store; script can use it but never read it),
 *   under a random id. The id is in sessionStorage, so only this tab (and its reloads) finds it.
 * - The copy: AES-GCM ciphertext (fresh 12-byte IV each write, the id as associated data) in
 *   sessionStorage. Closing the tab drops sessionStorage, so the key is then useless.
 * - Start-up removes the keys of tabs that are closed: each tab holds a Web Lock named after its
 *   key while it is open; a key with no lock held is stale. Where Web Locks are missing, a key not
 *   used for a day is stale.
 *
 * The passphrase-protected drafts (encrypted-store.ts) are separate: once a passphrase is set the
 * tab copy is removed, and a reload asks for the passphrase as before.
 */

const STORE = 'keys';
export const TAB_COPY_KEY = 'prevent-pathway:tab-copy';
const LOCK_PREFIX = 'prevent-pathway-tab-key:';
const STALE_WITHOUT_LOCKS_MS = 24 * 60 * 60 * 1000;

interface KeyRecord {
  id: string;
  key: CryptoKey;
  lastUsed: number;
}

export interface TabVaultOptions {
  indexedDB?: IDBFactory;
  storage?: Storage;
  locks?: LockManager | undefined;
  now?: () => number;
}

/** What opening found: the copy (if this tab had one), or that the copy can no longer be read. */
export type TabStart = { status: 'empty' } | { status: 'restored'; value: unknown } | { status: 'lost' };

export interface TabVault {
  /** The copy this tab had before the reload, decrypted; 'lost' if it was there but the key is gone. */
  restore(): Promise<TabStart>;
  /** Replaces the copy with this value (encrypted). */
  save(value: unknown): Promise<boolean>;
  /** Removes the copy (a passphrase was set, or the work was discarded). The key stays for later saves. */
  clear(): void;
}

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(TAB_KEY_DB_NAME, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
  return request(req);
}

function tx(db: IDBDatabase, mode: IDBTransactionMode) {
  return db.transaction(STORE, mode).objectStore(STORE);
}

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

function randomId(): string {
  return (
    toBase64(crypto.getRandomValues(new Uint8Array(16)))
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 20) || 'tab'
  );
}

/** Opens (or makes) this tab's key and removes the keys of closed tabs. Null where storage is unavailable. */
export async function openTabVault(options: TabVaultOptions = {}): Promise<TabVault | null> {
  let factory: IDBFactory | undefined;
  let storage: Storage | undefined;
  try {
    factory = options.indexedDB ?? globalThis.indexedDB;
    storage = options.storage ?? globalThis.sessionStorage;
  } catch {
    return null;
  }
  if (!factory || !storage || !globalThis.crypto?.subtle) return null;
  const now = options.now ?? Date.now;
  const locks = 'locks' in options ? options.locks : globalThis.navigator?.locks;
  let db: IDBDatabase;
  try {
    db = await openDb(factory);
  } catch {
    return null;
  }
  const hadCopy = storage.getItem(TAB_COPY_KEY) !== null;
  let id = storage.getItem(TAB_ID_KEY);
  let record: KeyRecord | undefined =
    id && /^[A-Za-z0-9]{1,40}$/.test(id) ? await request(tx(db, 'readonly').get(id) as IDBRequest<KeyRecord | undefined>).catch(() => undefined) : undefined;
  const lost = hadCopy && !record;
  if (!record || !id) {
    id = randomId();
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    record = { id, key, lastUsed: now() };
    storage.removeItem(TAB_COPY_KEY);
  } else record = { ...record, lastUsed: now() };
  try {
    await request(tx(db, 'readwrite').put(record));
    storage.setItem(TAB_ID_KEY, id);
  } catch {
    db.close();
    return null;
  }
  const mine = record;
  // Hold this tab's lock until it closes (a reload releases it, and the new page takes it again).
  if (locks) void locks.request(LOCK_PREFIX + id, () => new Promise<void>(() => undefined)).catch(() => undefined);
  await removeStaleKeys(db, mine.id, locks, now()).catch(() => undefined);
  // The key is now in memory; the connection is closed so a wipe or an upgrade is never blocked by it.
  db.close();

  const aad = new TextEncoder().encode(`${TAB_KEY_DB_NAME}:${mine.id}`);
  return {
    async restore() {
      if (lost) return { status: 'lost' };
      const text = storage.getItem(TAB_COPY_KEY);
      if (text === null) return { status: 'empty' };
      try {
        const [iv, data] = text.split('.');
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(iv!), additionalData: aad }, mine.key, fromBase64(data!));
        return { status: 'restored', value: JSON.parse(new TextDecoder().decode(plain)) };
      } catch {
        storage.removeItem(TAB_COPY_KEY);
        return { status: 'lost' };
      }
    },
    async save(value) {
      const plain = new TextEncoder().encode(JSON.stringify(value));
      if (plain.byteLength > MAX_ENVELOPE_BYTES) return false;
      const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
      const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, mine.key, plain));
      try {
        storage.setItem(TAB_COPY_KEY, `${toBase64(iv)}.${toBase64(sealed)}`);
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage.removeItem(TAB_COPY_KEY);
      } catch {
        // Nothing to remove.
      }
    },
  };
}

/**
 * At start-up of a tab that has no key yet: removes the keys of closed tabs, if the key database
 * exists (it is never created here).
 */
export async function removeStaleTabKeys(options: TabVaultOptions = {}): Promise<void> {
  try {
    const factory = options.indexedDB ?? globalThis.indexedDB;
    if (!factory || typeof factory.databases !== 'function') return;
    if (!(await factory.databases()).some((db) => db.name === TAB_KEY_DB_NAME)) return;
    const db = await openDb(factory);
    const locks = 'locks' in options ? options.locks : globalThis.navigator?.locks;
    await removeStaleKeys(db, '', locks, (options.now ?? Date.now)()).finally(() => db.close());
  } catch {
    // Stale keys open nothing without their tab's sessionStorage; the next start-up tries again.
  }
}

async function removeStaleKeys(db: IDBDatabase, mine: string, locks: LockManager | undefined, now: number) {
  const records = await request(tx(db, 'readonly').getAll() as IDBRequest<KeyRecord[]>);
  let held: Set<string> | null = null;
  if (locks) {
    const snapshot = await locks.query();
    held = new Set([...(snapshot.held ?? []), ...(snapshot.pending ?? [])].map((lock) => lock.name ?? ''));
  }
  const stale = records.filter((record) => record.id !== mine && (held ? !held.has(LOCK_PREFIX + record.id) : now - record.lastUsed > STALE_WITHOUT_LOCKS_MS));
  if (stale.length === 0) return;
  const store = tx(db, 'readwrite');
  await Promise.all(stale.map((record) => request(store.delete(record.id))));
}
