// @vitest-environment node
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { createVault } from './crypto';
import { DRAFT_DB_NAME, newDraftId, openDraftStore } from './encrypted-store';
import { requestPersistentStorage } from './persistence';
import { wipeEverything } from './wipe-everything';

function fakeCaches(names: string[]) {
  const held = new Set(names);
  return {
    held,
    caches: { keys: async () => [...held], delete: async (name: string) => held.delete(name) } as unknown as CacheStorage,
  };
}

function fakeServiceWorker(count: number) {
  const registrations = Array.from({ length: count }, () => ({ unregister: vi.fn(async () => true) }));
  return { registrations, serviceWorker: { getRegistrations: async () => registrations as unknown as ServiceWorkerRegistration[] } };
}

function fakeStorage(items: number) {
  const map = new Map(Array.from({ length: items }, (_, i) => [`k${i}`, 'v']));
  return {
    map,
    storage: {
      get length() {
        return map.size;
      },
      clear: () => map.clear(),
    },
  };
}

describe('wipe everything on this device (§E case 20)', () => {
  it('forgets the key, unregisters the service worker, deletes caches, databases and web storage, and reports each step', async () => {
    const factory = new IDBFactory();
    const closedByWipe = vi.fn();
    const opened = await openDraftStore({ indexedDB: factory, onClosedByOtherTab: closedByWipe });
    if (!opened.ok) throw new Error(opened.error.code);
    const vault = await createVault('wipe test passphrase');
    expect((await opened.value.saveDraft(vault, 'concern', newDraftId(), { name: 'Jordan Ellis' })).ok).toBe(true);
    await new Promise<void>((resolve) => {
      const other = factory.open('workbox-expiration');
      other.onsuccess = () => (other.result.close(), resolve());
    });

    const { caches, held } = fakeCaches(['workbox-precache-v2', 'fonts']);
    const { serviceWorker, registrations } = fakeServiceWorker(1);
    const local = fakeStorage(2);
    const session = fakeStorage(1);
    const forgetKeys = vi.fn();

    const report = await wipeEverything({ forgetKeys, indexedDB: factory, caches, serviceWorker, webStorage: [local.storage, session.storage] });

    expect(report).toEqual({
      complete: true,
      steps: [
        { step: 'in-memory-keys', status: 'done', count: 1 },
        { step: 'service-workers', status: 'done', count: 1 },
        { step: 'cache-storage', status: 'done', count: 2 },
        { step: 'indexeddb', status: 'done', count: 2 },
        { step: 'web-storage', status: 'done', count: 3 },
      ],
    });
    expect(forgetKeys).toHaveBeenCalledOnce();
    expect(registrations[0]!.unregister).toHaveBeenCalledOnce();
    expect(held.size).toBe(0);
    expect(await factory.databases()).toEqual([]);
    expect(local.map.size + session.map.size).toBe(0);
    // This tab's open store let go rather than blocking the wipe.
    expect(closedByWipe).toHaveBeenCalledOnce();
  });

  it('a tab that will not let go of the database → blocked, and the wipe is reported incomplete', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const holder = factory.open(DRAFT_DB_NAME);
      holder.onsuccess = () => resolve(); // no versionchange handler: holds on
    });
    const report = await wipeEverything({ indexedDB: factory, caches: undefined, serviceWorker: undefined, webStorage: [], blockedTimeoutMs: 20 });
    expect(report.complete).toBe(false);
    expect(report.steps.find((s) => s.step === 'indexeddb')).toEqual({ step: 'indexeddb', status: 'blocked', count: 0 });
    expect(report.steps.filter((s) => s.status === 'not-supported').map((s) => s.step)).toEqual([
      'in-memory-keys',
      'service-workers',
      'cache-storage',
      'web-storage',
    ]);
  });

  it('a step that throws is reported as failed and the others still run', async () => {
    const { caches, held } = fakeCaches(['app']);
    const report = await wipeEverything({
      indexedDB: new IDBFactory(),
      caches,
      serviceWorker: { getRegistrations: async () => Promise.reject(new Error('denied')) },
      webStorage: [],
    });
    expect(report.complete).toBe(false);
    expect(report.steps.find((s) => s.step === 'service-workers')?.status).toBe('failed');
    expect(held.size).toBe(0);
  });
});

describe('asking the browser to keep drafts', () => {
  it('reports persisted, refused or unsupported', async () => {
    expect(await requestPersistentStorage({ persisted: async () => true, persist: async () => false })).toBe('persisted');
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => true })).toBe('persisted');
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe('refused');
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
  });
});
