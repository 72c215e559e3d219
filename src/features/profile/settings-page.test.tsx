import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import bswIcb from '../../../public/profiles/bsw-icb.json';
import mseIcb from '../../../public/profiles/mse-icb.json';
import nationalDefault from '../../../public/profiles/national-default.json';
import { nationalDefaultProfile } from '../../../forms/national-default.profile';
import { routes } from '../../app/routes';
import { PROFILE_CHOICE_KEY } from '../../profile/load-profile';
import { ProfileRoot } from '../../profile/profile-context';
import { MAX_IMPORT_BYTES, readProfileFile } from './settings-page';

const shipped: Record<string, unknown> = {
  '/profiles/bsw-icb.json': bswIcb,
  '/profiles/mse-icb.json': mseIcb,
  '/profiles/national-default.json': nationalDefault,
};

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('fetch', async (path: string) =>
    path in shipped ? new Response(JSON.stringify(shipped[path]), { headers: { 'content-type': 'application/json' } }) : new Response('', { status: 404 }),
  );
});
afterEach(() => vi.unstubAllGlobals());

function openSettings() {
  const deployment = { profile: nationalDefaultProfile, origin: { kind: 'built-in' } } as const;
  render(
    <ProfileRoot initial={{ ...deployment, deployment }}>
      <RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/settings'] })} />
    </ProfileRoot>,
  );
}

const file = (content: string, name = 'profile.json') => new File([content], name, { type: 'application/json' });

describe('the settings page', () => {
  it('imports a profile: the header and the choice on this device change', async () => {
    const user = userEvent.setup();
    openSettings();
    await screen.findByRole('heading', { level: 1, name: 'Organisation profile' });
    await user.upload(screen.getByLabelText('Profile file (.json)'), file(JSON.stringify({ ...bswIcb, id: 'northshire', name: 'Northshire ICB' })));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Imported and now in use: Northshire ICB.')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Northshire ICB');
    expect(JSON.parse(localStorage.getItem(PROFILE_CHOICE_KEY)!)).toMatchObject({ source: 'custom', profile: { id: 'northshire' } });
  });

  it('refuses a file with problems, showing each against its field, and changes nothing', async () => {
    const user = userEvent.setup();
    openSettings();
    await screen.findByRole('heading', { level: 1, name: 'Organisation profile' });
    const broken = { ...bswIcb, name: '', contacts: { hr: { role: 'HR', extension: '12' } } };
    await user.upload(screen.getByLabelText('Profile file (.json)'), file(JSON.stringify(broken)));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText(/The file was not imported: there are 2 problems/)).toBeInTheDocument();
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#name', '#contacts-hr-extension']);
    expect(screen.getByRole('textbox', { name: /^Organisation name/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^Organisation name/ })).toHaveAccessibleDescription(/Enter the organisation’s name/);
    expect(screen.getByRole('banner')).toHaveTextContent('National default (no local contacts)');
    expect(localStorage.getItem(PROFILE_CHOICE_KEY)).toBeNull();
  });

  it('saves the form only when the schema accepts it', async () => {
    const user = userEvent.setup();
    openSettings();
    const name = await screen.findByRole('textbox', { name: /^Organisation name/ });
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Save and use this profile' }));
    expect(await screen.findByRole('alert', { name: 'There is a problem' })).toHaveTextContent('Organisation name: Enter the organisation’s name');
    await user.type(name, 'Westshire ICB');
    await user.click(screen.getByRole('button', { name: 'Save and use this profile' }));
    expect(await screen.findByText('Saved and now in use: Westshire ICB.')).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Westshire ICB');
  });
});

describe('reading an imported file', () => {
  it('refuses a file too large to be a profile, and one that is not JSON, with a message saying so', async () => {
    await expect(readProfileFile({ size: MAX_IMPORT_BYTES + 1, text: async () => '{}' })).resolves.toEqual({
      ok: false,
      message: expect.stringMatching(/too large/),
    });
    await expect(readProfileFile(file('hello'))).resolves.toEqual({
      ok: false,
      message: expect.stringMatching(/^The file is not a JSON profile.*not valid JSON/),
    });
    await expect(readProfileFile(file('[1, 2]'))).resolves.toEqual({ ok: false, message: expect.stringMatching(/not a JSON profile/) });
  });
});
