import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../app/routes';

/** Goes from the start to the record of concern as someone in `role`, and opens the optional indicators. */
async function recordPageAs(role: 'I noticed the concern' | 'I am a safeguarding lead') {
  const user = userEvent.setup();
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/concern/start'] })} />);
  await screen.findByRole('heading', { level: 1 });
  const answer = async (name: string) => {
    await user.click(screen.getByRole('radio', { name }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
  };
  await answer(role);
  await screen.findByRole('heading', { level: 1, name: 'Is anyone in immediate danger, or do you think an attack may be about to happen?' });
  await answer('No');
  await screen.findByRole('heading', { level: 1, name: /vulnerable/ });
  await answer('Yes');
  await screen.findByRole('heading', { level: 1, name: /patient or a colleague/ });
  await answer('A patient');
  await screen.findByRole('heading', { level: 1, name: /make a record/ });
  await user.click(screen.getByText('Optional: examples of indicators that may help you describe what you noticed'));
}

describe('the record of concern’s indicators', () => {
  it('frontline staff see engagement and intent, described as what they saw or were told, with no capability indicators and no dress indicator', async () => {
    await recordPageAs('I noticed the concern');
    expect(screen.getByRole('group', { name: /^Engagement/ })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Intent/ })).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /^Capability/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /history of violence/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /dress|appearance/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /suspected extremists/i })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /fascination with mass violence or attacks.*without any clear ideology/ })).toBeInTheDocument();
    // The cautions stay beside the list: nothing is conclusive, nobody goes looking, dress is never a sign.
    expect(screen.getByText(/None of these is conclusive on its own/)).toBeInTheDocument();
    expect(screen.getByText(/do not go looking for more.*change of religious or cultural dress is never a sign on its own/)).toBeInTheDocument();
  });

  it('the safeguarding lead also sees the capability indicators', async () => {
    await recordPageAs('I am a safeguarding lead');
    const capability = screen.getByRole('group', { name: /^Capability/ });
    expect(within(capability).getAllByRole('checkbox')).toHaveLength(4);
    expect(within(capability).getByRole('checkbox', { name: /Having a history of violence/ })).toBeInTheDocument();
    expect(screen.getByText(/None of these is conclusive on its own/)).toBeInTheDocument();
  });
});
