// @vitest-environment node
// Node's WebCrypto and fake-indexeddb: the real store, the real crypto, two sessions as two tabs.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { draftChannel } from './draft-channel';
import { openTabVault, TAB_COPY_KEY } from './tab-vault';
import { wipeEverything } from './wipe-everything';
import { statusText } from '../content/drafts.content';
import { DraftSession, type SessionOptions } from './draft-session';

const passphrase = 'harbour violet tractor';
const journey = (text: string) => ({ version: 1, note: text });

/** A tab: its own sessionStorage and channel end, sharing the device's IndexedDB. */
function tab(indexedDB: IDBFactory, options: SessionOptions = {}) {
  const memory = new Map<string, string>();
  const storage = {
    getItem: (key: string) => memory.get(key) ?? null,
    setItem: (key: string, value: string) => void memory.set(key, value),
    removeItem: (key: string) => void memory.delete(key),
    clear: () => memory.clear(),
    key: () => null,
    length: 0,
  } as Storage;
  const session = new DraftSession({
    store: { indexedDB, name: 'drafts-test' },
    storage,
    channel: draftChannel({ name: `test-${indexedDB === device ? 'a' : 'b'}-${channelName}` }),
    persist: async () => 'refused',
    tabVault: () => openTabVault({ indexedDB, storage, locks: undefined }),
    ...options,
  });
  return { session, storage, memory };
}
let device = new IDBFactory();
let channelName = 0;

async function fresh() {
  device = new IDBFactory();
  channelName++;
  const first = tab(device);
  await first.session.start();
  return first;
}

describe('a tab with no passphrase set', () => {
  it('keeps work in memory only and says closing would lose it', async () => {
    const { session } = await fresh();
    expect(session.getState().mode).toBe('no-passphrase');
    session.put('concern', journey('typed'));
    expect(session.get('concern')).toEqual(journey('typed'));
    expect(session.hasUnsavedWork()).toBe(true);
    expect((await session.list()).ok && (await session.list())).toMatchObject({ value: [] });
  });

  it('saves everything open, encrypted, once a passphrase is set', async () => {
    const { session } = await fresh();
    session.put('concern', journey('before the passphrase'));
    expect((await session.setPassphrase(passphrase)).ok).toBe(true);
    await session.settled();
    expect(session.getState()).toMatchObject({ mode: 'unlocked', persistence: 'refused' });
    expect(session.hasUnsavedWork()).toBe(false);
    const listed = await session.list();
    expect(listed.ok && listed.value.map((draft) => draft.kind)).toEqual(['concern']);
  });
});

describe('reload without a passphrase (the per-tab key)', () => {
  it('brings back what the tab had open, with nothing readable in sessionStorage', async () => {
    const { session, storage, memory } = await fresh();
    session.put('concern', journey('Sam Taylor, typed before the reload'));
    await session.settled();
    expect([...memory.values()].join('\n')).not.toMatch(/Sam|Taylor|typed/);
    expect(memory.get(TAB_COPY_KEY)).toBeDefined();

    const reloaded = new DraftSession({
      store: { indexedDB: device, name: 'drafts-test' },
      storage,
      channel: draftChannel({ name: 'tab-reload' }),
      tabVault: () => openTabVault({ indexedDB: device, storage, locks: undefined }),
    });
    await reloaded.start();
    expect(reloaded.getState()).toMatchObject({ mode: 'no-passphrase', fault: null });
    expect(reloaded.get('concern')).toEqual(journey('Sam Taylor, typed before the reload'));
    expect(reloaded.hasUnsavedWork()).toBe(true); // closing the tab still loses it: the leave warning stays
  });

  it('a new tab starts afresh', async () => {
    const { session } = await fresh();
    session.put('concern', journey('only in the first tab'));
    await session.settled();
    const other = tab(device).session;
    await other.start();
    expect(other.get('concern')).toBeUndefined();
  });

  it('setting a passphrase removes the tab copy: a reload then asks for the passphrase', async () => {
    const { session, storage, memory } = await fresh();
    session.put('concern', journey('kept by the passphrase'));
    await session.settled();
    await session.setPassphrase(passphrase);
    await session.settled();
    expect(memory.get(TAB_COPY_KEY)).toBeUndefined();
    session.put('concern', journey('after the passphrase'));
    await session.settled();
    expect(memory.get(TAB_COPY_KEY)).toBeUndefined();
    const reloaded = new DraftSession({
      store: { indexedDB: device, name: 'drafts-test' },
      storage,
      channel: draftChannel({ name: 'tab-reload-2' }),
      tabVault: () => openTabVault({ indexedDB: device, storage, locks: undefined }),
    });
    await reloaded.start();
    expect(reloaded.getState().mode).toBe('locked');
    expect(reloaded.get('concern')).toBeUndefined();
  });
});

