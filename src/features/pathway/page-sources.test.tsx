import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../app/routes';

/** What must never reach a reader: seed codes, paragraph marks, the project's own references. */
const forbidden = [/\b00[0-4]\b/, /¶/, /domain-spec/, /legal-and-security/, /Decision-table/i, /\bR\d+\b/, /\brows? \d/, /\[verify/];

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

/** The page as a reader sees it: the main content's text. */
const visibleText = () => (document.querySelector('main') ?? document.body).textContent ?? '';

function expectNoCodes() {
  const text = visibleText();
  for (const pattern of forbidden) expect(text, String(pattern)).not.toMatch(pattern);
}

const sourceLine = () => document.querySelector('main .source')?.textContent ?? '';

describe('sources on the pages, in words', () => {
  it('a pathway question page names the BSW ICB Prevent Policy and its paragraph, no codes', async () => {
    const user = userEvent.setup();
    const router = renderAt('/concern/start');
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('radio', { name: 'I noticed the concern' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/concern/immediate-risk'));
    await screen.findByRole('heading', { level: 1, name: /immediate danger/ });
    expect(sourceLine()).toMatch(/^Source: BSW ICB Prevent Policy, reporting flowchart and paragraph 66$/);
    expectNoCodes();
  });

  it('an outcome page (call 999) cites its sources in words, no codes', async () => {
    const user = userEvent.setup();
    const router = renderAt('/concern/start');
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('radio', { name: 'I noticed the concern' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { level: 1, name: /immediate danger/ });
    await user.click(within(screen.getByRole('group', { name: /immediate danger/ })).getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/concern/immediate-risk'));
    await screen.findByRole('heading', { level: 1 });
    expect(sourceLine()).toMatch(/^Source: BSW ICB Prevent Policy/);
    expectNoCodes();
  });

  it('the consent decision’s first page cites its sources in words, no codes', async () => {
    renderAt('/referral/consent');
    await screen.findByRole('heading', { level: 1 });
    expect(sourceLine()).toMatch(/^Source: /);
    expect(sourceLine()).toMatch(/BSW ICB Prevent Policy, paragraphs [^;]*61/);
    expectNoCodes();
  });
});
