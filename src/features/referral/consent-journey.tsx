import { useCallback, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { ConsentEvent, ConsentMachineInput, ConsentSnapshot, ConsentStepId } from '../../../machines/consent.machine';
import { journeyContext } from '../../journey/journey-context';
import { JourneyProvider, useJourneyStep } from '../../journey/journey-provider';
import { advanceConsent, consentJourney, initialConsentEntry, readConsentState, type ConsentEntry, type ConsentState } from './consent-state';
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

const { Provider: ConsentValueProvider, useValue: useConsentJourney } = journeyContext<ConsentJourneyValue>('useConsentJourney', 'ConsentJourney');
export { useConsentJourney };

/**
 * The machine decides; the URL follows (/referral/consent?step=…), as every journey does
 * (src/journey/journey-provider.tsx). The referral store keeps every step the lead has stood on.
 * Nothing is stored until the first answer, so an unvisited decision stays "Not started".
 */
export function ConsentJourney({ input, children }: { input: ConsentMachineInput; children: ReactNode }) {
  const { state, update } = useReferral();
  const [params] = useSearchParams();
  const read = useMemo(() => readConsentState(state.consent), [state.consent]);
  const { age, subject } = input;
  const stored: ConsentState = useMemo(
    () => (read.status === 'loaded' ? read.state : { status: 'in-progress', input: { age, subject }, snapshots: [initialConsentEntry({ age, subject })] }),
    [read, age, subject],
  );
  const advance = useCallback(
    (fromIndex: number, entry: ConsentEntry) => update((current) => ({ ...current, consent: advanceConsent(stored, fromIndex, entry) })),
    [update, stored],
  );
  const store = useMemo(() => ({ entries: stored.snapshots, advance }), [stored, advance]);
  return (
    <JourneyProvider journey={consentJourney} store={store} slug={params.get('step')}>
      <ConsentValue unreadable={read.status === 'unreadable'}>{children}</ConsentValue>
    </JourneyProvider>
  );
}

function ConsentValue({ unreadable, children }: { unreadable: boolean; children: ReactNode }) {
  const { snapshot, step, send, previous, answeredEvent, urlFor } = useJourneyStep(consentJourney);
  const value = useMemo<ConsentJourneyValue>(
    () => ({ snapshot, step, send, backUrl: previous ? urlFor(previous) : '/referral', answeredEvent, unreadable }),
    [snapshot, step, send, previous, urlFor, answeredEvent, unreadable],
  );
  return <ConsentValueProvider value={value}>{children}</ConsentValueProvider>;
}
