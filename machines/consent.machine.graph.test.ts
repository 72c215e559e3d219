import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { adjacencyMapToArray, createTestModel, getAdjacencyMap, getSimplePaths, serializeSnapshot, type TraversalOptions } from 'xstate/graph';
import { conditionsFor, j3Answer, missingForExport, parseConsentRecord, scheduleOneConditionIds, type ConsentRecord } from '../forms/consent-record.schema';
import {
  consentMachine,
  consentStepIds,
  currentConsentStep,
  detailsDefaults,
  type ConsentEvent,
  type ConsentMachineInput,
  type ConsentSnapshot,
  type ConsentStepId,
} from './consent.machine';

/**
 * Model-based test: xstate/graph walks the consent machine with a fixed set of sample answers per
 * step (valid ones, and incomplete ones the guards must refuse), once for each kind of input age,
 * and every simple path from the records search to an end is replayed through the real machine
 * with `transition`, one answer at a time.
 */

const ends = ['endShare', 'endDoNotShare'] as const satisfies readonly ConsentStepId[];

/** Sample answers the guards must refuse; the walk must never pass through one. */
const refusedSamples = new WeakSet<ConsentEvent>();
const refused = (event: ConsentEvent): ConsentEvent => {
  refusedSamples.add(event);
  return event;
};

/** A fixed time per step (1 March 2025, 10:00 + the step's index in minutes). */
const timeAt = (step: ConsentStepId) => `2025-03-01T10:${String(consentStepIds.indexOf(step)).padStart(2, '0')}:00.000Z`;

