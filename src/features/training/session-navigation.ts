import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { currentConsentStep } from '../../../machines/consent.machine';
import { currentRequestStep } from '../../../machines/information-request.machine';
import { startConsent, startRequest } from '../../../machines/scenarios.moves';
import type { Stage } from '../../../machines/scenarios.schema';
import { initialEntry } from '../../journey/journey-storage';
import { useSession, type Position, type StageEntry, type TrainingSession } from './session-store';
import { briefingUrl, debriefUrl, kebab, stepUrl } from './training-urls';

/** The first step of a stage, as the stage keeps it. */
export function firstEntries(stage: Stage): StageEntry[] {
  switch (stage.kind) {
    case 'concern':
      return [initialEntry()];
    case 'consent': {
      // The machine decides where the decision starts (the terrorism-planning question).
      const snapshot = startConsent(stage.input);
      return [{ step: currentConsentStep(snapshot), snapshot }];
    }
    case 'request': {
      const snapshot = startRequest();
      return [{ step: currentRequestStep(snapshot), snapshot }];
    }
    case 'discussion':
      return [{ step: stage.steps[0]!.id, answer: null }];
  }
}

/** Starts a stage afresh and returns the URL of its first step. */
export function startStage(session: TrainingSession, stage: Stage): string {
  const entries = firstEntries(stage);
  session.setEntries(stage.id, entries);
  return stepUrl(session.scenario, stage.id, entries[0]!.step);
}

export interface SessionNavigation {
  /** The previous step in the session's history; from the first step, the briefing. */
  back: (() => void) | null;
  /** The next step in the history, if the room has been there and stepped back. */
  forward: (() => void) | null;
  /** Asks before restarting (the ↻ button and R). */
  restart: () => void;
  /** Restarts: the trainer has said yes. */
  confirmRestart: () => void;
  cancelRestart: () => void;
  /** Puts back what the last restart cleared, if anything. */
  undo: (() => void) | null;
  debrief: () => void;
  goTo: (stage: Stage, step: string) => void;
  /** The URL of the furthest step reached, for redirects. */
  furthest: string | null;
}

/** Where the trainer is: the briefing, the debrief, or a step of a stage. */
export type Place = { page: 'briefing' } | { page: 'debrief' } | { page: 'step'; stageId: string; step: string };

/** The steps either side of a place in the session's history. The briefing comes before the first step, the debrief after the furthest. */
export function neighbours(timeline: readonly Position[], place: Place): { previous: Position | 'briefing' | null; following: Position | null } {
  if (place.page === 'briefing') return { previous: null, following: timeline[0] ?? null };
  if (place.page === 'debrief') return { previous: timeline.at(-1) ?? null, following: null };
  const index = timeline.findIndex((position) => position.stage.id === place.stageId && kebab(position.step) === kebab(place.step));
  return { previous: index > 0 ? timeline[index - 1]! : 'briefing', following: index >= 0 ? (timeline[index + 1] ?? null) : null };
}

/** The place a training URL names (`/training/<scenario>/<stage>/<step>`), or null for any other URL. */
export function placeOf(pathname: string, scenarioUrl: string): Place | null {
  if (!pathname.startsWith(scenarioUrl)) return null;
  const [stageId, step] = pathname.slice(scenarioUrl.length).split('/').filter(Boolean);
  if (!stageId) return { page: 'briefing' };
  if (stageId === 'debrief') return { page: 'debrief' };
  return step ? { page: 'step', stageId, step } : null;
}

/**
 * Back and forward through the whole session's history, across its stages: the presenter's
 * controls and the ← and → keys. Whether each is possible is worked out for the page drawn; where
 * each goes is worked out when it is used, from the address and the session as they are then, so
 * two quick presses of ← go back two steps, not one step twice.
 */
export function useSessionNavigation(stageId: string | null, step: string | null, page: 'step' | 'briefing' | 'debrief' = 'step'): SessionNavigation {
  const { session, state } = useSession();
  const navigate = useNavigate();
  const scenario = session.scenario;

  return useMemo(() => {
    // `state` is read so that the timeline is rebuilt whenever the session changes.
    void state;
    const drawn: Place = page === 'step' && stageId !== null && step !== null ? { page, stageId, step } : page === 'debrief' ? { page } : { page: 'briefing' };
    const now = () => neighbours(session.timeline(), placeOf(window.location.pathname, briefingUrl(scenario)) ?? drawn);
    const go = (position: Position | 'briefing' | null) => {
      if (position === 'briefing') navigate(briefingUrl(scenario));
      else if (position) navigate(stepUrl(scenario, position.stage.id, position.step));
    };
    const { previous, following } = neighbours(session.timeline(), drawn);
    const last = session.timeline().at(-1);
    return {
      back: previous ? () => go(now().previous) : null,
      forward: following ? () => go(now().following) : null,
      restart: () => session.askRestart(true),
      confirmRestart: () => {
        session.restart(window.location.pathname);
        navigate(startStage(session, scenario.stages[0]!));
      },
      cancelRestart: () => session.askRestart(false),
      undo: state.undo
        ? () => {
            const url = session.undoRestart();
            if (url) navigate(url);
          }
        : null,
      debrief: () => navigate(debriefUrl(scenario)),
      goTo: (stage, target) => navigate(stepUrl(scenario, stage.id, target)),
      furthest: last ? stepUrl(scenario, last.stage.id, last.step) : null,
    };
  }, [session, state, stageId, step, page, navigate, scenario]);
}

/** What "continue" does at the end of a stage: the next stage, or the debrief. */
export function useContinue(stage: Stage) {
  const { session } = useSession();
  const navigate = useNavigate();
  const stages = session.scenario.stages;
  const next = stages[stages.indexOf(stage) + 1];
  const toNext = useCallback(() => {
    if (!next) return;
    const existing = session.entries(next.id);
    navigate(existing?.length ? stepUrl(session.scenario, next.id, existing[0]!.step) : startStage(session, next));
  }, [navigate, next, session]);
  return { next: next ?? null, toNext, toDebrief: () => navigate(debriefUrl(session.scenario)) };
}
