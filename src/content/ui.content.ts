/** Words used by the shared UI components and the app shell. */
export const uiText = {
  appName: 'Prevent Pathway',
  nhsLogo: 'NHS',
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
  footer: 'Decision support only: the decisions are yours and your organisation’s. Nothing you enter leaves this device unless you print or export it.',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you were looking for is not here. If you typed the address, check it is correct.',
  home: 'Go to the start',
  loading: 'Loading…',
  yes: 'Yes',
  no: 'No',
  forExample: 'For example: prompts from the National Prevent Referral Form',
  remove: 'Remove',
  /** The NHS.UK Do and Don't list's headings; a don't item reads "do not …". */
  doDont: { do: 'Do', dont: 'Don’t', doNot: 'do not' },
  /** A step's guidance beyond its first paragraph, in a details element under it. */
  moreAboutStep: 'More about this step',
  /** Read before the heading of an emergency care card (the NHS.UK pattern's own words). */
  immediateAction: 'Immediate action required:',
  repeat: {
    address: { itemTitle: 'Address', label: 'Address', postcode: 'Postcode', current: 'This is the individual’s current residence' },
    phone: { itemTitle: 'Number', label: 'Telephone number' },
    email: { itemTitle: 'Email', label: 'Email address' },
  },
} as const;