describe('reload and unlock', () => {
  it('brings back the drafts this tab had open, and only with the right passphrase', async () => {
    const { session, storage } = await fresh();
    await session.setPassphrase(passphrase);
    session.put('concern', journey('one'));
    session.put('referral', { version: 1, state: 'r' });
    session.put('concern', journey('two'));
    await session.settled();

    // The reload: a new session in the same tab (same sessionStorage), nothing in memory.
    const reloaded = new DraftSession({
      store: { indexedDB: device, name: 'drafts-test' },
      storage,
      channel: draftChannel({ name: 'reload' }),
      persist: async () => 'persisted',
    });
    await reloaded.start();
    expect(reloaded.getState().mode).toBe('locked');
    expect(reloaded.get('concern')).toBeUndefined();
    const wrong = await reloaded.unlock('harbour violet tractors');
    expect(wrong.ok ? 'ok' : wrong.error.code).toBe('wrong-passphrase-or-tampered');
    expect(reloaded.getState().mode).toBe('locked');
    expect((await reloaded.unlock(passphrase)).ok).toBe(true);
    expect(reloaded.get('concern')).toEqual(journey('two'));
    expect(reloaded.get('referral')).toEqual({ version: 1, state: 'r' });
  });

  it('lock forgets the content (after saving it) and unlock restores it', async () => {
    const { session } = await fresh();
    await session.setPassphrase(passphrase);
    session.put('concern', journey('typed just before the lock'));
    await session.lock();
    expect(session.getState().mode).toBe('locked');
    expect(session.get('concern')).toBeUndefined();
    expect(session.hasUnsavedWork()).toBe(false);
    await session.unlock(passphrase);
    expect(session.get('concern')).toEqual(journey('typed just before the lock'));
  });

  it('says a draft has gone when the browser cleared it, and opens the rest (evicted)', async () => {
    const { session, storage } = await fresh();
    await session.setPassphrase(passphrase);
    session.put('concern', journey('kept'));
    session.put('referral', { version: 1, state: 'gone' });
    await session.settled();
    const referralId = session.getState().open.referral!.id;
    // Another session deletes the referral record, as eviction or another tab would.
    const other = tab(device).session;
    await other.start();
    await other.unlock(passphrase);
    expect((await other.remove(referralId)).ok).toBe(true);

    const reloaded = new DraftSession({
      store: { indexedDB: device, name: 'drafts-test' },
      storage,
      channel: draftChannel({ name: 'evicted' }),
      persist: async () => 'persisted',
    });
    await reloaded.start();
    await reloaded.unlock(passphrase);
    expect(reloaded.get('concern')).toEqual(journey('kept'));
    expect(reloaded.get('referral')).toBeUndefined();
    expect(reloaded.getState().fault?.code).toBe('evicted');
  });
});

