import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { citeSource } from '../../../forms/source-citation';
import { Link } from 'react-router';
import type { Stage } from '../../../machines/scenarios.schema';
import { trainingText } from '../../content/training.content';
import { nextZoom, toggleFullScreen, usePresenterKeys, type PresenterActions } from './presenter';
import { revealText, roomText } from '../../content/training.content';
import { openRoomView, useRoomBroadcast, type RoomScreen } from './room-channel';
import { useSessionNavigation } from './session-navigation';
import { useSession } from './session-store';
import { roomUrl, TRAINING_ROOT } from './training-urls';

const text = trainingText.controls;

interface TrainerFrameProps {
  /** The stage and step shown; absent on the briefing and the debrief. */
  stage?: Stage;
  step?: string;
  /** The live flowchart (or, for discussion, the list of its steps). */
  diagram?: ReactNode;
  /** What the trainer sees about this step when notes are shown. */
  notes?: ReactNode;
  /** What → does once there is no later step in the history: the next question, or the next stage. */
  onContinue?: (() => void) | null;
  /** Show the vignette above the page (not on the briefing, which is the vignette). */
  showScenario?: boolean;
  /** Whether the diagram column is a flowchart that zooms. */
  zoomable?: boolean;
  /** The page in the wide column and the diagram beside it (discussion steps, where the question leads). */
  pageFirst?: boolean;
  /** Pages outside the steps: the briefing comes before the first step, the debrief after the last. */
  page?: 'step' | 'briefing' | 'debrief';
  /** What the room view shows of this page: the question, the choices and the chart; never the notes. */
  room?: RoomPart;
  children: ReactNode;
}

export type RoomPart = Pick<Extract<RoomScreen, { kind: 'question' }>, 'question' | 'options' | 'chosen' | 'revealed' | 'chart'>;

/**
 * Every trainer page: the presenter's controls and shortcuts, the scenario, the flowchart beside
 * the page the room answers, and the trainer's notes, hidden from the projected view until shown.
 */
