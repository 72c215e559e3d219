import { useActorRef, useSelector } from '@xstate/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import type { AnyStateMachine, ContextFrom } from 'xstate';
import { defaultJourneyStore } from '../drafts/journey-draft-store';
import { useProfile } from '../profile/profile-context';
import { stepForSlug, type JourneyStore } from './journey-storage';
import { pathwayForModel, pathways, type AnyPathway, type BswPathway, type EventOf, type JourneyEntry, type MsePathway, type PathwayId, type PathwayStepId, type SnapshotOf, type StepOf } from './pathways';
import { urlForStep } from './urls';

type StorageState = 'ok' | 'unavailable' | 'unreadable';

interface JourneyOf<P extends AnyPathway> {
  /** Which flowchart this journey follows: narrows everything below. */
  pathway: P['id'];
  definition: P;
  snapshot: SnapshotOf<P>;
  step: StepOf<P>;
  send: (event: EventOf<P>) => void;
  /** Where the Back link goes: the previous step the user stood on. */
  backUrl: string | null;
  storage: StorageState;
  reset: () => void;
  /**
   * The context as it was just after this step was answered, when the user has come back to it:
   * pages prefill from it so going back loses nothing.
   */
  answeredContext: ContextFrom<P['machine']> | null;
  /** Training mode: fictional, nothing stored, no print or email actions. */
  training: boolean;
  /** Every step stood on so far, in order, and which of them is shown. */
  history: { steps: StepOf<P>[]; index: number };
  urlFor: (step: PathwayStepId) => string;
  /** The pathway the organisation profile now asks for, when it is not the one this journey began on. */
  profilePathway: PathwayId | null;
}

/** The journey the pages are in: `pathway` says which flowchart, and types the snapshot, steps and events. */
export type JourneyValue = JourneyOf<BswPathway> | JourneyOf<MsePathway>;

/**
 * Training mode runs this same journey, with the same machine and pages, under the trainer's own
 * URLs, kept in memory only. Training is the BSW chart only.
 */
export interface TrainingJourney {
  urlFor: (step: PathwayStepId) => string;
  store: JourneyStore;
}

const JourneyContext = createContext<JourneyValue | null>(null);

export function useJourney(): JourneyValue {
  const value = useContext(JourneyContext);
  if (!value) throw new Error('useJourney must be used inside <ConcernJourney>');
  return value;
}

/** For a page that only one pathway has (the BSW discussion; the MSE choice and confirm pages, training). */
export function usePathwayJourney<P extends PathwayId>(pathway: P): Extract<JourneyValue, { pathway: P }> {
  const value = useJourney();
  if (value.pathway !== pathway) throw new Error(`This page belongs to the ${pathway} pathway, not the ${value.pathway} one`);
  return value as Extract<JourneyValue, { pathway: P }>;
}

interface Journey {
  pathway: PathwayId;
  entries: JourneyEntry<PathwayStepId>[];
  storage: StorageState;
}

const fresh = (pathway: PathwayId, storage: StorageState): Journey => ({ pathway, entries: [pathways[pathway].initialEntry()], storage });

/** A stored journey resumes under its own pathway, whatever the profile now says; a new one follows the profile. */
function startingJourney(store: JourneyStore, profilePathway: PathwayId): Journey {
  const loaded = store.load();
  switch (loaded.status) {
    case 'loaded':
      return { pathway: loaded.pathway, entries: loaded.entries, storage: 'ok' };
    case 'unreadable':
      store.clear();
      return fresh(profilePathway, 'unreadable');
    case 'unavailable':
      return fresh(profilePathway, 'unavailable');
    case 'empty':
      return fresh(profilePathway, 'ok');
  }
}

/**
 * The machine decides; the URL follows. The URL names the step shown; the entries list every step
 * the user has stood on. A URL for an earlier step (Back link, browser back, reload) restores the
 * snapshot saved at that step; a URL for a step not reached redirects to the furthest step.
 */
