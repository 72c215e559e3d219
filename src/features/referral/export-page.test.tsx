import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../app/routes';
import { finishedConsentState } from '../../../tests/fixtures/consent-state';
import { completeDraft } from '../../../tests/fixtures/referral-draft';
import type { ReferralDraft } from '../../../forms/referral-form.schema';
import { draftSession } from '../../storage/draft-session';
import { newReferralState, parseStoredReferral, storedReferral, type ReferralState } from '../../storage/referral-storage';
import { saveSettings } from './settings';

const saveReferral = (state: ReferralState) => draftSession.put('referral', storedReferral(state));

function openExport(draft: ReferralDraft, consent: unknown, options: { recipients?: string[] } = {}) {
  saveSettings({ recipients: options.recipients ?? ['mash@nhs.net'], signOff: '' });
  saveReferral({ ...newReferralState(new Date(2026, 10, 23)), draft, consent });
  render(<RouterProvider router={createMemoryRouter(routes, { initialEntries: ['/referral/export'] })} />);
}

describe('the export page', () => {
  it('blocks export and says exactly what is missing, each linking to where to fix it', async () => {
    openExport(
      completeDraft((d) => (d.sections.concerns.description = '')),
      null,
      { recipients: [] },
    );
    const blocked = await screen.findByRole('region', { name: 'Before you can export' });
    // Section A would still hold the form's template: named, with a link to where the recipients are set.
    expect(within(blocked).getByRole('link', { name: /^Section A: no recipient is set/ })).toHaveAttribute('href', '/referral/export#recipients-title');
    expect(within(blocked).getByRole('link', { name: /^Section C: / })).toHaveAttribute('href', '/referral/section/concerns');
    expect(within(blocked).getByRole('link', { name: 'Complete the consent and lawful-basis decision' })).toHaveAttribute('href', '/referral/consent');
    expect(screen.queryByRole('button', { name: /^Download the/ })).not.toBeInTheDocument();
  });

  it('keeps J3 consistent with the consent record, and fixes it on request', async () => {
    const user = userEvent.setup();
    openExport(
      completeDraft((d) => (d.sections.safeguarding.informedIndividual = { answer: 'no', details: '' })),
      finishedConsentState(),
    );
    const blocked = await screen.findByRole('region', { name: 'Before you can export' });
    expect(blocked).toHaveTextContent('says “no”, but the consent record says “yes”');
    await user.click(within(blocked).getByRole('button', { name: 'Use the consent record’s answer in section J' }));
    expect(await screen.findByRole('button', { name: 'Download the referral (PDF)' })).toBeInTheDocument();
  });

  it('warns before export about characters no font can print, naming the field', async () => {
    openExport(
      completeDraft((d) => (d.sections.individual.forenames = 'Robin 🙂')),
      finishedConsentState(),
    );
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Some characters cannot be printed');
    expect(within(warning).getByText(/Forename\(s\).*🙂/)).toBeInTheDocument();
  });

  it('writes the covering email: marked subject, no basis wording when the person consented', async () => {
    openExport(completeDraft(), finishedConsentState());
    const subject = await screen.findByRole('textbox', { name: 'Subject' });
    expect((subject as HTMLInputElement).value).toMatch(/^OFFICIAL-SENSITIVE – Prevent referral PP-20261123-\w{4}$/);
    const body = (screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement).value;
    expect(body).not.toContain('basis on which');
    // One attachment named: the referral, never the internal decision record.
    expect(body).toMatch(/prevent-referral-PP-20261123-\w{4}\.pdf/);
    expect(body).not.toMatch(/internal/i);
  });

  it('offers two documents, saying which is which and who each is for', async () => {
    openExport(completeDraft(), finishedConsentState());
    const referral = await screen.findByRole('region', { name: 'The referral: send this' });
    expect(referral).toHaveTextContent('For mash@nhs.net');
    expect(within(referral).getByRole('button', { name: 'Download the referral (PDF)' })).toBeInTheDocument();
    const internal = screen.getByRole('region', { name: 'The internal decision record: keep this, never send it' });
    expect(internal).toHaveTextContent('safeguarding record or the patient record');
    expect(internal).toHaveTextContent('Never send it with the referral');
    expect(within(internal).getByRole('link', { name: /accessible version of the internal decision record/ })).toHaveAttribute(
      'href',
      '/referral/view?document=internal-record',
    );
  });

  it('includes a part of the internal record in the referral only with a reason, and keeps the choice with the referral', async () => {
    const user = userEvent.setup();
    openExport(completeDraft(), finishedConsentState());
    const include = await screen.findByRole('region', { name: 'Include a part of the internal record in the referral (optional)' });
    await user.click(within(include).getByRole('checkbox', { name: 'Records search' }));
    await user.click(within(include).getByRole('button', { name: 'Save what the referral includes' }));
    expect(await screen.findByRole('link', { name: 'Enter why the recipients need this part: records search' })).toBeInTheDocument();
    await user.type(
      within(include).getByRole('textbox', { name: 'Why the recipients need this: records search' }),
      'Police asked whether he is known to services',
    );
    await user.click(within(include).getByRole('button', { name: 'Save what the referral includes' }));
    expect(await within(include).findByRole('status')).toHaveTextContent('Saved: the referral includes records search.');
    const loaded = parseStoredReferral(draftSession.get('referral'));
    expect(loaded.status === 'loaded' && loaded.state.includedParts).toEqual([
      { part: 'recordsSearch', reason: 'Police asked whether he is known to services' },
    ]);
  });
});

describe('saving recipients (issue 15)', () => {
  it('says so in a live region that was there before, and focus never drops to the page body', async () => {
    const user = userEvent.setup();
    // No recipients on this device: the form shows the profile's list, and saving redraws it as the device's own.
    openExport(completeDraft(), finishedConsentState(), { recipients: [] });
    const section = await screen.findByRole('region', { name: 'Who the referral goes to' });
    const region = within(section).getByRole('status');
    expect(region).toBeEmptyDOMElement();
    await user.type(within(section).getByRole('textbox', { name: /^Recipients’ email addresses/ }), 'mash@nhs.net');
    await user.click(within(section).getByRole('button', { name: 'Save recipients' }));
    expect(await within(section).findByText('Recipients saved.')).toBeInTheDocument();
    expect(within(section).getByRole('status')).toBe(region);
    expect(document.body).not.toHaveFocus();
  });
});

describe('a referral saved before the "include a part" choice existed', () => {
  it('still loads, and includes nothing from the internal record', () => {
    const { includedParts: _none, ...old } = { ...newReferralState(new Date(2026, 10, 23)), draft: completeDraft(), includedParts: undefined };
    const loaded = parseStoredReferral(JSON.parse(JSON.stringify(storedReferral(old as ReferralState))));
    expect(loaded.status).toBe('loaded');
    expect(loaded.status === 'loaded' && loaded.state.includedParts).toEqual([]);
  });
});
