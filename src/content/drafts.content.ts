/**
 * What the drafts, lock and hand-over pages say (issue 4; legal-and-security.md §C–E). The record
 * is about a named person and a suspicion: the copy says plainly what is kept, where, and what
 * happens when the tab closes.
 */

export const PASSPHRASE_MIN_LENGTH = 10;

export const passphraseText = {
  label: 'Passphrase',
  hint: `At least ${PASSPHRASE_MIN_LENGTH} characters. Three random words work well, like “harbour violet tractor”. Pasting it from a password manager is fine.`,
  confirmLabel: 'Type the passphrase again',
  show: 'Show passphrase',
  hide: 'Hide passphrase',
  missing: 'Enter a passphrase',
  tooShort: `Enter a passphrase of at least ${PASSPHRASE_MIN_LENGTH} characters`,
  mismatch: 'The two passphrases are different: type the same passphrase in both boxes',
  wrong: 'That passphrase does not unlock the drafts on this device. Check it and try again: it is case-sensitive.',
};

export const draftsText = {
  setTitle: 'Keep a locked copy on this device',
  setTabTitle: 'Keep a locked copy',
  setBody: [
    'Your answers will be saved on this device as you go, encrypted with a passphrase only you know. Anyone else using this computer cannot read them.',
    'The passphrase is not stored anywhere, and nobody can reset it. If you forget it, your saved drafts cannot be opened: the only way forward is to wipe them.',
  ],
  setSubmit: 'Save and lock with this passphrase',
  alreadySet: 'A passphrase is already set on this device. Unlock with it to keep your work.',

  unlockTitle: 'Unlock your saved work',
  unlockTabTitle: 'Unlock',
  unlockBody: 'Your work on this device is locked. Enter your passphrase to carry on where you left off.',
  unlockSubmit: 'Unlock',
  unlocking: 'Unlocking…',
  continueWithout: 'Carry on without unlocking (nothing you type will be saved)',
  forgotten: 'Forgotten the passphrase? Wipe everything on this device',

  listTitle: 'Saved drafts on this device',
  listTabTitle: 'Saved drafts',
  listEmpty: 'There are no drafts saved on this device.',
  listLocked: 'Unlock to see and open your saved drafts.',
  concernDraft: 'Record of concern',
  referralDraft: 'Referral',
  requestDraft: 'Request for information',
  trainingRecordDraft: 'Training completion record',
  atStep: (step: string) => `At: ${step}`,
  sectionsStarted: (started: number, total: number) => `${started} of ${total} sections started`,
  reference: (reference: string) => `Reference ${reference}`,
  updated: (when: string) => `Last saved ${when}`,
  openInThisTab: 'This tab',
  resume: 'Open',
  remove: 'Delete',
  removed: 'Draft removed from this device.',
  removeConfirm: 'Delete this draft from this device? This cannot be undone.',
  exportThis: 'Save a hand-over file',
  unreadableDraft: 'This draft cannot be read',
  newerDraft: 'Saved by a newer version of the app: reload the page to get the latest version, then open it. It is kept unchanged until then',
  newConcern: 'Start a new record of concern',
  importLink: 'Open a hand-over file',
  wipeLink: 'Wipe everything on this device',
  lockSettingTitle: 'Locking',
  lockAfterLabel: 'Lock after this long without use',
  lockAfterHint: 'When the app locks, your saved work stays on this device and needs the passphrase to open.',
  lockAfterSave: 'Save',
  lockAfterSaved: (minutes: number) => `This device will lock after ${minutes} minutes without use.`,
  minutes: (minutes: number) => `${minutes} minutes`,
};

export const statusText = {
  /** This tab's encrypted copy (for reloads) was there, but its key is gone. */
  tabCopyLost: {
    message:
      'The answers this tab was keeping could not be brought back after the reload: the browser cleared the key that opens them (it clears stored data to free space, or when it restores a closed tab).',
    action: 'Start the record again. If you saved a hand-over file, open it instead (Open a hand-over file, on the home page).',
  },
  /** The whole site's storage was cleared by the browser while this tab had saved drafts open. */
  evictedAll: {
    message:
      'The drafts this tab had open are no longer on this device, and neither is the passphrase: the browser cleared everything this site had stored (to free space, or because of a browser setting or clean-up tool).',
    action:
      'If you saved a hand-over file, open it to carry on (Open a hand-over file, on the home page). Otherwise start the record again; to keep a locked copy, set a passphrase again at the end of the page.',
  },
  notSaved: 'Only in this tab:',
  belowPage: 'closing it loses your answers. To keep a locked copy, see the end of the page.',
  /** No passphrase, and the tab's encrypted copy works: a reload keeps the answers. */
  belowPageReloadSafe:
    'a reload keeps your answers (encrypted, readable only by this tab); closing the tab loses them. To keep a locked copy, see the end of the page.',
  sectionLabel: 'Saving your work',
  keepCopy: 'Keep a locked copy on this device',
  skipped:
    'You are not unlocked, so nothing you type here is saved. Closing or reloading this tab loses it. Unlock to save: the link is at the end of the page.',
  unlockToSave: 'Unlock to save',
  saved: (time: string) => `Saved on this device, encrypted, at ${time}.`,
  saving: 'Saving…',
  savedElsewhere: (count: number) => (count === 1 ? 'There is a saved draft on this device.' : `There are ${count} saved drafts on this device.`),
  openSaved: 'Open a saved draft',
  latestNotSaved: 'Your latest changes are not saved (see the message at the top of the page).',
  handover: 'Save a hand-over file',
  drafts: 'Saved drafts',
  persistenceRefused: 'This browser may delete saved drafts when the device runs short of space. Save a hand-over file of anything you need to keep.',
  conflictTitle: 'This record was changed in another tab',
  conflictBody: 'Another tab or window saved a newer version of this record. To avoid one overwriting the other, this tab has stopped saving it.',
  takeTheirs: 'Open the newer version (your changes in this tab are dropped)',
  keepMine: 'Keep this tab’s version as a separate draft',
  wipedElsewhere: 'Everything this app kept on the device was wiped in another tab. Anything shown here is no longer saved.',
  leaveWarning: 'Your answers have not been saved. If you leave, they are lost.',
};

/** The hand-over words the lock screen shows; the rest are in handover.content.ts, loaded with the drafts pages. */
export const handoverLinkText = {
  /** On the referral's first page and the lock screen. */
  leadPrompt: 'Someone sent you a record as a hand-over file?',
  unlockInstead: 'Open a hand-over file instead',
};
