/** Words of the emergency panel (the numbers themselves live in contacts.ts). */
export const emergencyText = {
  title: 'Urgent help',
  call999: 'Call 999',
  call999When: 'if someone is in immediate danger or you think an attack may be about to happen, and ask for police presence.',
  more: 'More urgent contacts and advice',
  opensNewTab: 'opens in a new tab',
} as const;
