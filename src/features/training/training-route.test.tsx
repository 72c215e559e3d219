import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { scenarios } from '../../../machines/scenarios.data';
import { routes } from '../../app/routes';
import { nationalContacts } from '../../content/contacts';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}
const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });

describe('the training route', () => {
  it('lists the twelve scenarios, each with its own link, under the training mark', async () => {
    renderAt('/training');
    await heading('Trainer mode');
    expect(screen.getAllByRole('link', { name: /^Run “/ })).toHaveLength(12);
    expect(screen.getAllByText('TRAINING – FICTIONAL – NOT A REFERRAL').length).toBeGreaterThan(0);
  });

  it('sends a deep link to a step not reached to the scenario’s briefing', async () => {
    const router = renderAt('/training/s02/consent/seek-consent');
    await heading('Wanting a way out');
    expect(router.state.location.pathname).toBe('/training/s02');
  });

  it('runs the real pathway pages, judges each step, and keeps nothing in sessionStorage', async () => {
    const user = userEvent.setup();
    const router = renderAt('/training/s02');
    await heading('Wanting a way out');
    await user.click(screen.getByRole('button', { name: 'Start the scenario' }));
    await heading('You are worried about someone');
    expect(router.state.location.pathname).toBe('/training/s02/pathway/start');
    // The pathway's own page, with its own question.
    expect(screen.getByRole('group', { name: 'Which best describes you?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Begin → Immediate risk?' }));
    await heading('Is anyone in immediate danger, or do you think an attack may be about to happen?');
    await waitFor(() => expect(screen.getByText('Matches the expected path')).toBeInTheDocument());
    expect(screen.getByText(/Whoever notices the concern starts the flowchart/)).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/training/s02/pathway/immediate-risk'));
    expect(sessionStorage.length).toBe(0);
    expect(localStorage.length).toBe(0);
  });

  it('says so when there is no such scenario', async () => {
    renderAt('/training/s99');
    await heading('Scenario not found');
  });
});

describe('the scenarios’ discussion steps', () => {
  it('show only national contacts, from the one place numbers live', () => {
    for (const scenario of scenarios)
      for (const stage of scenario.stages)
        if (stage.kind === 'discussion')
          for (const step of stage.steps) for (const key of step.contacts) expect(Object.keys(nationalContacts), `${scenario.id} ${step.id}`).toContain(key);
  });
});
