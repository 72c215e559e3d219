import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../app/routes';
import { consentDecisionLog, consentRecordFrom } from './consent-state';
import { draftSession } from '../drafts/draft-session';
import { newReferralState, parseStoredReferral, storedReferral, type ReferralState } from './referral-storage';

const loadReferral = () => parseStoredReferral(draftSession.get('referral'));
const saveReferral = (state: ReferralState) => draftSession.put('referral', storedReferral(state));

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<RouterProvider router={router} />);
  return { router, unmount: view.unmount };
}

const question = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
const storedConsent = () => {
  const loaded = loadReferral();
  return loaded.status === 'loaded' ? loaded.state.consent : null;
};

async function choose(user: UserEvent, group: string | RegExp, option: string | RegExp) {
  await user.click(within(screen.getByRole('group', { name: group })).getByRole('radio', { name: option }));
}
const continueButton = (name = 'Continue') => screen.getByRole('button', { name });

async function typeDate(user: UserEvent, group: string, day: string, month: string, year: string) {
  const date = screen.getByRole('group', { name: group });
  await user.type(within(date).getByRole('textbox', { name: 'Day' }), day);
  await user.type(within(date).getByRole('textbox', { name: 'Month' }), month);
  await user.type(within(date).getByRole('textbox', { name: 'Year' }), year);
}

/** The screening questions, for a person whose age the referral form does not give yet. */
async function screenOut(user: UserEvent, age: '18 or over' | '16 or 17' | 'Under 16' | null = '18 or over') {
  await question('Check for existing records of the person');
  await choose(user, 'Is the person known to the service or practice?', 'No');
  await user.type(screen.getByRole('textbox', { name: 'Which records did you search, and what did you find?' }), 'GP record: nothing relevant');
  await user.click(continueButton());
  await question(/planning or carrying out terrorist acts/);
  await choose(user, /planning or carrying out terrorist acts/, 'No');
  await user.click(continueButton());
  await question(/needed urgently/);
  await choose(user, /needed urgently/, 'No');
  await user.click(continueButton());
  if (age === null) return;
  await question('How old is the person?');
  await choose(user, 'How old is the person?', age);
  await user.click(continueButton());
}

/** An adult with no grounds to doubt capacity, asked for consent. */
async function askAdultForConsent(user: UserEvent) {
  await screenOut(user);
  await question(/grounds to doubt the person’s capacity/);
  await choose(user, /grounds to doubt the person’s capacity/, 'No');
  await user.click(continueButton());
  await question('Is it appropriate to seek consent?');
  await choose(user, 'Is it appropriate to seek consent?', 'Yes');
  await user.click(continueButton());
  await question('Did they give informed consent?');
}

async function igNotConsulted(user: UserEvent) {
  await question(/consulted your Caldicott Guardian/);
  await choose(user, /consulted your Caldicott Guardian/, 'No');
  await user.click(continueButton());
  await question('Record the decision and your rationale');
}

