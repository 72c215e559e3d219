// @vitest-environment node
// The per-tab key: a reload brings the copy back; nothing in sessionStorage or IndexedDB is readable;
// a closed tab's key is removed at the next start-up.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openTabVault, TAB_COPY_KEY, TAB_ID_KEY, TAB_KEY_DB_NAME } from './tab-vault';

function memoryStorage() {
  const memory = new Map<string, string>();
  return {
    memory,
    storage: {
      getItem: (key: string) => memory.get(key) ?? null,
      setItem: (key: string, value: string) => void memory.set(key, value),
      removeItem: (key: string) => void memory.delete(key),
      clear: () => memory.clear(),
      key: () => null,
      length: 0,
    } as Storage,
  };
}

/** A minimal Web Locks: names held by open tabs. */
function fakeLocks(held: Set<string>) {
  return {
    request: (name: string) => (held.add(name), new Promise(() => undefined)),
    query: async () => ({ held: [...held].map((name) => ({ name, mode: 'exclusive' as const })), pending: [] }),
  } as unknown as LockManager;
}

async function keyIds(indexedDB: IDBFactory): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(TAB_KEY_DB_NAME, 1);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const keys = await new Promise<IDBValidKey[]>((resolve) => {
    const req = db.transaction('keys').objectStore('keys').getAllKeys();
    req.onsuccess = () => resolve(req.result);
  });
  db.close();
  return keys.map(String);
}

const secret = { concern: { version: 1, note: 'Sam Taylor said he would hurt people at the mosque' } };

describe('the tab copy', () => {
  it('survives a reload in the same tab, and nothing stored is readable', async () => {
    const indexedDB = new IDBFactory();
    const { storage, memory } = memoryStorage();
    const held = new Set<string>();
    const first = (await openTabVault({ indexedDB, storage, locks: fakeLocks(held) }))!;
    expect(await first.restore()).toEqual({ status: 'empty' });
    expect(await first.save(secret)).toBe(true);
    const stored = [...memory.values()].join('\n');
    expect(stored).not.toMatch(/Sam|Taylor|mosque|hurt|concern/);
    expect(memory.get(TAB_COPY_KEY)).toMatch(/^[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);

    // Reload: same sessionStorage, same key store; a new page.
    const reloaded = (await openTabVault({ indexedDB, storage, locks: fakeLocks(held) }))!;
    expect(await reloaded.restore()).toEqual({ status: 'restored', value: secret });
    expect(await keyIds(indexedDB)).toEqual([memory.get(TAB_ID_KEY)]);
  });

  it('the key is not extractable', async () => {
    const indexedDB = new IDBFactory();
    const { storage } = memoryStorage();
    await openTabVault({ indexedDB, storage, locks: undefined });
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(TAB_KEY_DB_NAME, 1);
      req.onsuccess = () => resolve(req.result);
    });
    const [record] = await new Promise<{ key: CryptoKey }[]>((resolve) => {
      const req = db.transaction('keys').objectStore('keys').getAll();
      req.onsuccess = () => resolve(req.result as { key: CryptoKey }[]);
    });
    db.close();
    expect(record!.key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', record!.key)).rejects.toThrow();
  });

  it('a new tab (empty sessionStorage) starts afresh and removes the key of a closed tab', async () => {
    const indexedDB = new IDBFactory();
    const held = new Set<string>();
    const closed = memoryStorage();
    await (await openTabVault({ indexedDB, storage: closed.storage, locks: fakeLocks(held) }))!.save(secret);
    const open = memoryStorage();
    await (await openTabVault({ indexedDB, storage: open.storage, locks: fakeLocks(held) }))!.save(secret);
    expect(await keyIds(indexedDB)).toHaveLength(2);

    held.delete(`prevent-pathway-tab-key:${closed.memory.get(TAB_ID_KEY)}`); // that tab was closed
    const fresh = memoryStorage();
    const vault = (await openTabVault({ indexedDB, storage: fresh.storage, locks: fakeLocks(held) }))!;
    expect(await vault.restore()).toEqual({ status: 'empty' });
    expect((await keyIds(indexedDB)).sort()).toEqual([open.memory.get(TAB_ID_KEY), fresh.memory.get(TAB_ID_KEY)].sort());
  });

  it('without Web Locks, a key unused for a day is removed', async () => {
    const indexedDB = new IDBFactory();
    let now = Date.UTC(2026, 11, 6, 3);
    const old = memoryStorage();
    await openTabVault({ indexedDB, storage: old.storage, locks: undefined, now: () => now });
    now += 25 * 60 * 60 * 1000;
    const fresh = memoryStorage();
    await openTabVault({ indexedDB, storage: fresh.storage, locks: undefined, now: () => now });
    expect(await keyIds(indexedDB)).toEqual([fresh.memory.get(TAB_ID_KEY)]);
  });

  it('a copy whose key is gone (the browser cleared site data) is reported lost, not silently dropped', async () => {
    const { storage } = memoryStorage();
    await (await openTabVault({ indexedDB: new IDBFactory(), storage, locks: undefined }))!.save(secret);
    const afterEviction = (await openTabVault({ indexedDB: new IDBFactory(), storage, locks: undefined }))!;
    expect(await afterEviction.restore()).toEqual({ status: 'lost' });
    expect(storage.getItem(TAB_COPY_KEY)).toBeNull();
  });
});

describe('start-up of a tab that has no key yet', () => {
  it('removes the keys of closed tabs without making one', async () => {
    const { removeStaleTabKeys } = await import('./tab-vault');
    const indexedDB = new IDBFactory();
    const held = new Set<string>();
    const closed = memoryStorage();
    await (await openTabVault({ indexedDB, storage: closed.storage, locks: fakeLocks(held) }))!.save(secret);
    held.clear(); // that tab was closed
    await removeStaleTabKeys({ indexedDB, locks: fakeLocks(held) });
    expect(await keyIds(indexedDB)).toEqual([]);
  });

  it('creates no database where there is none', async () => {
    const { removeStaleTabKeys } = await import('./tab-vault');
    const indexedDB = new IDBFactory();
    await removeStaleTabKeys({ indexedDB, locks: undefined });
    expect((await indexedDB.databases()).map((db) => db.name)).toEqual([]);
  });
});
