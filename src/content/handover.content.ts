import { handoverLinkText } from './drafts.content';

/** Words of the hand-over file pages (save one, open one): apart from the drafts' other words, which every form page loads. */
export const handoverText = {
  exportTitle: 'Save a hand-over file',
  exportTabTitle: 'Hand-over file',
  exportBody: [
    'A hand-over file lets the safeguarding lead, or you on another device, carry on with this record without retyping it. It is encrypted with a passphrase you choose now.',
    'Send the file by secure email (NHSmail) or keep it on your organisation’s secure storage. Tell the recipient the passphrase separately, by phone or in person: never in the same email as the file.',
  ],
  /** After sending: what the browser saved stays in Downloads until deleted. */
  deleteDownloads:
    'Once you have sent it, delete the hand-over file and any PDFs of this record from your Downloads folder (and empty the bin or recycle bin): the app cannot remove files the browser has saved.',
  kindLabel: {
    concern: 'the record of concern',
    referral: 'the referral',
    request: 'the request for information',
    'training-record': 'the training completion record',
  },
  nothingOpen: 'There is nothing open in this tab to hand over. Open a saved draft first.',
  exportSubmit: 'Save the file',
  exported: (name: string) => `Saved as ${name}. Tell the recipient the passphrase separately.`,
  importTitle: 'Open a hand-over file',
  importTabTitle: 'Open a hand-over file',
  importBody: 'Open a record someone handed over to you. You need the file and the passphrase it was saved with.',
  fileLabel: 'Hand-over file',
  fileHint: 'Its name ends in .prevent.json',
  fileMissing: 'Choose the hand-over file',
  importSubmit: 'Open the file',
  replaceWarning: (what: string) =>
    `You have ${what} open in this tab that is not saved. Opening the file puts the file’s record in its place: save a hand-over file of yours first if you need it.`,
  imported: 'The hand-over file is open. Check the record, then carry on.',
  /** After opening a record of concern someone handed over (usually to the safeguarding lead). */
  importedConcernTitle: 'The record of concern is open',
  importedConcernBody:
    'If you decide a Prevent referral is needed, start the referral from this record: its facts fill the form’s sections, and you check every one before anything is sent.',
  startReferral: 'Start a referral from this record',
  openConcern: 'Read the record of concern first',
  ...handoverLinkText,
  notSavedAfterImport: 'The record is open in this tab only: keep a locked copy on this device to save it.',
};
