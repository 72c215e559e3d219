import { useActorRef, useSelector } from '@xstate/react';
import { useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Navigate, UNSAFE_DataRouterContext, useLocation, useNavigate } from 'react-router';
import type { AnyMachineSnapshot, ContextFrom } from 'xstate';
import { journeyContext } from './journey-context';
import { afterNextPaint, type AfterPaint } from './after-next-paint';
import type { AnyJourney, EntryOf, EventOf, JourneyEntry, SnapshotOf, StepOf } from './define-journey';

/**
 * The React side of a journey, written once: the deep-link rule, and one actor per step shown,
 * restored from that step's snapshot. When the actor moves on, the store keeps the new entry and
 * the URL follows (the machine decides; the URL follows).
 */

/** Where a journey's entries live: a draft, the referral, a training session in memory. */
export interface StepStore<J extends AnyJourney> {
  /** Every step stood on so far, in order: never empty. */
  entries: readonly JourneyEntry<StepOf<J>>[];
  /** Keep `entry`, reached from the step at `fromIndex` (later steps go). */
  advance: (fromIndex: number, entry: EntryOf<J>) => void;
}

export interface JourneyStep<J extends AnyJourney = AnyJourney> {
  journey: J;
  snapshot: SnapshotOf<J>;
  step: StepOf<J>;
  send: (event: EventOf<J>) => void;
  /** Every step stood on so far, and which of them is shown. */
  entries: readonly JourneyEntry<StepOf<J>>[];
  index: number;
  /** The step stood on before this one (the Back link's), if any. */
  previous: StepOf<J> | null;
  /** When the user has come back to this step: the context just after it was answered, and the answer (if kept). */
  answeredContext: ContextFrom<J['machine']> | null;
  answeredEvent: EventOf<J> | null;
  urlFor: (step: StepOf<J>) => string;
}

/** The browser's address now (the declarative router's location changes with it, at once). */
const addressNow = () => (typeof window === 'undefined' ? '' : window.location.pathname + window.location.search + window.location.hash);

const { Provider: StepProvider, useValue: useAnyStep } = journeyContext<JourneyStep>('useJourneyStep', 'JourneyProvider');

/** The step shown, typed by its journey. Throws outside a `JourneyProvider` or under another journey. */
export function useJourneyStep<J extends AnyJourney>(journey: J): JourneyStep<J> {
  const value = useAnyJourneyStep();
  if (value.journey.id !== journey.id) throw new Error(`This page belongs to the ${journey.id} journey, not the ${value.journey.id} one`);
  return value as unknown as JourneyStep<J>;
}

/** The step shown, whichever journey it belongs to (a wrapper narrows it by `journey.id`). */
export function useAnyJourneyStep(): JourneyStep {
  return useAnyStep();
}

/**
 * Shows the step the URL's `slug` names if the user has stood on it (Back link, browser back,
 * reload restore its snapshot); any other URL redirects to the furthest step.
 */
