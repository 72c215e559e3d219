import { createContext, useContext, useSyncExternalStore } from 'react';
import type { ConsentSnapshot } from '../../../machines/consent.machine';
import type { RequestSnapshot } from '../../../machines/information-request.machine';
import type { Scenario, Stage } from '../../../machines/scenarios.schema';
import type { JourneyEntry, JourneyStore } from '../../journey/journey-storage';

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
/** A request stage's step: the request machine's snapshot there (S11). */
export interface RequestEntry {
  step: string;
  snapshot: RequestSnapshot;
}
export type StageEntry = ConcernEntry | ConsentEntry | RequestEntry | DiscussionEntry;

export interface PresenterSettings {
  zoom: number;
  /** Trainer notes shown: hidden by default, so the projected view does not give answers away. */
  notes: boolean;
  /** Full screen, or the presentation layout where the Fullscreen API is not available. */
  presenting: boolean;
  /** The Fullscreen API refused: presenting is the layout only. */
  fallback: boolean;
  /** Reveal mode: the room decides, and the answer is judged only when the presenter reveals it. */
  reveal: boolean;
}

/** A choice the room made at a step and then changed: the debrief shows the step as corrected. */
export interface EarlierChoice {
  stageId: string;
  /** The step the choice was made at. */
  at: string;
  /** What was chosen then: the next step (machine stages) or the answer (discussion). */
  choice: string;
}

export interface SessionState {
  /** Counts restarts: views keyed by it start afresh. */
  run: number;
  stages: Readonly<Record<string, readonly StageEntry[] | undefined>>;
  presenter: PresenterSettings;
  /** Choices the room changed, in the order they were changed. */
  earlier: readonly EarlierChoice[];
  /** Asking the trainer before a restart clears the session. */
  confirmingRestart: boolean;
  /** What a restart cleared, until the next choice: "Undo" puts it back. */
  undo: { stages: SessionState['stages']; earlier: readonly EarlierChoice[]; url: string } | null;
}

export interface Position {
  stage: Stage;
  step: string;
}

export const ZOOM = { min: 0.5, max: 2, step: 0.25, initial: 1 } as const;

export class TrainingSession {
  private state: SessionState = {
    run: 0,
    stages: {},
    presenter: { zoom: ZOOM.initial, notes: false, presenting: false, fallback: false, reveal: false },
    earlier: [],
    confirmingRestart: false,
    undo: null,
  };
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
    const changed = changedChoice(stageId, this.state.stages[stageId], entries);
    // Starting a stage afresh keeps the undo; any choice after a restart ends it.
    const undo = entries && entries.length > 1 ? null : this.state.undo;
    this.set({ ...this.state, stages, undo, earlier: changed ? [...this.state.earlier, changed] : this.state.earlier });
  }

  askRestart(confirming: boolean) {
    this.set({ ...this.state, confirmingRestart: confirming });
  }

  /** Clears the session, keeping what it cleared (and where the room was) for "Undo". */
  restart(url: string) {
    const hadSteps = Object.values(this.state.stages).some((entries) => entries && entries.length > 0);
    const undo = hadSteps ? { stages: this.state.stages, earlier: this.state.earlier, url } : this.state.undo;
    this.set({ ...this.state, run: this.state.run + 1, stages: {}, earlier: [], confirmingRestart: false, undo });
  }

  /** Puts back what the last restart cleared; returns the URL the room was at, or null. */
  undoRestart(): string | null {
    const undo = this.state.undo;
    if (!undo) return null;
    this.set({ ...this.state, run: this.state.run + 1, stages: undo.stages, earlier: undo.earlier, undo: null, confirmingRestart: false });
    return undo.url;
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

/**
 * The choice a new list of entries replaces, if any: the first step where the lists part, when the
 * old list had gone on from there (a machine stage) or had an answer there (a discussion step).
 */
export function changedChoice(stageId: string, before: readonly StageEntry[] | undefined, after: readonly StageEntry[] | undefined): EarlierChoice | null {
  if (!before || !after) return null;
  for (let index = 0; index < Math.min(before.length, after.length); index += 1) {
    const old = before[index]!;
    const now = after[index]!;
    if ('answer' in old && 'answer' in now) {
      if (old.step === now.step && old.answer !== null && now.answer !== null && old.answer !== now.answer)
        return { stageId, at: old.step, choice: old.answer };
      if (old.step === now.step) continue;
    }
    if (old.step !== now.step && index > 0 && !('answer' in old)) return { stageId, at: before[index - 1]!.step, choice: old.step };
  }
  return null;
}

export const SessionContext = createContext<TrainingSession | null>(null);

export function useSession(): { session: TrainingSession; state: SessionState } {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside a training session');
  const state = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return { session, state };
}
