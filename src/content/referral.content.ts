import type { ReferralSectionId } from '../../forms/referral-form.schema';

/** Words of the safeguarding lead's referral pages. */
export const referralText = {
  taskListTitle: 'National Prevent Referral Form',
  taskListTab: 'Referral tasks',
  intro: [
    'For the safeguarding lead. Complete each section, decide and record consent and the lawful basis for sharing, then export the OFFICIAL-SENSITIVE PDF and send it by secure email.',
    'Your answers are kept in this browser tab only, encrypted: a reload keeps them, and closing the tab loses them unless you keep a locked copy with a passphrase. Export or print before you close the tab.',
  ],
  referenceLabel: 'Reference',
  /** The lead's other job, linked from the referral's start (a plain path: the request pages are their own feature). */
  requestPrompt: 'Asked for a patient’s or colleague’s information by the police, a local authority or a Channel panel?',
  requestLink: 'Answer a request for information',
  requestPath: '/request/urgent',
  formSectionsHeading: 'Referral form',
  consentHeading: 'Consent and lawful basis',
  consentTask: 'Consent and lawful basis for sharing',
  finishHeading: 'Check and send',
  checkTask: 'Check your answers',
  exportTask: 'Export the referral, the internal decision record and the covering email',
  status: { 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Completed', 'cannot-start': 'Cannot start yet' },
  fromConcernTitle: 'A record of concern is open in this tab',
  fromConcernBody:
    'Use it to fill in the concern, the date it came to light, who first identified it and who it was discussed with. You can change anything afterwards.',
  fromConcernButton: 'Use the record of concern',
  fromConcernDone: 'The record of concern has been copied into the form. Check each section.',
  clear: 'Clear this referral and start again',
  clearConfirm: 'This removes everything entered for this referral from this tab. It cannot be undone. Clear it?',
  saveAndContinue: 'Save and continue',
  backToTasks: 'Back to the task list',
  backToExport: 'Back to export',
  sectionCaption: (letter: string) => `Section ${letter}`,
  /**
   * The sections' titles on screen, in sentence case (NHS.UK style); "Section B" is their caption.
   * The PDF keeps the national form's own titles (forms/referral-form.schema.ts `heading`).
   */
  sectionTitles: {
    individual: 'Individual’s biographical and contact details',
    concerns: 'Describe concerns',
    complexNeeds: 'Complex needs',
    otherInformation: 'Any other information',
    firstIdentified: 'Person who first identified the concerns',
    referrer: 'Person making this referral (if different from above)',
    preventContact: 'Referrer’s organisational Prevent contact (if different from above)',
    dates: 'Relevant dates',
    safeguarding: 'Safeguarding considerations',
    employment: 'Individual’s employment or education details',
  } satisfies Record<ReferralSectionId, string>,
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
  completeConsent: 'Decide and record consent and the lawful basis for sharing',
} as const;

/** How the record of concern reads once copied into the referral form. */
export const prefillText = {
  exactWords: (words: string) => `Exact words used: ${words}`,
  opinion: (opinion: string) => `Opinion of the person who noticed this (not a fact): ${opinion}`,
} as const;
