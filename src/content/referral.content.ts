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
  sectionCaption: (letter: string) => `Section ${letter}`,
  storageUnavailable:
    'This browser is not letting the tool keep your answers in this tab, so reloading the page will lose them. Keep this tab open and export before you close it.',
  storageUnreadable: 'An earlier referral in this tab could not be read back, so a new one has been started. Nothing has been sent anywhere.',
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
