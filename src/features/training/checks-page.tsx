import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { citeSource } from '../../../forms/source-citation';
import { checksText as text, knowledgeChecks, type CheckSet } from '../../content/knowledge-checks.content';
import { useRoomBroadcast } from './room-channel';
import { RevealTimer } from './reveal-timer';
import { TrainerTitle } from './trainer-parts';
import { checksUrl } from './training-urls';

/** The knowledge checks: one set per level, listed. */
export function ChecksListPage() {
  return (
    <div className="trainer__main trainer__main--single">
      <TrainerTitle tabTitle={text.tabTitle}>{text.title}</TrainerTitle>
      <p className="body">{text.intro}</p>
      <ul className="list">
        {knowledgeChecks.map((set) => (
          <li key={set.level}>
            <Link to={checksUrl(set.level)}>{text.setLink(set.title)}</Link>
            <span className="hint"> {set.intro}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** /training/checks/<level> */
export function CheckSetPage() {
  const { level } = useParams();
  const set = knowledgeChecks.find((candidate) => candidate.level === level);
  if (!set) return <p className="body">{text.notFound}</p>;
  return <CheckRun key={set.level} set={set} />;
}

type Mode = 'reveal' | 'single';

/**
 * One set, a question at a time. In reveal mode the room's choice is marked but nothing is judged
 * until the presenter reveals; for one learner each answer is explained at once. The room view
 * follows: it shows the question and the choices, and the answer only once revealed.
 */
function CheckRun({ set }: { set: CheckSet }) {
  const [mode, setMode] = useState<Mode>('reveal');
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [revealed, setRevealed] = useState<Record<string, boolean>>({});
  const [finished, setFinished] = useState(false);
  const question = set.questions[index]!;
  const chosen = answers[question.id] ?? null;
  const shown = chosen !== null && (mode === 'single' || revealed[question.id] === true);
  const right = set.questions.filter((candidate) => answers[candidate.id] === candidate.answer).length;
  const answerLabel = question.options.find((option) => option.id === question.answer)!.label;

  useRoomBroadcast(
    finished
      ? { kind: 'results', title: set.title, line: text.results(right, set.questions.length) }
      : {
          kind: 'question',
          title: set.title,
          caption: text.questionOf(index + 1, set.questions.length),
          question: question.question,
          options: question.options.map((option) => option.label),
          chosen: chosen ? question.options.find((option) => option.id === chosen)!.label : null,
          revealed: shown ? { answer: answerLabel, why: question.explanation, source: citeSource(question.source) } : null,
          chart: null,
        },
  );

  if (finished)
    return (
      <div className="trainer__main trainer__main--single">
        <TrainerTitle tabTitle={`${text.resultsHeading}: ${set.title}`}>{set.title}</TrainerTitle>
        <h2 className="heading-m">{text.resultsHeading}</h2>
        <p className="body-l" role="status">
          {text.results(right, set.questions.length)}
        </p>
        <div className="button-group">
          <button
            type="button"
            className="button"
            onClick={() => {
              setAnswers({});
              setRevealed({});
              setIndex(0);
              setFinished(false);
            }}
          >
            {text.again}
          </button>
          <Link className="button button--secondary" to={checksUrl()}>
            {text.allSets}
          </Link>
        </div>
      </div>
    );

  return (
    <div className="trainer__main trainer__main--single check">
      <p className="caption">{text.questionOf(index + 1, set.questions.length)}</p>
      <TrainerTitle tabTitle={`${set.title}: ${text.questionOf(index + 1, set.questions.length)}`}>{question.question}</TrainerTitle>
      <p className="hint">
        {text.competence} {question.competence} ({citeSource(question.competenceSource)})
      </p>
      <fieldset className="nhsuk-fieldset check__mode">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{text.modeLegend}</legend>
        <div className="nhsuk-radios nhsuk-radios--small nhsuk-radios--inline">
          {(['reveal', 'single'] as const).map((value) => (
            <div className="nhsuk-radios__item" key={value}>
              <input
                className="nhsuk-radios__input"
                type="radio"
                id={`check-mode-${value}`}
                name="check-mode"
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              <label className="nhsuk-label nhsuk-radios__label" htmlFor={`check-mode-${value}`}>
                {text.modes[value]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <ul className="answers" aria-label={question.question}>
        {question.options.map((option) => (
          <li key={option.id}>
            <button
              type="button"
              className="answers__button"
              aria-pressed={option.id === chosen}
              onClick={() => setAnswers({ ...answers, [question.id]: option.id })}
            >
              {option.label}
            </button>
          </li>
        ))}
      </ul>
      {mode === 'reveal' && !shown && (
        <div className="check__reveal">
          <RevealTimer />
          <button type="button" className="button" disabled={chosen === null} onClick={() => setRevealed({ ...revealed, [question.id]: true })}>
            {text.reveal}
          </button>
        </div>
      )}
      <div role="status">
        {shown && (
          <div className={`feedback feedback--${chosen === question.answer ? 'expected' : 'differs'}`}>
            <p className="body">
              <strong>{chosen === question.answer ? text.correct : text.notQuite}</strong> {text.rightAnswer(answerLabel)}
            </p>
            <p className="body">{question.explanation}</p>
            <p className="trainer__source">
              {text.source} {citeSource(question.source)}
            </p>
          </div>
        )}
      </div>
      <div className="button-group">
        {index > 0 && (
          <button type="button" className="button button--secondary" onClick={() => setIndex(index - 1)}>
            {text.previous}
          </button>
        )}
        {shown &&
          (index + 1 < set.questions.length ? (
            <button type="button" className="button" onClick={() => setIndex(index + 1)}>
              {text.next}
            </button>
          ) : (
            <button type="button" className="button" onClick={() => setFinished(true)}>
              {text.finish}
            </button>
          ))}
      </div>
    </div>
  );
}
