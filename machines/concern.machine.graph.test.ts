import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { adjacencyMapToArray, createTestModel, getAdjacencyMap, getSimplePaths, serializeSnapshot, type TraversalOptions } from 'xstate/graph';
import type { ConcernRecord, Role, UrgentContact } from '../forms/pathway-answers.schema';
import { concernMachine, concernSummary, currentStep, stepIds, type ConcernEvent, type ConcernSnapshot, type StepId } from './concern.machine';
import { countRoutesToEnd } from './graph-path-count';
import { concernSummarySchema, storedConcernSchema } from '../forms/concern-summary.schema';

/**
 * Model-based test: xstate/graph walks the machine with a fixed set of sample events (valid
 * payloads, and invalid ones the guards must refuse), and every simple path from "Start Here" to an
 * END is then replayed through the real machine with `transition`, one answer at a time.
 */

const finalSteps = [
  'endEmergency',
  'endNoConcern',
  'endReferredToLead',
  'endColleagueWithLead',
  'endNoFurtherPrevent',
  'endLeadToBeTold',
  'endUrgentAdviceSought',
] as const satisfies readonly StepId[];
const roles = ['staff', 'manager', 'lead'] as const satisfies readonly Role[];

const validRecord: ConcernRecord = {
  whatHappened: 'Said X in the waiting room',
  whenNoticed: '2025-03-01',
  exactWords: '',
  opinion: '',
  indicators: [],
  vulnerabilities: [],
  discussedWith: 'Ward manager',
  reporterName: '',
  reporterRole: '',
};

const urgentContact: UrgentContact = {
  contacted: ['antiTerroristHotline'],
  spokeTo: 'Call handler',
  contactedAt: '02:40',
  reference: 'ATH 1',
  notes: 'Advised to tell the lead in the morning',
};

/** Sample events the guards must refuse where they apply; the walk must never pass through one. */
const refusedSamples = new WeakSet<ConcernEvent>();
function refusedWhere(applies: boolean, event: ConcernEvent): ConcernEvent {
  if (applies) refusedSamples.add(event);
  return event;
}

/** A fixed time per step (1 March 2025, 10:00 + the step's index in minutes); the emergency button 30 s later. */
const timeAt = (step: StepId) => `2025-03-01T10:${String(stepIds.indexOf(step)).padStart(2, '0')}:00.000Z`;
const emergencyTimeAt = (step: StepId) => `2025-03-01T10:${String(stepIds.indexOf(step)).padStart(2, '0')}:30.000Z`;

/**
 * What a user can do on the step the snapshot stands on. xstate/graph keeps only the event types the
 * active state nodes handle, so each step is offered just its own answers (and, on the pathway, the
 * emergency button).
 */
function sampleEvents(snapshot: ConcernSnapshot): ConcernEvent[] {
  const step = currentStep(snapshot);
  const shown = { prompt: `${step}: the question as shown`, at: timeAt(step) };
  const escalating = step === 'patientEscalate' || step === 'colleagueEscalate';
  const recording = step === 'patientDiscussAndRecord' || step === 'colleagueDiscussAndRecord';
  // "Can it wait until you reach the lead?": yes needs a reason.
  const waiting = step === 'leadUnreachable';
  return [
    ...roles.map((role): ConcernEvent => ({ type: 'BEGIN', role, ...shown })),
    refusedWhere(waiting, { type: 'ANSWER_YES', ...shown }),
    ...(waiting ? [{ type: 'ANSWER_YES', notes: 'The lead is on shift at 08:00; nothing will happen before then', ...shown } as const] : []),
    { type: 'ANSWER_NO', notes: 'The rationale, written at the time', ...shown },
    refusedWhere(escalating, { type: 'ANSWER_NO', ...shown }),
    refusedWhere(escalating, { type: 'ANSWER_NO', notes: ' \n ', ...shown }),
    { type: 'SELECT_PATIENT', ...shown },
    { type: 'SELECT_COLLEAGUE', ...shown },
    { type: 'RECORD_SAVED', record: validRecord, ...shown },
    refusedWhere(recording, { type: 'RECORD_SAVED', record: { ...validRecord, whatHappened: '' }, ...shown }),
    refusedWhere(recording, { type: 'RECORD_SAVED', record: { ...validRecord, discussedWith: '  ' }, ...shown }),
    { type: 'POLICE_CALLED', details: { calledAt: '10:05', reference: 'CAD 1234', notes: '' }, ...shown },
    { type: 'LEAD_INFORMED', details: { informed: 'yes', leadName: 'Sam Lead', notes: '' }, ...shown },
    { type: 'LEAD_INFORMED', details: { informed: 'not-yet', leadName: '', notes: 'Out of hours' }, ...shown },
    { type: 'EMERGENCY_RECORDED', record: { whatHappened: 'Threat made at reception', exactWords: '' }, ...shown },
    { type: 'DISCUSSED', details: { participants: 'Line manager, safeguarding lead, HR adviser', notes: '' }, ...shown },
    { type: 'LEAD_UNREACHABLE', ...shown },
    { type: 'URGENT_CONTACT_MADE', details: urgentContact, ...shown },
    refusedWhere(step === 'urgentContact', { type: 'URGENT_CONTACT_MADE', details: { ...urgentContact, contactedAt: ' ' }, ...shown }),
    refusedWhere(step === 'urgentContact', { type: 'URGENT_CONTACT_MADE', details: { ...urgentContact, contacted: [] }, ...shown }),
    { type: 'IMMEDIATE_RISK_IDENTIFIED', prompt: 'This has become an emergency', at: emergencyTimeAt(step) },
  ];
}