export function JourneyProvider<J extends AnyJourney>({
  journey,
  store,
  slug,
  urlFor = journey.urlFor,
  children,
}: {
  journey: J;
  store: StepStore<J>;
  slug: string | null | undefined;
  /** Other URLs for the same steps (trainer mode). */
  urlFor?: (step: StepOf<J>) => string;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const { entries, advance } = store;
  // The step just reached is drawn at once, under the URL it was reached from (`ahead`); the URL
  // follows once that page has painted. Pushing it in the click would re-render every route and the
  // layout before the next question could paint. Any navigation meanwhile (the Back link, browser
  // back, a link to a page still loading) wins: the URL then stays where the user went.
  const { key: locationKey } = useLocation();
  const [ahead, setAhead] = useState<{ from: string; slug: string } | null>(null);
  const locationNow = useRef(locationKey);
  locationNow.current = locationKey;
  const urlToFollow = useRef<AfterPaint | null>(null);
  useEffect(() => () => urlToFollow.current?.cancel(), []);
  // Whether the user has gone somewhere since `from`, as the router knows it now: a navigation to a
  // page whose code is still loading has not re-rendered this provider yet.
  const dataRouter = useContext(UNSAFE_DataRouterContext)?.router;
  const movedSince = useCallback(
    (from: string, fromAddress: string) => (dataRouter ? dataRouter.state.location.key !== from : locationNow.current !== from || addressNow() !== fromAddress),
    [dataRouter],
  );
  // Once the URL has moved (followed, or the user went elsewhere), it names the step again.
  useEffect(() => {
    if (ahead && ahead.from !== locationKey) setAhead(null);
  }, [ahead, locationKey]);
  const landing = journey.landing(entries, ahead && ahead.from === locationKey ? ahead.slug : slug);
  const onAdvance = useCallback(
    (fromIndex: number, entry: EntryOf<J>) => {
      const waiting = urlToFollow.current;
      if (waiting) {
        // Answered before the last step's URL followed (a double submit): both URLs now, in order.
        waiting.flush();
        flushSync(() => {
          advance(fromIndex, entry);
          navigate(urlFor(entry.step));
        });
        return;
      }
      const from = locationNow.current;
      const fromAddress = addressNow();
      const to = journey.slugFor(entry.step);
      // One synchronous render for the answer and the next step's page. The form's submit settles
      // after the click's event (validation is a promise), where React would otherwise draw the
      // page as a default-priority, time-sliced update, yielding to whatever else is running.
      flushSync(() => {
        advance(fromIndex, entry);
        setAhead({ from, slug: to });
      });
      const follow = afterNextPaint(() => {
        urlToFollow.current = null;
        if (!movedSince(from, fromAddress)) navigate(urlFor(entry.step));
      });
      urlToFollow.current = follow;
    },
    [advance, navigate, urlFor, journey, movedSince],
  );
  if ('redirect' in landing) return <Navigate to={urlFor(landing.redirect)} replace />;
  const { index } = landing;
  return (
    // A new actor for each step shown, restored from that step's snapshot: going back is a restore.
    <StepActor
      key={`${journey.id}:${index}:${entries[index]!.step}`}
      journey={journey as AnyJourney}
      entries={entries}
      index={index}
      onAdvance={onAdvance}
      urlFor={urlFor}
    >
      {children}
    </StepActor>
  );
}

/**
 * One step's actor, for every journey. (Typed as any journey: TypeScript cannot follow a union of
 * machines through the hooks; `useJourneyStep(journey)` gives the value back its own types.)
 */
function StepActor({
  journey,
  entries,
  index,
  onAdvance,
  urlFor,
  children,
}: {
  journey: AnyJourney;
  entries: readonly JourneyEntry[];
  index: number;
  onAdvance: (fromIndex: number, entry: never) => void;
  urlFor: (step: never) => string;
  children: ReactNode;
}) {
  const entry = entries[index]!;
  const restored = useMemo(() => journey.restore(entry), [journey, entry]);
  const actorRef = useActorRef(journey.machine, { snapshot: journey.machine.getPersistedSnapshot(restored) });
  const latest = useSelector(actorRef, (s) => s as AnyMachineSnapshot);
  // Once the actor moves on, keep showing this step until the provider shows the next (a new StepActor):
  // the next page is drawn once, under its own actor, never briefly under this one.
  const snapshot = journey.currentStep(latest) === entry.step ? latest : restored;
  const lastEvent = useRef<{ type: string } | undefined>(undefined);
  const advanced = useRef(false);

  useEffect(() => {
    const subscription = actorRef.subscribe((next) => {
      if (advanced.current) return;
      if (journey.currentStep(next) !== entry.step) {
        advanced.current = true;
        onAdvance(index, journey.persist(next, lastEvent.current) as never);
      }
    });
    return () => subscription.unsubscribe();
  }, [actorRef, journey, entry.step, index, onAdvance]);

  const previous = entries[index - 1];
  const following = entries[index + 1];
  const answeredContext = useMemo(() => (following ? journey.restore(following).context : null), [journey, following]);
  const value = useMemo<JourneyStep>(
    () => ({
      journey,
      snapshot,
      step: entry.step,
      send: (event) => {
        lastEvent.current = event;
        actorRef.send(event);
      },
      entries,
      index,
      previous: previous?.step ?? null,
      answeredContext,
      answeredEvent: (following?.event as { type: string } | undefined) ?? null,
      urlFor: urlFor as (step: string) => string,
    }),
    [journey, snapshot, entry.step, actorRef, entries, index, previous, answeredContext, following, urlFor],
  );
  return <StepProvider value={value}>{children}</StepProvider>;
}
