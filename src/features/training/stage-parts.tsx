import { useMemo, type ReactNode } from 'react';
import type { PathwayModel } from '../../../forms/organisation-profile.schema';
import { citeSource } from '../../../forms/source-citation';
import type { MachineGraphEdge } from '../../../machines/scenarios.graph';
import { defaultModel, endVerdict, expectedEnd, expectedFrom, type MachineStage } from '../../../machines/scenarios.judge';
import type { TextFor } from '../../../machines/scenarios.moves';
import type { ScenarioMove } from '../../../machines/scenarios.schema';
import { trainingText } from '../../content/training.content';
import { LastMoveFeedback } from './choice-feedback';
import { concernDiagrams, takenEdges, type Diagram } from './diagrams';
import { Flowchart, type NextStep } from './flowchart';
import { useContinue } from './session-navigation';
import { useSession } from './session-store';
import { TrainerFrame } from './trainer-frame';

const stageText = trainingText.stage;

/**
 * What a training answer says when the room takes an edge: the scenario's own rationale on the
 * expected path (on the model that runs), a plain training note anywhere else; records say what the vignette says.
 */
export function trainingTextFor(stage: MachineStage, step: string, vignette: readonly string[], model: PathwayModel = defaultModel): TextFor {
  const expected = expectedFrom(stage, step, model);
  return (edge) => ({
    notes: expected && expected.to === edge.to ? (expected.notes ?? expected.why) : trainingText.defaultNotes,
    record: vignette.join(' '),
    // The basis page tries the scenario's expected basis first; the machine decides whether it fits the route.
    basis: stage.kind === 'consent' ? stage.expectedBasis : undefined,
  });
}

/** "Yes → Is the person causing concern?": a transition as the diagram labels it. */
export function edgeText(diagram: Diagram, edge: MachineGraphEdge): string {
  return stageText.take(diagram.edgeLabel(edge), diagram.nodeLabel(edge.to));
}

/** A scenario's move as the diagram labels it. */
export function moveText(diagram: Diagram, move: ScenarioMove): string {
  const matches = diagram.graph.edges.filter((candidate) => candidate.event === move.event && candidate.to === move.to);
  const edge = matches.find((candidate) => candidate.source === move.from) ?? matches[0];
  return edge ? edgeText(diagram, edge) : diagram.nodeLabel(move.to);
}

/**
 * The text alternative to the flowchart: where the room is, the next steps as buttons, and the path
 * so far, each step of which can be gone back to.
 */
