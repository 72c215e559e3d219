import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { concernMachine } from '../../../machines/concern.machine';
import { selfAndAncestors } from '../../../machines/scenarios.graph';
import { concernNextMoves } from '../../../machines/scenarios.moves';
import type { ConcernStage, Scenario } from '../../../machines/scenarios.schema';
import { stepContent } from '../../content/concern.content';
import { ConcernJourney, usePathwayJourney, type TrainingJourney } from '../../journey/pathway-journey';
import { concernDiagramModel } from './diagrams';
import type { NextStep } from './flowchart';
import { useSession } from './session-store';
import { useTrainingPages } from './training-organisation';
import { MachineStageFrame, trainingTextFor } from './stage-parts';
import { stepUrl } from './training-urls';

/**
 * The concern pathway in training: the real journey (`ConcernJourney`: the same machine, the same
 * step pages) under the trainer's URLs, kept in memory only, with the live flowchart beside it.
 */
export function ConcernStageView({ stage }: { stage: ConcernStage }) {
  const { session, state } = useSession();
  const scenario = session.scenario;
  const urlFor = useCallback((step: string) => stepUrl(scenario, stage.id, step), [scenario, stage.id]);
  const training = useMemo<TrainingJourney>(() => ({ urlFor, store: session.journeyStore(stage.id) }), [urlFor, session, stage.id]);
  return (
    // A restart starts the journey afresh.
    <ConcernJourney key={state.run} training={training}>
      <ConcernTrainer stage={stage} scenario={scenario} />
    </ConcernJourney>
  );
}

const ancestors = (id: string) => selfAndAncestors(concernMachine, id);

function ConcernTrainer({ stage, scenario }: { stage: ConcernStage; scenario: Scenario }) {
  const journey = usePathwayJourney('bsw');
  const { ConcernStep } = useTrainingPages();
  const navigate = useNavigate();
  const diagram = concernDiagramModel();
  const { steps, index } = journey.history;
  const step = journey.step;
  const content = stepContent[step];
  const prompt = content.kind === 'start' ? content.roleLegend : content.title;
  const { send, snapshot, urlFor } = journey;

  const next = useMemo<NextStep[]>(() => {
    const moves = concernNextMoves(snapshot, { prompt, at: new Date().toISOString() }, trainingTextFor(stage, step, scenario.vignette));
    // The answer is timed when the room takes it, not when the page was drawn.
    return moves.map((move) => ({ edge: move.edge, take: () => send({ ...move.event, at: new Date().toISOString() }) }));
  }, [snapshot, prompt, stage, step, scenario, send]);

  const onJump = useCallback((target: string) => navigate(urlFor(target as typeof step)), [navigate, urlFor]);

  return (
    <MachineStageFrame
      stage={stage}
      diagram={diagram}
      steps={steps}
      index={index}
      next={next}
      finished={snapshot.status === 'done'}
      onJump={onJump}
      ancestorsOf={ancestors}
    >
      <ConcernStep />
    </MachineStageFrame>
  );
}
