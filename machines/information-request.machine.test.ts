import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { decisionsOpen, missingFromRequest, parseRequestRecord, powersCover } from '../forms/information-request.schema';
import { answer } from '../tests/fixtures/information-request-events';
import {
  currentRequestStep,
  requestGuards,
  requestMachine,
  requestStepIds,
  requestStepMeta,
  type RequestEvent,
  type RequestSnapshot,
  type RequestStepId,
} from './information-request.machine';

/** Walks the machine with the real `transition`, one answer at a time. */
function walk(...events: RequestEvent[]): RequestSnapshot {
  let [snapshot] = initialTransition(requestMachine);
  for (const event of events) [snapshot] = transition(requestMachine, snapshot, event);
  return snapshot;
}
const step = (snapshot: RequestSnapshot) => currentRequestStep(snapshot);

const toChecklist = [
  answer('urgentNo'),
  answer('requester'),
  answer('purposeCase'),
  answer('formatMet'),
  answer('powersCited'),
  answer('reasonGiven'),
  answer('items'),
];
const toDecision = [...toChecklist, answer('checklist'), answer('consulted')];

describe('information request: every transition, read like the flowchart', () => {
  it('starts on the urgent question', () => expect(step(walk())).toBe('urgent'));
  it('urgent, risk to life: yes → call 999 or the requester’s urgent line first', () => expect(step(walk(answer('urgentYes')))).toBe('urgentCall'));
  it('urgent call made → record afterwards', () => expect(step(walk(answer('urgentYes'), answer('callMade')))).toBe('urgentRecord'));
  it('urgent call recorded → end (urgent)', () => {
    const done = walk(answer('urgentYes'), answer('callMade'), answer('urgentRecorded'));
    expect(step(done)).toBe('endUrgent');
    expect(done.status).toBe('done');
    expect(parseRequestRecord(done.context.draft).success).toBe(true);
  });
  it('urgent record with nothing said of what was shared is refused', () => {
    const blank = { ...answer('urgentRecorded'), call: { called: '999', calledAt: 'now', whatShared: ' ', requester: '' } } as RequestEvent;
    expect(step(walk(answer('urgentYes'), answer('callMade'), blank))).toBe('urgentRecord');
  });
  it('urgent: no → who is asking', () => expect(step(walk(answer('urgentNo')))).toBe('requester'));
  it('who is asking → purpose', () => expect(step(walk(answer('urgentNo'), answer('requester')))).toBe('purpose'));
  it('a requester with no organisation is refused', () => {
    const blank = { ...answer('requester'), requester: { kind: 'police', organisation: '', contact: 'x', theirReference: '' } } as RequestEvent;
    expect(step(walk(answer('urgentNo'), blank))).toBe('requester');
  });
  it('purpose → in writing, proforma, secure email', () => expect(step(walk(answer('urgentNo'), answer('requester'), answer('purposeCase')))).toBe('format'));
  it('format → powers cited', () => expect(step(walk(...toChecklist.slice(0, 4)))).toBe('powers'));
  it('powers → form of words', () => expect(step(walk(...toChecklist.slice(0, 5)))).toBe('reason'));
  it('form of words → items', () => expect(step(walk(...toChecklist.slice(0, 6)))).toBe('items'));
  it('"yes, a reason was given" with no words is refused', () => {
    const blank = { ...answer('reasonGiven'), reason: { given: 'yes', formOfWords: '' } } as RequestEvent;
    expect(step(walk(...toChecklist.slice(0, 5), blank))).toBe('reason');
  });
  it('items, not a crime purpose → the ¶70 questions', () => expect(step(walk(...toChecklist))).toBe('checklist'));
  it('no items is refused', () => expect(step(walk(...toChecklist.slice(0, 6), { ...answer('items'), items: [] } as RequestEvent))).toBe('items'));
  it('items, crime purpose, requester not the police → competent authority', () =>
    expect(
      step(
        walk(
          answer('urgentNo'),
          answer('requester'),
          answer('purposeCrime'),
          answer('formatMet'),
          answer('powersCited'),
          answer('reasonGiven'),
          answer('items'),
        ),
      ),
    ).toBe('competentAuthority'));
  it('items, crime purpose, the police asking → the ¶70 questions (the police are a competent authority)', () =>
    expect(
      step(
        walk(
          answer('urgentNo'),
          answer('requesterPolice'),
          answer('purposeCrime'),
          answer('formatMet'),
          answer('powersCited'),
          answer('reasonGiven'),
          answer('items'),
        ),
      ),
    ).toBe('checklist'));
  it('competent authority → the ¶70 questions', () =>
    expect(
      step(
        walk(
          answer('urgentNo'),
          answer('requester'),
          answer('purposeCrime'),
          answer('formatMet'),
          answer('powersCited'),
          answer('reasonGiven'),
          answer('items'),
          answer('competentUnsure'),
        ),
      ),
    ).toBe('checklist'));
  it('¶70 questions → consultation', () => expect(step(walk(...toChecklist, answer('checklist')))).toBe('consult'));
  it('consultation → decision', () => expect(step(walk(...toDecision))).toBe('decision'));
  it('consulted with nobody named is refused (nothing claimed the record does not show)', () => {
    const blank = { ...answer('consulted'), consultation: { consulted: 'yes', who: '', when: 'today', advice: 'fine' } } as RequestEvent;
    expect(step(walk(...toChecklist, answer('checklist'), blank))).toBe('consult');
  });
  it('decision: release → sign off → end (released)', () => {
    expect(step(walk(...toDecision, answer('release')))).toBe('signOff');
    expect(step(walk(...toDecision, answer('release'), answer('signOff')))).toBe('endRelease');
  });
  it('decision: release in part → item by item → sign off → end (in part)', () => {
    expect(step(walk(...toDecision, answer('partial')))).toBe('partial');
    expect(step(walk(...toDecision, answer('partial'), answer('itemsDecided')))).toBe('signOff');
    const done = walk(...toDecision, answer('partial'), answer('itemsDecided'), answer('signOff'));
    expect(step(done)).toBe('endPartial');
    expect(done.context.draft.itemDecisions?.find((item) => item.release === 'no')?.reason).toMatch(/Not necessary/);
  });
  it('release in part with a withheld item and no reason is refused', () => {
    const noReason = answer('itemsDecided') as Extract<RequestEvent, { type: 'ITEMS_DECIDED' }>;
    noReason.partial.items[2] = { item: 'Mental health diagnoses', release: 'no', reason: '' } as never;
    expect(step(walk(...toDecision, answer('partial'), noReason))).toBe('partial');
  });
  it('release in part must answer for exactly the items requested', () => {
    const other = answer('itemsDecided') as Extract<RequestEvent, { type: 'ITEMS_DECIDED' }>;
    other.partial.items[0] = { item: 'Something else', release: 'yes', reason: '' };
    expect(step(walk(...toDecision, answer('partial'), other))).toBe('partial');
  });
  it('decision: ask for more → what is missing → sign off → end (asked)', () => {
    expect(step(walk(...toDecision, answer('askMore')))).toBe('askMore');
    expect(step(walk(...toDecision, answer('askMore'), answer('missing'), answer('signOff')))).toBe('endAskMore');
  });
  it('decision: decline → reasons → sign off → end (declined)', () => {
    expect(step(walk(...toDecision, answer('decline')))).toBe('decline');
    expect(step(walk(...toDecision, answer('decline'), answer('declineReasons'), answer('signOff')))).toBe('endDecline');
  });
  it('a request missing its proforma cannot be released: only ask for more or decline are open', () => {
    const missing = [
      answer('urgentNo'),
      answer('requester'),
      answer('purposeCase'),
      answer('formatNoProforma'),
      answer('powersCited'),
      answer('reasonGiven'),
      answer('items'),
      answer('checklist'),
      answer('consulted'),
    ];
    const at = walk(...missing);
    expect(decisionsOpen(at.context.draft)).toEqual(['ask-more', 'decline']);
    expect(step(walk(...missing, answer('release')))).toBe('decision');
    expect(step(walk(...missing, answer('askMore')))).toBe('askMore');
  });
  it('one item requested: release in part is not open', () => {
    const one = [...toChecklist.slice(0, 6), answer('oneItem'), answer('checklist'), answer('consulted')];
    expect(decisionsOpen(walk(...one).context.draft)).not.toContain('partial');
    expect(step(walk(...one, answer('partial')))).toBe('decision');
  });
  it('every finished record parses and its log has one entry per answer, each with its source', () => {
    const events = [...toDecision, answer('partial'), answer('itemsDecided'), answer('signOff')];
    const done = walk(...events);
    expect(parseRequestRecord(done.context.draft).success).toBe(true);
    expect(done.context.log).toHaveLength(events.length);
    for (const entry of done.context.log) expect(entry.source).toBe(requestStepMeta[entry.step].source);
    expect(JSON.parse(JSON.stringify(done.context.log))).toEqual(done.context.log);
  });
  it('every step id is a state, and every state names its box and source', () => {
    expect(Object.keys(requestMachine.config.states ?? {}).sort()).toEqual([...requestStepIds].sort());
    for (const id of requestStepIds) {
      const state = requestMachine.config.states?.[id];
      expect(state?.description).toBe(requestStepMeta[id as RequestStepId].box);
      expect(requestStepMeta[id].source).toMatch(/^(004|003|domain-spec)/);
    }
  });
});

