import { describe, expect, it } from 'vitest';
import type { DecisionRow } from '../forms/consent-record.schema';
import { createActor, type AnyMachineSnapshot } from 'xstate';
import type { PathwayModel } from '../forms/organisation-profile.schema';
import { currentStep, type StepId } from './concern.machine';
import { currentMseStep, mseMachine, referrerPartEnded, type MseEvent, type MseStepId } from './mse.machine';
import { currentConsentStep, type ConsentStepId } from './consent.machine';
import { s11RequestStage, scenarioData, scenarios } from './scenarios.data';
import { currentRequestStep } from './information-request.machine';
import { chartNextMoves, concernCharts, requestNextMoves, startRequest } from './scenarios.moves';
import { mseStart, requestStageSchema } from './scenarios.schema';
import {
  basisReached,
  dataProtectionReached,
  debriefRows,
  endVerdict,
  expectedEnd,
  followChartMoves,
  followConcernMoves,
  followConsentMoves,
  followRequestMoves,
  judgeAnswer,
  judgeDataProtection,
  judgeMove,
  score,
  type MachineStage,
} from './scenarios.judge';
import { scenarioListSchema, scenarioSchema, type BasisCode, type ConsentStage, type ExpectedDataProtection, type Scenario } from './scenarios.schema';

// Every answer carries a fixed question and time, so the runs are repeatable.
const answered = (step: string) => ({ prompt: `Training question at ${step}`, at: '2026-03-02T10:00:00.000Z' });

