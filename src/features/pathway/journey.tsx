import { useActorRef, useSelector } from '@xstate/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import type { ActorRefFrom } from 'xstate';
import { concernMachine, currentStep, type ConcernContext, type ConcernEvent, type ConcernSnapshot, type StepId } from '../../../machines/concern.machine';
import { defaultJourneyStore } from '../drafts/journey-draft-store';
import { initialEntry, restoreSnapshot, stepForSlug, type JourneyEntry, type JourneyStore } from './journey-storage';
import { urlForStep } from './urls';

type StorageState = 'ok' | 'unavailable' | 'unreadable';

interface JourneyValue {
  snapshot: ConcernSnapshot;
  step: StepId;
  send: (event: ConcernEvent) => void;
  /** Where the Back link goes: the previous step the user stood on. */
  backUrl: string | null;
  storage: StorageState;
  reset: () => void;
  /**
   * The context as it was just after this step was answered, when the user has come back to it:
   * pages prefill from it so going back loses nothing.
   */
  answeredContext: ConcernContext | null;
  /** Training mode: fictional, nothing stored, no print or email actions. */
  training: boolean;
  /** Every step stood on so far, in order, and which of them is shown. */
  history: { steps: StepId[]; index: number };
  urlFor: (step: StepId) => string;
}

/**
 * Training mode runs this same journey, with the same machine and pages, under the trainer's own
 * URLs, kept in memory only.
 */
export interface TrainingJourney {
  urlFor: (step: StepId) => string;
  store: JourneyStore;
}

const JourneyContext = createContext<JourneyValue | null>(null);

export function useJourney(): JourneyValue {
  const value = useContext(JourneyContext);
  if (!value) throw new Error('useJourney must be used inside <ConcernJourney>');
  return value;
}

function startingEntries(store: JourneyStore): { entries: JourneyEntry[]; storage: StorageState } {
  const loaded = store.load();
  switch (loaded.status) {
    case 'loaded':
      return { entries: loaded.entries, storage: 'ok' };
    case 'unreadable':
      store.clear();
      return { entries: [initialEntry()], storage: 'unreadable' };
    case 'unavailable':
      return { entries: [initialEntry()], storage: 'unavailable' };
    case 'empty':
      return { entries: [initialEntry()], storage: 'ok' };
  }
}

/**
 * The machine decides; the URL follows. The URL names the step shown; the entries list every step
 * the user has stood on. A URL for an earlier step (Back link, browser back, reload) restores the
 * snapshot saved at that step; a URL for a step not reached redirects to the furthest step.
 */
export function ConcernJourney({ children, training }: { children: ReactNode; training?: TrainingJourney }) {
  const { step: slug } = useParams();
  const navigate = useNavigate();
  const store = training?.store ?? defaultJourneyStore();
  const urlFor = training?.urlFor ?? urlForStep;
  const [{ entries, storage }, setJourney] = useState(() => startingEntries(store));
  const requested = stepForSlug(slug);
  const index = requested ? entries.findIndex((entry) => entry.step === requested) : -1;
  const last = entries[entries.length - 1]!;

  const advance = useCallback(
    (fromIndex: number, snapshot: ConcernSnapshot) => {
      const entry: JourneyEntry = { step: currentStep(snapshot), snapshot: concernMachine.getPersistedSnapshot(snapshot) };
      setJourney((journey) => {
        const next = [...journey.entries.slice(0, fromIndex + 1), entry];
        const saved = store.save(next);
        return { entries: next, storage: saved ? (journey.storage === 'unreadable' ? 'unreadable' : 'ok') : 'unavailable' };
      });
      navigate(urlFor(entry.step));
    },
    [navigate, store, urlFor],
  );

  const reset = useCallback(() => {
    store.clear();
    const fresh = [initialEntry()];
    const saved = store.save(fresh);
    setJourney({ entries: fresh, storage: saved ? 'ok' : 'unavailable' });
    navigate(urlFor('start'));
  }, [navigate, store, urlFor]);

  if (index < 0) return <Navigate to={urlFor(last.step)} replace />;

  return (
    // A new actor for each step shown, restored from that step's snapshot: going back is a restore.
    <StepActor
      key={`${index}:${entries[index]!.step}`}
      entry={entries[index]!}
      index={index}
      entries={entries}
      storage={storage}
      onAdvance={advance}
      reset={reset}
      training={training !== undefined}
      urlFor={urlFor}
    >
      {children}
    </StepActor>
  );
}

function StepActor({
  entry,
  index,
  entries,
  storage,
  onAdvance,
  reset,
  training,
  urlFor,
  children,
}: {
  entry: JourneyEntry;
  index: number;
  entries: JourneyEntry[];
  storage: StorageState;
  onAdvance: (fromIndex: number, snapshot: ConcernSnapshot) => void;
  reset: () => void;
  training: boolean;
  urlFor: (step: StepId) => string;
  children: ReactNode;
}) {
  const restored = useMemo(() => restoreSnapshot(entry), [entry]);
  const actorRef: ActorRefFrom<typeof concernMachine> = useActorRef(concernMachine, {
    snapshot: concernMachine.getPersistedSnapshot(restored),
  });
  const latest = useSelector(actorRef, (s) => s);
  // Once the actor moves on, keep showing this step until the URL (and so a new StepActor) follows:
  // the next page is drawn once, under its own actor, never briefly under this one.
  const snapshot = currentStep(latest) === entry.step ? latest : restored;
  const advanced = useRef(false);

  useEffect(() => {
    const subscription = actorRef.subscribe((next) => {
      if (advanced.current) return;
      if (currentStep(next) !== entry.step) {
        advanced.current = true;
        onAdvance(index, next);
      }
    });
    return () => subscription.unsubscribe();
  }, [actorRef, entry.step, index, onAdvance]);

  const previous = entries[index - 1];
  const following = entries[index + 1];
  const answeredContext = useMemo(() => (following ? restoreSnapshot(following).context : null), [following]);
  const history = useMemo(() => ({ steps: entries.map((item) => item.step), index }), [entries, index]);
  const value = useMemo<JourneyValue>(
    () => ({
      snapshot,
      step: entry.step,
      send: (event) => actorRef.send(event),
      backUrl: previous ? urlFor(previous.step) : null,
      storage,
      reset,
      answeredContext,
      training,
      history,
      urlFor,
    }),
    [snapshot, entry.step, actorRef, previous, storage, reset, answeredContext, training, history, urlFor],
  );
  return <JourneyContext.Provider value={value}>{children}</JourneyContext.Provider>;
}
