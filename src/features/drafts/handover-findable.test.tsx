import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../app/routes';
import { handoverText } from '../../content/handover.content';
import { homeText } from '../../content/home.content';
import { initialEntry, storedJourney } from '../../journey/journey-storage';
import { draftSession } from '../../storage/draft-session';
import { sealHandover } from './handover';

const passphrase = 'harbour violet tractor';

async function handoverFile() {
  const sealed = await sealHandover('concern', storedJourney([initialEntry()]), passphrase);
  if (!sealed.ok) throw new Error(sealed.error.code);
  return new File([sealed.value.text], sealed.value.name, { type: 'application/json' });
}

function at(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

describe('a lead can find where to open a hand-over file', () => {
  it('from the home page: opens a concern and offers to start the referral from it', async () => {
    const user = userEvent.setup();
    const router = at('/');
    await user.click(await screen.findByRole('link', { name: homeText.handoverLink }));
    await screen.findByRole('heading', { level: 1, name: handoverText.importTitle });
    await user.upload(screen.getByLabelText(handoverText.fileLabel), await handoverFile());
    await user.type(screen.getByLabelText('Passphrase', { exact: true }), passphrase);
    await user.click(screen.getByRole('button', { name: handoverText.importSubmit }));
    await screen.findByRole('heading', { level: 1, name: handoverText.importedConcernTitle });
    expect(draftSession.get('concern')).toEqual(JSON.parse(JSON.stringify(storedJourney([initialEntry()]))));
    await user.click(screen.getByRole('link', { name: handoverText.startReferral }));
    expect(router.state.location.pathname).toBe('/referral');
  });

  it('from the referral’s first page', async () => {
    at('/referral');
    const link = await screen.findByRole('link', { name: handoverText.importTitle });
    expect(link).toHaveAttribute('href', '/drafts/import?from=/referral');
  });

  it('the saved drafts list is linked from the home page and, while locked, asks to unlock', async () => {
    await draftSession.start();
    draftSession.put('concern', storedJourney([initialEntry()]));
    await draftSession.setPassphrase(passphrase);
    await draftSession.settled();
    await draftSession.lock();
    const user = userEvent.setup();
    at('/');
    await user.click(await screen.findByRole('link', { name: homeText.draftsLink }));
    await screen.findByRole('heading', { level: 1, name: 'Saved drafts on this device' });
    expect(screen.getByText('Unlock to see and open your saved drafts.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Passphrase', { exact: true }), passphrase);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('button', { name: /^Open/ })).toBeInTheDocument();
  });
});
