// @vitest-environment node
// Node's WebCrypto wants this realm's typed arrays, not jsdom's; fake-indexeddb stands in for the browser's.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { MAX_ENVELOPE_BYTES, createVault, encryptJson, fromBase64, toBase64, type Vault } from './crypto';
import { draftChannel, type DraftChannelMessage } from './draft-channel';
import { DRAFT_DB_NAME, faultCode, newDraftId, openDraftStore, type DraftRecord, type DraftStore, type DraftStoreOptions } from './encrypted-store';
import type { Result, StorageErrorCode } from './storage-error';

const concern = { name: 'Jordan Ellis', dateOfBirth: '2009-03-14', concern: 'Shared violent videos with classmates' };
const edited = { ...concern, concern: 'Shared violent videos; told a teacher about a planned meeting' };

let vault: Vault;
beforeAll(async () => {
  vault = await createVault('a long passphrase for the tests');
});

const opened: DraftStore[] = [];
async function open(factory: IDBFactory, options: DraftStoreOptions = {}): Promise<DraftStore> {
  const result = await openDraftStore({ indexedDB: factory, ...options });
  if (!result.ok) throw new Error(result.error.code);
  opened.push(result.value);
  return result.value;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  vi.restoreAllMocks();
});

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail ?? ''}`);
  return result.value;
}

function expectError(result: Result<unknown>, code: StorageErrorCode) {
  expect(result.ok ? 'ok' : result.error.code).toBe(code);
  if (!result.ok) expect(result.error.action).toMatch(/\w/);
  expect(result).not.toHaveProperty('value');
}

/** Reads or writes the record as it sits in IndexedDB, bypassing the store: what someone at the keyboard could see. */
function raw(factory: IDBFactory, mode: 'get' | 'put' | 'getAll', arg?: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DRAFT_DB_NAME);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('drafts', mode === 'put' ? 'readwrite' : 'readonly');
      const objects = tx.objectStore('drafts');
      const op = mode === 'put' ? objects.put(arg) : mode === 'get' ? objects.get(arg as string) : objects.getAll();
      tx.oncomplete = () => {
        db.close();
        resolve(op.result);
      };
      tx.onabort = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

describe('saving and resuming a draft', () => {
  it('saves, lists, loads and deletes', async () => {
    const store = await open(new IDBFactory());
    const id = newDraftId();
    expect(value(await store.saveDraft(vault, 'concern', id, concern))).toMatchObject({ id, kind: 'concern', revision: 1 });
    expect(value(await store.listDrafts())).toEqual([{ id, kind: 'concern', revision: 1, updatedAt: expect.any(String) }]);
    expect(value(await store.loadDraft(vault, id))).toMatchObject({ id, kind: 'concern', revision: 1, value: concern });
    value(await store.saveDraft(vault, 'concern', id, edited));
    expect(value(await store.loadDraft(vault, id))).toMatchObject({ revision: 2, value: edited });
    value(await store.deleteDraft(id));
    expect(value(await store.listDrafts())).toEqual([]);
  });

  it('keeps only ciphertext at rest: the person’s details are nowhere in the stored record (§E case 8)', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const id = newDraftId();
    value(await store.saveDraft(vault, 'concern', id, concern));
    const stored = (await raw(factory, 'getAll')) as DraftRecord[];
    expect(stored).toHaveLength(1);
    expect(Object.keys(stored[0]!).sort()).toEqual(['envelope', 'id', 'kind', 'revision', 'updatedAt']);
    const everything = JSON.stringify(stored);
    for (const secret of ['Jordan', 'Ellis', '2009-03-14', 'violent']) expect(everything).not.toContain(secret);
  });

  it('seals every write with a fresh IV', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const id = newDraftId();
    value(await store.saveDraft(vault, 'concern', id, concern));
    const first = ((await raw(factory, 'get', id)) as DraftRecord).envelope;
    value(await store.saveDraft(vault, 'concern', id, concern));
    const second = ((await raw(factory, 'get', id)) as DraftRecord).envelope;
    expect(JSON.parse(first).cipher.iv).not.toBe(JSON.parse(second).cipher.iv);
  });

  it('validates the loaded value with a schema when one is given', async () => {
    const store = await open(new IDBFactory());
    const id = newDraftId();
    value(await store.saveDraft(vault, 'concern', id, concern));
    expect(value(await store.loadDraft(vault, id, { schema: z.object({ name: z.string() }) })).value).toEqual({ name: 'Jordan Ellis' });
    expectError(await store.loadDraft(vault, id, { schema: z.object({ reference: z.string() }) }), 'invalid-content');
  });

  it('refuses ids that were not generated', async () => {
    const store = await open(new IDBFactory());
    await expect(store.saveDraft(vault, 'concern', '../etc', concern)).rejects.toThrow(RangeError);
  });
});

describe('unlocking the device’s vault', () => {
  it('creates it on first use, then opens it with the same passphrase only; a wrong one changes nothing (§E case 3)', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const first = value(await store.unlock('my passphrase'));
    expect(first.created).toBe(true);
    const id = newDraftId();
    value(await store.saveDraft(first.vault, 'referral', id, concern));
    const before = await raw(factory, 'getAll');

    expectError(await store.unlock('My passphrase'), 'wrong-passphrase-or-tampered');
    expect(await raw(factory, 'getAll')).toEqual(before);

    const again = value(await store.unlock('my passphrase'));
    expect(again.created).toBe(false);
    expect(value(await store.loadDraft(again.vault, id)).value).toEqual(concern);
  });
});

describe('storage faults leave the previous draft intact', () => {
  it('QuotaExceededError during autosave → quota-exceeded; the draft saved before still loads (§E case 6)', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const id = newDraftId();
    value(await store.saveDraft(vault, 'concern', id, concern));
    const before = await raw(factory, 'get', id);

    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await store.saveDraft(vault, 'concern', id, edited);
    expect(put).toHaveBeenCalled();
    expectError(result, 'quota-exceeded');
    put.mockRestore();

    expect(await raw(factory, 'get', id)).toEqual(before);
    expect(value(await store.loadDraft(vault, id))).toMatchObject({ revision: 1, value: concern });
  });

  it('a record too large to save → too-large; the previous draft unchanged', async () => {
    const store = await open(new IDBFactory());
    const id = newDraftId();
    value(await store.saveDraft(vault, 'concern', id, concern));
    expectError(await store.saveDraft(vault, 'concern', id, { text: 'x'.repeat(MAX_ENVELOPE_BYTES) }), 'too-large');
    expect(value(await store.loadDraft(vault, id)).value).toEqual(concern);
  });

  it('no IndexedDB (a private window), or one that throws on open → unavailable', async () => {
    expectError(await openDraftStore({ indexedDB: undefined }), 'unavailable');
    const throwing = {
      open: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expectError(await openDraftStore({ indexedDB: throwing }), 'unavailable');
    const hanging = { open: () => ({}) } as unknown as IDBFactory;
    expectError(await openDraftStore({ indexedDB: hanging, openTimeoutMs: 10 }), 'unavailable');
  });

  it('a listed draft that has gone (evicted, or deleted elsewhere) → evicted (§E case 7)', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const id = newDraftId();
    value(await store.saveDraft(vault, 'concern', id, concern));
    expect(value(await store.listDrafts()).map((d) => d.id)).toEqual([id]);
    value(await (await open(factory)).deleteDraft(id));
    expectError(await store.loadDraft(vault, id), 'evicted');
  });

  it('maps browser fault names to what the user is told', () => {
    expect(faultCode(new DOMException('', 'QuotaExceededError'), 'write')).toBe('quota-exceeded');
    expect(faultCode({ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'write')).toBe('quota-exceeded');
    expect(faultCode(new DOMException('', 'InvalidStateError'), 'write')).toBe('unavailable');
    expect(faultCode(new DOMException('', 'UnknownError'), 'write')).toBe('write-failed');
    expect(faultCode(new DOMException('', 'UnknownError'), 'read')).toBe('unavailable');
  });
});

describe('stored data is untrusted: a changed record is refused, nothing partially loaded', () => {
  it('one flipped ciphertext byte (§E case 1)', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const id = newDraftId();
    value(await store.saveDraft(vault, 'concern', id, concern));
    const record = (await raw(factory, 'get', id)) as DraftRecord;
    const envelope = JSON.parse(record.envelope) as { ciphertext: string };
    const bytes = fromBase64(envelope.ciphertext)!;
    bytes[5] = bytes[5]! ^ 0x80;
    await raw(factory, 'put', { ...record, envelope: JSON.stringify({ ...envelope, ciphertext: toBase64(bytes) }) });
    expectError(await store.loadDraft(vault, id), 'wrong-passphrase-or-tampered');
  });

  it('a record’s envelope copied over another record’s', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const [a, b] = [newDraftId(), newDraftId()];
    value(await store.saveDraft(vault, 'concern', a, concern));
    value(await store.saveDraft(vault, 'concern', b, edited));
    const recordA = (await raw(factory, 'get', a)) as DraftRecord;
    await raw(factory, 'put', { ...recordA, id: b });
    expectError(await store.loadDraft(vault, b), 'wrong-passphrase-or-tampered');
  });

  it('metadata changed in the clear (revision, kind)', async () => {
    const factory = new IDBFactory();
    const store = await open(factory);
    const id = newDraftId();
    value(await store.saveDraft(vault, 'concern', id, concern));
    const record = (await raw(factory, 'get', id)) as DraftRecord;
    await raw(factory, 'put', { ...record, revision: 7 });
    expectError(await store.loadDraft(vault, id), 'wrong-passphrase-or-tampered');
    await raw(factory, 'put', { ...record, kind: 'referral' });
    expectError(await store.loadDraft(vault, id), 'wrong-passphrase-or-tampered');
    await raw(factory, 'put', { ...record, envelope: 42 });
    expectError(await store.loadDraft(vault, id), 'corrupt');
  });
});

describe('older and newer records', () => {
  async function storeWithPayload(payload: unknown) {
    const factory = new IDBFactory();
    const store = await open(factory);
    const id = newDraftId();
    const envelope = value(await encryptJson(vault, 'referral', payload));
    await raw(factory, 'put', { id, kind: 'referral', revision: 1, updatedAt: '2026-01-05T09:00:00.000Z', envelope } satisfies DraftRecord);
    return { store, id };
  }

  it('a record in the v1 shape (the tab-only sessionStorage body) loads, migrated forward (§E case 21)', async () => {
    const state = { reference: 'PP-2026-0001', draft: { formVersion: 1, sections: {} }, consent: null, concern: null, startedAt: '2026-01-05T08:00:00.000Z' };
    const { store, id } = await storeWithPayload({ version: 1, state });
    expect(value(await store.loadDraft(vault, id))).toEqual({
      id,
      kind: 'referral',
      revision: 1,
      updatedAt: '2026-01-05T09:00:00.000Z',
      value: { version: 1, state },
    });
    // The next save writes the current schema.
    expect(value(await store.saveDraft(vault, 'referral', id, { state }, { expectedRevision: 1 })).revision).toBe(2);
    expect(value(await store.loadDraft(vault, id)).value).toEqual({ state });
  });

  it('a record from a newer version of the app → newer-version, left as it is', async () => {
    const { store, id } = await storeWithPayload({ schemaVersion: 99, id: 'x', kind: 'referral', revision: 1, updatedAt: '', data: {} });
    expectError(await store.loadDraft(vault, id), 'newer-version');
    expect(value(await store.listDrafts())).toHaveLength(1);
  });
});

describe('two tabs editing the same draft (§E case 17)', () => {
  it('the second save from a stale revision → conflict; the first tab’s work is kept; the other tab hears about the save', async () => {
    const factory = new IDBFactory();
    const channelA = draftChannel({ name: 'test-two-tabs' });
    const channelB = draftChannel({ name: 'test-two-tabs' });
    const heard: DraftChannelMessage[] = [];
    channelB.subscribe((message) => heard.push(message));
    try {
      const tabA = await open(factory, { channel: channelA });
      const tabB = await open(factory, { channel: channelB });
      const id = newDraftId();
      value(await tabA.saveDraft(vault, 'concern', id, concern, { expectedRevision: 0 }));
      const seenByB = value(await tabB.loadDraft(vault, id));

      value(await tabA.saveDraft(vault, 'concern', id, edited, { expectedRevision: 1 }));
      expectError(await tabB.saveDraft(vault, 'concern', id, { ...concern, name: 'typed in tab B' }, { expectedRevision: seenByB.revision }), 'conflict');
      expectError(await tabB.deleteDraft(id, { expectedRevision: seenByB.revision }), 'conflict');
      expectError(await tabB.saveDraft(vault, 'concern', id, concern, { expectedRevision: 0 }), 'conflict');
      expect(value(await tabB.loadDraft(vault, id))).toMatchObject({ revision: 2, value: edited });

      await vi.waitFor(() => expect(heard).toContainEqual({ type: 'saved', id, kind: 'concern', revision: 2 }));
      expect(JSON.stringify(heard)).not.toContain('Jordan');
    } finally {
      channelA.close();
      channelB.close();
    }
  });

  it('a save that loses the race inside the write transaction → conflict, nothing overwritten', async () => {
    const factory = new IDBFactory();
    const tabA = await open(factory);
    const tabB = await open(factory);
    const id = newDraftId();
    value(await tabA.saveDraft(vault, 'concern', id, concern));
    // Both read revision 1 and encrypt; A commits first.
    const [a, b] = await Promise.all([tabA.saveDraft(vault, 'concern', id, edited), tabB.saveDraft(vault, 'concern', id, { name: 'B' })]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expectError(loser, 'conflict');
    expect(value(await tabA.loadDraft(vault, id)).revision).toBe(2);
  });

  it('an announcement that is not one of ours is ignored; no BroadcastChannel → a harmless stand-in', async () => {
    const listen = draftChannel({ name: 'test-junk' });
    const heard: unknown[] = [];
    listen.subscribe((m) => heard.push(m));
    const sender = new BroadcastChannel('test-junk');
    sender.postMessage({ type: 'saved', id: 1 });
    sender.postMessage({ type: 'wiped' });
    try {
      await vi.waitFor(() => expect(heard).toEqual([{ type: 'wiped' }]));
    } finally {
      sender.close();
      listen.close();
    }
    const none = draftChannel({ BroadcastChannel: undefined });
    expect(none.available).toBe(false);
    none.announce({ type: 'wiped' });
  });
});
