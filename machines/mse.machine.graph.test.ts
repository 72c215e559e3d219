import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { adjacencyMapToArray, createTestModel, getAdjacencyMap, getSimplePaths, serializeSnapshot, type TraversalOptions } from 'xstate/graph';
import type { ConcernRecord, Role, UrgentContact } from '../forms/pathway-answers.schema';
import {
  currentMseStep,
  mseChoices,
  mseConcernSummary,
  mseMachine,
  mseRationaleRequired,
  mseStepIds,
  type MseChoice,
  type MseEvent,
  type MseSnapshot,
  type MseStepId,
} from './mse.machine';
import { countRoutesToEnd } from './graph-path-count';
import { concernSummarySchema, storedConcernSchema } from '../forms/concern-summary.schema';

/**
 * Model-based test: xstate/graph walks the MSE machine with a fixed set of sample events (valid
 * payloads, and invalid ones the guards must refuse), and every simple path from the start to an
 * END is then replayed through the real machine with `transition`, one answer at a time.
 */

const finalSteps = [
  'endEmergency',
  'mseEndStaffOtherProcess',
  'mseEndStaffNoFurtherAction',
  'mseEndNoReferral',
  'mseEndNoLawfulBasis',
  'mseEndPoliceSpace',
  'mseEndChannelPanel',
  'mseEndNfa',
  'endLeadToBeTold',
  'endUrgentAdviceSought',
] as const satisfies readonly MseStepId[];
const roles = ['staff', 'manager', 'lead'] as const satisfies readonly Role[];

const validRecord: ConcernRecord = {
  whatHappened: 'Shared a video praising an attack, in the waiting room',
  whenNoticed: '2025-03-01',
  exactWords: '',
  opinion: '',
  indicators: [],
  vulnerabilities: [],
  discussedWith: 'Practice manager',
  reporterName: '',
  reporterRole: '',
};

const urgentContact: UrgentContact = {
  contacted: ['policeNonEmergency'],
  spokeTo: '',
  contactedAt: '23:15',
  reference: '',
  notes: 'Advised to tell the Prevent Lead in the morning',
};

/** Sample events the guards must refuse where they apply; the walk must never pass through one. */
const refusedSamples = new WeakSet<MseEvent>();
function refusedWhere(applies: boolean, event: MseEvent): MseEvent {
  if (applies) refusedSamples.add(event);
  return event;
}

/** A fixed time per step (1 March 2025, 10:00 + the step's index in minutes); the emergency button 30 s later. */
const timeAt = (step: MseStepId) => `2025-03-01T10:${String(mseStepIds.indexOf(step)).padStart(2, '0')}:00.000Z`;
const emergencyTimeAt = (step: MseStepId) => `2025-03-01T10:${String(mseStepIds.indexOf(step)).padStart(2, '0')}:30.000Z`;

const needsRationale = (type: MseChoice) => (mseRationaleRequired as readonly string[]).includes(type);
const choiceSteps = Object.entries(mseChoices) as [keyof typeof mseChoices, readonly MseChoice[]][];

/**
 * What a user can do on the step the snapshot stands on. xstate/graph keeps only the event types the
 * active state nodes handle, so each step is offered just its own answers (and, on the pathway, the
 * emergency button). A three-way answer that needs a rationale is sampled with one (accepted) and
 * without (refused); one that does not is sampled without, to show it goes through.
 */
