import { describe, expect, it } from 'vitest';
import { assign, setup, transition } from 'xstate';
import { landingOf } from './deep-link';
import { defineJourney } from './define-journey';
import { defineRegistry } from './journey-registry';

/** Two small charts that share a state name ('done'), as the pathways share their urgent route. */
const ask = setup({
  types: { context: {} as { name: string }, events: {} as { type: 'NAMED'; name: string } | { type: 'BACK_TO_START' } },
}).createMachine({
  id: 'ask',
  initial: 'askName',
  context: { name: '' },
  states: {
    askName: { meta: { step: true }, on: { NAMED: { target: 'confirmName', actions: assign({ name: ({ event }) => event.name }) } } },
    confirmName: { meta: { step: true }, on: { BACK_TO_START: 'askName', NAMED: 'done' } },
    done: { type: 'final', meta: { step: true } },
  },
});
const other = setup({ types: { context: {} as { count: number }, events: {} as { type: 'NEXT' } } }).createMachine({
  id: 'other',
  initial: 'welcome',
  context: { count: 0 },
  states: { welcome: { on: { NEXT: 'done' } }, done: { type: 'final' } },
});

const askSteps = ['askName', 'confirmName', 'done'] as const;
const stateOf = (snapshot: { value: unknown }) => snapshot.value as never;
const askJourney = defineJourney({
  id: 'ask',
  machine: ask,
  stepIds: askSteps,
  startStep: 'askName',
  currentStep: stateOf,
  urlFor: (step) => `/ask/${step}`,
  keepsAnswers: true,
  sameContextFields: true,
});
const otherJourney = defineJourney({
  id: 'other',
  machine: other,
  stepIds: ['welcome', 'done'] as const,
  startStep: 'welcome',
  currentStep: stateOf,
  urlFor: (step) => `/other/${step}`,
  sameContextFields: true,
});

const named = { type: 'NAMED', name: 'Sam' } as const;
function walked() {
  const first = askJourney.initialEntry();
  const [next] = transition(ask, askJourney.restore(first), named);
  return [first, askJourney.persist(next, named)];
}
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe('a journey, defined once', () => {
  it('starts on the machine’s initial step and keeps each step’s persisted snapshot, with the answer that reached it', () => {
    const entries = walked();
    expect(entries.map((entry) => entry.step)).toEqual(['askName', 'confirmName']);
    expect(entries[1]!.event).toEqual(named);
    expect(askJourney.restore(json(entries[1]!)).context.name).toBe('Sam');
  });

  it('keeps no answer for a journey that does not keep answers', () => {
    const [done] = transition(other, otherJourney.restore(otherJourney.initialEntry()), { type: 'NEXT' });
    expect(otherJourney.persist(done, { type: 'NEXT' })).not.toHaveProperty('event');
  });

  it('reads stored entries as untrusted: the start first, known steps, snapshots the machine stands on, this machine’s context', () => {
    const entries = json(walked());
    expect(askJourney.parseEntries(entries)).toBe(entries);
    const refused: unknown[] = [
      null,
      [],
      'entries',
      entries.slice(1),
      [entries[0], { ...entries[1], step: 'somewhere' }],
      [entries[0], { ...entries[1], step: 'done' }],
      [entries[0], { step: 'confirmName', snapshot: { value: 'nowhere', context: { name: '' } } }],
      // The other machine's snapshot at a state of the same name.
      [entries[0], { ...json(otherJourney.initialEntry()), step: 'done', snapshot: { ...json(otherJourney.initialEntry()).snapshot, value: 'done' } }],
    ];
    for (const value of refused) expect(askJourney.parseEntries(value), JSON.stringify(value)?.slice(0, 80)).toBeNull();
  });

  it('maps steps to slugs and back, and only its own steps', () => {
    expect(askJourney.slugFor('confirmName')).toBe('confirm-name');
    expect(askJourney.stepForSlug('confirm-name')).toBe('confirmName');
    expect(askJourney.stepForSlug('welcome')).toBeUndefined();
    expect(askJourney.stepForSlug(null)).toBeUndefined();
  });

  it('deep links: a step stood on is shown; a step not yet reached, or another journey’s, goes to the furthest step', () => {
    const entries = walked();
    expect(askJourney.landing(entries, 'ask-name')).toEqual({ index: 0 });
    expect(askJourney.landing(entries, 'confirm-name')).toEqual({ index: 1 });
    expect(askJourney.landing(entries, 'done')).toEqual({ redirect: 'confirmName' });
    expect(askJourney.landing(entries, 'welcome')).toEqual({ redirect: 'confirmName' });
    expect(askJourney.landing(entries, undefined)).toEqual({ redirect: 'confirmName' });
    expect(landingOf([{ step: 'firstThought' }, { step: 'secondThought' }], 'first-thought')).toEqual({ index: 0 });
  });

  it('answering an earlier step again drops the steps after it', () => {
    const [first, second] = walked();
    const again = askJourney.persist(transition(ask, askJourney.restore(first!), { type: 'NAMED', name: 'Alex' })[0], { type: 'NAMED', name: 'Alex' });
    expect(askJourney.advance([first!, second!], 0, again).map((entry) => entry.event)).toEqual([undefined, { type: 'NAMED', name: 'Alex' }]);
  });
});

describe('a registry typed from a list', () => {
  const registry = defineRegistry([askJourney, otherJourney] as const, { legacy: 'ask' });

  it('stores a journey naming its own, and reads it back under that journey', () => {
    const entries = walked();
    const stored = json(registry.stored(entries));
    expect(stored).toMatchObject({ version: 1, pathway: 'ask' });
    expect(registry.parse(stored)).toEqual({ status: 'loaded', pathway: 'ask', entries: json(entries) });
    const others = [otherJourney.initialEntry()];
    expect(registry.parse(json(registry.stored(others)))).toMatchObject({ status: 'loaded', pathway: 'other' });
    expect(registry.byId.other).toBe(otherJourney);
    expect(registry.ids).toEqual(['ask', 'other']);
  });

  it('reads a journey naming none as the legacy one, and refuses an unknown journey, a wrong version or entries not its own', () => {
    const entries = json(walked());
    expect(registry.parse({ version: 1, entries })).toMatchObject({ status: 'loaded', pathway: 'ask' });
    for (const value of [
      { version: 2, pathway: 'ask', entries },
      { version: 1, pathway: 'elsewhere', entries },
      { version: 1, pathway: 'other', entries },
      null,
    ])
      expect(registry.parse(value)).toEqual({ status: 'unreadable' });
  });
});
