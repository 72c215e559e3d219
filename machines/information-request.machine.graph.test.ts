import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { adjacencyMapToArray, createTestModel, getAdjacencyMap, getSimplePaths, serializeSnapshot, type TraversalOptions } from 'xstate/graph';
import { parseRequestRecord } from '../forms/information-request.schema';
import { answer } from '../tests/fixtures/information-request-events';
import { countRoutesToEnd } from './graph-path-count';
import { currentRequestStep, requestEnds, requestMachine, requestStepIds, type RequestEvent, type RequestSnapshot } from './information-request.machine';

/**
 * Model-based test: xstate/graph walks the request machine with sample answers per step (valid ones
 * and ones the guards must refuse); every simple path from the urgent question to an end is replayed
 * through the real machine with `transition`, one answer at a time. The count comes from the graph.
 */

const refusedSamples = new WeakSet<RequestEvent>();
const refused = (event: RequestEvent): RequestEvent => {
  refusedSamples.add(event);
  return event;
};

/** The item-by-item answer for whatever items the path requested: all but the last released. */
function itemsDecidedFor(items: readonly string[]): RequestEvent {
  const base = answer('itemsDecided') as Extract<RequestEvent, { type: 'ITEMS_DECIDED' }>;
  return {
    ...base,
    partial: {
      items: items.map((item, index) => (index < items.length - 1 ? { item, release: 'yes', reason: '' } : { item, release: 'no', reason: 'Not necessary' })),
    },
  };
}

function sampleEvents(snapshot: RequestSnapshot): RequestEvent[] {
  const step = currentRequestStep(snapshot);
  switch (step) {
    case 'urgent':
      return [answer('urgentYes'), answer('urgentNo')];
    case 'urgentCall':
      return [answer('callMade')];
    case 'urgentRecord':
      return [
        answer('urgentRecorded'),
        refused({ ...answer('urgentRecorded'), call: { called: '', calledAt: '', whatShared: '', requester: '' } } as RequestEvent),
      ];
    case 'requester':
      return [
        answer('requester'),
        answer('requesterPolice'),
        refused({ ...answer('requester'), requester: { kind: 'police', organisation: ' ', contact: '', theirReference: '' } } as RequestEvent),
      ];
    case 'purpose':
      return [answer('purposeCase'), answer('purposeChannel'), answer('purposeCrime')];
    case 'format':
      return [answer('formatMet'), answer('formatNoProforma')];
    case 'powers':
      return [answer('powersCited'), answer('powersNone')];
    case 'reason':
      return [
        answer('reasonGiven'),
        answer('reasonNotGiven'),
        refused({ ...answer('reasonGiven'), reason: { given: 'yes', formOfWords: '' } } as RequestEvent),
      ];
    case 'items':
      return [answer('items'), answer('oneItem'), refused({ ...answer('items'), items: [] } as RequestEvent)];
    case 'competentAuthority':
      return [answer('competentYes'), answer('competentUnsure')];
    case 'checklist':
      return [answer('checklist')];
    case 'consult':
      return [
        answer('consulted'),
        answer('notConsulted'),
        refused({ ...answer('consulted'), consultation: { consulted: 'yes', who: '', when: '', advice: '' } } as RequestEvent),
      ];
    case 'decision':
      // All four are offered to the graph; the guards refuse those the record leaves closed.
      return [answer('release'), answer('partial'), answer('askMore'), answer('decline')];
    case 'partial':
      return [itemsDecidedFor(snapshot.context.draft.items ?? []), refused({ ...answer('itemsDecided'), partial: { items: [] } } as RequestEvent)];
    case 'askMore':
      return [answer('missing'), refused({ ...answer('missing'), askMore: { missing: [], notes: '' } } as RequestEvent)];
    case 'decline':
      return [answer('declineReasons'), refused({ ...answer('declineReasons'), reasons: ' ' } as RequestEvent)];
    case 'signOff':
      return [answer('signOff'), refused({ ...answer('signOff'), signOff: { decisionMaker: '', role: '', decidedAt: '', rationale: '' } } as RequestEvent)];
    case 'endUrgent':
    case 'endRelease':
    case 'endPartial':
    case 'endAskMore':
    case 'endDecline':
      return [];
  }
}

const keys = new WeakMap<RequestSnapshot, string>();
function serializeState(snapshot: RequestSnapshot): string {
  let key = keys.get(snapshot);
  if (key === undefined) {
    key = serializeSnapshot(snapshot);
    keys.set(snapshot, key);
  }
  return key;
}

const traversal: TraversalOptions<RequestSnapshot, RequestEvent, undefined> = {
  events: sampleEvents,
  serializeState,
  toState: (snapshot) => snapshot.status === 'done',
};
const paths = getSimplePaths(requestMachine, traversal);

describe('information request machine, model-based', () => {
  it('drives every simple path from the graph (the same count through createTestModel and edge by edge)', () => {
    console.log(`information request machine: ${paths.length} simple paths to a final state driven`);
    expect(paths.length).toBeGreaterThan(0);
    expect(createTestModel(requestMachine, traversal).getSimplePaths().length).toBe(paths.length);
    const [start] = initialTransition(requestMachine);
    expect(countRoutesToEnd(getAdjacencyMap(requestMachine, traversal), start, serializeState)).toBe(paths.length);
  });

  it('reaches every end and stands on every step', () => {
    expect(new Set(paths.map((path) => currentRequestStep(path.state)))).toEqual(new Set(requestEnds));
    const visited = new Set(paths.flatMap((path) => [...path.steps.map((s) => currentRequestStep(s.state)), currentRequestStep(path.state)]));
    expect([...visited].sort()).toEqual([...requestStepIds].sort());
  });

  it('replays every path through the real machine: each answer moves on, and each end is a record that parses', () => {
    for (const path of paths) {
      let [snapshot] = initialTransition(requestMachine);
      for (const { event } of path.steps.slice(1)) {
        const before = serializeSnapshot(snapshot);
        [snapshot] = transition(requestMachine, snapshot, event);
        expect(refusedSamples.has(event)).toBe(false);
        expect(serializeSnapshot(snapshot)).not.toBe(before);
      }
      expect(snapshot.status).toBe('done');
      expect(currentRequestStep(snapshot)).toBe(currentRequestStep(path.state));
      expect(parseRequestRecord(snapshot.context.draft).success, JSON.stringify(snapshot.context.draft)).toBe(true);
      expect(snapshot.context.log.length).toBe(path.steps.length - 1);
    }
  });

  it('no release reaches an end while a condition of App 4a §5 is missing', () => {
    for (const path of paths.filter((p) => ['endRelease', 'endPartial'].includes(currentRequestStep(p.state)))) {
      const { draft } = path.state.context;
      expect(draft.format).toEqual({ inWriting: 'yes', proforma: 'yes', secureEmail: 'yes' });
      expect(draft.reason?.given).toBe('yes');
      expect(draft.competentAuthority?.answer ?? 'yes').toBe('yes');
    }
  });

  it('every refused sample leaves the snapshot as it was', () => {
    for (const { state, event, nextState } of adjacencyMapToArray(getAdjacencyMap(requestMachine, traversal))) {
      if (refusedSamples.has(event)) expect(serializeSnapshot(nextState)).toBe(serializeSnapshot(state));
    }
  });
});