export function ConcernJourney({ children, training, store: givenStore }: { children: ReactNode; training?: TrainingJourney; /** Tests: somewhere other than the default store. */ store?: JourneyStore }) {
  const { step: slug } = useParams();
  const navigate = useNavigate();
  const profile = useProfile();
  const profilePathway: PathwayId = training ? 'bsw' : pathwayForModel(profile.pathwayModel);
  const store = training?.store ?? givenStore ?? defaultJourneyStore();
  const urlFor = training?.urlFor ?? urlForStep;
  const [journey, setJourney] = useState(() => startingJourney(store, profilePathway));
  const { entries, storage } = journey;

  // Nothing answered yet and the profile now asks for the other pathway (it was chosen or changed
  // since): start on the profile's. A journey with answers keeps its own pathway. Nothing is saved
  // here (a render must not write): the first answer saves the journey under its new pathway.
  if (entries.length === 1 && journey.pathway !== profilePathway) setJourney(fresh(profilePathway, storage));

  const definition: AnyPathway = pathways[journey.pathway];
  const requested = stepForSlug<PathwayStepId>(slug, definition.stepIds);
  const index = requested ? entries.findIndex((entry) => entry.step === requested) : -1;
  const last = entries[entries.length - 1]!;

  const advance = useCallback(
    (fromIndex: number, entry: JourneyEntry<PathwayStepId>) => {
      setJourney((current) => {
        const next = [...current.entries.slice(0, fromIndex + 1), entry];
        const saved = store.save(next);
        return { ...current, entries: next, storage: saved ? (current.storage === 'unreadable' ? 'unreadable' : 'ok') : 'unavailable' };
      });
      navigate(urlFor(entry.step));
    },
    [navigate, store, urlFor],
  );

  const reset = useCallback(() => {
    store.clear();
    const next = fresh(profilePathway, 'ok');
    const saved = store.save(next.entries);
    setJourney({ ...next, storage: saved ? 'ok' : 'unavailable' });
    navigate(urlFor(next.entries[0]!.step));
  }, [navigate, store, urlFor, profilePathway]);

  if (index < 0) return <Navigate to={urlFor(last.step)} replace />;

  return (
    // A new actor for each step shown, restored from that step's snapshot: going back is a restore.
    <StepActor
      key={`${journey.pathway}:${index}:${entries[index]!.step}`}
      definition={definition}
      index={index}
      entries={entries}
      storage={storage}
      onAdvance={advance}
      reset={reset}
      training={training !== undefined}
      urlFor={urlFor}
      profilePathway={profilePathway === journey.pathway ? null : profilePathway}
    >
      {children}
    </StepActor>
  );
}

/**
 * One step's actor. Written once for every pathway: the definition's machine, restored from the
 * step's snapshot. (The actor's types are the definition's; TypeScript cannot follow a union of
 * machines through the hooks, so the value is cast to the pathway it was built from.)
 */
function StepActor({
  definition,
  index,
  entries,
  storage,
  onAdvance,
  reset,
  training,
  urlFor,
  profilePathway,
  children,
}: {
  definition: AnyPathway;
  index: number;
  entries: JourneyEntry<PathwayStepId>[];
  storage: StorageState;
  onAdvance: (fromIndex: number, entry: JourneyEntry<PathwayStepId>) => void;
  reset: () => void;
  training: boolean;
  urlFor: (step: PathwayStepId) => string;
  profilePathway: PathwayId | null;
  children: ReactNode;
}) {
  // One pathway's functions, typed loosely: the entries were validated against this definition.
  const pathway = definition as unknown as PathwayFunctions;
  const entry = entries[index]!;
  const restored = useMemo(() => pathway.restore(entry), [pathway, entry]);
  const actorRef = useActorRef(pathway.machine, { snapshot: pathway.machine.getPersistedSnapshot(restored) });
  const latest = useSelector(actorRef, (s) => s as Restored);
  // Once the actor moves on, keep showing this step until the URL (and so a new StepActor) follows:
  // the next page is drawn once, under its own actor, never briefly under this one.
  const snapshot = pathway.currentStep(latest) === entry.step ? latest : restored;
  const advanced = useRef(false);

  useEffect(() => {
    const subscription = actorRef.subscribe((next) => {
      if (advanced.current) return;
      if (pathway.currentStep(next as Restored) !== entry.step) {
        advanced.current = true;
        onAdvance(index, pathway.persist(next as Restored));
      }
    });
    return () => subscription.unsubscribe();
  }, [actorRef, pathway, entry.step, index, onAdvance]);

  const previous = entries[index - 1];
  const following = entries[index + 1];
  const answeredContext = useMemo(() => (following ? pathway.restore(following).context : null), [pathway, following]);
  const history = useMemo(() => ({ steps: entries.map((item) => item.step), index }), [entries, index]);
  const value = useMemo(
    () =>
      ({
        pathway: definition.id,
        definition,
        snapshot,
        step: entry.step,
        send: (event: { type: string }) => actorRef.send(event),
        backUrl: previous ? urlFor(previous.step) : null,
        storage,
        reset,
        answeredContext,
        training,
        history,
        urlFor,
        profilePathway,
      }) as JourneyValue,
    [definition, snapshot, entry.step, actorRef, previous, storage, reset, answeredContext, training, history, urlFor, profilePathway],
  );
  return <JourneyContext.Provider value={value}>{children}</JourneyContext.Provider>;
}

type Restored = ReturnType<AnyPathway['restore']>;
/** What StepActor uses of a pathway, with the machine's types widened to the union of both. */
interface PathwayFunctions {
  machine: AnyStateMachine;
  restore: (entry: JourneyEntry<PathwayStepId>) => Restored;
  persist: (snapshot: Restored) => JourneyEntry<PathwayStepId>;
  currentStep: (snapshot: Restored) => PathwayStepId;
}