describe('the browser clears the whole site (eviction of every IndexedDB database)', () => {
  async function evictEverything() {
    await new Promise<void>((resolve, reject) => {
      const request = device.deleteDatabase('drafts-test');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
  }

  it('a tab that had a saved draft open is told it is gone and what to do, not started afresh silently', async () => {
    const { session, storage } = await fresh();
    await session.setPassphrase(passphrase);
    session.put('concern', journey('saved before the eviction'));
    await session.settled();
    session.reset(); // the tab is reloaded later…
    await evictEverything(); // …after the browser cleared the site's storage

    const reloaded = new DraftSession({
      store: { indexedDB: device, name: 'drafts-test' },
      storage,
      channel: draftChannel({ name: 'evicted-all' }),
      persist: async () => 'persisted',
    });
    await reloaded.start();
    expect(reloaded.getState().mode).toBe('no-passphrase');
    expect(reloaded.getState().fault).toMatchObject({ code: 'evicted', message: statusText.evictedAll.message, action: statusText.evictedAll.action });
    expect(reloaded.get('concern')).toBeUndefined();

    // Said once: the next reload of this tab starts quietly.
    const again = new DraftSession({
      store: { indexedDB: device, name: 'drafts-test' },
      storage,
      channel: draftChannel({ name: 'evicted-again' }),
      persist: async () => 'persisted',
    });
    await again.start();
    expect(again.getState().fault).toBeNull();
  });

  it('a tab that had nothing saved starts quietly', async () => {
    const { session, storage } = await fresh();
    session.put('concern', journey('memory only'));
    await evictEverything();
    const reloaded = new DraftSession({
      store: { indexedDB: device, name: 'drafts-test' },
      storage,
      channel: draftChannel({ name: 'quiet' }),
      persist: async () => 'persisted',
    });
    await reloaded.start();
    expect(reloaded.getState()).toMatchObject({ mode: 'no-passphrase', fault: null });
  });
});

describe('two tabs on one draft', () => {
  it('never overwrites silently: the second writer is stopped and offered both versions', async () => {
    const { session: first } = await fresh();
    await first.setPassphrase(passphrase);
    first.put('concern', journey('first tab'));
    await first.settled();
    const id = first.getState().open.concern!.id;

    const second = tab(device).session;
    await second.start();
    await second.unlock(passphrase);
    expect((await second.resume(id)).ok).toBe(true);
    second.put('concern', journey('second tab'));
    await second.settled();

    // The first tab has not heard (no shared channel here): its compare-and-set save catches it.
    first.put('concern', journey('first tab again'));
    await first.settled();
    expect(first.getState().conflict).toBe('concern');
    const stored = await second.read(id);
    expect(stored.ok && stored.value.data).toEqual(journey('second tab'));

    await first.keepMineAsNew();
    expect(first.getState().conflict).toBeNull();
    const listed = await first.list();
    expect(listed.ok && listed.value.length).toBe(2);
  });

  it('hears another tab save over the open draft and can take their version', async () => {
    const { session: first } = await fresh();
    await first.setPassphrase(passphrase);
    first.put('concern', journey('mine'));
    await first.settled();
    const id = first.getState().open.concern!.id;
    const name = `shared-${channelName}`;
    const a = new DraftSession({ store: { indexedDB: device, name: 'drafts-test' }, channel: draftChannel({ name }), storage: undefined });
    const b = new DraftSession({ store: { indexedDB: device, name: 'drafts-test' }, channel: draftChannel({ name }), storage: undefined });
    for (const s of [a, b]) {
      await s.start();
      await s.unlock(passphrase);
      await s.resume(id);
    }
    b.put('concern', journey('theirs'));
    await b.settled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(a.getState().conflict).toBe('concern');
    a.put('concern', journey('not saved over theirs'));
    await a.settled();
    await a.takeTheirs();
    expect(a.get('concern')).toEqual(journey('theirs'));
  });
});

describe('storage faults', () => {
  it('IndexedDB unavailable: memory only, and the user is told (private windows)', async () => {
    const session = new DraftSession({ store: { indexedDB: undefined }, channel: draftChannel({ BroadcastChannel: undefined }) });
    await session.start();
    expect(session.getState().mode).toBe('unavailable');
    expect(session.getState().fault?.code).toBe('unavailable');
    session.put('referral', { version: 1 });
    expect(session.get('referral')).toEqual({ version: 1 });
    expect(session.hasUnsavedWork()).toBe(true);
  });

  it('a full disk: the previous version stays, the user is told to export, and the next good save clears it', async () => {
    const { session } = await fresh();
    await session.setPassphrase(passphrase);
    session.put('concern', journey('saved'));
    await session.settled();
    const id = session.getState().open.concern!.id;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      session.put('concern', journey('not saved'));
      await session.settled();
      expect(session.getState().fault?.code).toBe('quota-exceeded');
      expect(session.getState().fault?.action).toMatch(/hand-over file/);
      expect(session.hasUnsavedWork()).toBe(true);
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    const stored = await session.read(id);
    expect(stored.ok && stored.value.data).toEqual(journey('saved'));
    session.put('concern', journey('saved again'));
    await session.settled();
    expect(session.getState().fault).toBeNull();
  });
});

describe('wipe', () => {
  it('forgets the key and every draft, and starts again with no passphrase', async () => {
    device = new IDBFactory();
    const { session } = tab(device, {
      wipe: (forgetKeys) => wipeEverything({ forgetKeys, indexedDB: device, caches: undefined, serviceWorker: undefined, webStorage: [] }),
    });
    await session.start();
    await session.setPassphrase(passphrase);
    session.put('concern', journey('to be wiped'));
    await session.settled();
    const report = await session.wipe();
    expect(report.steps.find((step) => step.step === 'in-memory-keys')?.status).toBe('done');
    expect(session.getState().mode).toBe('no-passphrase');
    expect(session.get('concern')).toBeUndefined();
    expect(await session.list()).toMatchObject({ ok: true, value: [] });
  });
});
