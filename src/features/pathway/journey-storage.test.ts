import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { concernMachine, currentStep } from '../../../machines/concern.machine';
import { STORAGE_KEY } from './journey-key';
import { initialEntry, loadJourney, restoreSnapshot, saveJourney, stepForSlug, type JourneyEntry } from './journey-storage';
import { slugForStep, urlForStep } from './urls';

function memoryStorage(overrides: Partial<Storage> = {}): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
    ...overrides,
  };
}

function entryAfterBegin(): JourneyEntry {
  const start = restoreSnapshot(initialEntry());
  const [next] = transition(concernMachine, start, { type: 'BEGIN', role: 'staff', prompt: 'Which best describes you?', at: '2026-11-23T09:00:00.000Z' });
  return { step: currentStep(next), snapshot: concernMachine.getPersistedSnapshot(next) };
}

describe('keeping the journey in this tab', () => {
  it('saves and loads the steps taken, restoring each snapshot', () => {
    const storage = memoryStorage();
    const entries = [initialEntry(), entryAfterBegin()];
    expect(saveJourney(entries, storage)).toBe(true);
    const loaded = loadJourney(storage);
    expect(loaded).toEqual({ status: 'loaded', entries: JSON.parse(JSON.stringify(entries)) });
    if (loaded.status !== 'loaded') throw new Error('not loaded');
    expect(restoreSnapshot(loaded.entries[1]!).context.role).toBe('staff');
  });

  it('starts empty when nothing was kept', () => {
    expect(loadJourney(memoryStorage())).toEqual({ status: 'empty' });
  });

  it('refuses what it cannot read: bad JSON, another version, an unknown step, a snapshot that does not match its step', () => {
    const cases = [
      'not json',
      JSON.stringify({ version: 99, entries: [initialEntry()] }),
      JSON.stringify({ version: 1, entries: [] }),
      JSON.stringify({ version: 1, entries: [{ ...initialEntry(), step: 'somewhere' }] }),
      JSON.stringify({ version: 1, entries: [{ ...initialEntry(), step: 'immediateRisk' }] }),
      JSON.stringify({ version: 1, entries: [{ step: 'start', snapshot: { value: { nowhere: 'x' }, context: {} } }] }),
    ];
    for (const raw of cases) {
      const storage = memoryStorage();
      storage.setItem(STORAGE_KEY, raw);
      expect(loadJourney(storage), raw).toEqual({ status: 'unreadable' });
    }
  });

  it('reports storage the browser will not give (private mode, quota) instead of throwing', () => {
    const refusing = memoryStorage({
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    expect(loadJourney(refusing)).toEqual({ status: 'unavailable' });
    expect(saveJourney([initialEntry()], refusing)).toBe(false);
  });
});

describe('one URL per step', () => {
  it('maps step ids to kebab-case URLs and back', () => {
    expect(slugForStep('colleagueManagerWithLeadAndHr')).toBe('colleague-manager-with-lead-and-hr');
    expect(urlForStep('immediateRisk')).toBe('/concern/immediate-risk');
    expect(stepForSlug('patient-discuss-and-record')).toBe('patientDiscussAndRecord');
    expect(stepForSlug('nowhere')).toBeUndefined();
    expect(stepForSlug(undefined)).toBeUndefined();
  });
});
