import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../machines/scenarios.data';
import { neighbours, placeOf } from './session-navigation';
import type { Position } from './session-store';

const s02 = scenarios.find((scenario) => scenario.id === 'S02')!;
const [pathway, triage] = s02.stages;
const timeline: Position[] = [
  { stage: pathway!, step: 'start' },
  { stage: pathway!, step: 'immediateRisk' },
  { stage: triage!, step: 'lead-decides' },
];
const name = (position: Position | 'briefing' | null) => (position === null || position === 'briefing' ? position : `${position.stage.id}/${position.step}`);

describe('back and forward through a session', () => {
  it('reads the place from the address: briefing, debrief, or a stage’s step', () => {
    expect(placeOf('/training/s02', '/training/s02')).toEqual({ page: 'briefing' });
    expect(placeOf('/training/s02/debrief', '/training/s02')).toEqual({ page: 'debrief' });
    expect(placeOf('/training/s02/pathway/immediate-risk', '/training/s02')).toEqual({ page: 'step', stageId: 'pathway', step: 'immediate-risk' });
    expect(placeOf('/concern/start', '/training/s02')).toBeNull();
  });

  it('crosses stages: back from the triage is the pathway’s last step; back from the first step is the briefing', () => {
    const at = (stageId: string, step: string) => neighbours(timeline, { page: 'step', stageId, step });
    expect(name(at('triage', 'lead-decides').previous)).toBe('pathway/immediateRisk');
    expect(name(at('pathway', 'immediate-risk').following)).toBe('triage/lead-decides');
    expect(name(at('pathway', 'start').previous)).toBe('briefing');
    expect(name(at('triage', 'lead-decides').following)).toBeNull();
  });

  it('the briefing leads to the first step; the debrief goes back to the furthest', () => {
    expect(name(neighbours(timeline, { page: 'briefing' }).following)).toBe('pathway/start');
    expect(name(neighbours(timeline, { page: 'debrief' }).previous)).toBe('triage/lead-decides');
    expect(neighbours([], { page: 'briefing' })).toEqual({ previous: null, following: null });
  });
});
