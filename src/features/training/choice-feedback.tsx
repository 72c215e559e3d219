import type { PathwayModel } from '../../../forms/organisation-profile.schema';
import { judgeMove, type MachineStage, type Verdict } from '../../../machines/scenarios.judge';
import { citeSource } from '../../../forms/source-citation';
import { trainingText } from '../../content/training.content';
import { edgeBetween, type Diagram } from './diagrams';
import { moveText } from './stage-parts';

const text = trainingText.feedback;
const marks: Record<Verdict, string> = { expected: '✓', accepted: '✓', differs: '✗', 'off-path': '!' };

/** The room's last choice against the expected path, why, and the source paragraph. */
export function ChoiceFeedback({
  at,
  choice,
  verdict,
  why,
  source,
  expected,
  extra,
}: {
  at: string;
  choice: string;
  verdict: Verdict;
  why?: string | null;
  source?: string | null;
  /** For a choice that differs: what the expected path does here. */
  expected?: string | null;
  /** Feedback written for this particular wrong answer. */
  extra?: string | null;
}) {
  return (
    <div className={`feedback feedback--${verdict}`} role="status">
      <p className="feedback__verdict">
        <span className="feedback__mark" aria-hidden="true">
          {marks[verdict]}
        </span>{' '}
        {text.verdicts[verdict]}
      </p>
      <p className="feedback__choice">{text.choice(at, choice)}</p>
      {extra && <p className="feedback__extra">{extra}</p>}
      {verdict === 'differs' && expected && <p>{text.expectedWas(expected)}</p>}
      {verdict === 'off-path' && <p>{text.offPath}</p>}
      {why && (
        <p>
          <strong>{text.why}</strong> {why}
        </p>
      )}
      {citeSource(source) && (
        <p className="feedback__source">
          {text.source} {citeSource(source)}
        </p>
      )}
    </div>
  );
}

/** The room's last step on a machine (from the previous step of the history to this one), judged. */
export function LastMoveFeedback({
  stage,
  diagram,
  steps,
  index,
  ancestorsOf,
  model,
}: {
  stage: MachineStage;
  diagram: Diagram;
  steps: readonly string[];
  index: number;
  ancestorsOf: (id: string) => readonly string[];
  /** The pathway model a concern stage runs on (its paths on that chart). */
  model?: PathwayModel;
}) {
  if (index === 0) return null;
  const previous = steps[index - 1]!;
  const step = steps[index]!;
  const edge = edgeBetween(diagram, previous, step, ancestorsOf);
  const judgement = judgeMove(stage, previous, step, model);
  return (
    <ChoiceFeedback
      at={diagram.nodeLabel(previous)}
      choice={edge ? `${diagram.edgeLabel(edge)} → ${diagram.nodeLabel(step)}` : diagram.nodeLabel(step)}
      verdict={judgement.verdict}
      why={judgement.move?.why}
      source={judgement.move?.source}
      expected={judgement.verdict === 'differs' && judgement.move ? moveText(diagram, judgement.move) : null}
    />
  );
}
