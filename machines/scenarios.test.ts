import { describe, expect, it } from 'vitest';
import type { DecisionRow } from '../forms/consent-record.schema';
import { currentStep, type StepId } from './concern.machine';
import { currentConsentStep, type ConsentStepId } from './consent.machine';
import { scenarioData, scenarios } from './scenarios.data';
import { basisReached, debriefRows, endVerdict, followConcernMoves, followConsentMoves, judgeAnswer, judgeMove, score, type MachineStage } from './scenarios.judge';
import { scenarioListSchema, scenarioSchema, type BasisCode, type ConsentStage, type Scenario } from './scenarios.schema';

// Every answer carries a fixed question and time, so the runs are repeatable.
const answered = (step: string) => ({ prompt: `Training question at ${step}`, at: '2026-03-02T10:00:00.000Z' });

const stageOf = <K extends Scenario['stages'][number]['kind']>(scenario: Scenario, kind: K) =>
  scenario.stages.find((stage): stage is Extract<Scenario['stages'][number], { kind: K }> => stage.kind === kind);

function runConcern(scenario: Scenario, moves = stageOf(scenario, 'concern')!.expected) {
  return followConcernMoves(moves, answered, scenario.vignette.join(' ')).at(-1)!;
}
function runConsent(scenario: Scenario, moves?: ConsentStage['expected']) {
  const stage = stageOf(scenario, 'consent')!;
  return followConsentMoves(stage.input, moves ?? stage.expected, answered, scenario.vignette.join(' ')).at(-1)!;
}

/**
 * What domain-spec §7 says each scenario must reach: the end of the concern pathway, and for the
 * scenarios that run the lead's consent decision, its end, lawful basis and decision-table row.
 */
const expected: Record<string, { concern: StepId | null; consent: { end: ConsentStepId; basis: BasisCode; row: DecisionRow } | null; basis: BasisCode }> = {
  S01: { concern: 'endEmergency', consent: { end: 'endShare', basis: 'SERIOUS_CRIME', row: 8 }, basis: 'SERIOUS_CRIME' },
  S02: { concern: 'endReferredToLead', consent: { end: 'endShare', basis: 'CONSENT', row: 1 }, basis: 'CONSENT' },
  S03: { concern: 'endReferredToLead', consent: { end: 'endShare', basis: 'PUBLIC_INTEREST', row: 6 }, basis: 'PUBLIC_INTEREST' },
  S04: { concern: 'endReferredToLead', consent: { end: 'endShare', basis: 'CONSENT', row: 2 }, basis: 'CONSENT' },
  S05: { concern: 'endReferredToLead', consent: { end: 'endShare', basis: 'PUBLIC_INTEREST', row: 3 }, basis: 'PUBLIC_INTEREST' },
  S06: { concern: 'endReferredToLead', consent: { end: 'endShare', basis: 'BEST_INTERESTS', row: 5 }, basis: 'BEST_INTERESTS' },
  S07: { concern: 'endColleagueWithLead', consent: null, basis: 'CONSENT' },
  S08: { concern: 'endReferredToLead', consent: null, basis: 'NOT_APPLICABLE' },
  S09: { concern: 'endReferredToLead', consent: { end: 'endShare', basis: 'CONSENT', row: 1 }, basis: 'CONSENT' },
  S10: { concern: 'endReferredToLead', consent: { end: 'endShare', basis: 'CONSENT', row: 1 }, basis: 'CONSENT' },
  S11: { concern: null, consent: null, basis: 'PUBLIC_INTEREST' },
  S12: { concern: 'endReferredToLead', consent: null, basis: 'PUBLIC_INTEREST' },
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

  it('cite a source for every expected step, pitfall and debrief point', () => {
    for (const scenario of scenarios) {
      for (const stage of scenario.stages) {
        const sources = stage.kind === 'discussion' ? stage.steps.map((step) => step.source) : [...stage.expected, ...stage.acceptable.flat()].map((move) => move.source);
        for (const source of sources) expect(source, scenario.id).toMatch(/\S/);
      }
      expect(scenario.pitfalls.every((pitfall) => pitfall.source.length > 0)).toBe(true);
      expect(scenario.debrief.every((point) => point.source.length > 0)).toBe(true);
    }
  });
});

describe('each scenario’s expected path, driven through the real machines with training answers', () => {
  it.each(scenarios.map((scenario) => [`${scenario.id} “${scenario.title}”`, scenario] as const))('%s reaches the expected end and lawful basis', (_, scenario) => {
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
    }
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
    const end = runConsent(s10, stageOf(s10, 'consent')!.acceptable[0]!);
    expect(currentConsentStep(end)).toBe('endShare');
    expect(basisReached(end)).toEqual({ code: 'PUBLIC_INTEREST', row: 6 });
    expect(s10.expectedBasis.alternatives).toContain('PUBLIC_INTEREST');
  });

  it('S11 runs no machine: incoming requests are discussion only, with every check sourced to 004 App 4a or ¶69–70', () => {
    const s11 = scenarios.find((scenario) => scenario.id === 'S11')!;
    expect(s11.stages.map((stage) => stage.kind)).toEqual(['discussion']);
    const steps = s11.stages[0]!.kind === 'discussion' ? s11.stages[0]!.steps : [];
    expect(steps.map((step) => step.modelRef)).toEqual(['req.proforma', 'req.powersCited', 'req.reasonGiven', 'req.specific', 'req.assess → req.release']);
    expect(steps.every((step) => /004 (App 4a|¶69)/.test(step.source))).toBe(true);
  });
});

describe('judging the room’s choices', () => {
  const s02 = scenarios.find((scenario) => scenario.id === 'S02')!;
  const s08 = scenarios.find((scenario) => scenario.id === 'S08')!;
  const concern = stageOf(s02, 'concern') as MachineStage;

  it('immediate risk, no → matches the expected path; yes → differs, and says what was expected and why', () => {
    expect(judgeMove(concern, 'immediateRisk', 'isConcern')).toMatchObject({ verdict: 'expected', move: { to: 'isConcern', source: '004 flowchart (F4); 004 ¶66' } });
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
    expect(score(rows)).toEqual({ expected: 2, accepted: 0, differs: 1, offPath: 0, notReached: 5 + 8 });
  });
});