describe('information request: guards and rules on their own', () => {
  const none = { context: { draft: {}, log: [] } };
  it('needsCompetentAuthority: crime purpose and a requester other than the police', () => {
    expect(
      requestGuards.needsCompetentAuthority({
        ...none,
        context: {
          draft: { purpose: 'counter-terrorism-investigation', requester: { kind: 'local-authority', organisation: 'x', contact: 'y', theirReference: '' } },
          log: [],
        },
        event: answer('items'),
      }),
    ).toBe(true);
    expect(
      requestGuards.needsCompetentAuthority({
        ...none,
        context: {
          draft: { purpose: 'counter-terrorism-investigation', requester: { kind: 'police', organisation: 'x', contact: 'y', theirReference: '' } },
          log: [],
        },
        event: answer('items'),
      }),
    ).toBe(false);
    expect(requestGuards.needsCompetentAuthority({ ...none, context: { draft: { purpose: 'channel-panel' }, log: [] }, event: answer('items') })).toBe(false);
  });
  it('powersCover: Channel needs the duty to co-operate (or s115); other purposes s115 or para 2', () => {
    expect(powersCover(['ctsa-s38'], 'channel-panel')).toBe(true);
    expect(powersCover(['sch2para2'], 'channel-panel')).toBe(false);
    expect(powersCover(['sch2para2'], 'prevent-case-management')).toBe(true);
    expect(powersCover([], 'counter-terrorism-investigation')).toBe(false);
  });
  it('missingFromRequest names each condition not met', () => {
    expect(
      missingFromRequest({
        purpose: 'counter-terrorism-investigation',
        requester: { kind: 'other', organisation: 'x', contact: 'y', theirReference: '' },
        format: { inWriting: 'no', proforma: 'no', secureEmail: 'no' },
        powers: { cited: [], notes: '' },
        reason: { given: 'no', formOfWords: '' },
        competentAuthority: { answer: 'unsure', notes: '' },
      }),
    ).toEqual(['inWriting', 'proforma', 'secureEmail', 'powers', 'reason', 'competentAuthority']);
  });
  it('decisionOpen refuses a release the record does not allow', () => {
    expect(
      requestGuards.decisionOpen({
        context: { draft: { format: { inWriting: 'no', proforma: 'yes', secureEmail: 'yes' } }, log: [] },
        event: answer('release'),
      }),
    ).toBe(false);
    expect(
      requestGuards.decisionOpen({
        context: { draft: { format: { inWriting: 'no', proforma: 'yes', secureEmail: 'yes' } }, log: [] },
        event: answer('decline'),
      }),
    ).toBe(true);
  });
});
