import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ConsentSnapshot } from '../../../machines/consent.machine';
import type { Scenario, Stage } from '../../../machines/scenarios.schema';
import type { JourneyEntry, JourneyStore } from '../pathway/journey-storage';

/**
 * A training session, in memory only: nothing is written to sessionStorage or localStorage, so a
 * reload or a closed tab forgets it. One list of entries per stage, each a step the room stood on:
 * the concern pathway's entries are the same `JourneyEntry`s the real journey keeps; the consent
 * decision keeps its snapshots; discussion steps keep the room's answer.
 */

export type ConcernEntry = JourneyEntry;
export interface ConsentEntry {
  step: string;
  snapshot: ConsentSnapshot;
}
export interface DiscussionEntry {
  step: string;
  answer: string | null;
}
export type StageEntry = ConcernEntry | ConsentEntry | DiscussionEntry;

export interface PresenterSettings {
  zoom: number;
  /** Trainer notes shown: hidden by default, so the projected view does not give answers away. */
  notes: boolean;
  /** Full screen, or the presentation layout where the Fullscreen API is not available. */
  presenting: boolean;
  /** The Fullscreen API refused: presenting is the layout only. */
  fallback: boolean;
}

export interface SessionState {
  /** Counts restarts: views keyed by it start afresh. */
  run: number;
  stages: Readonly<Record<string, readonly StageEntry[] | undefined>>;
  presenter: PresenterSettings;
}

export interface Position {
  stage: Stage;
  step: string;
}

export const ZOOM = { min: 0.5, max: 2, step: 0.25, initial: 1 } as const;

export class TrainingSession {
  private state: SessionState = { run: 0, stages: {}, presenter: { zoom: ZOOM.initial, notes: false, presenting: false, fallback: false } };
  private readonly listeners = new Set<() => void>();
  private notifying = false;

  constructor(readonly scenario: Scenario) {}

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.state;

  /** Listeners hear of a change after the current render: the pathway saves while React renders. */
  private set(next: SessionState) {
    this.state = next;
    if (this.notifying) return;
    this.notifying = true;
    queueMicrotask(() => {
      this.notifying = false;
      for (const listener of this.listeners) listener();
    });
  }

  entries<T extends StageEntry>(stageId: string): readonly T[] | undefined {
    return this.state.stages[stageId] as readonly T[] | undefined;
  }

  /** Replaces a stage's entries. A new choice makes every later stage's history stale, so it goes. */
  setEntries(stageId: string, entries: readonly StageEntry[] | undefined) {
    const order = this.scenario.stages.map((stage) => stage.id);
    const at = order.indexOf(stageId);
    const stages: Record<string, readonly StageEntry[] | undefined> = {};
    for (const id of order.slice(0, at)) stages[id] = this.state.stages[id];
    stages[stageId] = entries;
    this.set({ ...this.state, stages });
  }

  restart() {
    this.set({ ...this.state, run: this.state.run + 1, stages: {} });
  }

  setPresenter(change: Partial<PresenterSettings>) {
    this.set({ ...this.state, presenter: { ...this.state.presenter, ...change } });
  }

  /** Every step the room has stood on, across the stages, in order: the presenter's back and forward. */
  timeline(): Position[] {
    return this.scenario.stages.flatMap((stage) => (this.state.stages[stage.id] ?? []).map((entry) => ({ stage, step: entry.step })));
  }

  /** The concern pathway's store for `ConcernJourney`: memory only. */
  journeyStore(stageId: string): JourneyStore {
    return {
      load: () => {
        const entries = this.entries<ConcernEntry>(stageId);
        return entries && entries.length > 0 ? { status: 'loaded', pathway: 'bsw', entries: [...entries] } : { status: 'empty' };
      },
      // Training runs the BSW chart only (ConcernStageView), so every entry is one of its steps.
      save: (entries) => {
        this.setEntries(stageId, entries as readonly ConcernEntry[]);
        return true;
      },
      clear: () => this.setEntries(stageId, undefined),
    };
  }
}

export const SessionContext = createContext<TrainingSession | null>(null);

export function useSession(): { session: TrainingSession; state: SessionState } {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside a training session');
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return { session, state };
}
