import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../machines/scenarios.data';
import { followConcernMoves } from '../../../machines/scenarios.judge';
import { concernMachine, currentStep } from '../../../machines/concern.machine';
import { sessionResult } from './debrief-rows';
import { ZOOM, type SessionState } from './session-store';
import { trainingDocument } from './training-document';

const s07 = scenarios.find((scenario) => scenario.id === 'S07')!;
const answered = (step: string) => ({ prompt: `Question at ${step}`, at: '2026-03-02T10:00:00.000Z' });

function s07Session(): SessionState {
  const pathway = s07.stages[0]!;
  if (pathway.kind !== 'concern') throw new Error('S07 starts with the pathway');
  const snapshots = followConcernMoves(pathway.expected, answered, s07.vignette.join(' '));
  return {
    run: 0,
    presenter: { zoom: ZOOM.initial, notes: false, presenting: false, fallback: false, reveal: false },
    earlier: [],
    confirmingRestart: false,
    undo: null,
    stages: {
      pathway: snapshots.map((snapshot) => ({ step: currentStep(snapshot), snapshot: concernMachine.getPersistedSnapshot(snapshot) })),
      assessment: [
        { step: 'parallel-processes', answer: 'both' },
        { step: 'the-material', answer: 'forward' },
      ],
    },
  };
}

describe('the training session as a document', () => {
  const result = sessionResult(s07, s07Session());

  it('judges the room’s choices: the pathway and one answer as expected, one answer different, one question not reached', () => {
    expect(result.score).toEqual({ expected: 8, accepted: 0, differs: 1, offPath: 0, notReached: 1, corrected: 0 });
    expect(result.lines.find((line) => line.at === 'What happens to the leaflets and the emails?')).toMatchObject({
      choice: 'Forward the emails to the rest of the team to warn them',
      verdict: 'differs',
      source: '004 ¶71; 003 "Information management (providers)"',
    });
    expect(result.concernLog).toHaveLength(7);
    expect(result.basis).toBeNull();
  });

  it('a step the room got right only after changing a wrong choice is shown as corrected, with what it chose first', () => {
    const state = s07Session();
    const corrected = sessionResult(s07, { ...state, earlier: [{ stageId: 'assessment', at: 'parallel-processes', choice: 'prevent-only' }] });
    const line = corrected.lines.find((candidate) => candidate.verdict === 'corrected');
    expect(line?.at).toBe(s07.stages[1]!.kind === 'discussion' ? s07.stages[1]!.steps[0]!.question : '');
    expect(line?.earlier).toMatch(/^First chose: /);
    expect(corrected.score).toMatchObject({ expected: 7, corrected: 1 });
  });

  it('is a training document: watermarked on every page, with the scenario, the choices, the debrief and the log', () => {
    const doc = trainingDocument(s07, result, new Date('2026-03-02T11:05:00'));
    expect(doc.training).toBe(true);
    expect(doc.reference).toBe('TRAINING-S07-20260302-1105');
    expect(doc.title).toBe('Training session – S07 “The staff-room leaflets”');
    expect(doc.sections.map((section) => section.heading)).toEqual(['Scenario', 'Result', 'Lawful basis', 'Pitfalls', 'Debrief points']);
    expect(doc.sections[0]!.intro?.[0]).toMatch(/^TRAINING – FICTIONAL – NOT A REFERRAL\./);
    expect(doc.sections[2]!.rows.find((row) => row.label === 'The room reached')?.value).toBe(
      'Decided in discussion: this scenario does not run the consent decision.',
    );
    expect(doc.appendices.map((appendix) => appendix.heading)).toEqual(['Choices against the expected path', 'Decision log: concern pathway (fictional)']);
    const choices = doc.appendices[0]!;
    expect('columns' in choices && choices.rows).toHaveLength(result.lines.length);
  });
});