export function StepsAlternative({
  diagram,
  history,
  index,
  next,
  onJump,
}: {
  diagram: Diagram;
  history: readonly string[];
  index: number;
  next: readonly NextStep[];
  onJump: (step: string) => void;
}) {
  return (
    <section className="next-steps" aria-labelledby="next-steps-title">
      <h2 className="heading-m" id="next-steps-title">
        {stageText.nextStepsHeading}
      </h2>
      <p className="body">
        <strong>{stageText.hereLabel}</strong> {diagram.nodeLabel(history[index]!)}
      </p>
      {next.length > 0 ? (
        <>
          <p className="hint">{stageText.nextStepsIntro}</p>
          <ul className="next-steps__list">
            {next.map((step) => (
              <li key={step.edge.id}>
                <button type="button" className="button button--secondary next-steps__button" onClick={step.take}>
                  {edgeText(diagram, step.edge)}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="body">{stageText.noNextSteps}</p>
      )}
      {index > 0 && (
        <>
          <h3 className="heading-s">{stageText.pathHeading}</h3>
          <ol className="next-steps__path">
            {history.slice(0, index).map((step) => (
              <li key={step}>
                <button type="button" className="link-button" onClick={() => onJump(step)}>
                  {diagram.nodeLabel(step)}
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** At the end of a machine stage: whether it is where the expected path ends, and what comes next. */
export function StageEnd({ stage, end, diagram, model = defaultModel }: { stage: MachineStage; end: string; diagram: Diagram; model?: PathwayModel }) {
  const verdict = endVerdict(stage, end, model);
  const { next, toNext, toDebrief } = useContinue(stage);
  return (
    <div className={`stage-end stage-end--${verdict}`}>
      <p className="body">
        {verdict === 'expected'
          ? stageText.endExpected
          : verdict === 'accepted'
            ? stageText.endAccepted
            : stageText.endDiffers(diagram.nodeLabel(expectedEnd(stage, model)))}
      </p>
      <div className="button-group">
        {verdict === 'expected' && next && (
          <button type="button" className="button" onClick={toNext}>
            {stageText.continueTo(next.title)}
          </button>
        )}
        <button type="button" className={verdict === 'expected' && next ? 'button button--secondary' : 'button'} onClick={toDebrief}>
          {stageText.toDebrief}
        </button>
      </div>
    </div>
  );
}

/** The trainer's note for a machine step: what the expected path does here, why, and the source. */
export function ExpectedHere({ stage, step, diagram, model = defaultModel }: { stage: MachineStage; step: string; diagram: Diagram; model?: PathwayModel }) {
  const move = expectedFrom(stage, step, model);
  if (!move) return <p className="body">{trainingText.notes.noExpected}</p>;
  return (
    <div className="body">
      <p>
        <strong>{trainingText.notes.expectedHere}:</strong> {moveText(diagram, move)}
      </p>
      <p>{move.why}</p>
      {citeSource(move.source) && (
        <p className="trainer__source">
          {trainingText.feedback.source} {citeSource(move.source)}
        </p>
      )}
    </div>
  );
}

/** What → does at the end of a machine stage: the next stage when the room reached the expected end. */
export function useStageContinue(stage: MachineStage, end: string | null, model: PathwayModel = defaultModel): (() => void) | null {
  const { next, toNext } = useContinue(stage);
  return end !== null && next && endVerdict(stage, end, model) === 'expected' ? toNext : null;
}

/**
 * A step of a machine stage (the pathway or the consent decision): the live flowchart beside the
 * page, the room's last choice judged above it, the end of the stage, and the next steps as text.
 * A concern stage is judged, and the room view charted, on the pathway model that runs (`model`).
 */
export function MachineStageFrame({
  stage,
  diagram,
  steps,
  index,
  next,
  finished,
  onJump,
  ancestorsOf,
  model = defaultModel,
  children,
}: {
  stage: MachineStage;
  diagram: Diagram;
  steps: readonly string[];
  index: number;
  next: readonly NextStep[];
  finished: boolean;
  onJump: (step: string) => void;
  ancestorsOf: (id: string) => readonly string[];
  model?: PathwayModel;
  children: ReactNode;
}) {
  const { state } = useSession();
  const step = steps[index]!;
  const taken = useMemo(() => takenEdges(diagram, steps, index, ancestorsOf), [diagram, steps, index, ancestorsOf]);
  const onContinue = useStageContinue(stage, finished ? step : null, model);
  return (
    <TrainerFrame
      stage={stage}
      step={step}
      onContinue={onContinue}
      notes={<ExpectedHere stage={stage} step={step} diagram={diagram} model={model} />}
      room={{
        question: diagram.nodeLabel(step),
        // "This has become an emergency" is on every step: the room sees the chart's own answers.
        options: next.filter((candidate) => !diagram.content.escapeEvents.includes(candidate.edge.event)).map((candidate) => edgeText(diagram, candidate.edge)),
        chosen: null,
        revealed: null,
        chart: { diagram: stage.kind === 'concern' ? concernDiagrams[model].room : stage.kind, history: steps, index },
      }}
      diagram={<Flowchart diagram={diagram} history={steps} index={index} taken={taken} next={next} onJump={onJump} zoom={state.presenter.zoom} />}
    >
      <LastMoveFeedback stage={stage} diagram={diagram} steps={steps} index={index} ancestorsOf={ancestorsOf} model={model} />
      {finished && <StageEnd stage={stage} end={step} diagram={diagram} model={model} />}
      <div className="trainer__page">{children}</div>
      <StepsAlternative diagram={diagram} history={steps} index={index} next={next} onJump={onJump} />
    </TrainerFrame>
  );
}
