import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../machines/scenarios.data';
import { scenarioModel, sessionModel } from './scenario-model';
import type { SessionState } from './session-store';

const byId = (id: string) => scenarios.find((scenario) => scenario.id === id)!;
const stages = (entries: SessionState['stages']) => ({ stages: entries });

describe('the pathway model a scenario runs on', () => {
  it.each(scenarios.map((scenario) => [scenario.id, scenario] as const))('%s runs on the organisation’s model when it claims it', (_id, scenario) => {
    expect(scenarioModel(scenario, 'bsw-reporting-chart')).toBe('bsw-reporting-chart');
    expect(scenarioModel(scenario, 'mse-police-portal')).toBe(scenario.models.includes('mse-police-portal') ? 'mse-police-portal' : 'bsw-reporting-chart');
  });

  it('S11 teaches the BSW process to an MSE organisation, and says so', () => {
    expect(scenarioModel(byId('S11'), 'mse-police-portal')).toBe('bsw-reporting-chart');
    expect(byId('S11').modelNote).toMatch(/^This scenario teaches the BSW/);
  });

  it('a session that began on one chart is judged on it, whatever the profile says now', () => {
    const s02 = byId('S02');
    const mseSteps = [{ step: 'mseStart' }, { step: 'mseImmediateRisk' }] as unknown as SessionState['stages'][string];
    const bswSteps = [{ step: 'start' }, { step: 'immediateRisk' }] as unknown as SessionState['stages'][string];
    expect(sessionModel(s02, stages({ pathway: mseSteps }), 'bsw-reporting-chart')).toBe('mse-police-portal');
    expect(sessionModel(s02, stages({ pathway: bswSteps }), 'mse-police-portal')).toBe('bsw-reporting-chart');
    // Nothing answered yet: the organisation's model.
    expect(sessionModel(s02, stages({}), 'mse-police-portal')).toBe('mse-police-portal');
  });
});
