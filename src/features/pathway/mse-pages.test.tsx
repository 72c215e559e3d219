import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { transition } from 'xstate';
import { describe, expect, it } from 'vitest';
import { parseProfile, type OrganisationProfile } from '../../../forms/organisation-profile.schema';
import { concernMachine } from '../../../machines/concern.machine';
import { mseMachine, type MseEvent } from '../../../machines/mse.machine';
import { ProfileProvider } from '../../profile/profile-context';
import { ConcernStep } from './concern-step';
import { ConcernJourney } from '../../journey/pathway-journey';
import type { JourneyStore, LoadResult } from '../../journey/journey-storage';
import { bswPathway, msePathway, type JourneyEntry, type PathwayStepId } from '../../journey/pathways';

function shippedProfile(id: string): OrganisationProfile {
  const parsed = parseProfile(JSON.parse(readFileSync(`${process.cwd()}/public/profiles/${id}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`public/profiles/${id}.json: ${parsed.errors.map((e) => e.message).join('; ')}`);
  return parsed.profile;
}
const mseProfile = shippedProfile('mse-icb');
const bswProfile = shippedProfile('bsw-icb');

/** A journey store in memory, starting from `initial` (what a draft would hold). */
function memoryStore(initial: LoadResult = { status: 'empty' }) {
  let kept: LoadResult = initial;
  const store: JourneyStore & { kept: () => LoadResult } = {
    load: () => kept,
    save: (entries) => {
      kept = { status: 'loaded', pathway: entries[0]!.step === 'mseStart' ? 'mse' : 'bsw', entries: [...entries] };
      return true;
    },
    clear: () => {
      kept = { status: 'empty' };
    },
    kept: () => kept,
  };
  return store;
}

const at = '2026-11-23T09:00:00.000Z';
const record = {
  whatHappened: 'Said others deserved the same as the victims of a recent attack.',
  whenNoticed: '2026-11-03',
  exactWords: '',
  opinion: '',
  indicators: [],
  vulnerabilities: [],
  discussedWith: 'Sam Taylor, ward manager',
  reporterName: '',
  reporterRole: '',
};

/** The entries of an MSE journey after these answers, made by the real machine. */
function mseEntries(events: MseEvent[]): JourneyEntry<PathwayStepId>[] {
  const entries: JourneyEntry<PathwayStepId>[] = [msePathway.initialEntry()];
  let snapshot = msePathway.restore(msePathway.initialEntry());
  for (const event of events) {
    [snapshot] = transition(mseMachine, snapshot, event);
    entries.push(msePathway.persist(snapshot));
  }
  return entries;
}
const toPortal: MseEvent[] = [
  { type: 'BEGIN', role: 'staff', prompt: 'Which best describes you?', at },
  { type: 'ANSWER_NO', prompt: 'Does anyone need urgent police assistance now?', at },
  { type: 'SELECT_PATIENT', prompt: 'Is the person you are concerned about a member of staff?', at },
  { type: 'RECORD_SAVED', record, prompt: 'Clarify the information and make a record of your concern', at },
  { type: 'ANSWER_YES', notes: 'Spoke to the Prevent Lead', prompt: 'Has the Prevent Lead advised that a referral should be made?', at },
  {
    type: 'REFER_WITH_CONSENT',
    notes: 'Consent given at the clinic, 3 November.',
    prompt: 'Will the referral be made with the person’s consent and knowledge?',
    at,
  },
];

function renderJourney(path: string, profile: OrganisationProfile, store = memoryStore()) {
  const router = createMemoryRouter(
    [
      {
        path: '/concern/:step',
        element: (
          <ProfileProvider profile={profile}>
            <ConcernJourney store={store}>
              <ConcernStep />
            </ConcernJourney>
          </ProfileProvider>
        ),
      },
      { path: '/referral', element: <p>Referral form</p> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return { router, store };
}

const h1 = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });
const continueButton = () => screen.getByRole('button', { name: 'Continue' });

describe('the MSE pathway, chosen by the profile', () => {
  it('starts a new concern on the MSE chart when the profile asks for it, under /concern/<step>', async () => {
    const { router } = renderJourney('/concern/start', mseProfile);
    await h1('You are worried about someone');
    await waitFor(() => expect(router.state.location.pathname).toBe('/concern/mse-start'));
    expect(screen.getByRole('radio', { name: 'I am a safeguarding lead or Prevent Lead' })).toBeInTheDocument();
  });

  it('staff route: the choice page asks for a decision, requires the reasons where the machine does, and shows who assesses', async () => {
    const user = userEvent.setup();
    const store = memoryStore();
    const { router } = renderJourney('/concern/mse-start', mseProfile, store);
    await h1('You are worried about someone');
    await user.click(screen.getByRole('radio', { name: 'I noticed the concern' }));
    await user.click(continueButton());
    await h1('Is anyone in immediate danger, or do you think an attack may be about to happen?');
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(continueButton());
    await h1('Is the person you are concerned about a member of staff?');
    await user.click(screen.getByRole('radio', { name: 'Yes, a member of staff' }));
    await user.click(continueButton());
    await h1(/Make a record of your concern and share it/);
    // The profile's staff route roles and HR, before the record.
    expect(screen.getByRole('heading', { name: 'Who assesses concerns about staff here' })).toBeInTheDocument();
    expect(screen.getByText('Deputy Director of Nursing for Safeguarding')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'What did you see or hear?' }), 'Shared a video praising an attack in the staff room.');
    const date = screen.getByRole('group', { name: 'When did you first notice this?' });
    await user.type(within(date).getByRole('textbox', { name: 'Day' }), '3');
    await user.type(within(date).getByRole('textbox', { name: 'Month' }), '11');
    await user.type(within(date).getByRole('textbox', { name: 'Year' }), '2026');
    await user.type(screen.getByRole('textbox', { name: 'Who did you discuss this with?' }), 'My line manager');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    await h1('What did the staff risk assessment decide?');
    await waitFor(() => expect(router.state.location.pathname).toBe('/concern/mse-staff-risk-assessment'));
    // Nothing chosen: the error summary links to the radios.
    await user.click(continueButton());
    let summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select what the staff risk assessment decided' })).toHaveAttribute('href', '#choice');
    expect(summary).toHaveFocus();

    // A decision not to go on needs its reasons.
    await user.click(screen.getByRole('radio', { name: 'Manage it through another process' }));
    await user.click(continueButton());
    summary = await screen.findByRole('alert');
    await waitFor(() =>
      expect(
        within(summary)
          .getAllByRole('link')
          .map((link) => link.textContent),
      ).toEqual(['Enter the reasons for the decision']),
    );
    const reasons = screen.getByRole('textbox', { name: 'Reasons for the decision' });
    expect(reasons).toHaveAttribute('aria-invalid', 'true');
    expect(reasons).toHaveAccessibleDescription(/Enter the reasons for the decision/);
    await waitFor(() => expect(router.state.location.pathname).toBe('/concern/mse-staff-risk-assessment'));

    // Proceeding under Prevent needs none: on to the Prevent Lead, whose contact the profile gives.
    await user.click(screen.getByRole('radio', { name: 'Proceed under Prevent' }));
    await user.click(continueButton());
    await h1('Has the Prevent Lead advised that a referral should be made?');
    const contacts = screen.getByRole('region', { name: 'Contacts in your organisation' });
    expect(within(contacts).getByText('MSE ICB Prevent Lead')).toBeInTheDocument();
    expect(within(contacts).getAllByRole('link', { name: 'mseicb-bb.msesafeguardingadminsupport@nhs.net' })[0]).toHaveAttribute(
      'href',
      'mailto:mseicb-bb.msesafeguardingadminsupport@nhs.net',
    );
    const kept = store.kept();
    if (kept.status !== 'loaded') throw new Error('not kept');
    expect(kept.pathway).toBe('mse');
    expect(msePathway.restore(kept.entries.at(-1) as JourneyEntry<'mseLiaisePreventLead'>).context.staffAssessment).toEqual({
      choice: 'PROCEED_TO_PREVENT',
      notes: '',
    });
  });

  it('the choice page works from the keyboard alone', async () => {
    const user = userEvent.setup();
    const store = memoryStore({ status: 'loaded', pathway: 'mse', entries: mseEntries(toPortal.slice(0, 5)) });
    renderJourney('/concern/mse-consent', mseProfile, store);
    const heading = await h1('Will the referral be made with the person’s consent and knowledge?');
    await waitFor(() => expect(heading).toHaveFocus());
    // Tab to the first option, arrow to the second, tab to the rationale, type, then submit with Enter.
    while (!(document.activeElement instanceof HTMLInputElement && document.activeElement.type === 'radio')) await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'No, without their consent or knowledge' })).toBeChecked();
    // Without consent: the Prevent Lead who agreed, and when, revealed under the option.
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Name and role of the Prevent Lead who agreed' })).toHaveFocus();
    await user.keyboard('Pat Lead, ICB Prevent Lead');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'When they agreed' })).toHaveFocus();
    await user.keyboard('05/11/2026 14:30');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Your rationale' })).toHaveFocus();
    await user.keyboard('Asking would increase the risk to the family.');
    await user.tab();
    expect(continueButton()).toHaveFocus();
    await user.keyboard('{Enter}');
    await h1('Make the referral through the police Prevent portal');
    const kept = store.kept();
    if (kept.status !== 'loaded') throw new Error('not kept');
    expect(msePathway.restore(kept.entries.at(-1) as JourneyEntry<'mseSubmitPortal'>).context.consent).toEqual({
      choice: 'REFER_WITHOUT_CONSENT',
      notes: 'Asking would increase the risk to the family.',
      leadAgreement: { name: 'Pat Lead, ICB Prevent Lead', agreedAt: '05/11/2026 14:30' },
    });
  });

  it('the confirm pages require every item ticked; the reference and notes are kept; the police decision ends the journey', async () => {
    const user = userEvent.setup();
    const store = memoryStore({ status: 'loaded', pathway: 'mse', entries: mseEntries(toPortal) });
    const { router } = renderJourney('/concern/mse-submit-portal', mseProfile, store);
    await h1('Make the referral through the police Prevent portal');
    // The profile names the portal and gives no address.
    expect(screen.getByText('Prevent | Essex Police')).toBeInTheDocument();
    expect(screen.getByText(/gives no web address for this page/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Fill in the National Prevent Referral Form from this record/ })).toHaveAttribute('href', '/referral');

    await user.click(continueButton());
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /Submit the referral through the police portal before you continue/ })).toHaveAttribute(
      'href',
      '#confirmed',
    );
    expect(screen.getByRole('group', { name: 'Confirm that you have made the referral' })).toHaveAccessibleDescription(
      /Submit the referral through the police portal/,
    );

    await user.click(screen.getByRole('checkbox', { name: 'I have submitted the referral through the police portal' }));
    await user.type(screen.getByRole('textbox', { name: 'Reference number (optional)' }), 'ESX-123');
    await user.click(continueButton());
    await h1('Tell the Prevent Lead and share the concern with social care');
    expect(screen.getByRole('heading', { name: 'Who to tell about every referral' })).toBeInTheDocument();
    // Contacts the profile names without a way to reach them say so.
    expect(screen.getAllByText(/gives no telephone number or email address/).length).toBeGreaterThan(0);

    // One of two ticked: the error names the other.
    await user.click(screen.getByRole('checkbox', { name: 'I have notified the Prevent Lead of this referral' }));
    await user.click(continueButton());
    expect(within(await screen.findByRole('alert')).getByRole('link').textContent).toMatch(/^Share the concern with social care before you continue/);

    // Back: the portal page keeps what was entered.
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await h1('Make the referral through the police Prevent portal');
    expect(screen.getByRole('checkbox', { name: 'I have submitted the referral through the police portal' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Reference number (optional)' })).toHaveValue('ESX-123');
    await user.click(continueButton());

    await h1('Tell the Prevent Lead and share the concern with social care');
    await user.click(screen.getByRole('checkbox', { name: 'I have notified the Prevent Lead of this referral' }));
    await user.click(screen.getByRole('checkbox', { name: /I have shared the concern with local authority/ }));
    await user.click(continueButton());
    await h1('What did the police decide?');
    // The referrer's part is done: their record can be printed here, whether or not the decision reaches them.
    expect(within(screen.getByRole('table', { name: 'Decision log' })).getByText(/ICB Prevent Lead notified/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print this record' })).toBeInTheDocument();
    // The police's decision needs no rationale of the referrer.
    expect(screen.getByRole('textbox', { name: 'Notes (optional)' })).toBeInTheDocument();
    expect(screen.getByText(/The national term is believed to be “Police-Led Partnership”/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'No Further Action (NFA)' }));
    await user.click(continueButton());
    await h1('The police decided on no further action under Prevent');
    await waitFor(() => expect(router.state.location.pathname).toBe('/concern/mse-end-nfa'));
    const log = screen.getByRole('table', { name: 'Decision log' });
    expect(within(log).getByText('Referral submitted through the police portal (reference ESX-123)')).toBeInTheDocument();
    expect(within(log).getByText('Refer with the person’s consent and knowledge')).toBeInTheDocument();
    expect(within(log).getByText('No Further Action (NFA)')).toBeInTheDocument();
  });
});

describe('local contacts from the profile in the BSW pages', () => {
  const escalateEntries = (): JourneyEntry<PathwayStepId>[] => {
    const entries: JourneyEntry<PathwayStepId>[] = [bswPathway.initialEntry()];
    let snapshot = bswPathway.restore(bswPathway.initialEntry());
    const events = [
      { type: 'BEGIN', role: 'staff', prompt: 'Which best describes you?', at },
      { type: 'ANSWER_NO', prompt: 'Immediate risk?', at },
      { type: 'ANSWER_YES', prompt: 'Concern?', at },
      { type: 'SELECT_COLLEAGUE', prompt: 'Patient or colleague?', at },
      { type: 'RECORD_SAVED', record, prompt: 'Discuss and record', at },
    ] as const;
    for (const event of events) {
      [snapshot] = transition(concernMachine, snapshot, event);
      entries.push(bswPathway.persist(snapshot));
    }
    return entries;
  };

  it('the colleague route names the profile’s safeguarding lead and HR', async () => {
    renderJourney('/concern/colleague-escalate', bswProfile, memoryStore({ status: 'loaded', pathway: 'bsw', entries: escalateEntries() }));
    await h1('Has the line manager decided to escalate this concern?');
    const contacts = screen.getByRole('region', { name: 'Contacts in your organisation' });
    expect(within(contacts).getByText('BSW ICB Safeguarding Locality Lead (the Designated Nurse for your locality)')).toBeInTheDocument();
    expect(within(contacts).getByText('Human Resources Advisor')).toBeInTheDocument();
  });

  it('falls back to the role in general words where the profile has no such contact', async () => {
    const noContacts: OrganisationProfile = { ...bswProfile, contacts: {} };
    renderJourney('/concern/colleague-escalate', noContacts, memoryStore({ status: 'loaded', pathway: 'bsw', entries: escalateEntries() }));
    await h1('Has the line manager decided to escalate this concern?');
    const contacts = screen.getByRole('region', { name: 'Contacts in your organisation' });
    expect(within(contacts).getByText('Your organisation’s safeguarding lead')).toBeInTheDocument();
    expect(within(contacts).getAllByText(/profile gives no contact details. Ask your manager or your safeguarding team/)).toHaveLength(2);
  });

  it('a journey begun on the BSW chart carries on there after the profile changes to MSE, and says so', async () => {
    const store = memoryStore({ status: 'loaded', pathway: 'bsw', entries: escalateEntries() });
    renderJourney('/concern/colleague-escalate', mseProfile, store);
    await h1('Has the line manager decided to escalate this concern?');
    expect(screen.getByRole('status')).toHaveTextContent(
      'You are finishing a concern you started earlier. You started this concern on the “Reporting flow chart for Raising Concerns”, so it carries on there',
    );
    const kept = store.kept();
    expect(kept.status === 'loaded' && kept.entries.length).toBe(6);
  });
});

describe('a journey with nothing answered follows the profile', () => {
  it('a fresh BSW journey becomes an MSE one when the profile asks for MSE, and is saved as MSE at the first answer', async () => {
    const user = userEvent.setup();
    const store = memoryStore({ status: 'loaded', pathway: 'bsw', entries: [bswPathway.initialEntry()] });
    const { router } = renderJourney('/concern/start', mseProfile, store);
    await h1('You are worried about someone');
    await waitFor(() => expect(router.state.location.pathname).toBe('/concern/mse-start'));
    expect(screen.queryByText(/You are finishing a concern you started earlier/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'I noticed the concern' }));
    await user.click(continueButton());
    await h1('Is anyone in immediate danger, or do you think an attack may be about to happen?');
    expect(store.kept()).toMatchObject({ status: 'loaded', pathway: 'mse' });
  });
});
