import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { routes } from '../../app/routes';
import { consentDecisionLog, consentRecordFrom } from './consent-state';
import { draftSession } from '../../storage/draft-session';
import { newReferralState, parseStoredReferral, storedReferral, type ReferralState } from '../../storage/referral-storage';

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
  // The terrorism-planning question comes first, before the records search (§A.1 item 6).
  await question(/planning or carrying out terrorist acts/);
  await choose(user, /planning or carrying out terrorist acts/, 'No');
  await user.click(continueButton());
  await question('Check for existing records of the person');
  await choose(user, 'Is the person known to the service or practice?', 'No');
  await user.type(screen.getByRole('textbox', { name: 'Which records did you search, and what did you find?' }), 'GP record: nothing relevant');
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

async function igNotConsulted(user: UserEvent, next = 'Record the decision and your rationale') {
  await question(/consulted your Caldicott Guardian/);
  await choose(user, /consulted your Caldicott Guardian/, 'No');
  await user.click(continueButton());
  await question(next);
}

describe('the consent decision', () => {
  it('records an adult’s consent (row 1) from the first question to the outcome, and the task list shows it completed', async () => {
    const user = userEvent.setup();
    const { router } = renderAt('/referral/consent');
    await askAdultForConsent(user);
    await waitFor(() => expect(router.state.location.search).toBe('?step=consent-given'));
    await choose(user, /Did they give informed consent to the referral/, 'Yes');
    await user.type(await screen.findByRole('textbox', { name: 'Who gave consent?' }), 'The patient');
    await user.type(screen.getByRole('textbox', { name: 'What did they consent to?' }), 'The referral and sharing with the LA');
    await typeDate(user, 'Date consent was given', '3', '2', '2025');
    await user.type(screen.getByRole('textbox', { name: 'How were they informed?' }), 'Face to face');
    await user.click(continueButton());
    await igNotConsulted(user, 'Choose the lawful basis for sharing');

    // Only the conditions that fit a consent route are offered: paragraph 6, with its own conditions as its hint.
    const article9 = screen.getByRole('group', { name: /Article 9\(2\)\(g\)/ });
    expect(
      within(article9)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['sch1-para6']);
    expect(within(article9).getByRole('radio', { name: /paragraph 6/ })).toHaveAccessibleDescription(/Prevent duty/);
    await user.click(continueButton());
    const basisErrors = await screen.findByRole('alert');
    expect(
      within(basisErrors)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Select whether the information includes information about alleged offences',
      'Select whether your organisation’s appropriate policy document covers this condition',
    ]);
    await choose(user, /include information about alleged offences/, 'Yes');
    // Article 10's condition is asked only when alleged offences are involved.
    await choose(user, /Article 10: which Schedule 1 condition/, /paragraph 6/);
    await choose(user, /appropriate policy document cover/, 'Yes');
    await user.click(continueButton());
    await question('Record the decision and your rationale');

    // The page starts from the machine's defaults: the rationale in model wording, from the basis chosen.
    const valueOf = (name: string | RegExp) => (screen.getByRole('textbox', { name }) as HTMLTextAreaElement).value;
    expect(valueOf('Rationale')).toContain('This referral is being made with the informed consent of the patient.');
    expect(valueOf('Rationale')).toContain('Article 10 with the Data Protection Act 2018, Schedule 1, paragraph 6');
    expect(valueOf('Note on the wording')).toContain('Information Governance lead must approve local wording');
    expect(screen.queryByRole('textbox', { name: /Data-protection basis/ })).not.toBeInTheDocument();
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
    expect(within(record).getByText('Informed consent of the person')).toBeInTheDocument();
    expect(within(record).getByText('Adult with capacity who consents')).toBeInTheDocument();
    expect(record).not.toHaveTextContent(/Decision-table|004 ¶|\[verify with IG\]/);
    expect(within(record).getAllByText(/Article 9\(2\)\(g\).*paragraph 6/).length).toBeGreaterThan(0);
    expect(screen.getByRole('table', { name: 'Decision log' })).toHaveTextContent('Consent given by The patient on 03/02/2025');

    const consent = storedConsent();
    expect(consent).toMatchObject({ status: 'done' });
    expect(consentRecordFrom(consent)).toMatchObject({ row: 1, outcome: 'BASIS_CONSENT', consentStatus: 'obtained', informed: 'yes' });
    expect(consentRecordFrom(consent)).toMatchObject({
      article9Condition: 'sch1-para6',
      offenceData: 'yes',
      article10Condition: 'sch1-para6',
      appropriatePolicyDocument: 'yes',
    });
    expect(consentDecisionLog(consent).map((entry) => entry.step)).toEqual([
      'terrorismPlanning',
      'recordsSearch',
      'urgentTriage',
      'ageQuestion',
      'capacityDoubt',
      'seekConsent',
      'consentGiven',
      'caldicottConsulted',
      'lawfulBasis',
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
    expect(
      within(refusal)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter who refused consent', '#no-refusedBy'],
      ['Enter the reasons they gave for refusing', '#no-reasons'],
    ]);
    await user.type(await screen.findByRole('textbox', { name: 'Who refused?' }), 'The patient');
    await user.type(screen.getByRole('textbox', { name: /What reasons did they give/ }), 'Not your business');
    await user.click(continueButton());
    // An adult's refusal: whether it may not be free, and care and support needs (§A.1 item 3).
    await question(/grooming or coercion/);
    await choose(user, /grooming or coercion/, 'No');
    await user.click(continueButton());
    await question('Does the person have care and support needs?');
    await choose(user, 'Does the person have care and support needs?', 'No');
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
    const links = within(summary)
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
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
    expect(screen.getByRole('region', { name: 'The consent record' })).toHaveTextContent(
      'the risk identified is to themselves only, so their refusal is respected',
    );
    expect(consentRecordFrom(storedConsent())).toMatchObject({ outcome: 'NO_LAWFUL_BASIS', row: 6, consentStatus: 'refused' });
  });

  it('shows “do not investigate or question the person” as the NHS.UK Don’t list, not a sentence in the prose', async () => {
    saveReferral(newReferralState());
    renderAt('/referral/consent');
    await question(/planning or carrying out terrorist acts/);
    const dont = screen.getByRole('heading', { level: 2, name: 'Don’t' }).closest('.nhsuk-do-dont-list') as HTMLElement;
    expect(within(dont).getByRole('list')).toHaveClass('nhsuk-list--cross');
    expect(within(dont).getByRole('listitem')).toHaveTextContent('do not investigate or question the person to find out more');
    expect(screen.queryByText('Do not investigate or question the person to find out more.', { selector: 'p' })).toBeNull();
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
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter who assessed the person’s capacity', '#assessor'],
      ['Date of the assessment must be a real date', '#assessedOn'],
      ['Enter how the person was supported to make the decision themselves', '#support'],
      ['Select the outcome of the capacity assessment', '#outcome'],
      ['Enter the reasoning for the outcome', '#reasoning'],
    ]);
    expect(within(screen.getByRole('group', { name: 'Date of the assessment' })).getByRole('textbox', { name: 'Day' })).toHaveValue('31');

    await user.click(screen.getByRole('link', { name: 'Back' }));
    await question(/grounds to doubt the person’s capacity/);
    await waitFor(() => expect(router.state.location.search).toBe('?step=capacity-doubt'));
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
    await waitFor(() => expect(router.state.location.search).toBe('?step=age-question'));
    expect(storedConsent()).toMatchObject({ status: 'in-progress' });
  });

  it('a child’s refusal is never simply respected: the significant-harm question, with the social care referral', async () => {
    const user = userEvent.setup();
    renderAt('/referral/consent');
    await screenOut(user, 'Under 16');
    await question(/Is the family implicated/);
    await choose(user, /Is the family implicated/, 'No');
    await user.click(continueButton());
    await question(/Gillick competent/);
    await choose(user, /Gillick competent/, 'Yes');
    await user.type(await screen.findByRole('textbox', { name: 'Your competence assessment and reasoning' }), 'Understands the referral');
    await user.click(continueButton());
    await question('Is it appropriate to seek consent?');
    await choose(user, 'Is it appropriate to seek consent?', 'Yes');
    await user.click(continueButton());
    await question('Did they give informed consent?');
    await choose(user, /Did they give informed consent to the referral/, 'No, they refused');
    await user.type(await screen.findByRole('textbox', { name: 'Who refused?' }), 'The young person');
    await user.type(screen.getByRole('textbox', { name: /What reasons did they give/ }), 'Does not want her parents to know');
    await user.click(continueButton());

    await question('Would not sharing leave the child, or others, at risk of significant harm?');
    await choose(user, 'Would not sharing leave the child, or others, at risk of significant harm?', 'Yes');
    await user.type(await screen.findByRole('textbox', { name: /What significant harm/ }), 'Being groomed online to hurt others');
    await choose(user, /referral to children’s social care alongside/, 'Not needed');
    await user.click(continueButton());
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter why a referral to children’s social care is not needed' })).toHaveAttribute(
      'href',
      '#yes-socialCareNotes',
    );
    await choose(user, /referral to children’s social care alongside/, 'Made');
    await user.click(continueButton());
    await question(/public-interest justification/);
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
    await question(/planning or carrying out terrorist acts/);
    expect(storedConsent()).toBeNull();
  });
});