/** What the lead can answer on the step the snapshot stands on: one sample per distinct answer, and the refused ones. */
function sampleEvents(snapshot: ConsentSnapshot): ConsentEvent[] {
  const step = currentConsentStep(snapshot);
  const shown = { prompt: `${step}: the question as shown`, at: timeAt(step) };
  const yes = (notes?: string): ConsentEvent => ({ type: 'ANSWER_YES', ...(notes === undefined ? {} : { notes }), ...shown });
  const no = (notes?: string): ConsentEvent => ({ type: 'ANSWER_NO', ...(notes === undefined ? {} : { notes }), ...shown });
  switch (step) {
    case 'recordsSearch':
      return [
        { type: 'RECORDS_SEARCHED', search: { knownToService: 'yes', searchMade: 'GP record: seen twice this year' }, ...shown },
        refused({ type: 'RECORDS_SEARCHED', search: { knownToService: 'no', searchMade: ' ' }, ...shown }),
      ];
    case 'terrorismPlanning':
      return [yes('The concern or evidence'), no(), refused(yes()), refused(yes('  '))];
    case 'urgentTriage':
    case 'refusalRisk':
      return [yes('Reasons given'), no('Reasons given')];
    case 'significantHarm':
      return [
        { type: 'SIGNIFICANT_HARM', harm: { harm: 'Significant harm to the child', socialCareReferral: 'made', socialCareNotes: 'Referred today' }, ...shown },
        refused({ type: 'SIGNIFICANT_HARM', harm: { harm: 'Significant harm to the child', socialCareReferral: 'not-needed', socialCareNotes: '' }, ...shown }),
        no('No risk of significant harm'),
        refused(no()),
      ];
    case 'refusalCoercion':
      return [yes('Someone answers for them'), no(), refused(yes())];
    case 'careAndSupport':
      return [yes(), no()];
    case 'lawfulBasis': {
      // One basis that fits the route (the first offered), and one that never fits it.
      const fits = conditionsFor(snapshot.context.draft);
      const misfit = scheduleOneConditionIds.find((condition) => !fits.includes(condition));
      const basis = (article9Condition: (typeof scheduleOneConditionIds)[number]): ConsentEvent => ({
        type: 'BASIS_CHOSEN',
        basis: { article9Condition, offenceData: 'no', article10Condition: null, appropriatePolicyDocument: 'yes' },
        ...shown,
      });
      return [
        basis(fits[0]!),
        refused(
          misfit
            ? basis(misfit)
            : {
                type: 'BASIS_CHOSEN',
                basis: { article9Condition: fits[0]!, offenceData: 'yes', article10Condition: null, appropriatePolicyDocument: 'yes' },
                ...shown,
              },
        ),
      ];
    }
    case 'terrorismShare':
      return [
        { type: 'POLICE_CONTACTED', contact: { contactedAt: '01/03/2025 10:05', contacted: '999, CAD 1234', whatShared: 'Name and address' }, ...shown },
        refused({ type: 'POLICE_CONTACTED', contact: { contactedAt: '', contacted: '999', whatShared: 'Name' }, ...shown }),
      ];
    case 'urgentTriageShare':
      return [
        { type: 'PRE_CONSENT_SHARED', sharing: { sharedWith: 'SO15 contact', whatShared: 'Name', whyUrgent: 'To decide today' }, ...shown },
        refused({ type: 'PRE_CONSENT_SHARED', sharing: { sharedWith: 'SO15 contact', whatShared: 'Name', whyUrgent: '' }, ...shown }),
      ];
    case 'urgentTriageNext':
    case 'seekConsent':
      return [yes(), no('Why'), refused(no()), refused(no('  '))];
    case 'ageQuestion':
      return (['under-16', '16-17', '18-or-over'] as const).map((ageBand): ConsentEvent => ({ type: 'AGE_GIVEN', ageBand, ...shown }));
    case 'familyImplicated':
      return [
        { type: 'FAMILY_IMPLICATED', family: { whyParentNotAsked: 'Adult at home implicated', whoDecided: 'Sam Lead' }, ...shown },
        refused({ type: 'FAMILY_IMPLICATED', family: { whyParentNotAsked: '', whoDecided: 'Sam Lead' }, ...shown }),
        no(),
      ];
    case 'gillickCompetent':
    case 'personInformed':
      return [yes('Reasoning'), no('Reasoning'), refused(yes()), refused(no(''))];
    case 'capacityDoubt':
      return [yes('Grounds'), no(), refused(yes())];
    case 'capacityAssessment': {
      const assessment = { assessor: 'Alex Nurse', assessedOn: '2025-02-27', support: 'Easy read', reasoning: 'Reasoning' };
      return [
        { type: 'CAPACITY_ASSESSED', assessment: { ...assessment, outcome: 'has-capacity' }, ...shown },
        { type: 'CAPACITY_ASSESSED', assessment: { ...assessment, outcome: 'lacks-capacity' }, ...shown },
        refused({ type: 'CAPACITY_ASSESSED', assessment: { ...assessment, assessedOn: '', outcome: 'lacks-capacity' }, ...shown }),
      ];
    }
    case 'bestInterests':
      return [
        { type: 'BEST_INTERESTS_DECIDED', decision: { inBestInterests: 'yes', reasoning: 'Protects them', consulted: 'Sister' }, ...shown },
        { type: 'BEST_INTERESTS_DECIDED', decision: { inBestInterests: 'no', reasoning: 'Would harm them', consulted: 'Sister' }, ...shown },
        refused({ type: 'BEST_INTERESTS_DECIDED', decision: { inBestInterests: 'yes', reasoning: 'Protects them', consulted: '' }, ...shown }),
      ];
    case 'consentGiven':
      return [
        {
          type: 'CONSENT_GIVEN',
          consent: { whoConsented: 'The person asked', consentedTo: 'The referral', consentDate: '2025-02-28', howInformed: 'Face to face' },
          ...shown,
        },
        refused({
          type: 'CONSENT_GIVEN',
          consent: { whoConsented: 'The person asked', consentedTo: 'The referral', consentDate: '28/02/2025', howInformed: 'Face to face' },
          ...shown,
        }),
        { type: 'CONSENT_REFUSED', refusal: { refusedBy: 'The person asked', reasons: 'Not your business' }, ...shown },
        refused({ type: 'CONSENT_REFUSED', refusal: { refusedBy: 'The person asked', reasons: '' }, ...shown }),
      ];
    case 'publicInterest':
      return [
        {
          type: 'PUBLIC_INTEREST_DECIDED',
          decision: { justified: 'yes', harmWeighed: 'Harm', whyOutweighs: 'Outweighs', necessaryAndProportionate: 'Only the concern' },
          ...shown,
        },
        {
          type: 'PUBLIC_INTEREST_DECIDED',
          decision: { justified: 'no', harmWeighed: '', whyOutweighs: 'No risk to others', necessaryAndProportionate: '' },
          ...shown,
        },
        refused({
          type: 'PUBLIC_INTEREST_DECIDED',
          decision: { justified: 'yes', harmWeighed: '', whyOutweighs: 'Outweighs', necessaryAndProportionate: '' },
          ...shown,
        }),
      ];
    case 'doNotShare':
      return [
        { type: 'NOT_SHARING_CONFIRMED', otherSupport: 'GP follow-up', ...shown },
        refused({ type: 'NOT_SHARING_CONFIRMED', otherSupport: '', ...shown }),
      ];
    case 'caldicottConsulted':
      return [
        { type: 'IG_CONSULTED', consultation: { consulted: 'yes', name: 'Dr Jo Guardian', advice: 'Agreed' }, ...shown },
        { type: 'IG_CONSULTED', consultation: { consulted: 'no', name: '', advice: '' }, ...shown },
        refused({ type: 'IG_CONSULTED', consultation: { consulted: 'yes', name: '', advice: '' }, ...shown }),
      ];
    case 'details': {
      // The page's defaults (the rationale in model wording, the table's basis) with the lead's entries.
      const defaults = detailsDefaults(snapshot.context);
      const details = {
        ...defaults,
        capacityOrCompetenceNotes: defaults.capacityOrCompetenceNotes || 'No grounds to doubt capacity',
        justification: defaults.justification || 'Why this decision',
        minimumData: 'The concern and contact details only',
        recipients: 'LA Prevent Lead',
        decisionMaker: { name: 'Sam Lead', role: 'Safeguarding Locality Lead' },
        decidedAt: '2025-03-01T11:00:00.000Z',
        ...('parentsTold' in defaults ? { parentsTold: 'Parents told; they support the referral' } : {}),
      };
      return [
        { type: 'DETAILS_RECORDED', details, ...shown },
        refused({ type: 'DETAILS_RECORDED', details: { ...details, rationale: ' ' }, ...shown }),
        refused({ type: 'DETAILS_RECORDED', details: { ...details, decisionMaker: { name: '', role: 'Lead' } }, ...shown }),
      ];
    }
    case 'endShare':
    case 'endDoNotShare':
      return [];
  }
}

