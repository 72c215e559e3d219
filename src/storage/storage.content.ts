import type { StorageErrorCode } from './storage-error';

/**
 * What each storage or file fault tells the user: what happened, then what to do. Content is data
 * (house style rule 6), typed against the error codes so a new code without words fails the type check.
 * AES-GCM cannot tell a wrong passphrase from a changed file, so the two share one message on purpose.
 */
/** The hand-over file's name ends with this; the export should name files so, and the messages say so. */
export const HANDOVER_FILE_EXTENSION = '.prevent.json';

export interface StorageErrorContent {
  /** What happened, in plain words. */
  message: string;
  /** What to do next. */
  action: string;
}

export const storageErrorContent = {
  'wrong-passphrase-or-tampered': {
    message: 'This could not be opened. Either the passphrase is wrong, or the data has been changed or damaged since it was saved.',
    action:
      'Check the passphrase and try again (it is case-sensitive; pasting it is fine). If it still fails, ask the sender for a fresh copy. Nothing on this device has been changed.',
  },
  'below-policy': {
    message: 'This was protected with security settings weaker than this app accepts, so it has not been opened.',
    action: 'Ask the sender to export it again from an up-to-date copy of the app. Nothing on this device has been changed.',
  },
  'newer-version': {
    message: 'This was saved by a newer version of the app than the one open here.',
    action: 'Reload the page to get the latest version, then try again. Nothing on this device has been changed.',
  },
  'not-a-prevent-file': {
    message: 'This is not a Prevent Pathway file.',
    action: `Choose the hand-over file you were sent (its name ends in ${HANDOVER_FILE_EXTENSION}). Nothing on this device has been changed.`,
  },
  'too-large': {
    message: 'This is larger than the 5 MB a Prevent Pathway file can be, so it has not been opened.',
    action:
      'Check you chose the right file. A record that large cannot be saved: shorten the longest answers and try again. Nothing on this device has been changed.',
  },
  corrupt: {
    message: 'This Prevent Pathway file is damaged or incomplete and cannot be read.',
    action: 'Ask the sender for a fresh copy; a file can be cut short when it is copied or emailed. Nothing on this device has been changed.',
  },
  'invalid-content': {
    message: 'This opened, but what is inside is not a record this app can use.',
    action: 'Ask the sender to export it again from an up-to-date copy of the app. Nothing on this device has been changed.',
  },
  'quota-exceeded': {
    message: 'This device has run out of storage space for the app, so your latest changes were not saved. The version saved before is unchanged.',
    action: 'Export a hand-over file now so nothing is lost, then delete drafts you no longer need.',
  },
  unavailable: {
    message:
      'Drafts cannot be saved in this browser window. This happens in private or incognito windows, when storage is blocked, or when the app is open in another tab during an update.',
    action:
      'Export a hand-over file before you close this tab, or your work will be lost. To save drafts, use a normal window and close other tabs of this app.',
  },
  evicted: {
    message: 'This draft is no longer on this device. The browser may have cleared stored data to free space, or it was deleted in another tab.',
    action: 'If you exported a hand-over file, import it to carry on. Otherwise start a new record.',
  },
  conflict: {
    message: 'This draft was changed in another tab or window after you opened it, so your changes here were not saved over it.',
    action: 'Export a hand-over file of this version if you need it, then reopen the draft to see the latest version.',
  },
  'write-failed': {
    message: 'Your latest changes could not be saved. The version saved before is unchanged.',
    action: 'Try again. If it keeps failing, export a hand-over file so nothing is lost.',
  },
} as const satisfies Record<StorageErrorCode, StorageErrorContent>;

export type WipeStep = 'in-memory-keys' | 'service-workers' | 'cache-storage' | 'indexeddb' | 'web-storage';

/** How each step of "Wipe everything on this device" is named in its report. */
export const wipeStepLabels = {
  'in-memory-keys': 'Unlocked key forgotten',
  'service-workers': 'Offline app removed',
  'cache-storage': 'Offline copies of the app deleted',
  indexeddb: 'Saved drafts deleted',
  'web-storage': 'Tab and settings storage cleared',
} as const satisfies Record<WipeStep, string>;

export const wipeBlockedAction = 'Close every other tab or window of this app, then wipe again.';