/**
 * The default key (value + context, so every distinct log is its own vertex), computed once per
 * snapshot: getSimplePaths re-keys each snapshot on every visit, and the logs make that slow.
 */
const keys = new WeakMap<ConcernSnapshot, string>();
function serializeState(snapshot: ConcernSnapshot): string {
  let key = keys.get(snapshot);
  if (key === undefined) {
    key = serializeSnapshot(snapshot);
    keys.set(snapshot, key);
  }
  return key;
}

const traversal: TraversalOptions<ConcernSnapshot, ConcernEvent, undefined> = {
  events: sampleEvents,
  serializeState,
  toState: (snapshot) => snapshot.status === 'done',
};

const paths = getSimplePaths(concernMachine, traversal);

/**
 * How many simple paths to an END there must be, counted from the graph itself: every route from
 * the first snapshot to a final one in the machine's adjacency map, edge by edge. The emergency
 * button on every pathway step and the several sample answers per question multiply the routes.
 */
const adjacency = getAdjacencyMap(concernMachine, traversal);
const expectedPaths = countRoutesToEnd(adjacency, initialTransition(concernMachine)[0], serializeState);

/** Replays a path's events from the start through the real machine, one snapshot per answer. */
function replay(events: readonly ConcernEvent[]): ConcernSnapshot[] {
  const [start] = initialTransition(concernMachine);
  const snapshots = [start];
  for (const event of events) {
    const [next] = transition(concernMachine, snapshots.at(-1)!, event);
    snapshots.push(next);
  }
  return snapshots;
}

describe('concern machine, model-based', () => {
  it('reaches every END', () => {
    const reached = new Set(paths.map((path) => currentStep(path.state)));
    expect(reached).toEqual(new Set(finalSteps));
  });

  it('finds exactly the simple paths counted from the graph (the same through createTestModel)', () => {
    console.log(`concern machine: ${paths.length} simple paths to a final state driven`);
    // The flowchart alone has six routes to an END, and "not yet" on informing the lead two more; the emergency button on every pathway step and
    // the several sample answers per question multiply them (expectedPaths above).
    expect(paths.length).toBeGreaterThan(6);
    expect(paths.length).toBe(expectedPaths);
    expect(createTestModel(concernMachine, traversal).getSimplePaths().length).toBe(paths.length);
    // Each path is its own route: no two answer the same questions the same way.
    expect(new Set(paths.map((path) => JSON.stringify(path.steps.map((step) => step.event)))).size).toBe(paths.length);
  });

  it('hands the referral a summary at every END, which is what a referral saved with the whole context reads back', () => {
    for (const path of paths) {
      const context = path.state.context;
      const summary = concernSummary(context);
      expect(concernSummarySchema.parse(summary)).toEqual(summary);
      expect(summary.log).toEqual(context.log);
      expect(storedConcernSchema.parse(JSON.parse(JSON.stringify(context)))).toEqual(summary);
    }
  });

  it('never passes through an answer the guards must refuse, and each refused answer leaves the step as it was', () => {
    const refusedAt = new Set<StepId>();
    for (const { state, event, nextState } of adjacencyMapToArray(adjacency)) {
      if (!refusedSamples.has(event)) continue;
      refusedAt.add(currentStep(state));
      expect(serializeSnapshot(nextState), `${currentStep(state)} must refuse ${JSON.stringify(event)}`).toBe(serializeSnapshot(state));
    }
    // The walk met the refused answers on every guarded step.
    expect(refusedAt).toEqual(
      new Set(['patientDiscussAndRecord', 'patientEscalate', 'colleagueDiscussAndRecord', 'colleagueEscalate', 'leadUnreachable', 'urgentContact']),
    );
    for (const path of paths) {
      for (const { event } of path.steps) expect(refusedSamples.has(event as ConcernEvent)).toBe(false);
    }
  });

  describe.each(finalSteps)('every simple path to %s', (finalStep) => {
    const toThisEnd = paths.filter((path) => currentStep(path.state) === finalStep);

    it('driven again answer by answer through the machine, stands on the same steps and ends done with a full log', () => {
      expect(toThisEnd.length).toBeGreaterThan(0);
      for (const path of toThisEnd) {
        // steps[0] is the initial snapshot (event xstate.init); each later step is an answer and the snapshot after it.
        const answers = path.steps.slice(1);
        const events = answers.map((step) => step.event as ConcernEvent);
        const route = events.map((event) => event.type).join(' → ');
        const snapshots = replay(events);

        expect(currentStep(snapshots[0]!), route).toBe(currentStep(path.steps[0]!.state));
        answers.forEach((step, i) => {
          expect(currentStep(snapshots[i + 1]!), `${route}: answer ${i + 1}`).toBe(currentStep(step.state));
        });

        const end = snapshots.at(-1)!;
        expect(currentStep(end), route).toBe(finalStep);
        expect(end.status, route).toBe('done');
        expect(end.context, route).toEqual(path.state.context);

        const { log } = end.context;
        expect(log, route).toHaveLength(events.length);
        log.forEach((entry, i) => {
          expect(entry.at, `${route}: log entry ${i + 1}`).toBe(events[i]!.at);
          expect(entry.question, `${route}: log entry ${i + 1}`).toBe(events[i]!.prompt);
        });
        expect(JSON.parse(JSON.stringify(end.context)), route).toEqual(end.context);
      }
    });
  });
});