/**
 * The default key (value + context, so every distinct log is its own vertex), computed once per
 * snapshot: getSimplePaths re-keys each snapshot on every visit, and the logs make that slow.
 */
const keys = new WeakMap<ConsentSnapshot, string>();
function serializeState(snapshot: ConsentSnapshot): string {
  let key = keys.get(snapshot);
  if (key === undefined) {
    key = serializeSnapshot(snapshot);
    keys.set(snapshot, key);
  }
  return key;
}

const traversal = (input: ConsentMachineInput): TraversalOptions<ConsentSnapshot, ConsentEvent, ConsentMachineInput> => ({
  input,
  events: sampleEvents,
  serializeState,
  toState: (snapshot) => snapshot.status === 'done',
});

const inputs = [
  { name: 'age unknown', input: { age: null, subject: 'patient' } },
  { name: 'aged 12', input: { age: 12, subject: 'patient' } },
  { name: 'aged 17', input: { age: 17, subject: 'service user' } },
  { name: 'aged 40', input: { age: 40, subject: 'colleague' } },
] satisfies { name: string; input: ConsentMachineInput }[];

const walks = inputs.map((walk) => ({ ...walk, paths: getSimplePaths(consentMachine, traversal(walk.input)) }));
const allPaths = walks.flatMap((walk) => walk.paths.map((path) => ({ input: walk.input, path })));

/** Replays a path's events from the start through the real machine, one snapshot per answer. */
function replay(input: ConsentMachineInput, events: readonly ConsentEvent[]): ConsentSnapshot[] {
  const [start] = initialTransition(consentMachine, input);
  const snapshots = [start];
  for (const event of events) snapshots.push(transition(consentMachine, snapshots.at(-1)!, event)[0]);
  return snapshots;
}

