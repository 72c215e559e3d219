export const homeText = {
  tabTitle: 'Raise a Prevent concern',
  title: 'Worried someone may be drawn into terrorism?',
  intro: [
    'Work through your organisation’s Prevent flowchart step by step: Notice, Check, Share. You will be told who to talk to next, and you will end with a record of what you decided and why.',
    'If anyone is in immediate danger, or you think an attack may be about to happen, call 999 now and ask for police presence.',
  ],
  start: 'Start now',
  leadHeading: 'Safeguarding leads',
  leadBody: 'Complete the National Prevent Referral Form, record consent and the lawful basis for sharing, and export an OFFICIAL-SENSITIVE PDF.',
  leadLink: 'Complete a referral',
  // Here, not in request.content.ts, so the first page does not fetch the request pages' words.
  requestBody: 'Asked for information by the police, a local authority or a Channel panel?',
  requestLink: 'Answer a request for information',
  trainerBody: 'Trainers: run the pathway with fictional scenarios on a projector.',
  trainerLink: 'Open trainer mode',
  handoverBody: 'Someone sent you a record as a hand-over file (a file ending .prevent.json)?',
  handoverLink: 'Open a hand-over file',
  draftsBody: 'Kept a locked copy of your work on this device?',
  draftsLink: 'Your saved drafts',
  settingsBody: 'Safeguarding leads and deployers: choose, import, edit or export your organisation’s profile (local contacts and who referrals go to).',
  whoHeading: 'Who this is for',
  who: [
    'Any member of NHS staff, including volunteers, bank, agency and contract staff, who is worried about a patient, a visitor or a colleague.',
    'Line managers supporting someone who has raised a concern.',
    'Safeguarding leads considering a concern.',
  ],
  privacyHeading: 'Your information',
  privacy:
    'Nothing you enter is sent anywhere. While this tab is open your answers are kept in it, encrypted with a key only this tab can use, so reloading the page keeps them. Closing the tab forgets them, unless you chose to keep a locked copy on this device with a passphrase. Print your record before you close the tab if you need to keep it.',
} as const;
