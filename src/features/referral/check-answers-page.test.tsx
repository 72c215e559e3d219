import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { routes } from '../../app/routes';
import { finishedConsentState } from '../../../tests/fixtures/consent-state';
import { completeDraft } from '../../../tests/fixtures/referral-draft';
import type { ReferralDraft } from '../../../forms/referral-form.schema';
import type { ReferralDocument } from '../../../forms/document';
import { draftSession } from '../../storage/draft-session';
import { newReferralState, storedReferral } from '../../storage/referral-storage';
import { saveSettings } from './settings';

// The PDF preparation itself (code, fonts, a build thrown away) is tested in src/pdf; here, only
// that "Check your answers" starts it, with the referral the export page will offer.
const prepared = vi.hoisted(() => [] as ReferralDocument[]);
vi.mock('../../pdf/download-pdf', () => ({
  preparePdf: (document: ReferralDocument) => prepared.push(document),
  preparePdfNow: async () => undefined,
  downloadPdf: async () => ({ name: 'unused.pdf', pages: 1 }),
}));

function openCheckAnswers(draft: ReferralDraft, consent: unknown, recipients: string[]) {
  saveSettings({ recipients, signOff: '' });
  void draftSession.put('referral', storedReferral({ ...newReferralState(new Date(2026, 10, 23)), draft, consent }));
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/referral/check'] })} />);
}

describe('check your answers', () => {
  beforeEach(() => {
    prepared.length = 0;
  });

  it('gets the referral’s PDF export ready, for the recipients already set', async () => {
    openCheckAnswers(completeDraft(), finishedConsentState(), ['mash@nhs.net']);
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before exporting' });
    await waitFor(() => expect(prepared).toHaveLength(1));
    expect(prepared[0]!.kind).toBe('referral');
    expect(JSON.stringify(prepared[0])).toContain('mash@nhs.net');
  });

  it('gets it ready before any recipient is set (they are set on the export page)', async () => {
    openCheckAnswers(completeDraft(), finishedConsentState(), []);
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before exporting' });
    await waitFor(() => expect(prepared).toHaveLength(1));
    expect(prepared[0]!.kind).toBe('referral');
  });

  it('prepares nothing while the referral cannot be exported', async () => {
    openCheckAnswers(
      completeDraft((d) => (d.sections.concerns.description = '')),
      finishedConsentState(),
      ['mash@nhs.net'],
    );
    await screen.findByRole('heading', { level: 1, name: 'Check your answers before exporting' });
    await screen.findByRole('heading', { name: /Consent and lawful basis/ });
    expect(prepared).toHaveLength(0);
  });
});
