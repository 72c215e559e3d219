import { useEffect, useMemo } from 'react';
import { roomText as text } from '../../content/training.content';
import { concernMachine } from '../../../machines/concern.machine';
import { consentMachine } from '../../../machines/consent.machine';
import { mseMachine } from '../../../machines/mse.machine';
import { requestMachine } from '../../../machines/information-request.machine';
import { selfAndAncestors } from '../../../machines/scenarios.graph';
import { usePageHeading } from '../../ui/page-heading';
import { concernDiagramModel, consentDiagramModel, mseDiagramModel, requestDiagramModel, takenEdges } from './diagrams';
import { Flowchart } from './flowchart';
import { useRoomScreen, type RoomScreen } from './room-channel';

const ancestors = {
  concern: (id: string) => selfAndAncestors(concernMachine, id),
  consent: (id: string) => selfAndAncestors(consentMachine, id),
  mse: (id: string) => selfAndAncestors(mseMachine, id),
  request: (id: string) => selfAndAncestors(requestMachine, id),
};
const diagrams = { concern: concernDiagramModel, consent: consentDiagramModel, mse: mseDiagramModel, request: requestDiagramModel };

/**
 * The room view: a second window for the projector, following the presenter's window on this device
 * (BroadcastChannel). It shows what the presenter posts: the scenario, the question, the choices and
 * the chart; the trainer's notes and the expected answer never reach it, and the answer only once
 * revealed. It has no controls of its own.
 */
export function RoomPage() {
  const screen = useRoomScreen();
  useEffect(() => {
    document.documentElement.classList.add('training-presenting', 'training-room');
    return () => document.documentElement.classList.remove('training-presenting', 'training-room');
  }, []);
  return (
    <div className="room">
      {screen.kind === 'waiting' ? <Waiting /> : screen.kind === 'results' ? <Results screen={screen} /> : <Question screen={screen} />}
    </div>
  );
}

function Waiting() {
  const heading = usePageHeading(text.tabTitle);
  return (
    <>
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {text.waitingTitle}
      </h1>
      <p className="body-l" role="status">
        {text.waiting}
      </p>
      <p className="body">{text.help}</p>
    </>
  );
}

function Results({ screen }: { screen: Extract<RoomScreen, { kind: 'results' }> }) {
  const heading = usePageHeading(text.tabTitle);
  return (
    <>
      <p className="caption">{screen.title}</p>
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {screen.line}
      </h1>
    </>
  );
}

function Question({ screen }: { screen: Extract<RoomScreen, { kind: 'question' }> }) {
  const heading = usePageHeading(text.tabTitle);
  const chart = screen.chart;
  const diagram = chart ? diagrams[chart.diagram]() : null;
  const taken = useMemo(
    () => (chart && diagram ? takenEdges(diagram, chart.history, chart.index, ancestors[chart.diagram]) : new Set<string>()),
    [chart, diagram],
  );
  const page = (
    <div className="room__page">
      <p className="caption room__caption">
        {screen.title} · {screen.caption}
      </p>
      {screen.vignette && (
        <details className="trainer__scenario" open={!screen.question}>
          <summary>{text.scenarioHeading}</summary>
          <ul className="trainer__vignette">
            {screen.vignette.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <h1 className="heading-l room__question" tabIndex={-1} ref={heading}>
        {screen.question || screen.title}
      </h1>
      {screen.options.length > 0 && (
        <ol className="room__options" aria-label={text.choicesLabel} type="A">
          {screen.options.map((option) => (
            <li key={option} className={option === screen.chosen ? 'room__option room__option--chosen' : 'room__option'}>
              {option}
              {option === screen.chosen && <strong className="room__chosen"> ({text.chosen})</strong>}
            </li>
          ))}
        </ol>
      )}
      <div role="status">
        {screen.revealed && (
          <div className="feedback room__revealed">
            <p className="body-l">
              <strong>{text.answer}</strong> {screen.revealed.answer}
            </p>
            <p className="body">{screen.revealed.why}</p>
            {screen.revealed.source && (
              <p className="trainer__source">
                {text.source} {screen.revealed.source}
              </p>
            )}
          </div>
        )}
      </div>
    </div>
  );
  if (!chart || !diagram) return <div className="trainer__main trainer__main--single">{page}</div>;
  return (
    <div className="trainer__grid">
      <div className="trainer__diagram">
        <Flowchart diagram={diagram} history={chart.history} index={chart.index} taken={taken} next={[]} zoom={1} />
      </div>
      <div className="trainer__main">{page}</div>
    </div>
  );
}
