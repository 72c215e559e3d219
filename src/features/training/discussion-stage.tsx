import { useState } from 'react';
import { useNavigate } from 'react-router';
import { citeSource } from '../../../forms/source-citation';
import { judgeAnswer } from '../../../machines/scenarios.judge';
import type { DiscussionStage } from '../../../machines/scenarios.schema';
import type { nationalContacts } from '../../content/contacts';
import { diagramText, revealText, trainingText } from '../../content/training.content';
import { RevealTimer } from './reveal-timer';
import { TrainerTitle } from './trainer-parts';
import { ContactList } from '../../ui/contact-list';
import { ChoiceFeedback } from './choice-feedback';
import { useContinue } from './session-navigation';
import { useSession, type DiscussionEntry } from './session-store';
import { TrainerFrame } from './trainer-frame';
import { stepUrl } from './training-urls';

const text = trainingText.stage;

/**
 * A step the app's machines do not model (the lead's triage, incoming requests, out-of-hours
 * calls): a question for the room, judged against the expected answer. It never pretends to be a
 * machine state: the panel beside it says so.
 */
export function DiscussionStageView({ stage, entries, index }: { stage: DiscussionStage; entries: readonly DiscussionEntry[]; index: number }) {
  const { session, state } = useSession();
  // Reveal mode: the room's choice is marked, and judged only when the presenter reveals it.
  const [revealed, setRevealed] = useState(false);
  const reveal = state.presenter.reveal;
  const navigate = useNavigate();
  const { next: nextStage, toNext, toDebrief } = useContinue(stage);
  const entry = entries[index]!;
  const step = stage.steps.find((candidate) => candidate.id === entry.step)!;
  const position = stage.steps.indexOf(step);
  const following = stage.steps[position + 1];
  const chosen = step.options.find((option) => option.id === entry.answer) ?? null;

  const answer = (option: string) => session.setEntries(stage.id, [...entries.slice(0, index), { step: step.id, answer: option }]);
  const nextQuestion = following
    ? () => {
        if (entries[index + 1]?.step !== following.id) session.setEntries(stage.id, [...entries.slice(0, index + 1), { step: following.id, answer: null }]);
        navigate(stepUrl(session.scenario, stage.id, following.id));
      }
    : null;
  const shown = chosen !== null && (!reveal || revealed);
  const onContinue = shown ? (nextQuestion ?? (nextStage ? toNext : null)) : null;
  const expectedWords = step.options
    .filter((option) => step.expected.includes(option.id))
    .map((option) => option.label)
    .join(' / ');

  return (
    <TrainerFrame
      stage={stage}
      step={step.id}
      onContinue={onContinue}
      zoomable={false}
      pageFirst
      room={{
        question: step.question,
        options: step.options.map((option) => option.label),
        chosen: chosen?.label ?? null,
        revealed: shown ? { answer: expectedWords, why: step.why, source: citeSource(step.source) } : null,
        chart: null,
      }}
      notes={
        <div className="body">
          <p>
            <strong>{trainingText.notes.expectedHere}:</strong>{' '}
            {step.options
              .filter((option) => step.expected.includes(option.id))
              .map((option) => option.label)
              .join(' / ')}
          </p>
          <p>{step.why}</p>
          {citeSource(step.source) && (
            <p className="trainer__source">
              {trainingText.feedback.source} {citeSource(step.source)}
            </p>
          )}
        </div>
      }
      diagram={
        <section className="discussion-steps" aria-labelledby="discussion-steps-title">
          <h2 className="heading-s" id="discussion-steps-title">
            {diagramText.discussionTitle}
          </h2>
          <p className="body">{stage.note}</p>
          <ol className="discussion-steps__list">
            {stage.steps.map((candidate) => (
              <li
                key={candidate.id}
                aria-current={candidate.id === step.id ? 'step' : undefined}
                className={candidate.id === step.id ? 'discussion-steps__current' : undefined}
              >
                {candidate.question}
              </li>
            ))}
          </ol>
        </section>
      }
    >
      <div className="trainer__page">
        <p className="caption">{text.discussionNote}</p>
        <TrainerTitle tabTitle={stage.title}>{step.question}</TrainerTitle>
        <ul className="answers" aria-label={text.options}>
          {step.options.map((option) => (
            <li key={option.id}>
              <button type="button" className="answers__button" aria-pressed={option.id === entry.answer} onClick={() => answer(option.id)}>
                {option.label}
              </button>
            </li>
          ))}
        </ul>
        {chosen && !shown && (
          <div className="reveal-panel">
            <p className="body" role="status">
              {revealText.roomChose(chosen.label)}
            </p>
            <RevealTimer />
            <button type="button" className="button" onClick={() => setRevealed(true)}>
              {revealText.reveal}
            </button>
          </div>
        )}
        {reveal && !chosen && (
          <div className="reveal-panel">
            <p className="body">{revealText.waiting}</p>
            <RevealTimer />
          </div>
        )}
        {shown && chosen && (
          <ChoiceFeedback
            at={step.question}
            choice={chosen.label}
            verdict={judgeAnswer(step, chosen.id)}
            extra={chosen.feedback}
            expected={step.options
              .filter((option) => step.expected.includes(option.id))
              .map((option) => option.label)
              .join(' / ')}
            why={step.why}
            source={step.source}
          />
        )}
        {shown && step.contacts.length > 0 && <ContactList keys={step.contacts as (keyof typeof nationalContacts)[]} />}
        {shown && (
          <div className="button-group">
            {nextQuestion ? (
              <button type="button" className="button" onClick={nextQuestion}>
                {text.nextQuestion}
              </button>
            ) : nextStage ? (
              <button type="button" className="button" onClick={toNext}>
                {text.continueTo(nextStage.title)}
              </button>
            ) : (
              <button type="button" className="button" onClick={toDebrief}>
                {text.toDebrief}
              </button>
            )}
          </div>
        )}
      </div>
    </TrainerFrame>
  );
}
