/**
 * Words of the settings page (/settings, src/features/profile/settings-page.tsx): loaded with that
 * page only. The words every page needs (local contacts, the start-up error) are in profile.content.ts.
 */
import { pathwayModels, pathwayModelWords, type PathwayModel } from '../../forms/organisation-profile.schema';
/** The settings page (/settings): the profile in use, the picker, import, export and the form. */
export const settingsText = {
  tabTitle: 'Organisation profile',
  title: 'Organisation profile',
  back: 'Back to the start',
  intro:
    'The organisation profile sets which flowchart you follow, who you contact locally and who referrals go to. The national numbers (999, 101 with its text relay 18001 101, and the Anti-Terrorist Hotline) are always shown and are not part of a profile. Changes here apply to this browser on this device only.',
  inUse: {
    heading: 'In use on this device',
    name: 'Organisation',
    policyTitle: 'Prevent policy',
    from: 'Where it comes from',
    pathway: 'Flowchart',
    recipients: 'Referrals go to',
    noRecipients: 'No recipients set',
    contacts: 'Local contacts',
    noContacts: 'None',
    sources: 'Built from',
    notes: 'Notes',
  },
  origins: {
    deployment: 'Your organisation’s default for this site',
    'built-in': 'The app’s national default (this site has no organisation profile of its own)',
    shipped: 'Chosen on this device from the profiles that come with the app',
    custom: 'Imported or edited on this device',
  },
  pathwayModels: Object.fromEntries(pathwayModels.map((model) => [model, `${pathwayModelWords[model].label} (${pathwayModelWords[model].policy})`])) as Record<
    PathwayModel,
    string
  >,
  choiceProblems: {
    unreadable: 'The profile chosen earlier on this device could not be read, so your organisation’s default is in use. Choose or import a profile again.',
    invalid: 'The profile saved on this device has problems, so your organisation’s default is in use. Import a corrected file, or edit the profile below.',
    unavailable: 'The profile chosen on this device could not be loaded (you may be offline), so your organisation’s default is in use.',
  },
  picker: {
    heading: 'Choose a profile',
    legend: 'Which organisation’s profile should this device use?',
    deployment: (name: string) => `Your organisation’s default: ${name}`,
    deploymentHint: 'Set by whoever runs this site. Use this unless you have been told otherwise.',
    shippedHint: 'Comes with the app. Check the contacts before relying on them.',
    loading: 'Loading the profiles that come with the app…',
    submit: 'Use this profile',
    required: 'Select a profile',
    failed: 'That profile could not be loaded. Check your connection and try again. Nothing has changed.',
    applied: (name: string) => `Now using: ${name}.`,
    notStored: 'This browser would not save the choice: it applies until you reload the page.',
  },
  importFile: {
    heading: 'Import a profile from a file',
    label: 'Profile file (.json)',
    hint: 'A profile exported from this page, or your organisation’s organisation-profile.json. It replaces the profile in use on this device.',
    submit: 'Import',
    required: 'Select a JSON file to import',
    tooLarge: (kb: number) => `The file is too large (over ${kb} KB). A profile is a small text file: check you chose the right one`,
    notJson: 'The file is not a JSON profile. Choose a .json file exported from this page or your organisation’s profile',
    unreadable: 'The file could not be read. Try choosing it again',
    rejected: (count: number) =>
      `The file was not imported: ${count === 1 ? 'there is 1 problem' : `there are ${count} problems`}. Nothing has changed. The file’s contents are in the form below with each problem against its field: correct them and save, or fix the file and import it again.`,
    imported: (name: string) => `Imported and now in use: ${name}.`,
  },
  exportFile: {
    heading: 'Export the profile',
    body: 'Download the profile in use as a JSON file, to check it, share it with colleagues or give it to whoever deploys this site.',
    button: 'Download the profile (JSON)',
  },
  reset: {
    button: 'Go back to your organisation’s default',
    done: 'Your organisation’s default profile is back in use.',
  },
  form: {
    heading: 'Edit the profile',
    intro: 'Fields marked (optional) may be left blank. Saving checks the whole profile and puts it in use on this device.',
    submit: 'Save and use this profile',
    saved: (name: string) => `Saved and now in use: ${name}.`,
    generalHeading: 'Problems with the profile as a whole',
    organisation: 'Organisation',
    id: { label: 'Profile id', hint: 'Lower case letters, digits and single hyphens, like mse-icb. Used as the file name when you export.' },
    name: { label: 'Organisation name', hint: 'Shown in the header and on the referral.' },
    policyTitle: { label: 'Title of your Prevent policy', hint: 'As staff know it, for example “BSW ICB Prevent Policy”. Shown on this page.' },
    pathwayModel: {
      legend: 'Which flowchart do staff follow?',
      options: pathwayModels.map((model) => ({ value: model, label: pathwayModelWords[model].label, hint: pathwayModelWords[model].hint })),
    },
    readingVariant: {
      legend: 'Reading of the BSW flowchart',
      hint: 'BSW reporting chart only. Leave as B unless your safeguarding lead has agreed reading A.',
      options: [
        { value: 'B', label: 'Reading B (the default)' },
        { value: 'A', label: 'Reading A' },
      ],
    },
    referralCompletedBy: {
      legend: 'Who completes the referral form?',
      options: [
        { value: 'safeguarding-lead', label: 'The safeguarding lead only' },
        { value: 'any-staff-after-liaison', label: 'Any member of staff, after liaising with the Prevent Lead' },
      ],
    },
    markingDescriptor: {
      legend: 'Marking descriptor',
      hint: 'Printed after OFFICIAL-SENSITIVE on every page of the referral and in the email subject, only if your organisation’s policy uses one.',
      options: [
        { value: '', label: 'None: OFFICIAL-SENSITIVE only' },
        { value: 'PERSONAL DATA', label: 'PERSONAL DATA: OFFICIAL-SENSITIVE PERSONAL DATA' },
      ],
    },
    recipients: {
      legend: 'Who referrals go to',
      hint: 'Named in the referral’s “please email it to” line and the covering email’s To:.',
      item: (n: number) => `Recipient ${n}`,
      label: { label: 'Who it is', hint: 'For example “MASH” or “Local Authority Prevent Lead”.' },
      email: { label: 'Secure email address' },
      url: { label: 'Web address instead of email', hint: 'For example a police referral portal, starting https://' },
      add: 'Add a recipient',
      remove: (n: number) => `Remove recipient ${n}`,
      none: 'No recipients yet.',
    },
    contactsHeading: 'Local contacts',
    contactsHint: 'Shown on the emergency panel, on the pages that say who to tell, and in the referral PDF. Leave a contact blank to leave it out.',
    contact: {
      role: { label: 'Role or team', hint: 'As your organisation calls it.' },
      name: { label: 'Name' },
      phone: { label: 'Telephone number' },
      extension: { label: 'Extension', hint: 'Digits only.' },
      email: { label: 'Email address' },
      url: { label: 'Web address', hint: 'Starting https://' },
      hours: { label: 'When they can be reached', hint: 'For example “Monday to Friday, 9am to 5pm”.' },
    },
    staffRouteRoles: { label: 'Who looks at a concern about a member of staff', hint: 'One role a line.' },
    notifyOnReferral: { label: 'Who is told of every referral', hint: 'One a line. Read by the MSE flowchart.' },
    mse: {
      legend: 'MSE police-portal settings',
      hint: 'Only for the MSE police-portal flowchart; leave blank for the BSW reporting chart.',
      policePortalName: { label: 'Name of the police Prevent page', hint: 'For example “Prevent | Essex Police”.' },
      policePortalUrl: { label: 'Web address of the police Prevent page' },
      preventLeadEmail: { label: 'Email address for notifying the Prevent Lead' },
    },
    overridesHeading: 'Approved rationale wording',
    overridesHint:
      'Only wording your Information Governance lead has approved. It replaces the model wording for that lawful basis in the consent record and the covering email. Leave blank to keep the model wording.',
    overrideRoutes: {
      consent: 'With consent',
      bestInterests: 'In the best interests of someone who lacks capacity',
      publicInterest: 'Without consent, in the public interest',
      seriousCrime: 'Where there is concern of terrorist acts',
    },
    override: {
      text: { label: 'Approved wording' },
      approvedBy: { label: 'Approved by', hint: 'Name and role.' },
      approvedOn: { label: 'Date approved', hint: 'YYYY-MM-DD, like 2025-03-01.' },
    },
    sources: { label: 'Source documents', hint: 'One a line: the policies this profile was built from, so a reviewer can check it.' },
    notes: { label: 'Notes', hint: 'Anything a reviewer should know. Shown on this page only.' },
  },
} as const;