describe('consent machine, model-based', () => {
  it('finds the simple paths from the graph (the same through createTestModel), each ending at an end, for each kind of input age', () => {
    console.log(`consent machine: ${allPaths.length} simple paths to a final state driven (${walks.map((w) => `${w.name}: ${w.paths.length}`).join(', ')})`);
    for (const walk of walks) {
      expect(walk.paths.length, walk.name).toBeGreaterThan(0);
      expect(createTestModel(consentMachine, traversal(walk.input)).getSimplePaths().length, walk.name).toBe(walk.paths.length);
    }
  });

  it('reaches both ends, stands on every step, and ends on every row of the decision table', () => {
    expect(new Set(allPaths.map(({ path }) => currentConsentStep(path.state)))).toEqual(new Set(ends));
    const visited = new Set(allPaths.flatMap(({ path }) => path.steps.map((step) => currentConsentStep(step.state))));
    expect([...visited].sort()).toEqual([...consentStepIds].sort());
    const records = allPaths.map(({ path }) => path.state.output as ConsentRecord);
    expect(new Set(records.map((record) => record.row))).toEqual(new Set([1, 2, 3, 5, 6, 7, 8, 9]));
    expect(records.some((record) => record.rowsFollowed.includes(4))).toBe(true);
    expect(new Set(records.map((record) => record.outcome))).toEqual(
      new Set(['BASIS_CONSENT', 'BASIS_BEST_INTERESTS', 'BASIS_PUBLIC_INTEREST', 'BASIS_SERIOUS_CRIME', 'BASIS_URGENT_TRIAGE', 'NO_LAWFUL_BASIS']),
    );
  });

  it('never passes through an answer the guards must refuse, and each refused answer leaves the step as it was', () => {
    const refusedAt = new Set<ConsentStepId>();
    for (const { input } of walks) {
      for (const { state, event, nextState } of adjacencyMapToArray(getAdjacencyMap(consentMachine, traversal(input)))) {
        if (!refusedSamples.has(event)) continue;
        refusedAt.add(currentConsentStep(state));
        expect(serializeSnapshot(nextState), `${currentConsentStep(state)} must refuse ${JSON.stringify(event)}`).toBe(serializeSnapshot(state));
      }
    }
    expect([...refusedAt].sort()).toEqual(
      (
        [
          'terrorismPlanning',
          'significantHarm',
          'refusalCoercion',
          'lawfulBasis',
          'recordsSearch',
          'terrorismShare',
          'urgentTriageShare',
          'urgentTriageNext',
          'familyImplicated',
          'gillickCompetent',
          'capacityDoubt',
          'capacityAssessment',
          'bestInterests',
          'seekConsent',
          'consentGiven',
          'publicInterest',
          'personInformed',
          'doNotShare',
          'caldicottConsulted',
          'details',
        ] as const
      ).toSorted(),
    );
    for (const { path } of allPaths) for (const { event } of path.steps) expect(refusedSamples.has(event as ConsentEvent)).toBe(false);
  });

  describe.each(ends)('every simple path to %s', (end) => {
    const toThisEnd = allPaths.filter(({ path }) => currentConsentStep(path.state) === end);

    it('driven again answer by answer, stands on the same steps, logs every answer and ends with a complete record', () => {
      expect(toThisEnd.length).toBeGreaterThan(0);
      for (const { input, path } of toThisEnd) {
        const answers = path.steps.slice(1);
        const events = answers.map((step) => step.event as ConsentEvent);
        const route = `${JSON.stringify(input)} ${events.map((event) => event.type).join(' → ')}`;
        const snapshots = replay(input, events);

        answers.forEach((step, i) => expect(currentConsentStep(snapshots[i + 1]!), `${route}: answer ${i + 1}`).toBe(currentConsentStep(step.state)));
        const last = snapshots.at(-1)!;
        expect(currentConsentStep(last), route).toBe(end);
        expect(last.status, route).toBe('done');
        expect(last.context, route).toEqual(path.state.context);

        const { log } = last.context;
        expect(log, route).toHaveLength(events.length);
        log.forEach((entry, i) => {
          expect(entry.at, route).toBe(events[i]!.at);
          expect(entry.question, route).toBe(events[i]!.prompt);
        });

        const record = last.output as ConsentRecord;
        expect(parseConsentRecord(record).success, route).toBe(true);
        expect(missingForExport(record), route).toEqual([]);
        expect(record.outcome === 'NO_LAWFUL_BASIS', route).toBe(end === 'endDoNotShare');
        if (record.row === 8) expect(j3Answer(record), route).toBe('no');
        if (record.consentStatus === 'obtained') expect(j3Answer(record), route).toBe('yes');
        expect(JSON.parse(JSON.stringify(last.context)), route).toEqual(last.context);
      }
    });
  });
});
