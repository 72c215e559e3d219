import { nationalContacts } from './contacts';

/** Words of the safeguarding lead's referral pages. */
export const emailText = {
  subject: 'Prevent referral',
  greeting: 'Dear colleague,',
  attached: (reference: string) =>
    `Please find attached a National Prevent Referral Form (reference ${reference}), marked OFFICIAL-SENSITIVE. Please handle it accordingly.`,
  basisIntro: 'The basis on which this information is shared:',
  contact: 'Please contact me if you need any further information.',
  signOffPlaceholder: '[Your name, role, organisation and telephone number]',
  reminder:
    'Send this from your NHSmail (nhs.net) account. For an address that is not NHSmail, keep [secure] in the subject line so NHSmail encrypts it. Attach the PDF yourself: this tool sends nothing.',
} as const;

export const referralText = {
  taskListTitle: 'National Prevent Referral Form',
  taskListTab: 'Referral tasks',
  intro: [
    'For the safeguarding lead. Complete each section, decide and record consent and the lawful basis for sharing, then export the OFFICIAL-SENSITIVE PDF and send it by secure email.',
    'Your answers are kept in this browser tab only, and are gone when you close it. Export or print before you close the tab.',
  ],
  referenceLabel: 'Reference',
  formSectionsHeading: 'Referral form',
  consentHeading: 'Consent and lawful basis',
  consentTask: 'Consent and lawful basis for sharing',
  finishHeading: 'Check and send',
  checkTask: 'Check your answers',
  exportTask: 'Export the PDF and covering email',
  status: { 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Completed', 'cannot-start': 'Cannot start yet' },
  fromConcernTitle: 'A record of concern is open in this tab',
  fromConcernBody: 'Use it to fill in the concern, the date it came to light, who first identified it and who it was discussed with. You can change anything afterwards.',
  fromConcernButton: 'Use the record of concern',
  fromConcernDone: 'The record of concern has been copied into the form. Check each section.',
  clear: 'Clear this referral and start again',
  clearConfirm: 'This removes everything entered for this referral from this tab. It cannot be undone. Clear it?',
  saveAndContinue: 'Save and continue',
  backToTasks: 'Back to the task list',
  backToExport: 'Back to export',
  sectionCaption: (letter: string) => `Section ${letter}`,
  storageUnavailable:
    'This browser is not letting the tool keep your answers in this tab, so reloading the page will lose them. Keep this tab open and export before you close it.',
  storageUnreadable: 'An earlier referral in this tab could not be read back, so a new one has been started. Nothing has been sent anywhere.',
  storageNewerVersion:
    'The referral open in this tab was saved by a newer version of the referral form than this copy of the app has, so a new one has been started. The saved referral is still on this device, unchanged: reload the page to get the latest version, then open it from your saved drafts.',
  checkTitle: 'Check your answers before exporting',
  change: 'Change',
  notGiven: 'Not given',
  completeSection: (letter: string) => `Complete section ${letter}`,
  continueToExport: 'Continue to export',
} as const;

/** How the record of concern reads once copied into the referral form. */
export const prefillText = {
  exactWords: (words: string) => `Exact words used: ${words}`,
  opinion: (opinion: string) => `Opinion of the person who noticed this (not a fact): ${opinion}`,
  discussedWith: (who: string, noticed: string) => `The concern noticed on ${noticed} was discussed with ${who}.`,
  escalated: (answer: string, reasons: string) => `Decision to escalate to the safeguarding lead: ${answer}${reasons ? ` (${reasons})` : ''}.`,
} as const;

/** Words of the export: the appendices of the PDF and the HTML view, and the export page. */
export const exportText = {
  closingHeading: 'L. CLOSING',
  consentLogHeading: 'Consent and lawful basis: decision log',
  concernLogHeading: 'Concern pathway: decision log',
  consentLogWho: 'Safeguarding lead',
  logColumns: { when: 'When', question: 'Question or step', answer: 'Answer', notes: 'Notes and reasons', who: 'Who' },
  consent: {
    heading: 'Consent and lawful basis for sharing',
    intro:
      'Decision support record. The safeguarding lead made this decision; the data-protection basis must be confirmed with the organisation’s Information Governance lead ([verify with IG]).',
    rowLabel: (row: number) => `Decision-table row ${row}`,
    situation: 'Situation',
    rowsFollowed: 'Decision-table rows followed',
    route: 'Route',
    consentStatus: 'Consent',
    statuses: { obtained: 'Obtained', refused: 'Refused', 'not-sought': 'Not sought' },
    basis: 'Data-protection basis',
    gateways: 'Legal gateways relied on',
    informed: 'Has the individual been told about the referral?',
    informedNotes: 'Their response, or why they have not been told',
    recordsSearch: 'Known to the service? Records searched',
    capacity: 'Capacity or competence notes',
    justification: 'Justification',
    minimumData: 'Minimum data shared',
    caldicott: 'Caldicott Guardian or IG lead consulted',
    caldicottAdvice: 'Their advice',
    decisionMaker: 'Decision made by',
    decidedAt: 'Date and time of the decision',
    recipients: 'Recipients',
    rationale: 'Rationale',
    wordingNote: 'Note on the wording',
  },
  localContacts: {
    heading: (organisation: string) => `Local contacts: ${organisation}`,
    intro: `From the organisation profile in use when this referral was exported. National contacts: ${[nationalContacts.emergency, nationalContacts.antiTerroristHotline, nationalContacts.policeNonEmergency].map((c) => `${c.label} ${c.number}`).join('; ')}.`,
    extension: (extension: string) => `extension ${extension}`,
  },
} as const;

export const exportPageText = {
  tabTitle: 'Export the referral',
  title: 'Export the referral',
  blockedHeading: 'Before you can export',
  blockedIntro: 'Export is blocked until the referral and the consent record are complete:',
  sectionProblem: (letter: string, message: string) => `Section ${letter}: ${message}`,
  consentMissing: 'Complete the consent and lawful-basis decision',
  j3Mismatch: (form: string, record: string) =>
    `Section J asks “Have you informed the Individual that you are making this referral?” and says “${form}”, but the consent record says “${record}”.`,
  j3Fix: 'Use the consent record’s answer in section J',
  settingsHeading: 'Who the referral goes to',
  recipientsLabel: 'Recipients’ email addresses',
  recipientsHint: 'For example the MASH and the Local Authority Prevent Lead. Separate addresses with commas or new lines. Kept on this device for your next referral.',
  signOffLabel: 'Your sign-off for the email',
  signOffHint: 'Name, role, organisation and telephone number.',
  saveSettings: 'Save recipients',
  fromProfile: (organisation: string) => `Your organisation profile (${organisation}) says the referral goes to:`,
  fromDevice: 'You have saved your own recipients on this device. The referral goes to:',
  noneYet: 'Nobody yet: your organisation profile lists no recipients. Add their email addresses below.',
  portalLink: (label: string) => `${label}: open the referral page (opens in a new tab)`,
  useProfileRecipients: 'Use the organisation profile’s recipients instead',
  profileRecipientsRestored: 'The organisation profile’s recipients are back in use.',
  settingsSaved: 'Recipients saved.',
  settingsNotSaved: 'The recipients could not be kept on this device: they will be used for this referral only.',
  warningsHeading: 'Some characters cannot be printed',
  warningsIntro: 'No font in the PDF can draw these characters. They will print as a box (□), so check the wording in these fields before you send:',
  warningItem: (label: string, characters: string) => `${label}: ${characters}`,
  pdfHeading: 'The PDF',
  pdfBody: 'The PDF is marked OFFICIAL-SENSITIVE at the top and bottom of every page. Its file name holds the reference only, no personal data.',
  download: 'Download the PDF',
  building: 'Making the PDF…',
  built: (name: string, pages: number) => `Downloaded ${name} (${pages} pages).`,
  buildFailed:
    'The PDF could not be made. If you are offline, the fonts it needs could not be loaded: reconnect and try again. Nothing you entered has been lost.',
  technicalDetail: 'Technical detail:',
  viewLink: 'Open the accessible version of the referral (for screen readers and printing)',
  emailHeading: 'The covering email',
  emailSubject: 'Subject',
  emailTo: 'To',
  emailBody: 'Message',
  copyTo: 'Copy the recipients',
  copySubject: 'Copy the subject',
  copyBody: 'Copy the message',
  copied: (what: string) => `${what} copied.`,
  copyFailed: 'Copying is not allowed in this browser: select the text and copy it yourself.',
  openEmail: 'Open in your email program',
  noRecipients: 'Add the recipients above to address the email.',
} as const;

export const viewText = {
  tabTitle: 'Referral: accessible version',
  title: 'National Prevent Referral Form',
  label: (title: string, reference: string) => `${title}, reference ${reference}`,
  reference: 'Reference',
  formVersion: 'Form version',
  training: 'TRAINING – FICTIONAL – NOT A REFERRAL',
  appendix: (index: number, heading: string) => `Appendix ${String.fromCharCode(65 + index)}: ${heading}`,
  print: 'Print',
  blocked: 'The referral is not complete yet. Go to the export page to see what is missing.',
  toExport: 'Go to the export page',
} as const;
