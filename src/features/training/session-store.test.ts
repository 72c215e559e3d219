import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../machines/scenarios.data';
import { initialEntry } from '../../journey/journey-storage';
import { firstEntries } from './session-navigation';
import { changedChoice, TrainingSession, type ConcernEntry } from './session-store';

const s02 = scenarios.find((scenario) => scenario.id === 'S02')!;
const [pathway, triage, consent] = s02.stages;

describe('a training session, in memory only', () => {
  it('keeps each stage’s steps, and lists them all in order for back and forward', () => {
    const session = new TrainingSession(s02);
    session.setEntries(pathway!.id, [initialEntry()]);
    session.setEntries(triage!.id, [{ step: 'lead-decides', answer: 'refer' }]);
    session.setEntries(consent!.id, firstEntries(consent!));
    expect(session.timeline().map((position) => `${position.stage.id}/${position.step}`)).toEqual([
      'pathway/start',
      'triage/lead-decides',
      'consent/terrorismPlanning',
    ]);
  });

  it('forgets every later stage when an earlier one changes: a new choice makes their history stale', () => {
    const session = new TrainingSession(s02);
    session.setEntries(pathway!.id, [initialEntry()]);
    session.setEntries(triage!.id, [{ step: 'lead-decides', answer: 'refer' }]);
    session.setEntries(consent!.id, firstEntries(consent!));
    session.setEntries(pathway!.id, [initialEntry()]);
    expect(session.getSnapshot().stages).toEqual({ pathway: [initialEntry()] });
  });

  it('gives the pathway a store that loads and saves in memory, never in the browser’s storage', () => {
    const session = new TrainingSession(s02);
    const store = session.journeyStore(pathway!.id);
    expect(store.load()).toEqual({ status: 'empty' });
    expect(store.save([initialEntry()])).toBe(true);
    expect(store.load()).toEqual({ status: 'loaded', pathway: 'bsw', entries: [initialEntry()] });
    store.clear();
    expect(store.load()).toEqual({ status: 'empty' });
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  it('restarts afresh, and tells its listeners after the current render', async () => {
    const session = new TrainingSession(s02);
    let heard = 0;
    session.subscribe(() => (heard += 1));
    session.setEntries(pathway!.id, [initialEntry()]);
    session.restart('/training/s02/pathway/immediate-risk');
    expect(heard).toBe(0);
    await Promise.resolve();
    expect(heard).toBe(1);
    expect(session.getSnapshot()).toMatchObject({ run: 1, stages: {} });
  });

  it('“Undo” after a restart puts back every step and returns where the room was', () => {
    const session = new TrainingSession(s02);
    const entries = [initialEntry(), { ...initialEntry(), step: 'immediateRisk' } as unknown as ConcernEntry];
    session.setEntries(pathway!.id, entries);
    session.restart('/training/s02/pathway/immediate-risk');
    expect(session.getSnapshot().stages).toEqual({});
    expect(session.undoRestart()).toBe('/training/s02/pathway/immediate-risk');
    expect(session.getSnapshot().stages[pathway!.id]).toEqual(entries);
    expect(session.undoRestart()).toBeNull();
  });

  it('a changed answer is remembered as an earlier choice; a first answer is not', () => {
    expect(changedChoice('q', [{ step: 'a', answer: null }], [{ step: 'a', answer: 'x' }])).toBeNull();
    expect(
      changedChoice(
        'q',
        [
          { step: 'a', answer: 'x' },
          { step: 'b', answer: null },
        ],
        [{ step: 'a', answer: 'y' }],
      ),
    ).toEqual({ stageId: 'q', at: 'a', choice: 'x' });
    const step = (name: string) => ({ ...initialEntry(), step: name }) as unknown as ConcernEntry;
    expect(
      changedChoice('p', [step('start'), step('immediateRisk'), step('emergencyCallPolice')], [step('start'), step('immediateRisk'), step('isConcern')]),
    ).toEqual({
      stageId: 'p',
      at: 'immediateRisk',
      choice: 'emergencyCallPolice',
    });
    expect(changedChoice('p', [step('start'), step('immediateRisk'), step('isConcern')], [step('start'), step('immediateRisk')])).toBeNull();
  });
});
