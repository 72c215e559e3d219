import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { selfAndAncestors } from '../../../machines/scenarios.graph';
import { chartNextMoves, concernCharts } from '../../../machines/scenarios.moves';
import type { ConcernStage, Scenario } from '../../../machines/scenarios.schema';
import { ConcernJourney, useJourney, type TrainingJourney } from '../../journey/pathway-journey';
import type { JourneyStore } from '../../journey/journey-storage';
import { pathwayForModel, pathwayOfEntries, type PathwayStepId } from '../../journey/pathways';
import { concernDiagrams } from './diagrams';
import type { NextStep } from './flowchart';
import { scenarioModel } from './scenario-model';
import { useSession } from './session-store';
import { useTrainingOrganisation, useTrainingPages } from './training-organisation';
import { MachineStageFrame, trainingTextFor } from './stage-parts';
import { stepUrl } from './training-urls';

/**
 * The concern pathway in training: the real journey (`ConcernJourney`: the same machine, the same
 * step pages) under the trainer's URLs, kept in memory only, with the live flowchart beside it. It
 * runs on the organisation's own pathway model when the scenario gives a path on it (the BSW
 * reporting chart or the MSE police-portal flowchart); a journey the room has begun keeps its chart.
 */
export function ConcernStageView({ stage }: { stage: ConcernStage }) {
  const { session, state } = useSession();
  const organisation = useTrainingOrganisation();
  const scenario = session.scenario;
  const pathway = pathwayForModel(scenarioModel(scenario, organisation.pathwayModel));
  const urlFor = useCallback((step: string) => stepUrl(scenario, stage.id, step), [scenario, stage.id]);
  const store = useMemo<JourneyStore>(() => {
    const kept = session.journeyStore(stage.id);
    // The session keeps the steps; which chart they are on is read from the first of them.
    return {
      ...kept,
      load: () => {
        const loaded = kept.load();
        return loaded.status === 'loaded' ? { ...loaded, pathway: pathwayOfEntries(loaded.entries) ?? loaded.pathway } : loaded;
      },
    };
  }, [session, stage.id]);
  const training = useMemo<TrainingJourney>(() => ({ urlFor, store, pathway }), [urlFor, store, pathway]);
  return (
    // A restart starts the journey afresh.
    <ConcernJourney key={state.run} training={training}>
      <ConcernTrainer stage={stage} scenario={scenario} />
    </ConcernJourney>
  );
}

const ancestorsOn = Object.fromEntries(
  Object.entries(concernCharts).map(([model, chart]) => [model, (id: string) => selfAndAncestors(chart.machine, id)]),
) as Record<keyof typeof concernCharts, (id: string) => string[]>;

function ConcernTrainer({ stage, scenario }: { stage: ConcernStage; scenario: Scenario }) {
  const journey = useJourney();
  const { ConcernStep } = useTrainingPages();
  const navigate = useNavigate();
  // The chart this journey is on: the model it is judged and drawn on.
  const model = journey.definition.model;
  const chart = concernCharts[model];
  const diagram = concernDiagrams[model].diagram();
  const { steps, index } = journey.history;
  const step = journey.step;
  const content = journey.definition.contentOf(step);
  const prompt = content.kind === 'start' ? content.roleLegend : content.title;
  const { snapshot, urlFor } = journey;
  // Each chart's events are its own; the move was built from that chart's candidates.
  const send = journey.send as (event: { type: string; at: string }) => void;

  const next = useMemo<NextStep[]>(() => {
    const moves = chartNextMoves(chart, snapshot, { prompt, at: new Date().toISOString() }, trainingTextFor(stage, step, scenario.vignette, model));
    // The answer is timed when the room takes it, not when the page was drawn.
    return moves.map((move) => ({ edge: move.edge, take: () => send({ ...move.event, at: new Date().toISOString() }) }));
  }, [chart, snapshot, prompt, stage, step, scenario, send, model]);

  const onJump = useCallback((target: string) => navigate(urlFor(target as PathwayStepId)), [navigate, urlFor]);

  return (
    <MachineStageFrame
      stage={stage}
      diagram={diagram}
      steps={steps}
      index={index}
      next={next}
      finished={chart.ended(snapshot)}
      onJump={onJump}
      ancestorsOf={ancestorsOn[model]}
      model={model}
    >
      <ConcernStep />
    </MachineStageFrame>
  );
}
