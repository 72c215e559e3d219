/**
 * Words of the page that wipes everything the app kept on the device (the drafts page's last step):
 * apart from the drafts' other words, which every form page loads, because only that page shows them.
 */
export const wipeText = {
  title: 'Wipe everything on this device',
  tabTitle: 'Wipe everything',
  body: [
    'This deletes every draft saved on this device, the offline copy of the app, your settings and anything open in other tabs of this app. It cannot be undone.',
    'Save a hand-over file first of anything you still need.',
  ],
  /** Wiping the app does not touch files the browser saved. */
  deleteDownloads:
    'This does not delete files you downloaded. Delete any referral or record PDFs and hand-over files (names starting prevent-) from your Downloads folder once they are sent, and empty the bin or recycle bin.',
  confirm: 'Yes, wipe everything',
  done: 'Everything this app kept on this device has been wiped.',
  incomplete: 'Some things could not be wiped:',
  stepDone: 'done',
  stepNotSupported: 'nothing to wipe',
  stepFailed: 'failed',
  stepBlocked: 'blocked by another tab',
};