/** Every string a scenario shows a room or a trainer, leaving out the source fields (cited through citeSource) and internal ids. */
function shownText(scenario: Scenario): string[] {
  const hidden = new Set([
    'source',
    'sources',
    'ref',
    'concernSource',
    'modelRef',
    'id',
    'from',
    'to',
    'event',
    'kind',
    'expected',
    'profile',
    'ideology',
    'code',
    'alternatives',
  ]);
  const walk = (value: unknown, key = ''): string[] => {
    if (hidden.has(key) && (typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string')))) return [];
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap((item) => walk(item));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([inner, item]) => walk(item, inner));
    return [];
  };
  return walk(scenario);
}

const stageOf = <K extends Scenario['stages'][number]['kind']>(scenario: Scenario, kind: K) =>
  scenario.stages.find((stage): stage is Extract<Scenario['stages'][number], { kind: K }> => stage.kind === kind);

function runConcern(scenario: Scenario, moves = stageOf(scenario, 'concern')!.expected) {
  return followConcernMoves(moves, answered, scenario.vignette.join(' ')).at(-1)!;
}
function runConsent(scenario: Scenario, moves?: ConsentStage['expected'], basis?: ExpectedDataProtection) {
  const stage = stageOf(scenario, 'consent')!;
  return followConsentMoves(stage.input, moves ?? stage.expected, answered, scenario.vignette.join(' '), basis ?? stage.expectedBasis).at(-1)!;
}

/**
 * What domain-spec §7 says each scenario must reach: the end of the concern pathway, and for the
 * scenarios that run the lead's consent decision, its end, lawful basis and decision-table row.
 */
type Expected = { end: ConsentStepId; basis: BasisCode; row: DecisionRow; dataProtection: ExpectedDataProtection };
/**
 * The data-protection basis per legal-and-security §A.1 item 4: Article 6(1)(e) always, with
 * 9(2)(g) and Schedule 1 para 6 (the Prevent duty) where consent was given or sought; para 10 where
 * asking would prejudice preventing crime; para 18 for a child or an adult at risk who cannot
 * consent. `notToldExemption` (Schedule 2 Part 1 para 2) only where the person is not told.
 */
const para6: ExpectedDataProtection = { article9Condition: 'sch1-para6', offenceData: false, notToldExemption: false };
const expected: Record<string, { concern: StepId | null; consent: Expected | null; basis: BasisCode }> = {
  S01: {
    concern: 'endEmergency',
    consent: {
      end: 'endShare',
      basis: 'SERIOUS_CRIME',
      row: 8,
      dataProtection: { article9Condition: 'sch1-para10', offenceData: true, notToldExemption: true },
    },
    basis: 'SERIOUS_CRIME',
  },
  S02: { concern: 'endReferredToLead', consent: { end: 'endShare', basis: 'CONSENT', row: 1, dataProtection: para6 }, basis: 'CONSENT' },
  // Told, so no para 2; an adult not at risk who refused, so neither para 18 nor para 10.
  S03: { concern: 'endReferredToLead', consent: { end: 'endShare', basis: 'PUBLIC_INTEREST', row: 6, dataProtection: para6 }, basis: 'PUBLIC_INTEREST' },
  S04: { concern: 'endReferredToLead', consent: { end: 'endShare', basis: 'CONSENT', row: 2, dataProtection: para6 }, basis: 'CONSENT' },
  S05: {
    concern: 'endReferredToLead',
    consent: {
      end: 'endShare',
      basis: 'PUBLIC_INTEREST',
      row: 3,
      dataProtection: { article9Condition: 'sch1-para18', offenceData: true, notToldExemption: true },
    },
    basis: 'PUBLIC_INTEREST',
  },
  S06: {
    concern: 'endReferredToLead',
    consent: {
      end: 'endShare',
      basis: 'BEST_INTERESTS',
      row: 5,
      dataProtection: { article9Condition: 'sch1-para18', offenceData: true, notToldExemption: true },
    },
    basis: 'BEST_INTERESTS',
  },
  S07: { concern: 'endColleagueWithLead', consent: null, basis: 'CONSENT' },
  S08: { concern: 'endReferredToLead', consent: null, basis: 'NOT_APPLICABLE' },
  S09: { concern: 'endReferredToLead', consent: { end: 'endShare', basis: 'CONSENT', row: 1, dataProtection: para6 }, basis: 'CONSENT' },
  S10: { concern: 'endReferredToLead', consent: { end: 'endShare', basis: 'CONSENT', row: 1, dataProtection: para6 }, basis: 'CONSENT' },
  S11: { concern: null, consent: null, basis: 'PUBLIC_INTEREST' },
  S12: { concern: 'endUrgentAdviceSought', consent: null, basis: 'PUBLIC_INTEREST' },
};

describe('the twelve scenarios as data', () => {
  it('are S01 to S12, each valid against the scenario schema', () => {
    expect(scenarios.map((scenario) => scenario.id)).toEqual(Object.keys(expected));
    for (const scenario of scenarioData) expect(scenarioSchema.safeParse(scenario).success, scenario.id).toBe(true);
  });

  it('refuse an expected path that does not join up, or a discussion answer that is not an option', () => {
    const s02 = structuredClone(scenarioData[1]!);
    const concern = s02.stages[0]!;
    if (concern.kind !== 'concern') throw new Error('S02 starts with the concern pathway');
    concern.expected.splice(2, 1);
    const broken = scenarioSchema.safeParse(s02);
    expect(broken.success).toBe(false);
    expect(broken.error?.issues[0]?.message).toBe('Expected the path to continue from isConcern');

    const s08 = structuredClone(scenarioData[7]!);
    const triage = s08.stages[1]!;
    if (triage.kind !== 'discussion') throw new Error('S08 has the lead’s triage second');
    triage.steps[0]!.expected = ['maybe'];
    expect(scenarioSchema.safeParse(s08).error?.issues[0]?.message).toBe('No option maybe');
    expect(scenarioListSchema.safeParse([scenarioData[0], scenarioData[0]]).success).toBe(false);
  });

  it('never use faith, ethnicity or nationality as a cue (002 EIA; domain-spec §0.3)', () => {
    const identityWords =
      /\b(muslim|islam\w*|christian|jew\w*|sikh|hindu|buddhist|mosque|church|synagogue|temple|asian|arab|african|black|white|eastern european|polish|romanian|pakistani|somali|irish|foreign\w*|immigrant\w*|refugee\w*|asylum)\b/i;
    for (const scenario of scenarios) {
      const shown = [scenario.title, scenario.setting, ...scenario.vignette, ...scenario.cues.map((cue) => cue.text)].join(' ');
      expect(shown, scenario.id).not.toMatch(identityWords);
    }
  });

  it('never tell staff to investigate or confront: such options are wrong answers, with feedback saying why', () => {
    for (const scenario of scenarios)
      for (const stage of scenario.stages) {
        if (stage.kind !== 'discussion') continue;
        for (const step of stage.steps)
          for (const option of step.options) {
            if (/\b(ask the (patient|colleague) to|contact the relative|search|explain the leaflets|talk it through with the adult)\b/i.test(option.label)) {
              expect(step.expected, `${scenario.id} ${option.id}`).not.toContain(option.id);
              expect(option.feedback, `${scenario.id} ${option.id}`).toBeTruthy();
            }
          }
      }
  });

  it('say nothing the law does not (legal-and-security §A.1 items 5, 8, 10): no Caldicott 7 as a reason to share, para 2 only for not telling, S06’s photographs to the hotline first', () => {
    const sentences = (scenario: Scenario) =>
      shownText(scenario)
        .flatMap((text) => text.split(/(?<=[.!?])\s+/))
        .filter(Boolean);
    for (const scenario of scenarios) {
      for (const sentence of sentences(scenario)) {
        if (/Caldicott principle 7/i.test(sentence)) expect(sentence, scenario.id).toMatch(/not a reason/);
        if (/paragraph 2\b|para 2\b/.test(sentence))
          expect(sentence, scenario.id).toMatch(/not told|only explains|explains why|has no place|not a basis|never the basis|not the basis/);
        expect(sentence, scenario.id).not.toMatch(/Sch(edule)? 2 P(ar)?t 1 para(graph)? 2 (and|;)/);
      }
    }
    const s06 = scenarios.find((scenario) => scenario.id === 'S06')!;
    const first = s06.stages[0]!;
    expect(first.kind).toBe('discussion');
    if (first.kind !== 'discussion') return;
    expect(first.steps[0]!.expected).toEqual(['hotline']);
    expect(first.steps[0]!.contacts).toContain('antiTerroristHotline');
    // In the consent decision, limited information goes to the counter-terrorism police before capacity or best interests.
    const consent = stageOf(s06, 'consent')!.expected.map((move) => move.from);
    expect(consent.indexOf('urgentTriageShare')).toBeGreaterThan(-1);
    expect(consent.indexOf('urgentTriageShare')).toBeLessThan(consent.indexOf('capacityDoubt'));
    expect(consent.indexOf('urgentTriageShare')).toBeLessThan(consent.indexOf('bestInterests'));
  });

  it('cite seeds in words in everything shown: no “004 ¶”, “domain-spec”, rule ids or decision-table rows outside the source fields', () => {
    for (const scenario of scenarios)
      for (const text of shownText(scenario)) expect(text, scenario.id).not.toMatch(/\b00[0-4] ?(¶|§|App)|¶|domain-spec|\bR\d{1,2}\b|\brow \d|\(00[0-4]\)/);
  });

  it('cite a source for every expected step, pitfall and debrief point', () => {
    for (const scenario of scenarios) {
      for (const stage of scenario.stages) {
        const sources =
          stage.kind === 'discussion' ? stage.steps.map((step) => step.source) : [...stage.expected, ...stage.acceptable.flat()].map((move) => move.source);
        for (const source of sources) expect(source, scenario.id).toMatch(/\S/);
      }
      expect(scenario.pitfalls.every((pitfall) => pitfall.source.length > 0)).toBe(true);
      expect(scenario.debrief.every((point) => point.source.length > 0)).toBe(true);
    }
  });
});

describe('each scenario’s expected path, driven through the real machines with training answers', () => {
  it.each(scenarios.map((scenario) => [`${scenario.id} “${scenario.title}”`, scenario] as const))(
    '%s reaches the expected end and lawful basis',
    (_, scenario) => {
      const want = expected[scenario.id]!;
      expect(scenario.expectedBasis.code).toBe(want.basis);

      const concern = stageOf(scenario, 'concern');
      if (want.concern === null) expect(concern).toBeUndefined();
      else {
        const end = runConcern(scenario);
        expect(currentStep(end)).toBe(want.concern);
        expect(end.status).toBe('done');
        // Every step the room took is in the decision log, with its source.
        expect(end.context.log.map((entry) => entry.step)).toEqual(concern!.expected.map((move) => move.from));
      }

      const consent = stageOf(scenario, 'consent');
      if (want.consent === null) {
        expect(consent).toBeUndefined();
        expect(scenario.expectedBasis.row).toBeUndefined();
      } else {
        const end = runConsent(scenario);
        expect(currentConsentStep(end)).toBe(want.consent.end);
        expect(end.status).toBe('done');
        expect(basisReached(end)).toEqual({ code: want.consent.basis, row: want.consent.row });
        expect(scenario.expectedBasis.row).toBe(want.consent.row);
        // The data-protection basis the real machine recorded is the one the scenario expects (legal-and-security §A.1 items 4–5).
        expect(consent!.expectedBasis).toEqual(want.consent.dataProtection);
        expect(judgeDataProtection(consent!.expectedBasis, dataProtectionReached(end))).toEqual([]);
      }
    },
  );

  it('every accepted consent path also ends with the data-protection basis it declares', () => {
    for (const scenario of scenarios) {
      const stage = stageOf(scenario, 'consent');
      stage?.acceptable.forEach((path, index) => {
        const end = runConsent(scenario, path, stage.acceptableBases[index]);
        expect(judgeDataProtection(stage.acceptableBases[index]!, dataProtectionReached(end)), `${scenario.id} accepted path ${index}`).toEqual([]);
      });
    }
  });

  it('a scenario whose expected basis is wrong fails: S03’s person was told, so Schedule 2 para 2 cannot apply; para 18 does not fit an adult not at risk', () => {
    const s03 = scenarios.find((scenario) => scenario.id === 'S03')!;
    const stage = stageOf(s03, 'consent')!;
    // The old error: para 2 presented for a person who was told.
    const para2 = { ...stage.expectedBasis, notToldExemption: true };
    expect(judgeDataProtection(para2, dataProtectionReached(runConsent(s03, undefined, para2)))).toEqual([
      { part: 'notToldExemption', expected: 'not told', recorded: 'told' },
    ]);
    // Safeguarding (para 18) is only for a child or an adult at risk: the real machine refuses it, so the record holds another condition.
    const para18 = { ...stage.expectedBasis, article9Condition: 'sch1-para18' as const };
    const recorded = dataProtectionReached(runConsent(s03, undefined, para18));
    expect(recorded.article9Condition).not.toBe('sch1-para18');
    expect(judgeDataProtection(para18, recorded).map((mismatch) => mismatch.part)).toEqual(['article9Condition']);
  });

  it('S08: recognising at once that it is not Prevent is an accepted route, ending at “not a Prevent concern”', () => {
    const s08 = scenarios.find((scenario) => scenario.id === 'S08')!;
    const concern = stageOf(s08, 'concern')!;
    const end = runConcern(s08, concern.acceptable[0]!);
    expect(currentStep(end)).toBe('endNoConcern');
    expect(endVerdict(concern, 'endNoConcern')).toBe('accepted');
  });

  it('S10: a refusal is an accepted route, shared in the public interest (row 6)', () => {
    const s10 = scenarios.find((scenario) => scenario.id === 'S10')!;
    const end = runConsent(s10, stageOf(s10, 'consent')!.acceptable[0]!, stageOf(s10, 'consent')!.acceptableBases[0]);
    expect(currentConsentStep(end)).toBe('endShare');
    expect(basisReached(end)).toEqual({ code: 'PUBLIC_INTEREST', row: 6 });
    expect(s10.expectedBasis.alternatives).toContain('PUBLIC_INTEREST');
  });

  it('S11 discusses the checks, every one sourced to 004 App 4a or ¶69–70, then walks the request on the request machine', () => {
    const s11 = scenarios.find((scenario) => scenario.id === 'S11')!;
    expect(s11.stages.map((stage) => stage.kind)).toEqual(['discussion', 'request']);
    expect(s11.stages[1]).toEqual(s11RequestStage);
    const steps = s11.stages[0]!.kind === 'discussion' ? s11.stages[0]!.steps : [];
    expect(steps.map((step) => step.modelRef)).toEqual(['req.proforma', 'req.powersCited', 'req.reasonGiven', 'req.specific', 'req.assess → req.release']);
    expect(steps.every((step) => /004 (App 4a|¶69)/.test(step.source))).toBe(true);
  });
});

describe('S11 on the request machine', () => {
  it('drives the expected path end to end through the real request machine: the gaps lead to asking for more, never to release', () => {
    const snapshots = followRequestMoves(s11RequestStage.expected, answered);
    const end = snapshots.at(-1)!;
    expect(currentRequestStep(end)).toBe('endAskMore');
    expect(end.status).toBe('done');
    expect(snapshots.map(currentRequestStep)).toEqual(['urgent', ...s11RequestStage.expected.map((move) => move.to)]);
    const { draft, log } = end.context;
    expect(draft.format).toEqual({ inWriting: 'yes', proforma: 'no', secureEmail: 'no' });
    expect(draft.decision).toBe('ask-more');
    expect(draft.askMore?.missing).toEqual(expect.arrayContaining(['proforma', 'secureEmail', 'powers', 'reason', 'narrower']));
    // The decision log has one entry per step, each with its source; the rationale is the scenario's.
    expect(log.map((entry) => entry.step)).toEqual(s11RequestStage.expected.map((move) => move.from));
    expect(log.find((entry) => entry.step === 'decision')!.notes).toContain('Refusing without need also causes harm');
  });

  it('at the decision, the machine offers only what the checks allow: with the gaps open, ask for more or decline, never release', () => {
    const atDecision = followRequestMoves(s11RequestStage.expected.slice(0, 9), answered).at(-1)!;
    expect(currentRequestStep(atDecision)).toBe('decision');
    const offered = requestNextMoves(atDecision, answered('decision'), () => ({ notes: 'Training rationale', record: '' })).map((move) => move.edge.to);
    expect(offered.sort()).toEqual(['askMore', 'decline']);
  });

  it('judges the room’s choices like the consent stages: asking for more is expected, declining differs, with the reason', () => {
    expect(judgeMove(s11RequestStage, 'decision', 'askMore')).toMatchObject({ verdict: 'expected', move: { source: '004 App 4a §5–6' } });
    expect(judgeMove(s11RequestStage, 'decision', 'decline')).toMatchObject({ verdict: 'differs', move: { to: 'askMore' } });
    expect(endVerdict(s11RequestStage, 'endAskMore')).toBe('expected');
    expect(endVerdict(s11RequestStage, 'endDecline')).toBe('differs');
  });

  it('a request path that does not join up, or starts anywhere but the urgent question, is refused at load', () => {
    const broken = { ...s11RequestStage, expected: s11RequestStage.expected.slice(1) };
    expect(requestStageSchema.safeParse(broken).success).toBe(false);
    expect(currentRequestStep(startRequest())).toBe('urgent');
  });
});

describe('judging the room’s choices', () => {
  const s02 = scenarios.find((scenario) => scenario.id === 'S02')!;
  const s08 = scenarios.find((scenario) => scenario.id === 'S08')!;
  const concern = stageOf(s02, 'concern') as MachineStage;

  it('immediate risk, no → matches the expected path; yes → differs, and says what was expected and why', () => {
    expect(judgeMove(concern, 'immediateRisk', 'isConcern')).toMatchObject({
      verdict: 'expected',
      move: { to: 'isConcern', source: '004 flowchart (F4); 004 ¶66' },
    });
    expect(judgeMove(concern, 'immediateRisk', 'emergencyCallPolice')).toMatchObject({ verdict: 'differs', move: { to: 'isConcern' } });
    // Once off the path there is nothing to compare with.
    expect(judgeMove(concern, 'emergencyCallPolice', 'emergencyInformLead')).toEqual({ verdict: 'off-path', move: null });
    expect(judgeMove(stageOf(s08, 'concern')!, 'isConcern', 'endNoConcern').verdict).toBe('accepted');
  });

  it('a discussion answer matches when it is one of the expected answers', () => {
    const triage = stageOf(s08, 'discussion')!.steps[0]!;
    expect(judgeAnswer(triage, 'no-prevent')).toBe('expected');
    expect(judgeAnswer(triage, 'refer')).toBe('differs');
  });

  it('the debrief lists each choice against the expected path, and the expected steps not reached', () => {
    const rows = debriefRows(s02, {
      pathway: { steps: [{ step: 'start' }, { step: 'immediateRisk' }, { step: 'emergencyCallPolice' }] },
      triage: { steps: [{ step: 'lead-decides', answer: 'refer' }] },
    });
    const pathway = rows.filter((row) => row.stage.id === 'pathway');
    expect(pathway.map((row) => [row.at, row.choice, row.verdict])).toEqual([
      ['start', 'immediateRisk', 'expected'],
      ['immediateRisk', 'emergencyCallPolice', 'differs'],
      ['isConcern', null, 'not-reached'],
      ['patientOrColleague', null, 'not-reached'],
      ['patientDiscussAndRecord', null, 'not-reached'],
      ['patientEscalate', null, 'not-reached'],
      ['patientInformLead', null, 'not-reached'],
    ]);
    expect(rows.find((row) => row.stage.id === 'triage')).toMatchObject({ choice: 'refer', verdict: 'expected' });
    // Five pathway steps not reached, and every step of the consent decision.
    expect(score(rows)).toEqual({ expected: 2, accepted: 0, differs: 1, offPath: 0, notReached: 5 + stageOf(s02, 'consent')!.expected.length });
  });
});

/**
 * Where each scenario's concern stage ends on the MSE police-portal flowchart (002): the police
 * review (the referrer's part is over, partners decide), or one of the chart's ends; null for a
 * scenario that says it teaches the BSW chart only.
 */
const mseEnds: Record<string, { expected: MseStepId; accepted?: MseStepId[] } | null> = {
  S01: { expected: 'endEmergency' },
  S02: { expected: 'msePoliceReview' },
  S03: { expected: 'msePoliceReview' },
  S04: { expected: 'msePoliceReview' },
  S05: { expected: 'msePoliceReview' },
  S06: { expected: 'msePoliceReview' },
  S07: { expected: 'msePoliceReview', accepted: ['msePoliceReview'] },
  S08: { expected: 'mseEndNoReferral' },
  S09: { expected: 'msePoliceReview' },
  S10: { expected: 'msePoliceReview', accepted: ['msePoliceReview'] },
  S11: null,
  S12: { expected: 'endUrgentAdviceSought' },
};

/** Drives a path with a real actor: each move's training answer (from the chart's own candidates) sent as a real event. */
function driveWithActor(model: PathwayModel, moves: readonly { from: string; event: string; to: string; why: string; notes?: string }[], record: string) {
  const chart = concernCharts[model];
  const actor = createActor(chart.machine).start();
  for (const move of moves) {
    const snapshot = actor.getSnapshot() as AnyMachineSnapshot;
    expect(chart.currentStep(snapshot), `before ${move.event}`).toBe(move.from);
    const found = chartNextMoves(chart, snapshot, answered(move.from), () => ({ notes: move.notes ?? move.why, record })).find(
      (candidate) => candidate.edge.event === move.event && candidate.edge.to === move.to,
    );
    expect(found, `${move.from} by ${move.event} to ${move.to}`).toBeDefined();
    actor.send(found!.event as never);
    expect(chart.currentStep(actor.getSnapshot() as AnyMachineSnapshot)).toBe(move.to);
  }
  const end = actor.getSnapshot() as AnyMachineSnapshot;
  actor.stop();
  return end;
}

describe('each scenario on each pathway model it claims, driven through the real machine (createActor, real events)', () => {
  it('every scenario but S11 claims both models; S11 says plainly it teaches the BSW process', () => {
    for (const scenario of scenarios) {
      const claimsMse = mseEnds[scenario.id] !== null;
      expect(scenario.models, scenario.id).toEqual(claimsMse ? ['bsw-reporting-chart', 'mse-police-portal'] : ['bsw-reporting-chart']);
      if (!claimsMse) expect(scenario.modelNote).toMatch(/teaches the BSW/);
    }
  });

  const runs = scenarios.flatMap((scenario) => scenario.models.map((model) => [`${scenario.id} on ${model}`, scenario, model] as const));
  it.each(runs)('%s: the expected and every accepted path end where the data says', (_, scenario, model) => {
    const stage = stageOf(scenario, 'concern');
    if (!stage) return;
    const record = scenario.vignette.join(' ');
    const paths = model === 'mse-police-portal' ? stage.mse! : stage;
    const chart = concernCharts[model];
    for (const path of [paths.expected, ...paths.acceptable]) {
      const end = driveWithActor(model, path, record);
      expect(chart.currentStep(end)).toBe(path.at(-1)!.to);
      // The stage is over there: the chart ended, or on MSE the referrer's part did.
      expect(chart.ended(end), `${scenario.id} ${model} ends`).toBe(true);
      // Every step taken is in the decision log.
      expect((end.context as { log: { step: string }[] }).log.map((entry) => entry.step)).toEqual(path.map((move) => move.from));
    }
    if (model === 'mse-police-portal') {
      const want = mseEnds[scenario.id]!;
      expect(paths.expected.at(-1)!.to).toBe(want.expected);
      expect(paths.acceptable.map((path) => path.at(-1)!.to)).toEqual(want.accepted ?? []);
      expect(expectedEnd(stage, model)).toBe(want.expected);
    }
  });

  it('the pure walk (followChartMoves) agrees with the actor for every MSE path', () => {
    for (const scenario of scenarios) {
      const mse = stageOf(scenario, 'concern')?.mse;
      if (!mse) continue;
      for (const path of [mse.expected, ...mse.acceptable]) {
        const end = followChartMoves('mse-police-portal', path, answered, scenario.vignette.join(' ')).at(-1)!;
        expect(currentMseStep(end as never)).toBe(path.at(-1)!.to);
      }
    }
  });

  it('every MSE path starts where the MSE machine does, cites the MSE ICB Prevent Policy, and refers without consent only with the Prevent Lead’s agreement', () => {
    expect(currentMseStep(createActor(mseMachine).getSnapshot())).toBe(mseStart);
    for (const scenario of scenarios) {
      const mse = stageOf(scenario, 'concern')?.mse;
      if (!mse) continue;
      for (const path of [mse.expected, ...mse.acceptable]) {
        expect(path[0]!.from).toBe(mseStart);
        expect(
          path.some((move) => move.source.startsWith('002')),
          scenario.id,
        ).toBe(true);
        const end = followChartMoves('mse-police-portal', path, answered, scenario.vignette.join(' ')).at(-1)!;
        const consent = (end.context as { consent: { choice: MseEvent['type']; leadAgreement?: { name: string } } | null }).consent;
        if (consent?.choice === 'REFER_WITHOUT_CONSENT') expect(consent.leadAgreement?.name).toMatch(/Prevent Lead/);
      }
    }
  });

  it('at the police review the MSE stage is over: no next moves, although the chart records the police decision later', () => {
    const s02 = scenarios.find((scenario) => scenario.id === 'S02')!;
    const end = followChartMoves('mse-police-portal', stageOf(s02, 'concern')!.mse!.expected, answered, s02.vignette.join(' ')).at(-1)!;
    expect(referrerPartEnded(currentMseStep(end as never))).toBe(true);
    expect(chartNextMoves(concernCharts['mse-police-portal'], end, answered('msePoliceReview'), () => ({ notes: 'x', record: '' }))).toEqual([]);
  });

  it('a scenario that claims MSE without an MSE path, or an MSE path that does not start at the MSE start, is refused at load', () => {
    const s02 = structuredClone(scenarioData[1]!);
    const concern = s02.stages[0]!;
    if (concern.kind !== 'concern') throw new Error('S02 starts with the concern pathway');
    const withoutMse = { ...s02, stages: [{ ...concern, mse: undefined }, ...s02.stages.slice(1)] };
    expect(scenarioSchema.safeParse(withoutMse).error?.issues[0]?.message).toMatch(/MSE path/);
    concern.mse!.expected.splice(0, 1);
    expect(scenarioSchema.safeParse(s02).error?.issues[0]?.message).toBe('Expected the path to continue from mseStart');
    const bswOnly = { ...structuredClone(scenarioData[10]!), modelNote: undefined };
    expect(scenarioSchema.safeParse(bswOnly).error?.issues[0]?.message).toMatch(/which model/);
  });
});

describe('judging a concern stage on the MSE chart', () => {
  const s03 = scenarios.find((scenario) => scenario.id === 'S03')!;
  const stage = stageOf(s03, 'concern')!;
  const mse = 'mse-police-portal' as const;

  it('a wrong MSE choice differs, naming the MSE move expected; the BSW paths are not used on MSE', () => {
    expect(judgeMove(stage, 'mseConsent', 'mseSubmitPortal', mse)).toMatchObject({ verdict: 'expected' });
    expect(judgeMove(stage, 'mseConsent', 'mseEndNoLawfulBasis', mse)).toMatchObject({
      verdict: 'differs',
      move: { to: 'mseSubmitPortal', event: 'REFER_WITHOUT_CONSENT' },
    });
    expect(judgeMove(stage, 'mseLiaisePreventLead', 'mseEndNoReferral', mse)).toMatchObject({ verdict: 'differs', move: { to: 'mseConsent' } });
    // On the BSW chart the same stage knows nothing of the MSE steps.
    expect(judgeMove(stage, 'mseConsent', 'mseSubmitPortal').verdict).toBe('off-path');
    expect(endVerdict(stage, 'msePoliceReview', mse)).toBe('expected');
    expect(endVerdict(stage, 'mseEndNoLawfulBasis', mse)).toBe('differs');
  });

  it('the debrief rows judge the MSE steps the room took, and list the MSE steps not reached', () => {
    const rows = debriefRows(
      s03,
      {
        pathway: {
          steps: [
            { step: 'mseStart' },
            { step: 'mseImmediateRisk' },
            { step: 'mseSubject' },
            { step: 'mseClarify' },
            { step: 'mseLiaisePreventLead' },
            { step: 'mseEndNoReferral' },
          ],
        },
      },
      mse,
    );
    const pathway = rows.filter((row) => row.stage.id === 'pathway');
    expect(pathway.map((row) => [row.at, row.choice, row.verdict])).toEqual([
      ['mseStart', 'mseImmediateRisk', 'expected'],
      ['mseImmediateRisk', 'mseSubject', 'expected'],
      ['mseSubject', 'mseClarify', 'expected'],
      ['mseClarify', 'mseLiaisePreventLead', 'expected'],
      ['mseLiaisePreventLead', 'mseEndNoReferral', 'differs'],
      ['mseConsent', null, 'not-reached'],
      ['mseSubmitPortal', null, 'not-reached'],
      ['mseNotify', null, 'not-reached'],
    ]);
  });
});
