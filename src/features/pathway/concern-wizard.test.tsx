import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../app/routes';

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

const heading = () => screen.findByRole('heading', { level: 1 });

describe('the concern wizard', () => {
  it('sends a deep link to a step not yet reached to the current step', async () => {
    const router = renderAt('/concern/end-referred-to-lead');
    expect(await heading()).toHaveTextContent('You are worried about someone');
    expect(router.state.location.pathname).toBe('/concern/start');
  });

  it('shows an error summary that links to the field when nothing is chosen, and keeps the user on the step', async () => {
    const user = userEvent.setup();
    renderAt('/concern/start');
    await heading();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    const link = screen.getByRole('link', { name: 'Select which best describes you' });
    expect(summary).toContainElement(link);
    expect(summary).toHaveFocus();
    expect(link).toHaveAttribute('href', '#role');
    expect(screen.getByRole('group', { name: 'Which best describes you?' })).toHaveAccessibleDescription(/Select which best describes you/);
    await user.click(link);
    expect(screen.getByRole('radio', { name: 'I noticed the concern' })).toHaveFocus();
  });

  it('moves to the next question and focuses its heading; the Back link returns with the answer kept', async () => {
    const user = userEvent.setup();
    const router = renderAt('/concern/start');
    await heading();
    await user.click(screen.getByRole('radio', { name: 'I noticed the concern' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/concern/immediate-risk'));
    const question = await screen.findByRole('heading', { level: 1, name: 'Is anyone in immediate danger, or do you think an attack may be about to happen?' });
    await waitFor(() => expect(question).toHaveFocus(), { timeout: 5000 });
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await screen.findByRole('heading', { level: 1, name: 'You are worried about someone' });
    expect(screen.getByRole('radio', { name: 'I noticed the concern' })).toBeChecked();
  });

  it('marks the current phase in the progress indicator', async () => {
    renderAt('/concern/start');
    await heading();
    const progress = screen.getByRole('navigation', { name: 'Progress' });
    expect(progress.querySelector('[aria-current="step"]')).toHaveTextContent('NOTICE');
  });

  it('shows the emergency numbers on every page, the pathway included', async () => {
    renderAt('/concern/start');
    await heading();
    expect(screen.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    expect(screen.getByRole('link', { name: '0800 789 321' })).toHaveAttribute('href', 'tel:0800789321');
  });
});

describe('the record of concern', () => {
  it('lists errors in the order of the fields on the page, each linking to its field', async () => {
    const user = userEvent.setup();
    renderAt('/concern/start');
    await heading();
    const answer = async (name: string) => {
      await user.click(screen.getByRole('radio', { name }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
    };
    await answer('I noticed the concern');
    await screen.findByRole('heading', { level: 1, name: /immediate danger/ });
    await answer('No');
    await screen.findByRole('heading', { level: 1, name: /vulnerable/ });
    await answer('Yes');
    await screen.findByRole('heading', { level: 1, name: /patient or a colleague/ });
    await answer('A patient');
    await screen.findByRole('heading', { level: 1, name: /make a record/ });
    const date = screen.getByRole('group', { name: 'When did you first notice this?' });
    await user.type(within(date).getByRole('textbox', { name: 'Day' }), '31');
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '2');
    await user.type(within(date).getByRole('textbox', { name: 'Year' }), '2026');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const links = within(await screen.findByRole('alert')).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter what you saw or heard', '#whatHappened'],
      ['The date you first noticed this must be a real date', '#whenNoticed'],
      ['Enter who you discussed this with, for example your line manager', '#discussedWith'],
    ]);
    // What was typed is kept, and the day field is marked invalid.
    expect(within(date).getByRole('textbox', { name: 'Day' })).toHaveValue('31');
    expect(within(date).getByRole('textbox', { name: 'Day' })).toHaveAttribute('aria-invalid', 'true');
  });
});
