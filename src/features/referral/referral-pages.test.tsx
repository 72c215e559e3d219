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

describe('the referral form pages', () => {
  it('keeps what was typed when moving between sections and coming back, valid or not', async () => {
    const user = userEvent.setup();
    const router = renderAt('/referral/section/individual');
    await user.type(await screen.findByRole('textbox', { name: 'Forename(s)' }), 'Aleksandra');
    await user.type(screen.getByRole('textbox', { name: /Approx\. Age/ }), 'about thirty');
    await user.click(screen.getByRole('link', { name: 'Back to the task list' }));
    await screen.findByRole('heading', { level: 1, name: 'National Prevent Referral Form' });
    expect(screen.getByRole('link', { name: /B\. Individual’s biographical/ })).toHaveAccessibleDescription('In progress');
    await user.click(screen.getByRole('link', { name: /C\. Describe concerns/ }));
    await user.type(await screen.findByRole('textbox', { name: 'Describe concerns' }), 'Shared a video praising an attack.');
    router.navigate(-1);
    router.navigate(-1);
    expect(await screen.findByRole('textbox', { name: 'Forename(s)' })).toHaveValue('Aleksandra');
    expect(screen.getByRole('textbox', { name: /Approx\. Age/ })).toHaveValue('about thirty');
    await router.navigate('/referral/section/concerns');
    expect(await screen.findByRole('textbox', { name: 'Describe concerns' })).toHaveValue('Shared a video praising an attack.');
  });

  it('reveals the follow-up under "Yes", requires it, and links the error to it', async () => {
    const user = userEvent.setup();
    renderAt('/referral/section/safeguarding');
    const question = await screen.findByRole('group', { name: /informed the Individual that you are making this referral/ });
    expect(screen.queryByRole('textbox', { name: 'What was the response?' })).not.toBeInTheDocument();
    await user.click(within(question).getByRole('radio', { name: 'Yes' }));
    const followUp = await screen.findByRole('textbox', { name: 'What was the response?' });
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Enter the individual’s response when you told them about this referral' });
    await user.click(link);
    expect(followUp).toHaveFocus();
    expect(followUp).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(question).getByRole('radio', { name: 'No' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'What was the response?' })).not.toBeInTheDocument());
  });

  it('shows "Check your answers" with change links for completed sections and a link to finish the others', async () => {
    const user = userEvent.setup();
    renderAt('/referral/section/concerns');
    await user.type(await screen.findByRole('textbox', { name: 'Describe concerns' }), 'Shared a video praising an attack.');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await screen.findByRole('heading', { level: 1, name: 'Complex needs' });
    await user.click(screen.getByRole('link', { name: 'Back to the task list' }));
    await user.click(await screen.findByRole('link', { name: 'Check your answers' }));
    const concerns = await screen.findByRole('region', { name: 'C. Describe concerns' });
    expect(within(concerns).getByText('Shared a video praising an attack.')).toBeInTheDocument();
    expect(within(concerns).getByRole('link', { name: /^Change\s*Describe concerns$/ })).toHaveAttribute('href', '/referral/section/concerns');
    const individual = screen.getByRole('region', { name: /B\. Individual’s biographical/ });
    expect(within(individual).getByRole('link', { name: 'Complete section B' })).toBeInTheDocument();
  });
});
