// @vitest-environment node
// A request for information kept like the other records: in the tab's encrypted copy (a reload keeps
// it), as an encrypted draft behind a passphrase, and in a hand-over file opened on another device.
// Real machine, real session, real encryption; the drafts feature reads it through the app's registry.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { draftChannel } from '../storage/draft-channel';
import { openTabVault } from '../storage/tab-vault';
import { DraftSession } from '../storage/draft-session';
import { isUsableDraft, openHandover, sealHandover } from '../features/drafts/handover';
import { recordKind } from '../features/drafts/record-kinds';
import { parseStoredRequest, requestJourney, storedRequest, type RequestEntry } from '../features/request/request-journey';
import type { RequestEvent } from '../../machines/information-request.machine';
import { storageErrorContent } from '../storage/storage.content';
import { completionCsv, parseAttendees, parseCompletionRecord, type CompletionRecord } from '../features/training/completion-record';
import './record-kinds';

const at = '2026-12-06T10:00:00.000Z';
/** A request walked on the real machine to the purpose step, kept as the pages keep it. */
function walkedRequest(): unknown {
  let entries: RequestEntry[] = [requestJourney.initialEntry()];
  const events: RequestEvent[] = [
    { type: 'ANSWER_NO', prompt: 'Is anyone’s life at risk right now?', at },
    {
      type: 'REQUESTER_GIVEN',
      requester: { kind: 'police', organisation: 'Counter Terrorism Policing South West', contact: 'DS A. Example', theirReference: 'CTP-0042' },
      prompt: 'Who is asking?',
      at,
    },
  ];
  for (const event of events) {
    const actor = createActor(requestJourney.machine, { snapshot: requestJourney.restore(entries.at(-1)!) }).start();
    actor.send(event);
    entries = requestJourney.advance(entries, entries.length - 1, requestJourney.persist(actor.getSnapshot(), event));
    actor.stop();
  }
  return JSON.parse(JSON.stringify(storedRequest(entries)));
}

function memoryStorage() {
  const memory = new Map<string, string>();
  return {
    getItem: (key: string) => memory.get(key) ?? null,
    setItem: (key: string, value: string) => void memory.set(key, value),
    removeItem: (key: string) => void memory.delete(key),
    clear: () => memory.clear(),
    key: () => null,
    length: 0,
  } as Storage;
}

const session = (indexedDB: IDBFactory, storage: Storage, name: string) =>
  new DraftSession({
    store: { indexedDB, name: 'drafts-request' },
    storage,
    channel: draftChannel({ name }),
    persist: async () => 'refused',
    tabVault: () => openTabVault({ indexedDB, storage, locks: undefined }),
  });

const passphrase = 'harbour violet tractor';

describe('a request for information as a record kind', () => {
  const request = walkedRequest();

  it('is walked on the real machine to the purpose step, and the drafts feature can open it', () => {
    expect(parseStoredRequest(request)?.map((entry) => entry.step)).toEqual(['urgent', 'requester', 'purpose']);
    expect(isUsableDraft('request', request)).toBe(true);
    expect(recordKind('request')!.urlFor(request)).toBe('/request/purpose');
    expect(recordKind('request')!.describe(request)).toEqual(['At: Purpose of the request']);
    // Not a request: a concern journey, a request whose first step is not the start, junk.
    expect(isUsableDraft('request', { version: 1, journey: 'concern', entries: [] })).toBe(false);
    const entries = parseStoredRequest(request)!;
    expect(isUsableDraft('request', storedRequest(entries.slice(1)))).toBe(false);
    expect(isUsableDraft('request', null)).toBe(false);
  });

  it('survives a reload without a passphrase (the tab copy), and a new tab starts afresh', async () => {
    const device = new IDBFactory();
    const storage = memoryStorage();
    const first = session(device, storage, 'request-tab');
    await first.start();
    first.put('request', request);
    await first.settled();
    const reloaded = session(device, storage, 'request-tab-reloaded');
    await reloaded.start();
    expect(reloaded.getState().mode).toBe('no-passphrase');
    expect(reloaded.get('request')).toEqual(request);
    const other = session(device, memoryStorage(), 'request-other-tab');
    await other.start();
    expect(other.get('request')).toBeUndefined();
  });

  it('saved as an encrypted draft, reopens after a reload with the passphrase, and is in the drafts list', async () => {
    const device = new IDBFactory();
    const storage = memoryStorage();
    const first = session(device, storage, 'request-draft');
    await first.start();
    expect((await first.setPassphrase(passphrase)).ok).toBe(true);
    first.put('request', request);
    await first.settled();
    const reloaded = session(device, storage, 'request-draft-reloaded');
    await reloaded.start();
    expect(reloaded.getState().mode).toBe('locked');
    expect(reloaded.get('request')).toBeUndefined();
    expect((await reloaded.unlock(passphrase)).ok).toBe(true);
    expect(reloaded.get('request')).toEqual(request);
    const listed = await reloaded.list();
    expect(listed.ok && listed.value.map((summary) => summary.kind)).toEqual(['request']);
  });

  it('a hand-over file with a request opens on another device exactly as sealed; a damaged request inside is refused', async () => {
    const sealed = await sealHandover('request', request, passphrase, new Date(2026, 11, 6));
    if (!sealed.ok) throw new Error(sealed.error.code);
    expect(sealed.value.name).toBe('prevent-pathway-request-2026-12-06.prevent.json');
    const file = new File([sealed.value.text], sealed.value.name, { type: 'application/json' });
    expect(await openHandover(file, passphrase)).toEqual({ ok: true, value: { kind: 'request', data: request } });

    const bad = await sealHandover('request', { version: 1, journey: 'request', entries: [{ step: 'decision', snapshot: {} }] }, passphrase);
    if (!bad.ok) throw new Error(bad.error.code);
    const opened = await openHandover(new File([bad.value.text], 'x.prevent.json'), passphrase);
    expect(opened.ok ? 'opened' : opened.error.code).toBe('invalid-content');
  });
});

