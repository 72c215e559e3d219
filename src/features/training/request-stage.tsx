import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { citeSource } from '../../../forms/source-citation';
import { currentRequestStep, requestMachine, type RequestStepId } from '../../../machines/information-request.machine';
import { selfAndAncestors } from '../../../machines/scenarios.graph';
import { requestNextMoves, takeMove } from '../../../machines/scenarios.moves';
import type { RequestStage } from '../../../machines/scenarios.schema';
import { requestSteps } from '../../content/request.content';
import { trainingText } from '../../content/training.content';
import { TrainerTitle } from './trainer-parts';
import { requestDiagramModel } from './diagrams';
import type { NextStep } from './flowchart';
import { useSession, type RequestEntry } from './session-store';
import { MachineStageFrame, trainingTextFor } from './stage-parts';
import { stepUrl } from './training-urls';

const ancestors = (id: string) => selfAndAncestors(requestMachine, id);

/**
 * Answering a request for information in training (S11): the same `requestMachine` as the lead's
 * pages, taken one step at a time by the room's choices (pure `transition`, with training answers),
 * judged like the consent stages. The question and hint on each step are the real pages' own words.
 */
export function RequestStageView({ stage, entries, index }: { stage: RequestStage; entries: readonly RequestEntry[]; index: number }) {
  const { session } = useSession();
  const navigate = useNavigate();
  const diagram = requestDiagramModel();
  const entry = entries[index]!;
  const snapshot = entry.snapshot;
  const step = entry.step as RequestStepId;
  const content: { title: string; tabTitle: string; hint?: string; source: string } = requestSteps[step];
  const steps = useMemo(() => entries.map((item) => item.step), [entries]);

  const next = useMemo<NextStep[]>(() => {
    const moves = requestNextMoves(snapshot, { prompt: content.title, at: new Date().toISOString() }, trainingTextFor(stage, step, session.scenario.vignette));
    return moves.map((move) => ({
      edge: move.edge,
      take: () => {
        const after = takeMove(requestMachine, snapshot, { ...move.event, at: new Date().toISOString() });
        const reached = currentRequestStep(after);
        session.setEntries(stage.id, [...entries.slice(0, index + 1), { step: reached, snapshot: after }]);
        navigate(stepUrl(session.scenario, stage.id, reached));
      },
    }));
  }, [snapshot, content.title, stage, step, session, entries, index, navigate]);

  const onJump = useCallback((target: string) => navigate(stepUrl(session.scenario, stage.id, target)), [navigate, session.scenario, stage.id]);
  const finished = snapshot.status === 'done';

  return (
    <MachineStageFrame stage={stage} diagram={diagram} steps={steps} index={index} next={next} finished={finished} onJump={onJump} ancestorsOf={ancestors}>
      <TrainerTitle tabTitle={content.tabTitle}>{content.title}</TrainerTitle>
      {content.hint && <p className="hint">{content.hint}</p>}
      {citeSource(content.source) && (
        <p className="source">
          {trainingText.feedback.source} {citeSource(content.source)}
        </p>
      )}
    </MachineStageFrame>
  );
}