function sampleEvents(snapshot: MseSnapshot): MseEvent[] {
  const step = currentMseStep(snapshot);
  const shown = { prompt: `${step}: the question as shown`, at: timeAt(step) };
  const recording = step === 'mseClarify' || step === 'mseStaffRecord';
  // "Can it wait until you reach the lead?": yes needs a reason.
  const waiting = step === 'leadUnreachable';
  return [
    ...roles.map((role): MseEvent => ({ type: 'BEGIN', role, ...shown })),
    refusedWhere(waiting, { type: 'ANSWER_YES', ...shown }),
    ...(waiting ? [{ type: 'ANSWER_YES', notes: 'The Prevent Lead is in at 09:00', ...shown } as const] : []),
    { type: 'LEAD_UNREACHABLE', ...shown },
    { type: 'URGENT_CONTACT_MADE', details: urgentContact, ...shown },
    refusedWhere(step === 'urgentContact', { type: 'URGENT_CONTACT_MADE', details: { ...urgentContact, contacted: [] }, ...shown }),
    { type: 'ANSWER_NO', notes: 'The advice, written at the time', ...shown },
    refusedWhere(step === 'mseLiaisePreventLead', { type: 'ANSWER_NO', ...shown }),
    { type: 'SELECT_PATIENT', ...shown },
    { type: 'SELECT_COLLEAGUE', ...shown },
    { type: 'RECORD_SAVED', record: validRecord, ...shown },
    refusedWhere(recording, { type: 'RECORD_SAVED', record: { ...validRecord, whatHappened: '' }, ...shown }),
    ...choiceSteps.flatMap(([choiceStep, types]) =>
      types.flatMap((type): MseEvent[] =>
        type === 'REFER_WITHOUT_CONSENT'
          ? [
              {
                type,
                notes: 'The rationale, written at the time',
                leadAgreement: { name: 'Pat Lead, ICB Prevent Lead', agreedAt: '05/11/2026 14:30' },
                ...shown,
              },
              refusedWhere(step === choiceStep, { type, notes: 'The rationale, written at the time', ...shown }),
            ]
          : needsRationale(type)
            ? [{ type, notes: 'The rationale, written at the time', ...shown }, refusedWhere(step === choiceStep, { type, notes: ' ', ...shown })]
            : [{ type, ...shown }],
      ),
    ),
    { type: 'PORTAL_SUBMITTED', details: { confirmed: ['portalSubmitted'], reference: 'PRV-0042', notes: '' }, ...shown },
    refusedWhere(step === 'mseSubmitPortal', { type: 'PORTAL_SUBMITTED', details: { confirmed: [], reference: '', notes: '' }, ...shown }),
    { type: 'NOTIFIED', details: { confirmed: ['preventLeadNotified', 'socialCareShared'], reference: '', notes: '' }, ...shown },
    refusedWhere(step === 'mseNotify', { type: 'NOTIFIED', details: { confirmed: ['preventLeadNotified'], reference: '', notes: '' }, ...shown }),
    { type: 'POLICE_CALLED', details: { calledAt: '10:05', reference: 'CAD 1234', notes: '' }, ...shown },
    { type: 'LEAD_INFORMED', details: { informed: 'yes', leadName: 'Sam Lead', notes: '' }, ...shown },
    { type: 'LEAD_INFORMED', details: { informed: 'not-yet', leadName: '', notes: 'Out of hours' }, ...shown },
    { type: 'EMERGENCY_RECORDED', record: { whatHappened: 'Threat made at reception', exactWords: '' }, ...shown },
    { type: 'IMMEDIATE_RISK_IDENTIFIED', prompt: 'This has become an emergency', at: emergencyTimeAt(step) },
  ];
}

/**
 * The default key (value + context, so every distinct log is its own vertex), computed once per
 * snapshot: getSimplePaths re-keys each snapshot on every visit, and the logs make that slow.
 */
const keys = new WeakMap<MseSnapshot, string>();
function serializeState(snapshot: MseSnapshot): string {
  let key = keys.get(snapshot);
  if (key === undefined) {
    key = serializeSnapshot(snapshot);
    keys.set(snapshot, key);
  }
  return key;
}

const traversal: TraversalOptions<MseSnapshot, MseEvent, undefined> = {
  events: sampleEvents,
  serializeState,
  toState: (snapshot) => snapshot.status === 'done',
};

const paths = getSimplePaths(mseMachine, traversal);

/**
 * How many simple paths to an END there must be, counted from the graph itself: every route from
 * the first snapshot to a final one in the machine's adjacency map, edge by edge. The emergency
 * button on every pathway step and the several sample answers per question multiply the routes.
 */
const adjacency = getAdjacencyMap(mseMachine, traversal);
const expectedPaths = countRoutesToEnd(adjacency, initialTransition(mseMachine)[0], serializeState);