export function TrainerFrame({
  stage,
  step,
  diagram,
  notes,
  onContinue,
  showScenario = true,
  zoomable = true,
  pageFirst = false,
  page = 'step',
  room,
  children,
}: TrainerFrameProps) {
  const { session, state } = useSession();
  const { presenter } = state;
  const scenario = session.scenario;
  const navigation = useSessionNavigation(stage?.id ?? null, step ?? null, page);
  const forward = navigation.forward ?? onContinue ?? null;

  const actions = useMemo<PresenterActions>(
    () => ({
      back: navigation.back,
      forward,
      restart: navigation.restart,
      toggleFullScreen: () => void toggleFullScreen(session),
      toggleNotes: () => session.setPresenter({ notes: !session.getSnapshot().presenter.notes }),
      zoom: (change) => session.setPresenter({ zoom: nextZoom(session.getSnapshot().presenter.zoom, change) }),
    }),
    [navigation, forward, session],
  );
  usePresenterKeys(actions);

  // Each step starts with the controls and the flowchart in view: the real pathway pages move focus
  // to their heading, which would otherwise scroll the projected view down.
  useEffect(() => {
    document.scrollingElement?.scrollTo?.({ top: 0, left: 0 });
  }, [stage, step]);

  const stageNumber = stage ? scenario.stages.indexOf(stage) + 1 : 0;
  const caption = stage
    ? trainingText.stage.stageOf(stageNumber, scenario.stages.length, stage.title)
    : page === 'debrief'
      ? roomText.debrief
      : roomText.briefing;
  useRoomBroadcast({
    kind: 'question',
    title: trainingText.scenarioPanel.summary(scenario.id, scenario.title),
    caption,
    vignette: scenario.vignette,
    question: room?.question ?? '',
    options: room?.options ?? [],
    chosen: room?.chosen ?? null,
    revealed: room?.revealed ?? null,
    chart: room?.chart ?? null,
  });
  const scenarioPanel = showScenario && (
    <details className="trainer__scenario" open>
      <summary>{trainingText.scenarioPanel.summary(scenario.id, scenario.title)}</summary>
      <ul className="trainer__vignette">
        {scenario.vignette.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
  // Shown where the trainer is looking (beside the scenario); hidden, a one-line reminder at the end.
  const notesPanel = presenter.notes ? (
    <aside className="trainer__notes" aria-labelledby="trainer-notes-title">
      <h2 className="heading-m" id="trainer-notes-title">
        {trainingText.notes.heading}
      </h2>
      {notes}
      <h3 className="heading-s">{trainingText.notes.cuesHeading}</h3>
      <ul className="list">
        {scenario.cues.map((cue) => (
          <li key={cue.id}>
            <strong>{cue.id}</strong> {cue.text} {citeSource(cue.ref) && <span className="trainer__source">({citeSource(cue.ref)})</span>}
          </li>
        ))}
      </ul>
      {scenario.trainerNotes.length > 0 && (
        <>
          <h3 className="heading-s">{trainingText.notes.generalHeading}</h3>
          <ul className="list">
            {scenario.trainerNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  ) : null;
  const notesHidden = presenter.notes ? null : <p className="hint trainer__notes-hidden">{trainingText.notes.hidden}</p>;

  return (
    <div className="trainer">
      <nav className="trainer__bar" aria-label={text.label}>
        <p className="trainer__title">
          <strong>{trainingText.scenarioPanel.summary(scenario.id, scenario.title)}</strong>
          {stage && <span className="trainer__stage">{trainingText.stage.stageOf(stageNumber, scenario.stages.length, stage.title)}</span>}
        </p>
        {/* Two groups, each kept whole: moving through the session (with the way out), and what the screens show. On a projector the
            first sits beside the title and the second on a row of its own, so no control is ever scrolled out of sight. */}
        <div className="trainer__buttons trainer__buttons--session">
          <button type="button" className="trainer__button" onClick={actions.back ?? undefined} disabled={!actions.back}>
            <span aria-hidden="true">← </span>
            {text.back}
          </button>
          <button type="button" className="trainer__button" onClick={actions.forward ?? undefined} disabled={!actions.forward}>
            {text.forward}
            <span aria-hidden="true"> →</span>
          </button>
          <button type="button" className="trainer__button" onClick={actions.restart}>
            {text.restart}
          </button>
          <button type="button" className="trainer__button trainer__button--primary" onClick={navigation.debrief}>
            {text.debrief}
          </button>
          <Link className="trainer__link" to={TRAINING_ROOT}>
            {text.scenarios}
          </Link>
        </div>
        <div className="trainer__buttons trainer__buttons--screen">
          <button type="button" className="trainer__button" aria-pressed={presenter.presenting} onClick={actions.toggleFullScreen}>
            {presenter.presenting ? text.exitFullScreen : text.fullScreen}
          </button>
          <button type="button" className="trainer__button" aria-pressed={presenter.notes} onClick={actions.toggleNotes}>
            {presenter.notes ? text.hideNotes : text.showNotes}
          </button>
          <button
            type="button"
            className="trainer__button"
            aria-pressed={presenter.reveal}
            onClick={() => session.setPresenter({ reveal: !session.getSnapshot().presenter.reveal })}
          >
            {presenter.reveal ? revealText.turnOff : revealText.turnOn}
          </button>
          <button type="button" className="trainer__button" onClick={() => openRoomView(roomUrl)}>
            {roomText.open}
          </button>
          {diagram && zoomable && (
            <span className="trainer__zoom" role="group" aria-label={text.zoomLevel(Math.round(presenter.zoom * 100))}>
              <button type="button" className="trainer__button trainer__button--icon" aria-label={text.zoomOut} onClick={() => actions.zoom('out')}>
                −
              </button>
              <span className="trainer__zoom-level" aria-hidden="true">
                {Math.round(presenter.zoom * 100)}%
              </span>
              <button type="button" className="trainer__button trainer__button--icon" aria-label={text.zoomIn} onClick={() => actions.zoom('in')}>
                +
              </button>
              <button type="button" className="trainer__button" onClick={() => actions.zoom('reset')}>
                {text.zoomReset}
              </button>
            </span>
          )}
        </div>
      </nav>
      {/* The shortcut legend behind a toggle: on a projector the question and the chart come first. */}
      <details className="trainer__shortcuts">
        <summary>{trainingText.shortcuts.label}</summary>
        <p>
          {trainingText.shortcuts.items
            .filter((item) => (diagram && zoomable) || !item.zoom)
            .map((item) => (
              <span key={item.keys} className="trainer__shortcut">
                <kbd>{item.keys}</kbd> {item.what}
              </span>
            ))}
        </p>
      </details>
      <div role="status">{presenter.fallback && <p className="trainer__fallback">{text.fullScreenFallback}</p>}</div>
      {state.confirmingRestart && <RestartQuestion steps={session.timeline().length} onYes={navigation.confirmRestart} onNo={navigation.cancelRestart} />}
      <div role="status">
        {navigation.undo && !state.confirmingRestart && (
          <p className="trainer__undo">
            {text.restarted}{' '}
            <button type="button" className="trainer__button" onClick={navigation.undo}>
              {text.undo}
            </button>
          </p>
        )}
      </div>
      {diagram && pageFirst ? (
        <div className="trainer__grid">
          <div className="trainer__main">
            {children}
            {notesHidden}
          </div>
          <div className="trainer__side">
            {scenarioPanel}
            {notesPanel}
            {diagram}
          </div>
        </div>
      ) : diagram ? (
        <div className="trainer__grid">
          <div className="trainer__diagram">{diagram}</div>
          <div className="trainer__main">
            {scenarioPanel}
            {notesPanel}
            {children}
            {notesHidden}
          </div>
        </div>
      ) : (
        <div className="trainer__main trainer__main--single">
          {scenarioPanel}
          {notesPanel}
          {children}
          {notesHidden}
        </div>
      )}
    </div>
  );
}

/** "R" and the Restart button ask first: a restart clears every step the room has taken. */
function RestartQuestion({ steps, onYes, onNo }: { steps: number; onYes: () => void; onNo: () => void }) {
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div
      className="trainer__confirm"
      role="alertdialog"
      aria-labelledby="restart-title"
      aria-describedby="restart-body"
      onKeyDown={(event) => event.key === 'Escape' && onNo()}
    >
      <h2 className="heading-s" id="restart-title">
        {text.confirmRestartTitle}
      </h2>
      <p className="body" id="restart-body">
        {text.confirmRestartBody(steps)}
      </p>
      <div className="button-group">
        <button type="button" className="button button--warning" ref={yes} onClick={onYes}>
          {text.confirmRestart}
        </button>
        <button type="button" className="button button--secondary" onClick={onNo}>
          {text.cancelRestart}
        </button>
      </div>
    </div>
  );
}
