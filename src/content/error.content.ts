export const errorText = {
  tabTitle: 'Something went wrong',
  title: 'Sorry, something went wrong',
  call999: 'Call 999',
  call999When: 'if anyone is in immediate danger, and ask for police presence.',
  body: 'Nothing has been sent anywhere. Starting again clears the answers kept in this tab. If this keeps happening, tell your safeguarding team or IT service desk.',
  startAgain: 'Start again',
  detailLabel: 'Technical detail:',
} as const;