describe('a training completion record as a record kind', () => {
  // As the record page makes it: attendees pasted from a spreadsheet column and typed.
  const record: CompletionRecord = {
    date: '2027-03-24',
    levels: ['1', '3'],
    covered: 'Scenarios S02 and S03; the level 3 knowledge check',
    attendees: parseAttendees('Staff 40211\nOkafor, Ada\tStaff 40388'),
  };

  it('is checked through the record’s schema: the drafts feature opens it on the record page and lists it without names', () => {
    expect(isUsableDraft('training-record', record)).toBe(true);
    expect(recordKind('training-record')!.urlFor(record)).toBe('/training/record');
    expect(recordKind('training-record')!.describe(record)).toEqual(['Session of 24/03/2027: 3 attendees at Level 1, Level 3']);
    expect(recordKind('training-record')!.describe(record).join(' ')).not.toMatch(/Okafor|40211/);
    // An unfinished record is a record too (the trainer saves it to finish later).
    expect(isUsableDraft('training-record', { date: '', levels: [], covered: '', attendees: [] })).toBe(true);
    // Not a training record: another kind's content, a bad date, an unknown level, a level twice, a blank attendee, an extra field.
    const broken: unknown[] = [
      null,
      { version: 1, journey: 'request', entries: [] },
      { ...record, date: '24/03/2027' },
      { ...record, levels: ['7'] },
      { ...record, levels: ['3', '3'] },
      { ...record, attendees: ['Staff 40211', '  '] },
      { ...record, attendees: 'Staff 40211' },
      { ...record, notes: 'about a patient' },
    ];
    for (const data of broken) {
      expect(isUsableDraft('training-record', data)).toBe(false);
      expect(recordKind('training-record')!.describe(data)).toEqual(['This draft cannot be read']);
    }
  });

  it('saved as an encrypted draft, reopens after a reload with the passphrase, and is in the drafts list; the device holds no name in the clear', async () => {
    const device = new IDBFactory();
    const storage = memoryStorage();
    const first = session(device, storage, 'record-draft');
    await first.start();
    expect((await first.setPassphrase(passphrase)).ok).toBe(true);
    first.put('training-record', record);
    await first.settled();
    const reloaded = session(device, storage, 'record-draft-reloaded');
    await reloaded.start();
    expect(reloaded.getState().mode).toBe('locked');
    expect(reloaded.get('training-record')).toBeUndefined();
    expect((await reloaded.unlock('not the passphrase')).ok).toBe(false);
    expect((await reloaded.unlock(passphrase)).ok).toBe(true);
    const reopened = parseCompletionRecord(reloaded.get('training-record'));
    expect(reopened).toEqual(record);
    expect(completionCsv(reopened!)).toBe(completionCsv(record));
    const listed = await reloaded.list();
    expect(listed.ok && listed.value.map((summary) => summary.kind)).toEqual(['training-record']);
    // What IndexedDB holds is ciphertext: no attendee's name or number is readable in it.
    const raw = await new Promise<string>((resolve, reject) => {
      const open = device.open('drafts-request');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const names = [...db.objectStoreNames];
        const tx = db.transaction(names, 'readonly');
        const values: unknown[] = [];
        for (const name of names) {
          const all = tx.objectStore(name).getAll();
          all.onsuccess = () => values.push(...all.result);
        }
        tx.oncomplete = () => {
          db.close();
          resolve(JSON.stringify(values, (_key, value: unknown) => (value instanceof Uint8Array || value instanceof ArrayBuffer ? '[bytes]' : value)));
        };
      };
    });
    expect(raw.length).toBeGreaterThan(0);
    expect(raw).not.toMatch(/Okafor|40211|40388|S02/);
  });

  it('a hand-over file with a record opens elsewhere exactly as sealed; a damaged record inside, or a changed byte, is refused with its own message', async () => {
    const sealed = await sealHandover('training-record', record, passphrase, new Date(2027, 2, 24));
    if (!sealed.ok) throw new Error(sealed.error.code);
    expect(sealed.value.name).toBe('prevent-pathway-training-record-2027-03-24.prevent.json');
    expect(sealed.value.text).not.toMatch(/Okafor|40211/);
    const file = new File([sealed.value.text], sealed.value.name, { type: 'application/json' });
    expect(await openHandover(file, passphrase)).toEqual({ ok: true, value: { kind: 'training-record', data: record } });

    const bad = await sealHandover('training-record', { ...record, levels: ['Level 3'] }, passphrase);
    if (!bad.ok) throw new Error(bad.error.code);
    const opened = await openHandover(new File([bad.value.text], 'x.prevent.json'), passphrase);
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error.code).toBe('invalid-content');
      expect(opened.error.message).toBe(storageErrorContent['invalid-content'].message);
    }

    // One character of the ciphertext changed: the file is refused, not opened half-read.
    const text = sealed.value.text;
    const at = text.length - 10;
    const changed = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const tampered = await openHandover(new File([changed], 'x.prevent.json'), passphrase);
    expect(tampered.ok ? 'opened' : tampered.error.code).toBe('wrong-passphrase-or-tampered');
  });
});
