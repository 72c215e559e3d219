import type { ContactKey } from '../../forms/organisation-profile.schema';

/**
 * Words of the organisation profile: the start-up error page for a broken deployment file, the
 * settings page (picker, form, import and export), and the local contacts shown beside the national
 * ones. What each field means comes from forms/organisation-profile.schema.ts.
 */

/** Shown instead of the app when public/organisation-profile.json cannot be used (issue 6, part 5). */
export const profileStartupText = {
  tabTitle: 'The organisation profile has problems',
  title: 'This copy of Prevent Pathway is not set up correctly',
  intro: (path: string) =>
    `The organisation profile this site was deployed with (${path}) could not be read, so the app has not started: it would otherwise show the wrong local contacts.`,
  problemsHeading: (count: number) => (count === 1 ? 'The problem found' : `The ${count} problems found`),
  fieldLabel: 'Field:',
  wholeFile: 'the whole file',
  whatToDoHeading: 'What to do',
  whatToDo: [
    'If you use this app: tell your safeguarding team or IT service desk that the Prevent Pathway organisation profile is broken, and use your organisation’s Prevent policy in the meantime.',
    'If you deployed it: fix each problem in organisation-profile.json (or replace it with a copy of one of the files in profiles/), then reload this page. The README describes every field.',
  ],
  call999: 'Call 999',
  call999When: 'if anyone is in immediate danger, and ask for police presence.',
} as const;

/** Each local contact's name when the profile gives no role (forms/organisation-profile.schema.ts contactsSchema). */
export const contactLabels = {
  safeguardingLead: 'Safeguarding lead',
  preventLead: 'Prevent Lead',
  hr: 'Human Resources',
  caldicottGuardian: 'Caldicott Guardian',
  informationGovernance: 'Information Governance',
  childrensSocialCare: 'Children’s social care',
  adultSafeguarding: 'Adult safeguarding',
  outOfHours: 'Out of hours',
} as const satisfies Record<ContactKey, string>;

/** The local contacts the emergency panel shows, in this order, below the national numbers (domain-spec §4.2). */
export const urgentLocalContacts = ['safeguardingLead', 'outOfHours', 'childrensSocialCare', 'adultSafeguarding'] as const satisfies readonly ContactKey[];

/** Words used wherever a local contact is shown. */
export const localContactText = {
  heading: (organisation: string) => `Local contacts: ${organisation}`,
  extension: (extension: string) => `extension ${extension}`,
  email: 'Email',
  website: 'Website',
  opensNewTab: 'opens in a new tab',
  none: 'Your organisation has not added local contacts to this app. Use your organisation’s Prevent policy or intranet to find your safeguarding lead.',
} as const;

/** Printed beside IG-approved wording in the consent record, instead of the model-wording note. */
export const approvedWordingNote = (override: { approvedBy: string; approvedOn: string }, organisation: string) => {
  const [year, month, day] = override.approvedOn.split('-');
  return `Local wording approved by ${override.approvedBy} on ${day}/${month}/${year} (organisation profile: ${organisation}).`;
};

/** The link to the settings page from the home page and the footer. */
export const settingsLinkText = 'Organisation profile and local contacts';
