import { useCallback, useMemo } from 'react';
import { citeSource } from '../../../forms/source-citation';
import { basisWords } from './basis-words';
import { useNavigate } from 'react-router';
import { consentMachine, currentConsentStep, type ConsentStepId } from '../../../machines/consent.machine';
import { selfAndAncestors } from '../../../machines/scenarios.graph';
import { basisReached, dataProtectionReached, judgeDataProtection } from '../../../machines/scenarios.judge';
import { consentNextMoves, takeMove } from '../../../machines/scenarios.moves';
import type { ConsentStage } from '../../../machines/scenarios.schema';
import { consentContent } from '../../content/consent.content';
import { trainingText } from '../../content/training.content';
import { TrainerTitle } from './trainer-parts';
import { consentDiagramModel } from './diagrams';
import type { NextStep } from './flowchart';
import { useSession, type ConsentEntry } from './session-store';
import { MachineStageFrame, trainingTextFor } from './stage-parts';
import { stepUrl } from './training-urls';

const ancestors = (id: string) => selfAndAncestors(consentMachine, id);

/**
 * The safeguarding lead's consent decision in training: the same `consentMachine` as the referral,
 * taken one step at a time by the room's choices (pure `transition`, with training answers). The
 * question and guidance on each step are the real pages' own words.
 */
export function ConsentStageView({ stage, entries, index }: { stage: ConsentStage; entries: readonly ConsentEntry[]; index: number }) {
  const { session } = useSession();
  const navigate = useNavigate();
  const diagram = consentDiagramModel();
  const entry = entries[index]!;
  const snapshot = entry.snapshot;
  const step = entry.step as ConsentStepId;
  // Every consent page has these; the page kinds differ in their fields, which training does not show.
  const content: { title: string; tabTitle: string; hint?: string; guidance?: readonly string[]; source: string } = consentContent[step];
  const steps = useMemo(() => entries.map((item) => item.step), [entries]);

  const next = useMemo<NextStep[]>(() => {
    const moves = consentNextMoves(snapshot, { prompt: content.title, at: new Date().toISOString() }, trainingTextFor(stage, step, session.scenario.vignette));
    return moves.map((move) => ({
      edge: move.edge,
      take: () => {
        const after = takeMove(consentMachine, snapshot, { ...move.event, at: new Date().toISOString() });
        const reached = currentConsentStep(after);
        session.setEntries(stage.id, [...entries.slice(0, index + 1), { step: reached, snapshot: after }]);
        navigate(stepUrl(session.scenario, stage.id, reached));
      },
    }));
  }, [snapshot, content.title, stage, step, session, entries, index, navigate]);

  const onJump = useCallback((target: string) => navigate(stepUrl(session.scenario, stage.id, target)), [navigate, session.scenario, stage.id]);
  const finished = snapshot.status === 'done';
  const basis = basisReached(snapshot);
  const dataProtection = useMemo(
    () => (finished ? judgeDataProtection(stage.expectedBasis, dataProtectionReached(snapshot)) : null),
    [finished, stage.expectedBasis, snapshot],
  );

  return (
    <MachineStageFrame stage={stage} diagram={diagram} steps={steps} index={index} next={next} finished={finished} onJump={onJump} ancestorsOf={ancestors}>
      <TrainerTitle tabTitle={content.tabTitle}>{content.title}</TrainerTitle>
      {content.hint && <p className="hint">{content.hint}</p>}
      {content.guidance?.map((paragraph) => (
        <p key={paragraph} className="body">
          {paragraph}
        </p>
      ))}
      {finished && basis.code && (
        <p className="body">
          <strong>{trainingText.debrief.basisReached}</strong> {basisWords(basis.code, basis.row)}
        </p>
      )}
      {dataProtection && (
        <p className="body">
          {dataProtection.length === 0 ? trainingText.debrief.dataProtection.matches : trainingText.debrief.dataProtection.differsSeeDebrief}
        </p>
      )}
      {citeSource(content.source) && (
        <p className="source">
          {trainingText.feedback.source} {citeSource(content.source)}
        </p>
      )}
    </MachineStageFrame>
  );
}
