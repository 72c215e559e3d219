/** The header's lock and hide-screen controls, and the auto-lock warning: on the first page, so kept apart from the drafts copy. */
export const lockText = {
  lockNow: 'Lock now',
  hideScreen: 'Hide screen',
  showScreen: 'Show screen',
  hiddenTitle: 'Screen hidden',
  hiddenBody: 'The page is hidden from view. Nothing has been closed or locked.',
  warningTitle: 'This will lock soon',
  warning: (seconds: number) => `For your security, your work will lock in ${seconds} seconds because the app has not been used.`,
  stay: 'Stay unlocked',
  lockedNotice: 'Locked. Your work is saved on this device; unlock with your passphrase to carry on.',
};
