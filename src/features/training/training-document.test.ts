import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../machines/scenarios.data';
import { followChartMoves, followConcernMoves } from '../../../machines/scenarios.judge';
import { concernCharts } from '../../../machines/scenarios.moves';
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

describe('a session run on the MSE police-portal flowchart', () => {
  const s03 = scenarios.find((scenario) => scenario.id === 'S03')!;
  const pathway = s03.stages[0]!;
  if (pathway.kind !== 'concern' || !pathway.mse) throw new Error('S03 starts with the pathway, with its MSE path');
  const chart = concernCharts['mse-police-portal'];
  const snapshots = followChartMoves('mse-police-portal', pathway.mse.expected, answered, s03.vignette.join(' '));
  const state: SessionState = {
    run: 0,
    presenter: { zoom: ZOOM.initial, notes: false, presenting: false, fallback: false, reveal: false },
    // The room first chose “no lawful basis” at the consent step, then changed it.
    earlier: [{ stageId: 'pathway', at: 'mseConsent', choice: 'mseEndNoLawfulBasis' }],
    confirmingRestart: false,
    undo: null,
    stages: {
      pathway: snapshots.map((snapshot) => ({ step: chart.currentStep(snapshot), snapshot: chart.machine.getPersistedSnapshot(snapshot) })),
    } as SessionState['stages'],
  };

  it('is judged on the MSE chart, whatever the profile now says, with the corrected choice in MSE words', () => {
    const result = sessionResult(s03, state, 'bsw-reporting-chart');
    expect(result.model).toBe('mse-police-portal');
    const lines = result.lines.filter((line) => line.stage === pathway.title);
    expect(lines).toHaveLength(pathway.mse!.expected.length);
    expect(lines.map((line) => line.verdict)).toEqual(pathway.mse!.expected.map((move) => (move.from === 'mseConsent' ? 'corrected' : 'expected')));
    expect(lines.find((line) => line.verdict === 'corrected')).toMatchObject({
      at: 'Consent and knowledge?',
      earlier: 'First chose: END: nothing shared',
    });
    // The MSE chart's own decision log, one entry per step.
    expect(result.concernLog.map((entry) => entry.step)).toEqual(pathway.mse!.expected.map((move) => move.from));
  });

  it('the document names the model that ran', () => {
    const doc = trainingDocument(s03, sessionResult(s03, state, 'mse-police-portal'), new Date('2026-03-02T11:05:00'));
    expect(doc.sections[0]!.rows.find((row) => row.label === 'Pathway model')?.value).toBe('MSE police-portal flowchart (MSE ICB Prevent Policy)');
    const bsw = trainingDocument(s07, sessionResult(s07, s07Session(), 'mse-police-portal'), new Date('2026-03-02T11:05:00'));
    expect(bsw.sections[0]!.rows.find((row) => row.label === 'Pathway model')?.value).toBe('BSW reporting chart (BSW ICB Prevent Policy)');
  });
});
