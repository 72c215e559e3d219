import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../app/routes';
import { finishedConsentState } from '../../../tests/fixtures/consent-state';
import { completeDraft } from '../../../tests/fixtures/referral-draft';
import type { ReferralDraft } from '../../../forms/referral-form.schema';
import { draftSession } from '../drafts/draft-session';
import { newReferralState, storedReferral, type ReferralState } from './referral-storage';

const saveReferral = (state: ReferralState) => draftSession.put('referral', storedReferral(state));

function openExport(draft: ReferralDraft, consent: unknown) {
  saveReferral({ ...newReferralState(new Date(2026, 10, 23)), draft, consent });
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/referral/export'] })} />);
}

describe('the export page', () => {
  it('blocks export and says exactly what is missing, each linking to where to fix it', async () => {
    openExport(completeDraft((d) => (d.sections.concerns.description = '')), null);
    const blocked = await screen.findByRole('region', { name: 'Before you can export' });
    expect(within(blocked).getByRole('link', { name: /^Section C: / })).toHaveAttribute('href', '/referral/section/concerns');
    expect(within(blocked).getByRole('link', { name: 'Complete the consent and lawful-basis decision' })).toHaveAttribute('href', '/referral/consent');
    expect(screen.queryByRole('button', { name: 'Download the PDF' })).not.toBeInTheDocument();
  });

  it('keeps J3 consistent with the consent record, and fixes it on request', async () => {
    const user = userEvent.setup();
    openExport(completeDraft((d) => (d.sections.safeguarding.informedIndividual = { answer: 'no', details: '' })), finishedConsentState());
    const blocked = await screen.findByRole('region', { name: 'Before you can export' });
    expect(blocked).toHaveTextContent('says “no”, but the consent record says “yes”');
    await user.click(within(blocked).getByRole('button', { name: 'Use the consent record’s answer in section J' }));
    expect(await screen.findByRole('button', { name: 'Download the PDF' })).toBeInTheDocument();
  });

  it('warns before export about characters no font can print, naming the field', async () => {
    openExport(completeDraft((d) => (d.sections.individual.forenames = 'Robin 🙂')), finishedConsentState());
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Some characters cannot be printed');
    expect(within(warning).getByText(/Forename\(s\).*🙂/)).toBeInTheDocument();
  });

  it('writes the covering email: marked subject, no basis wording when the person consented', async () => {
    openExport(completeDraft(), finishedConsentState());
    const subject = await screen.findByRole('textbox', { name: 'Subject' });
    expect((subject as HTMLInputElement).value).toMatch(/^OFFICIAL-SENSITIVE – Prevent referral PP-20261123-\w{4}$/);
    expect((screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value).not.toContain('basis on which');
  });
});