/** Replays a path's events from the start through the real machine, one snapshot per answer. */
function replay(events: readonly MseEvent[]): MseSnapshot[] {
  const [start] = initialTransition(mseMachine);
  const snapshots = [start];
  for (const event of events) {
    const [next] = transition(mseMachine, snapshots.at(-1)!, event);
    snapshots.push(next);
  }
  return snapshots;
}

describe('MSE machine, model-based', () => {
  it('reaches every END', () => {
    const reached = new Set(paths.map((path) => currentMseStep(path.state)));
    expect(reached).toEqual(new Set(finalSteps));
  });

  it('finds exactly the simple paths counted from the graph (the same through createTestModel)', () => {
    console.log(`MSE machine: ${paths.length} simple paths to a final state driven`);
    // The flowchart alone has 19 routes to an END: 999 from the first question; 8 after clarifying
    // (no referral advised, no lawful basis, and with or without consent to each of the 3 police
    // decisions); 10 on the staff route (its 2 exits, and the same 8 after proceeding). The emergency
    // button on every pathway step and the several sample answers multiply them (expectedPaths above).
    expect(paths.length).toBeGreaterThan(19);
    expect(paths.length).toBe(expectedPaths);
    expect(createTestModel(mseMachine, traversal).getSimplePaths().length).toBe(paths.length);
    // Each path is its own route: no two answer the same questions the same way.
    expect(new Set(paths.map((path) => JSON.stringify(path.steps.map((step) => step.event)))).size).toBe(paths.length);
  });

  it('hands the referral a summary at every END, which is what a referral saved with the whole context reads back', () => {
    for (const path of paths) {
      const context = path.state.context;
      const summary = mseConcernSummary(context);
      expect(concernSummarySchema.parse(summary)).toEqual(summary);
      expect(summary.log).toEqual(context.log);
      expect(storedConcernSchema.parse(JSON.parse(JSON.stringify(context)))).toEqual(summary);
    }
  });

  it('never passes through an answer the guards must refuse, and each refused answer leaves the step as it was', () => {
    const refusedAt = new Set<MseStepId>();
    for (const { state, event, nextState } of adjacencyMapToArray(adjacency)) {
      if (!refusedSamples.has(event)) continue;
      refusedAt.add(currentMseStep(state));
      expect(serializeSnapshot(nextState), `${currentMseStep(state)} must refuse ${JSON.stringify(event)}`).toBe(serializeSnapshot(state));
    }
    // The walk met the refused answers on every guarded step.
    expect(refusedAt).toEqual(
      new Set([
        'mseClarify',
        'mseStaffRecord',
        'mseStaffRiskAssessment',
        'mseLiaisePreventLead',
        'mseConsent',
        'mseSubmitPortal',
        'mseNotify',
        'leadUnreachable',
        'urgentContact',
      ]),
    );
    for (const path of paths) {
      for (const { event } of path.steps) expect(refusedSamples.has(event as MseEvent)).toBe(false);
    }
  });

  describe.each(finalSteps)('every simple path to %s', (finalStep) => {
    const toThisEnd = paths.filter((path) => currentMseStep(path.state) === finalStep);

    it('driven again answer by answer through the machine, stands on the same steps and ends done with a full log', () => {
      expect(toThisEnd.length).toBeGreaterThan(0);
      for (const path of toThisEnd) {
        // steps[0] is the initial snapshot (event xstate.init); each later step is an answer and the snapshot after it.
        const answers = path.steps.slice(1);
        const events = answers.map((step) => step.event as MseEvent);
        const route = events.map((event) => event.type).join(' → ');
        const snapshots = replay(events);

        expect(currentMseStep(snapshots[0]!), route).toBe(currentMseStep(path.steps[0]!.state));
        answers.forEach((step, i) => {
          expect(currentMseStep(snapshots[i + 1]!), `${route}: answer ${i + 1}`).toBe(currentMseStep(step.state));
        });

        const end = snapshots.at(-1)!;
        expect(currentMseStep(end), route).toBe(finalStep);
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
