/** Words used by the shared UI components and the app shell. */
export const uiText = {
  appName: 'Prevent Pathway',
  continue: 'Continue',
  back: 'Back',
  optional: '(optional)',
  errorPrefix: 'Error:',
  errorSummaryTitle: 'There is a problem',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  skipToMain: 'Skip to main content',
  skipToUrgent: 'Skip to urgent contacts',
  footer:
    'Decision support only: the decisions are yours and your organisation’s. Nothing you enter leaves this device unless you print or export it.',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you were looking for is not here. If you typed the address, check it is correct.',
  home: 'Go to the start',
  loading: 'Loading…',
  yes: 'Yes',
  no: 'No',
  forExample: 'For example: prompts from the National Prevent Referral Form',
  remove: 'Remove',
  repeat: {
    address: { itemTitle: 'Address', label: 'Address', postcode: 'Postcode', current: 'This is the individual’s current residence' },
    phone: { itemTitle: 'Number', label: 'Telephone number' },
    email: { itemTitle: 'Email', label: 'Email address' },
  },
} as const;
