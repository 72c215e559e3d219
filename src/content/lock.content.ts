/** The header's lock control, "Exit this page" and the auto-lock warning: on the first page, so kept apart from the drafts copy. */
export const lockText = {
  lockNow: 'Lock now',
  exitThisPage: 'Exit this page',
  /** Said plainly, under the button for screen readers and in the footer for everyone. */
  exitExplained:
    'Exit this page (top right, or press Shift three times) leaves this app at once for the BBC weather page, and this page’s title and address go with it. Anything saved stays on this device, locked.',
  /** Where "Exit this page" goes: a neutral page, as on GOV.UK services. */
  exitTo: 'https://www.bbc.co.uk/weather',
  warningTitle: 'This will lock soon',
  warning: (seconds: number) => `For your security, your work will lock in ${seconds} seconds because the app has not been used.`,
  stay: 'Stay unlocked',
  lockedNotice: 'Locked. Your work is saved on this device; unlock with your passphrase to carry on.',
};
