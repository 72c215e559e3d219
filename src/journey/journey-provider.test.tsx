import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, useCallback, useMemo, useState, type ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assign, setup } from 'xstate';
import { defineJourney, type EntryOf } from './define-journey';
import { JourneyProvider, useJourneyStep } from './journey-provider';
import { slugForStep } from './step-slug';

const ask = setup({
  types: { context: {} as { name: string }, events: {} as { type: 'NAMED'; name: string } },
}).createMachine({
  id: 'ask',
  initial: 'askName',
  context: { name: '' },
  states: {
    askName: { on: { NAMED: { target: 'confirmName', actions: assign({ name: ({ event }) => event.name }) } } },
    confirmName: { on: { NAMED: 'done' } },
    done: { type: 'final' },
  },
});
const journey = defineJourney({
  id: 'ask',
  machine: ask,
  stepIds: ['askName', 'confirmName', 'done'] as const,
  startStep: 'askName',
  currentStep: (snapshot) => snapshot.value,
  urlFor: (step) => `/ask/${slugForStep(step)}`,
  keepsAnswers: true,
});
type Entry = EntryOf<typeof journey>;

/** A page that shows where the journey stands, and answers with the name typed. */
function Page() {
  const { step, snapshot, send, previous, answeredEvent, answeredContext, urlFor } = useJourneyStep(journey);
  const [name, setName] = useState(answeredEvent?.name ?? '');
  return (
    <main>
      <h1>{step}</h1>
      <p data-testid="name">{snapshot.context.name}</p>
      <p data-testid="answered">{answeredContext?.name ?? ''}</p>
      <p data-testid="back">{previous ? urlFor(previous) : ''}</p>
      <input aria-label="Name" value={name} onChange={(event) => setName(event.target.value)} />
      <button type="button" onClick={() => send({ type: 'NAMED', name })}>
        Continue
      </button>
    </main>
  );
}

function Journey({ kept }: { kept: Entry[][] }) {
  const { step } = useParams();
  const [entries, setEntries] = useState<Entry[]>(() => kept.at(-1) ?? [journey.initialEntry()]);
  const advance = useCallback(
    (fromIndex: number, entry: Entry) => {
      setEntries((current) => {
        const next = journey.advance(current, fromIndex, entry);
        kept.push(next);
        return next;
      });
    },
    [kept],
  );
  const store = useMemo(() => ({ entries, advance }), [entries, advance]);
  return (
    <JourneyProvider journey={journey} store={store} slug={step}>
      <Page />
    </JourneyProvider>
  );
}

/** A page whose code takes its time: a navigation to it waits while it loads. */
const SlowPage = lazy(() => new Promise<{ default: () => ReactElement }>((resolve) => setTimeout(() => resolve({ default: () => <h1>elsewhere</h1> }), 1_000)));