describe('the consent decision', () => {
  it('records an adult’s consent (row 1) from the first question to the outcome, and the task list shows it completed', async () => {
    const user = userEvent.setup();
    const { router } = renderAt('/referral/consent');
    await askAdultForConsent(user);
    expect(router.state.location.search).toBe('?step=consent-given');
    await choose(user, /Did they give informed consent to the referral/, 'Yes');
    await user.type(await screen.findByRole('textbox', { name: 'Who gave consent?' }), 'The patient');
    await user.type(screen.getByRole('textbox', { name: 'What did they consent to?' }), 'The referral and sharing with the LA');
    await typeDate(user, 'Date consent was given', '3', '2', '2025');
    await user.type(screen.getByRole('textbox', { name: 'How were they informed?' }), 'Face to face');
    await user.click(continueButton());
    await igNotConsulted(user);

    // The page starts from the machine's defaults: the rationale in model wording, the basis, the gateways.
    const valueOf = (name: string | RegExp) => (screen.getByRole('textbox', { name }) as HTMLTextAreaElement).value;
    expect(valueOf('Rationale')).toContain('This referral is being made with the informed consent of the patient.');
    expect(valueOf('Note on the wording')).toContain('Information Governance lead must approve local wording');
    expect(valueOf(/Data-protection basis/)).toContain('[verify with IG]');
    await user.type(screen.getByRole('textbox', { name: 'Capacity or competence notes' }), 'No grounds to doubt capacity');
    await user.type(screen.getByRole('textbox', { name: /^Justification/ }), 'To safeguard the patient');
    await user.type(screen.getByRole('textbox', { name: 'What will be shared, and why it is the minimum necessary' }), 'The concern and contact details');
    await user.type(screen.getByRole('textbox', { name: /Who will receive it/ }), 'LA Prevent Lead');
    const maker = screen.getByRole('group', { name: /Who made the decision/ });
    await user.type(within(maker).getByRole('textbox', { name: 'Name' }), 'Sam Lead');
    await user.type(within(maker).getByRole('textbox', { name: 'Role' }), 'Safeguarding lead');
    await user.click(continueButton('Save the decision'));

    await question('Your decision and rationale are recorded');
    const record = screen.getByRole('region', { name: 'The consent record' });
    expect(within(record).getByText('Informed consent (004 ¶55)')).toBeInTheDocument();
    expect(within(record).getByText('Decision-table row 1')).toBeInTheDocument();
    expect(within(record).getByText(/Article 9\(2\)\(a\).*\[verify with IG\]/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Decision log' })).toHaveTextContent('Consent given by The patient on 03/02/2025');

    const consent = storedConsent();
    expect(consent).toMatchObject({ status: 'done' });
    expect(consentRecordFrom(consent)).toMatchObject({ row: 1, outcome: 'BASIS_CONSENT', consentStatus: 'obtained', informed: 'yes' });
    expect(consentDecisionLog(consent).map((entry) => entry.step)).toEqual([
      'recordsSearch',
      'terrorismPlanning',
      'urgentTriage',
      'ageQuestion',
      'capacityDoubt',
      'seekConsent',
      'consentGiven',
      'caldicottConsulted',
      'details',
    ]);

    await user.click(screen.getByRole('link', { name: 'Back to the task list' }));
    await question('National Prevent Referral Form');
    expect(screen.getByRole('link', { name: 'Consent and lawful basis for sharing' })).toHaveAccessibleDescription('Completed');
  });

  it('records “do not share” when an adult refuses and the risk is to them only; the last page lists what the record lacks', async () => {
    const user = userEvent.setup();
    renderAt('/referral/consent');
    await askAdultForConsent(user);
    await choose(user, /Did they give informed consent to the referral/, 'No, they refused');
    await user.click(continueButton());
    const refusal = await screen.findByRole('alert');
    expect(within(refusal).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter who refused consent', '#no-refusedBy'],
      ['Enter the reasons they gave for refusing', '#no-reasons'],
    ]);
    await user.type(await screen.findByRole('textbox', { name: 'Who refused?' }), 'The patient');
    await user.type(screen.getByRole('textbox', { name: /What reasons did they give/ }), 'Not your business');
    await user.click(continueButton());
    await question(/Would not sharing leave others exposed/);
    await choose(user, /Would not sharing leave others exposed/, 'No, the risk is to the person only');
    await user.click(continueButton());
    await question('Do not share: record the decision');
    await user.type(screen.getByRole('textbox', { name: /What other support was offered/ }), 'GP follow-up offered');
    await user.click(continueButton());
    await igNotConsulted(user);

    // The machine refuses an incomplete record; its sentences link to the fields that complete it.
    await user.click(continueButton('Save the decision'));
    const summary = await screen.findByRole('alert');
    const links = within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual(
      expect.arrayContaining([
        ['Enter why there is no lawful basis to share', '#justification'],
        ['Record that no information will be shared', '#minimumData'],
        ['Enter the name of the person who made the decision', '#decisionMaker-name'],
      ]),
    );
    await user.click(within(summary).getByRole('link', { name: 'Enter why there is no lawful basis to share' }));
    expect(screen.getByRole('textbox', { name: /^Justification/ })).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: 'Capacity or competence notes' }), 'Has capacity; refused');
    await user.type(screen.getByRole('textbox', { name: /^Justification/ }), 'Competent refusal; risk to self only');
    await user.type(screen.getByRole('textbox', { name: 'What will be shared, and why it is the minimum necessary' }), 'Nothing is shared');
    const maker = screen.getByRole('group', { name: /Who made the decision/ });
    await user.type(within(maker).getByRole('textbox', { name: 'Name' }), 'Sam Lead');
    await user.type(within(maker).getByRole('textbox', { name: 'Role' }), 'Safeguarding lead');
    await user.click(continueButton('Save the decision'));

    await question('You have decided not to share: the decision is recorded');
    expect(screen.getByRole('region', { name: 'The consent record' })).toHaveTextContent('the risk is to the person only, so their refusal is respected');
    expect(consentRecordFrom(storedConsent())).toMatchObject({ outcome: 'NO_LAWFUL_BASIS', row: 6, consentStatus: 'refused' });
  });

  it('requires the note revealed under an answer, and links the error to it', async () => {
    const user = userEvent.setup();
    renderAt('/referral/consent');
    await screenOut(user);
    await question(/grounds to doubt the person’s capacity/);
    expect(screen.queryByRole('textbox', { name: 'What are the grounds to doubt capacity?' })).not.toBeInTheDocument();
    await choose(user, /grounds to doubt the person’s capacity/, 'Yes');
    const notes = await screen.findByRole('textbox', { name: 'What are the grounds to doubt capacity?' });
    await user.click(continueButton());
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    const link = within(summary).getByRole('link', { name: 'Enter the grounds to doubt the person’s capacity' });
    expect(link).toHaveAttribute('href', '#yesNotes');
    await user.click(link);
    expect(notes).toHaveFocus();
    expect(notes).toHaveAttribute('aria-invalid', 'true');
  });

  it('goes Back to the previous step with the answer kept, and refuses a date that does not exist', async () => {
    const user = userEvent.setup();
    const { router } = renderAt('/referral/consent');
    await screenOut(user);
    await question(/grounds to doubt the person’s capacity/);
    await choose(user, /grounds to doubt the person’s capacity/, 'Yes');
    await user.type(await screen.findByRole('textbox', { name: 'What are the grounds to doubt capacity?' }), 'Learning disability; confused at the last visit');
    await user.click(continueButton());

    await question(/record the capacity assessment/);
    await typeDate(user, 'Date of the assessment', '31', '02', '2025');
    await user.click(continueButton());
    const summary = await screen.findByRole('alert');
    // The page's own rules speak first, in page order; the machine is asked only once they pass.
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter who assessed the person’s capacity', '#assessor'],
      ['Date of the assessment must be a real date', '#assessedOn'],
      ['Enter how the person was supported to make the decision themselves', '#support'],
      ['Select the outcome of the capacity assessment', '#outcome'],
      ['Enter the reasoning for the outcome', '#reasoning'],
    ]);
    expect(within(screen.getByRole('group', { name: 'Date of the assessment' })).getByRole('textbox', { name: 'Day' })).toHaveValue('31');

    await user.click(screen.getByRole('link', { name: 'Back' }));
    await question(/grounds to doubt the person’s capacity/);
    expect(router.state.location.search).toBe('?step=capacity-doubt');
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'What are the grounds to doubt capacity?' })).toHaveValue('Learning disability; confused at the last visit');
  });

  it('keeps the step on reload, and redirects a step not yet reached to the current one', async () => {
    const user = userEvent.setup();
    const first = renderAt('/referral/consent');
    await screenOut(user, null);
    await question('How old is the person?');
    first.unmount();

    const { router } = renderAt('/referral/consent?step=details');
    await question('How old is the person?');
    expect(router.state.location.search).toBe('?step=age-question');
    expect(storedConsent()).toMatchObject({ status: 'in-progress' });
  });

  it('takes the age from the referral form, and offers a fresh start when the age band changes', async () => {
    const user = userEvent.setup();
    const state = newReferralState();
    const adult = { ...state.draft.sections.individual, forenames: 'Alex', surname: 'Smith', dateOfBirth: { day: '1', month: '1', year: '1980' } };
    saveReferral({ ...state, draft: { ...state.draft, sections: { ...state.draft.sections, individual: adult } } });
    const first = renderAt('/referral/consent');
    await screenOut(user, null);
    // No age question: the form says the person is an adult.
    await question(/grounds to doubt the person’s capacity/);
    first.unmount();

    const saved = loadReferral();
    if (saved.status !== 'loaded') throw new Error('expected a saved referral');
    const child = { ...adult, dateOfBirth: { day: '1', month: '1', year: String(new Date().getFullYear() - 12) } };
    saveReferral({ ...saved.state, draft: { ...saved.state.draft, sections: { ...saved.state.draft.sections, individual: child } } });
    renderAt('/referral/consent?step=capacity-doubt');
    await question('The person’s details have changed since you started this decision');
    expect(screen.getByText(/recorded as 18 or over.*now says under 16/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the consent decision again' }));
    await question('Check for existing records of the person');
    expect(storedConsent()).toBeNull();
  });
});
