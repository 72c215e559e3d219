import { useActorRef, useSelector } from '@xstate/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { consentMachine, currentConsentStep, type ConsentEvent, type ConsentMachineInput, type ConsentSnapshot, type ConsentStepId } from '../../../machines/consent.machine';
import {
  advanceConsent,
  consentEntryFor,
  consentStepForSlug,
  consentUrl,
  initialConsentEntry,
  readConsentState,
  restoreConsentSnapshot,
  type ConsentEntry,
  type ConsentState,
} from './consent-state';
import { useReferral } from './referral-store';

interface ConsentJourneyValue {
  snapshot: ConsentSnapshot;
  step: ConsentStepId;
  send: (event: ConsentEvent) => void;
  /** Where the Back link goes: the previous step the lead stood on, or the task list. */
  backUrl: string;
  /** The answer given on this step before, when the lead has come back to it: the page prefills from it. */
  answeredEvent: ConsentEvent | null;
  /** The stored decision could not be read back and has started again. */
  unreadable: boolean;
}

const ConsentJourneyContext = createContext<ConsentJourneyValue | null>(null);

export function useConsentJourney(): ConsentJourneyValue {
  const value = useContext(ConsentJourneyContext);
  if (!value) throw new Error('useConsentJourney must be used inside <ConsentJourney>');
  return value;
}

/**
 * The machine decides; the URL follows (/referral/consent?step=…). The referral store keeps every
 * step the lead has stood on; a URL for an earlier step (Back link, browser back, reload) restores
 * that step's snapshot, a URL for a step not reached redirects to the furthest step. Nothing is
 * stored until the first answer, so an unvisited decision stays "Not started".
 */
export function ConsentJourney({ input, children }: { input: ConsentMachineInput; children: ReactNode }) {
  const { state, update } = useReferral();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const read = useMemo(() => readConsentState(state.consent), [state.consent]);
  const { age, subject } = input;
  const stored: ConsentState = useMemo(
    () => (read.status === 'loaded' ? read.state : { status: 'in-progress', input: { age, subject }, snapshots: [initialConsentEntry({ age, subject })] }),
    [read, age, subject],
  );
  const entries = stored.snapshots;
  const requested = consentStepForSlug(params.get('step'));
  const index = requested ? entries.findIndex((entry) => entry.step === requested) : -1;
  const last = entries.at(-1)!;

  const advance = useCallback(
    (fromIndex: number, entry: ConsentEntry) => {
      update((current) => ({ ...current, consent: advanceConsent(stored, fromIndex, entry) }));
      navigate(consentUrl(entry.step));
    },
    [update, navigate, stored],
  );

  if (index < 0) return <Navigate to={consentUrl(last.step)} replace />;

  return (
    // A new actor for each step shown, restored from that step's snapshot: going back is a restore.
    <StepActor
      key={`${index}:${entries[index]!.step}`}
      entries={entries}
      index={index}
      onAdvance={advance}
      unreadable={read.status === 'unreadable'}
    >
      {children}
    </StepActor>
  );
}

function StepActor({
  entries,
  index,
  onAdvance,
  unreadable,
  children,
}: {
  entries: ConsentEntry[];
  index: number;
  onAdvance: (fromIndex: number, entry: ConsentEntry) => void;
  unreadable: boolean;
  children: ReactNode;
}) {
  const entry = entries[index]!;
  const restored = useMemo(() => restoreConsentSnapshot(entry), [entry]);
  // Restored from the snapshot, the actor ignores its input; the type asks for one all the same.
  const actorRef = useActorRef(consentMachine, {
    snapshot: consentMachine.getPersistedSnapshot(restored),
    input: { age: null, subject: restored.context.subject },
  });
  const latest = useSelector(actorRef, (s) => s);
  // Once the actor moves on, keep showing this step until the URL (and so a new StepActor) follows.
  const snapshot = currentConsentStep(latest) === entry.step ? latest : restored;
  const lastEvent = useRef<ConsentEvent | undefined>(undefined);
  const advanced = useRef(false);

  useEffect(() => {
    const subscription = actorRef.subscribe((next) => {
      if (advanced.current) return;
      if (currentConsentStep(next) !== entry.step) {
        advanced.current = true;
        onAdvance(index, consentEntryFor(next, lastEvent.current));
      }
    });
    return () => subscription.unsubscribe();
  }, [actorRef, entry.step, index, onAdvance]);

  const previous = entries[index - 1];
  const answeredEvent = entries[index + 1]?.event ?? null;
  const value = useMemo<ConsentJourneyValue>(
    () => ({
      snapshot,
      step: entry.step,
      send: (event) => {
        lastEvent.current = event;
        actorRef.send(event);
      },
      backUrl: previous ? consentUrl(previous.step) : '/referral',
      answeredEvent,
      unreadable,
    }),
    [snapshot, entry.step, actorRef, previous, answeredEvent, unreadable],
  );
  return <ConsentJourneyContext.Provider value={value}>{children}</ConsentJourneyContext.Provider>;
}