function renderAt(path: string, kept: Entry[][] = []) {
  const router = createMemoryRouter(
    [
      { path: '/ask/:step', element: <Journey kept={kept} /> },
      { path: '/elsewhere', element: <SlowPage /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return { router, kept };
}

describe('the journey provider: the machine decides, the URL follows', () => {
  it('redirects a deep link to a step not yet reached to the furthest step', async () => {
    const { router } = renderAt('/ask/done');
    expect(await screen.findByRole('heading', { name: 'askName' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/ask/ask-name');
  });

  it('keeps each answer, moves the URL on, and going back restores the step with its answer to prefill', async () => {
    const user = userEvent.setup();
    const { router, kept } = renderAt('/ask/ask-name');
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { name: 'confirmName' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/ask/confirm-name'));
    expect(screen.getByTestId('name')).toHaveTextContent('Sam');
    expect(screen.getByTestId('back')).toHaveTextContent('/ask/ask-name');
    expect(kept.at(-1)!.map((entry) => entry.step)).toEqual(['askName', 'confirmName']);

    await router.navigate(-1);
    expect(await screen.findByRole('heading', { name: 'askName' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Sam');
    expect(screen.getByTestId('answered')).toHaveTextContent('Sam');
    // Answering again drops what came after.
    await user.clear(screen.getByRole('textbox', { name: 'Name' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Alex');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByTestId('name')).toHaveTextContent('Alex');
    expect(kept.at(-1)!.map((entry) => entry.event?.name)).toEqual([undefined, 'Alex']);
  });

  describe('the URL follows the step (on a fake clock)', () => {
    beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
    afterEach(() => vi.useRealTimers());

    /** The first question answered: in the click, the next question, under the URL it was reached from. */
    function answerFirst() {
      const view = renderAt('/ask/ask-name');
      act(() => screen.getByRole('button', { name: 'Continue' }).click());
      expect(screen.getByRole('heading', { name: 'confirmName' })).toBeInTheDocument();
      expect(view.router.state.location.pathname).toBe('/ask/ask-name');
      return view;
    }

    it('draws the next step in the click, and the URL follows once it has painted', async () => {
      const { router } = answerFirst();
      await act(() => vi.advanceTimersByTimeAsync(250));
      expect(router.state.location.pathname).toBe('/ask/confirm-name');
      expect(router.state.historyAction).toBe('PUSH');
      expect(screen.getByRole('heading', { name: 'confirmName' })).toBeInTheDocument();
    });

    it('a navigation before the URL follows wins: the URL does not then jump forward', async () => {
      const { router } = answerFirst();
      // The Back link at once: the same address as the one still shown, a new navigation.
      await act(() => router.navigate('/ask/ask-name', { replace: true }));
      expect(screen.getByRole('heading', { name: 'askName' })).toBeInTheDocument();
      await act(() => vi.advanceTimersByTimeAsync(250));
      expect(router.state.location.pathname).toBe('/ask/ask-name');
      expect(screen.getByRole('heading', { name: 'askName' })).toBeInTheDocument();
    });

    it('a navigation to a page still loading, before the URL follows, wins too', async () => {
      const { router } = answerFirst();
      // A link to another page: its code loads for a second, and this journey is still drawn meanwhile.
      act(() => void router.navigate('/elsewhere'));
      await act(() => vi.advanceTimersByTimeAsync(250));
      expect(router.state.location.pathname).toBe('/elsewhere');
      await act(() => vi.advanceTimersByTimeAsync(1_000));
      expect(router.state.location.pathname).toBe('/elsewhere');
      expect(screen.getByRole('heading', { name: 'elsewhere' })).toBeInTheDocument();
    });

    it('two answers before the URL follows: both steps are in the history, in order, and Back returns to each', async () => {
      const { router } = renderAt('/ask/ask-name');
      act(() => screen.getByRole('button', { name: 'Continue' }).click());
      act(() => screen.getByRole('button', { name: 'Continue' }).click());
      await act(() => vi.advanceTimersByTimeAsync(250));
      expect(router.state.location.pathname).toBe('/ask/done');
      expect(screen.getByRole('heading', { name: 'done' })).toBeInTheDocument();
      await act(() => router.navigate(-1));
      expect(screen.getByRole('heading', { name: 'confirmName' })).toBeInTheDocument();
      await act(() => router.navigate(-1));
      expect(screen.getByRole('heading', { name: 'askName' })).toBeInTheDocument();
      // Browser back to the first step shows that step, never the one once drawn ahead of its URL.
      await act(() => vi.advanceTimersByTimeAsync(250));
      expect(screen.getByRole('heading', { name: 'askName' })).toBeInTheDocument();
    });
  });

  it('a reload of a step stood on restores its snapshot', async () => {
    const first = journey.initialEntry();
    const kept = [[first, { ...journey.persist(ask.resolveState({ value: 'confirmName', context: { name: 'Kim' } })) }]];
    renderAt('/ask/confirm-name', kept);
    expect(await screen.findByRole('heading', { name: 'confirmName' })).toBeInTheDocument();
    expect(screen.getByTestId('name')).toHaveTextContent('Kim');
  });
});
