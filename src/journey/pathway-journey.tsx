import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { ContextFrom } from 'xstate';
import type { Phase } from '../../machines/concern.machine';
import type { FromProfile } from '../content/mse.content';
import { journeyContext } from './journey-context';
import { JourneyProvider, useAnyJourneyStep } from './journey-provider';
import { defaultJourneyStore } from '../storage/journey-draft-store';
import { useProfile } from '../profile/profile-context';
import type { JourneyStore } from './journey-storage';
import {
  pathwayForModel,
  pathways,
  type AnyPathway,
  type EventOf,
  type JourneyEntry,
  type PathwayId,
  type PathwayStepId,
  type SnapshotOf,
  type StepOf,
} from './pathways';
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
  /** What the step's pathway says of it, for pages every pathway shares (read once here, whichever pathway). */
  stepFacts: { isOutcome: boolean; phase: Phase | null; fromProfile: FromProfile | undefined };
}

/** The journey the pages are in: `pathway` says which flowchart, and types the snapshot, steps and events. */
export type JourneyValue = { [P in PathwayId]: JourneyOf<(typeof pathways)[P]> }[PathwayId];

/**
 * Training mode runs this same journey, with the same machine and pages, under the trainer's own
 * URLs, kept in memory only, on the pathway the trainer's scenario runs on (the organisation's own where it can).
 */
export interface TrainingJourney {
  urlFor: (step: PathwayStepId) => string;
  store: JourneyStore;
  /** The pathway a new training journey starts on; the BSW chart when not given. */
  pathway?: PathwayId;
}

const { Provider: JourneyValueProvider, useValue: useJourney } = journeyContext<JourneyValue>('useJourney', 'ConcernJourney');
export { useJourney };

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
 * The machine decides; the URL follows (src/journey/journey-provider.tsx). The URL names the step
 * shown; the entries list every step the user has stood on. A URL for an earlier step (Back link,
 * browser back, reload) restores the snapshot saved at that step; a URL for a step not reached
 * redirects to the furthest step.
 */
export function ConcernJourney({
  children,
  training,
  store: givenStore,
}: {
  children: ReactNode;
  training?: TrainingJourney;
  /** Tests: somewhere other than the default store. */ store?: JourneyStore;
}) {
  const { step: slug } = useParams();
  const navigate = useNavigate();
  const profile = useProfile();
  const profilePathway: PathwayId = training ? (training.pathway ?? 'bsw') : pathwayForModel(profile.pathwayModel);
  const store = training?.store ?? givenStore ?? defaultJourneyStore();
  const urlFor = training?.urlFor ?? urlForStep;
  const [journey, setJourney] = useState(() => startingJourney(store, profilePathway));
  const { entries, storage } = journey;

  // Nothing answered yet and the profile now asks for the other pathway (it was chosen or changed
  // since): start on the profile's. A journey with answers keeps its own pathway. Nothing is saved
  // here (a render must not write): the first answer saves the journey under its new pathway.
  if (entries.length === 1 && journey.pathway !== profilePathway) setJourney(fresh(profilePathway, storage));

  const advance = useCallback(
    (fromIndex: number, entry: JourneyEntry<PathwayStepId>) => {
      setJourney((current) => {
        const next = pathways[current.pathway].advance(current.entries, fromIndex, entry);
        const saved = store.save(next);
        return { ...current, entries: next, storage: saved ? (current.storage === 'unreadable' ? 'unreadable' : 'ok') : 'unavailable' };
      });
    },
    [store],
  );

  const reset = useCallback(() => {
    store.clear();
    const next = fresh(profilePathway, 'ok');
    const saved = store.save(next.entries);
    setJourney({ ...next, storage: saved ? 'ok' : 'unavailable' });
    navigate(urlFor(next.entries[0]!.step));
  }, [navigate, store, urlFor, profilePathway]);

  const stepStore = useMemo(() => ({ entries, advance }), [entries, advance]);
  const extras = useMemo<PathwayExtras>(
    () => ({ storage, reset, training: training !== undefined, profilePathway: profilePathway === journey.pathway ? null : profilePathway }),
    [storage, reset, training, profilePathway, journey.pathway],
  );

  return (
    <JourneyProvider journey={pathways[journey.pathway] as AnyPathway} store={stepStore} slug={slug} urlFor={urlFor}>
      <PathwayValue extras={extras}>{children}</PathwayValue>
    </JourneyProvider>
  );
}

type PathwayExtras = Pick<JourneyValue, 'storage' | 'reset' | 'training' | 'profilePathway'>;

/** The step shown (from the one journey provider), with what the pathway pages need besides. */
function PathwayValue({ extras, children }: { extras: PathwayExtras; children: ReactNode }) {
  const step = useAnyJourneyStep();
  const { entries, index } = step;
  const history = useMemo(() => ({ steps: entries.map((item) => item.step), index }), [entries, index]);
  const stepFacts = useMemo(() => {
    // Every pathway has these three for each of its steps; TypeScript cannot call them through the union.
    const definition = step.journey as unknown as {
      isOutcome: (s: string) => boolean;
      phase: (s: string) => Phase | null;
      fromProfile: Partial<Record<string, FromProfile>>;
    };
    return { isOutcome: definition.isOutcome(step.step), phase: definition.phase(step.step), fromProfile: definition.fromProfile[step.step] };
  }, [step.journey, step.step]);
  const value = useMemo(
    () =>
      ({
        pathway: step.journey.id,
        definition: step.journey,
        snapshot: step.snapshot,
        step: step.step,
        send: step.send,
        backUrl: step.previous ? step.urlFor(step.previous) : null,
        answeredContext: step.answeredContext,
        history,
        urlFor: step.urlFor,
        stepFacts,
        ...extras,
      }) as JourneyValue,
    [step, history, stepFacts, extras],
  );
  return <JourneyValueProvider value={value}>{children}</JourneyValueProvider>;
}
