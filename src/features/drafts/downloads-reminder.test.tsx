import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../app/routes';
import { handoverText } from '../../content/handover.content';
import { wipeText } from '../../content/wipe.content';
import { draftSession } from '../../storage/draft-session';

function open(path: string) {
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: [path] })} />);
}

describe('reminders to delete downloaded files', () => {
  it('the wipe page says, before and after wiping, that downloaded PDFs and hand-over files stay in Downloads', async () => {
    open('/drafts/wipe');
    expect(await screen.findByText(wipeText.deleteDownloads)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: wipeText.confirm }));
    expect(await screen.findByRole('alert')).toHaveTextContent(wipeText.deleteDownloads);
  });

  it('the hand-over export page says to delete the file and PDFs from Downloads after sending', async () => {
    await draftSession.start();
    draftSession.put('concern', { version: 1 });
    open('/drafts/export?kind=concern');
    expect(await screen.findByText(handoverText.deleteDownloads)).toBeInTheDocument();
    expect(handoverText.deleteDownloads).toMatch(/Downloads/);
  });
});
