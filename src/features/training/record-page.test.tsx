import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { CompletionRecord } from './completion-record';
import { RecordKeeperContext, RecordPage, type KeptRecord, type RecordKeeper } from './record-page';

/** A keeper that remembers what the page asked of it; `next` is where the first save sends the trainer. */
function fakeKeeper(kept: KeptRecord, next: string | null = null) {
  const calls: { saved: CompletionRecord[]; updated: CompletionRecord[] } = { saved: [], updated: [] };
  const keeper: RecordKeeper = {
    load: () => kept,
    save: async (record) => {
      calls.saved.push(record);
      return next;
    },
    update: (record) => void calls.updated.push(record),
    Status: () => <p>Kept by the app</p>,
  };
  return { keeper, calls };
}

function renderPage(keeper: RecordKeeper | null) {
  const router = createMemoryRouter(
    [
      { path: '/training/record', element: <RecordPage /> },
      { path: '/drafts/passphrase', element: <h1>Keep a locked copy on this device</h1> },
    ],
    { initialEntries: ['/training/record'] },
  );
  render(
    <RecordKeeperContext.Provider value={keeper}>
      <RouterProvider router={router} />
    </RecordKeeperContext.Provider>,
  );
  return router;
}

const attendees = () => screen.getByLabelText('Attendees');

describe('the completion record page and its draft', () => {
  it('without a keeper (trainer mode on its own) offers no draft: the record stays in the page', async () => {
    renderPage(null);
    await screen.findByRole('heading', { level: 1, name: 'Record a training session' });
    expect(screen.queryByRole('button', { name: 'Save as an encrypted draft' })).toBeNull();
    expect(screen.getByText(/Nothing on this page is stored unless you save it as an encrypted draft/)).toBeInTheDocument();
  });

  it('keeps nothing while the trainer types; "Save as an encrypted draft" saves the record and goes where the keeper says (set the passphrase)', async () => {
    const user = userEvent.setup();
    const { keeper, calls } = fakeKeeper({ status: 'none' }, '/drafts/passphrase?from=%2Ftraining%2Frecord');
    const router = renderPage(keeper);
    await user.clear(screen.getByLabelText('Date of the session'));
    await user.type(screen.getByLabelText('Date of the session'), '2027-03-24');
    await user.type(attendees(), 'Staff 40211{Enter}Okafor, Ada');
    expect(calls).toEqual({ saved: [], updated: [] });
    expect(screen.getByText('Kept by the app')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save as an encrypted draft' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/drafts/passphrase'));
    expect(calls.saved).toEqual([{ date: '2027-03-24', levels: ['3'], covered: '', attendees: ['Staff 40211', 'Okafor, Ada'] }]);
    expect(calls.updated).toEqual([]);
  });

  it('once saved on an unlocked device, stays on the page and saves each change', async () => {
    const user = userEvent.setup();
    const { keeper, calls } = fakeKeeper({ status: 'none' }, null);
    const router = renderPage(keeper);
    await user.type(attendees(), 'Staff 40211');
    await user.click(screen.getByRole('button', { name: 'Save as an encrypted draft' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save as an encrypted draft' })).toBeNull());
    expect(router.state.location.pathname).toBe('/training/record');
    expect(calls.saved.map((record) => record.attendees)).toEqual([['Staff 40211']]);
    await user.click(screen.getByRole('checkbox', { name: 'Level 2' }));
    await waitFor(() => expect(calls.updated.at(-1)?.levels).toEqual(['2', '3']));
  });

  it('reopens a kept record with its attendees, and saves each change to it', async () => {
    const user = userEvent.setup();
    const record: CompletionRecord = { date: '2027-03-24', levels: ['1', '3'], covered: 'S02', attendees: ['Staff 40211', 'Okafor, Ada'] };
    const { keeper, calls } = fakeKeeper({ status: 'loaded', record });
    renderPage(keeper);
    expect(screen.getByLabelText('Date of the session')).toHaveValue('2027-03-24');
    expect(attendees()).toHaveValue('Staff 40211\nOkafor, Ada');
    expect(screen.getByRole('checkbox', { name: 'Level 1' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Level 2' })).not.toBeChecked();
    expect(screen.getByText(/2 attendees at Level 1, Level 3/)).toBeInTheDocument();
    // Already a draft: no second "Save" button, and nothing written until something changes.
    expect(screen.queryByRole('button', { name: 'Save as an encrypted draft' })).toBeNull();
    expect(calls.updated).toEqual([]);
    await user.type(attendees(), '{Enter}Staff 40388');
    await waitFor(() => expect(calls.updated.at(-1)?.attendees).toEqual(['Staff 40211', 'Okafor, Ada', 'Staff 40388']));
    expect(calls.saved).toEqual([]);
  });

  it('says plainly when the kept draft is not a record it can read, starts a new one, and saves nothing over it', async () => {
    const user = userEvent.setup();
    const { keeper, calls } = fakeKeeper({ status: 'unreadable' });
    renderPage(keeper);
    expect(screen.getByRole('alert')).toHaveTextContent('The saved training record could not be opened');
    expect(attendees()).toHaveValue('');
    await user.type(attendees(), 'Staff 40211');
    expect(calls).toEqual({ saved: [], updated: [] });
    expect(screen.getByRole('button', { name: 'Save as an encrypted draft' })).toBeInTheDocument();
  });
});
