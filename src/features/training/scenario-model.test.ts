import { describe, expect, it } from 'vitest';
import { followConcernMoves } from '../../../machines/scenarios.judge';
import { scenarios } from '../../../machines/scenarios.data';
import { scenarioModel } from './scenario-model';

const answered = (step: string) => ({ prompt: `Question at ${step}`, at: '2026-03-02T10:00:00.000Z' });

describe('each scenario runs on the pathway model it says it teaches', () => {
  // The concern stage runs the BSW reporting chart (concernMachine). A scenario that claimed the MSE
  // chart would need its expected path on mseMachine and a runner for it: this fails until it has one.
  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
    '%s: the model it names is the chart its concern stage is driven on, to its expected end',
    (_id, scenario) => {
      expect(scenarioModel(scenario)).toBe('bsw-reporting-chart');
      const stage = scenario.stages.find((candidate) => candidate.kind === 'concern');
      if (!stage) return;
      const snapshots = followConcernMoves(stage.expected, answered, scenario.vignette.join(' '));
      const last = snapshots.at(-1)!;
      expect(JSON.stringify(last.value)).toContain(stage.expected.at(-1)!.to);
    },
  );
});
