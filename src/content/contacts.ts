/**
 * National contacts, in one place: the emergency panel, the pages and (later) the PDF read them
 * from here. Organisation profiles add local contacts beside these; the national ones are fixed
 * (domain-spec §4.2).
 */
export interface PhoneContact {
  label: string;
  /** As printed: grouped for reading aloud. */
  number: string;
  /** For the tel: link: digits only. */
  tel: string;
  when: string;
  source: string;
}
export interface WebContact {
  label: string;
  url: string;
  when: string;
  source: string;
}

export const nationalContacts = {
  emergency: {
    label: 'Police emergency',
    number: '999',
    tel: '999',
    when: 'Someone is at immediate risk, or you think an attack is about to happen. Ask for police presence.',
    source: '004 flowchart; 004 ¶66',
  },
  antiTerroristHotline: {
    label: 'Anti-Terrorist Hotline',
    number: '0800 789 321',
    tel: '0800789321',
    when: 'Confidential. If you suspect someone is being radicalised or something is terrorism related.',
    source: '004 ¶65; 002',
  },
  textphone: {
    label: 'Textphone (Anti-Terrorist Hotline)',
    number: '0800 0324539',
    tel: '08000324539',
    when: 'For people with speech or hearing difficulties. Text messages from mobiles are not accepted.',
    source: '004 ¶65',
  },
  policeNonEmergency: {
    label: 'Police non-emergency',
    /** Text relay (18001 101) printed with it wherever 101 appears, for people who are deaf or have speech difficulties. */
    number: '101 (text relay: 18001 101)',
    tel: '101',
    when: 'Say you would like advice on a Prevent issue. Also for a significant concern out of hours.',
    source: '004 ¶63–64; 002',
  },
} as const satisfies Record<string, PhoneContact>;

export const nationalWebContacts = {
  reportOnlineMaterial: {
    label: 'Report online terrorist material',
    url: 'https://www.gov.uk/report-terrorism',
    when: 'Online material that promotes terrorism or extremism.',
    source: '004 ¶24',
  },
} as const satisfies Record<string, WebContact>;

/** Run Hide Tell, the national "Stay Safe" advice for a firearms or weapons attack (004 App 3 Guidance notes). */
export const runHideTell = {
  title: 'If there is a firearms or weapons attack: Run, Hide, Tell',
  source: '004 App 3 Guidance notes ("Run Hide Tell “Stay Safe” Campaign")',
  steps: [
    { word: 'Run', text: 'to a place of safety if there is a safe route. Leave your belongings behind.' },
    { word: 'Hide', text: 'if you cannot run. Turn your phone to silent, lock yourself in and keep away from the door.' },
    { word: 'Tell', text: 'the police by calling 999 when it is safe to do so.' },
  ],
} as const;
