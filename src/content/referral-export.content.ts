import { nationalContacts } from './contacts';

/**
 * Words of the referral's export and its views: the covering email, the appendices of the PDF and the HTML
 * view, the export page. Apart from the words of the form's own pages (referral.content.ts), so the page
 * with the referral's first question does not fetch them.
 */
export const emailText = {
  subject: 'Prevent referral',
  greeting: 'Dear colleague,',
  attached: (reference: string, fileName: string) =>
    `Please find attached a National Prevent Referral Form (reference ${reference}), in the file ${fileName}, marked OFFICIAL-SENSITIVE. Please handle it accordingly.`,
  basisIntro: 'The basis on which this information is shared:',
  contact: 'Please contact me if you need any further information.',
  signOffPlaceholder: '[Your name, role, organisation and telephone number]',
  reminder:
    'Send this from your NHSmail (nhs.net) account. For an address that is not NHSmail, keep [secure] in the subject line so NHSmail encrypts it. Attach the referral PDF yourself, and only the referral: the internal decision record stays in your organisation. This tool sends nothing.',
} as const;

/** Words of the export: the appendices of the PDF and the HTML view, and the export page. */
export const exportText = {
  closingHeading: 'L. CLOSING',
  consentLogHeading: 'Consent and lawful basis: decision log',
  concernLogHeading: 'Concern pathway: decision log',
  consentLogWho: 'Safeguarding lead',
  logColumns: { when: 'When', question: 'Question or step', answer: 'Answer', notes: 'Notes and reasons', who: 'Who' },
  /** The referral: what follows the national form, and what is left out of it. */
  referral: {
    consentHeading: 'CONSENT AND THE BASIS FOR SHARING',
    withheld: 'Withheld: the person who first identified the concerns asked not to be identified to the individual',
    withheldShort: 'Withheld',
    sameAs: (letter: string) => `Same as section ${letter}`,
    sameAsLabel: { referrer: 'Person making this referral', preventContact: 'Organisational Prevent contact' },
    annexName: 'Annex',
    includedBecause: (reason: string) =>
      `Included in this referral from the organisation’s internal decision record, by the safeguarding lead’s choice. Why it is included: ${reason}`,
  },
  /** The parts of the internal decision record a lead may choose to include in the referral. */
  parts: {
    capacity: 'Capacity or competence assessment',
    recordsSearch: 'Records search',
    igAdvice: 'Information governance or Caldicott advice',
    consentLog: 'Consent and lawful basis: decision log',
    pathwayLog: 'Concern pathway: decision log',
  },
  internal: {
    title: 'Internal decision record: Prevent referral',
    aboutHeading: 'About this record',
    about: (reference: string) => [
      `The organisation’s internal record of the decision to refer (reference ${reference}): the consent and lawful-basis record, the records search, any information governance or Caldicott advice, the capacity or competence assessment and the decision logs.`,
      'Keep it in your organisation’s safeguarding record or the patient record. Do not send it with the referral: the police and the local authority receive the referral only.',
    ],
    includedLabel: 'Parts of this record included in the referral',
    includedNone: 'None. The referral holds the national form, the consent status and the basis statement only.',
    includedItem: (part: string, reason: string) => `${part}. Why: ${reason}`,
    withheldHeading: 'Person who first identified the concerns (withheld from the referral at their request)',
    knownToService: 'Known to the service or practice?',
    searchMade: 'Records searched and what was found',
    igConsulted: 'Caldicott Guardian or IG lead consulted?',
    igWho: 'Who was consulted',
    igAdvice: 'Their advice',
    basisStatement: 'Basis statement, as the referral prints it',
    consentStatement: 'Consent status, as the referral prints it',
    toConfirm: '(to be confirmed with the Information Governance lead)',
  },
  consent: {
    heading: 'Consent and lawful basis for sharing',
    intro: 'Decision support record. The safeguarding lead made this decision and recorded the reasons below.',
    introToConfirm:
      'Decision support record. The safeguarding lead made this decision and recorded the reasons below. The data-protection basis is to be confirmed with the organisation’s Information Governance lead.',
    /** Printed where the route asked them (the §A.1 consent questions). */
    extraBasis: {
      familyImplicated: 'Is the family implicated?',
      significantHarm: 'Would not sharing leave the child, or others, at risk of significant harm?',
      socialCareReferral: 'Referral to children’s social care',
      coercionConcern: 'May grooming or coercion be shaping the refusal?',
      careAndSupportNeeds: 'Does the person have care and support needs?',
      article9Condition: 'Article 9 condition (special category data)',
      offenceData: 'Is information about alleged offences involved?',
      article10Condition: 'Article 10 condition (information about alleged offences)',
      appropriatePolicyDocument: 'Does the organisation’s appropriate policy document cover the condition?',
    },
    socialCare: { considered: 'Considered', made: 'Made', 'not-needed': 'Not needed' },
    article9: (legal: string) => `UK GDPR Article 9(2)(g), with the ${legal}`,
    article10: (legal: string) => `UK GDPR Article 10, with the ${legal}`,
    situation: 'Situation',
    rowsFollowed: 'Steps followed',
    rowsFollowedJoin: '; then ',
    route: 'Route',
    consentStatus: 'Consent',
    statuses: { obtained: 'Obtained', refused: 'Refused', 'not-sought': 'Not sought' },
    basis: 'Data-protection basis',
    gateways: 'Legal gateways relied on',
    informed: 'Has the individual been told about the referral?',
    informedNotes: 'Their response, or why they have not been told',
    recordsSearch: 'Known to the service? Records searched',
    capacity: 'Capacity or competence notes',
    justification: 'Justification',
    minimumData: 'Minimum data shared',
    caldicott: 'Caldicott Guardian or IG lead consulted',
    caldicottAdvice: 'Their advice',
    decisionMaker: 'Decision made by',
    decidedAt: 'Date and time of the decision',
    recipients: 'Recipients',
    rationale: 'Rationale',
    wordingNote: 'Note on the wording',
  },
  localContacts: {
    heading: (organisation: string) => `Local contacts: ${organisation}`,
    intro: `From the organisation profile in use when this referral was exported. National contacts: ${[nationalContacts.emergency, nationalContacts.antiTerroristHotline, nationalContacts.policeNonEmergency].map((c) => `${c.label} ${c.number}`).join('; ')}.`,
    extension: (extension: string) => `extension ${extension}`,
  },
} as const;

export const exportPageText = {
  tabTitle: 'Export the referral',
  title: 'Export the referral',
  blockedHeading: 'Before you can export',
  blockedIntro: 'Export is blocked until the referral and the consent record are complete:',
  sectionProblem: (letter: string, message: string) => `Section ${letter}: ${message}`,
  consentMissing: 'Complete the consent and lawful-basis decision',
  noRecipient:
    'Section A: no recipient is set, so the referral would still say “[Insert name of relevant LA MASH or police lead here]”. Add who the referral goes to',
  templateRecipient: 'Section A: a recipient still reads “[Insert name of relevant LA MASH or police lead here]”. Replace it with who the referral goes to',
  documentsHeading: 'Two documents',
  documentsIntro: 'The same answers make two documents. Only the referral leaves your organisation.',
  referralHeading: 'The referral: send this',
  referralFor: (recipients: string) =>
    `For ${recipients || 'the police and the local authority'}. It holds the national form, the consent status in plain words and the basis for sharing. Attach it to the covering email.`,
  referralDownload: 'Download the referral (PDF)',
  referralView: 'Open the accessible version of the referral (for screen readers and printing)',
  internalHeading: 'The internal decision record: keep this, never send it',
  internalFor:
    'For your organisation’s safeguarding record or the patient record. It holds the consent and lawful-basis record, the records search, any information governance or Caldicott advice, the capacity or competence assessment and the decision logs. Never send it with the referral.',
  internalDownload: 'Download the internal decision record (PDF)',
  internalView: 'Open the accessible version of the internal decision record',
  includeHeading: 'Include a part of the internal record in the referral (optional)',
  includeIntro:
    'Nothing from the internal record goes in the referral unless you choose it here and say why. Each part you choose is printed at the end of the referral, under your reason. Share only what the recipients need.',
  includeLegend: 'Parts to include in the referral',
  includeReasonLabel: (part: string) => `Why the recipients need this: ${part.toLowerCase()}`,
  includeReasonMissing: (part: string) => `Enter why the recipients need this part: ${part.toLowerCase()}`,
  includeReasonTooLong: 'Keep the reason to 2,000 characters or fewer',
  includeSave: 'Save what the referral includes',
  includeSavedNone: 'Saved: the referral includes nothing from the internal record.',
  includeSaved: (parts: string) => `Saved: the referral includes ${parts}.`,
  includeNoPathwayLog: 'There is no concern pathway decision log for this referral.',
  j3Mismatch: (form: string, record: string) =>
    `Section J asks “Have you informed the Individual that you are making this referral?” and says “${form}”, but the consent record says “${record}”.`,
  j3Fix: 'Use the consent record’s answer in section J',
  settingsHeading: 'Who the referral goes to',
  recipientsLabel: 'Recipients’ email addresses',
  recipientsHint:
    'For example the MASH and the Local Authority Prevent Lead. Separate addresses with commas or new lines. Kept on this device for your next referral.',
  signOffLabel: 'Your sign-off for the email',
  signOffHint: 'Name, role, organisation and telephone number.',
  saveSettings: 'Save recipients',
  fromProfile: (organisation: string) => `Your organisation profile (${organisation}) says the referral goes to:`,
  fromDevice: 'You have saved your own recipients on this device. The referral goes to:',
  noneYet: 'Nobody yet: your organisation profile lists no recipients. Add their email addresses below.',
  portalLink: (label: string) => `${label}: open the referral page (opens in a new tab)`,
  useProfileRecipients: 'Use the organisation profile’s recipients instead',
  profileRecipientsRestored: 'The organisation profile’s recipients are back in use.',
  settingsSaved: 'Recipients saved.',
  settingsNotSaved: 'The recipients could not be kept on this device: they will be used for this referral only.',
  warningsHeading: 'Some characters cannot be printed',
  warningsIntro:
    'No font in the PDF can draw these characters. They will print as � (a question mark in a black diamond), so check the wording in these fields before you send:',
  warningItem: (label: string, characters: string) => `${label}: ${characters}`,
  pdfBody: 'Each PDF is marked OFFICIAL-SENSITIVE at the top and bottom of every page. Its file name holds the reference only, no personal data.',
  building: 'Making the PDF…',
  built: (name: string, pages: number) => `Downloaded ${name} (${pages} pages).`,
  buildFailed:
    'The PDF could not be made. If you are offline, the fonts it needs could not be loaded: reconnect and try again. Nothing you entered has been lost.',
  technicalDetail: 'Technical detail:',
  emailHeading: 'The covering email',
  emailSubject: 'Subject',
  emailTo: 'To',
  emailBody: 'Message',
  copyTo: 'Copy the recipients',
  copySubject: 'Copy the subject',
  copyBody: 'Copy the message',
  copied: (what: string) => `${what} copied.`,
  copyFailed: 'Copying is not allowed in this browser: select the text and copy it yourself.',
  openEmail: 'Open in your email program',
  noRecipients: 'Add the recipients above to address the email.',
} as const;

export const viewText = {
  tabTitle: 'Referral: accessible version',
  title: 'National Prevent Referral Form',
  internalTabTitle: 'Internal decision record: accessible version',
  internalTitle: 'Internal decision record',
  label: (title: string, reference: string) => `${title}, reference ${reference}`,
  reference: 'Reference',
  formVersion: 'Form version',
  training: 'TRAINING – FICTIONAL – NOT A REFERRAL',
  appendixName: 'Appendix',
  appendix: (name: string, index: number, heading: string) => `${name} ${String.fromCharCode(65 + index)}: ${heading}`,
  print: 'Print',
  blocked: 'The referral is not complete yet. Go to the export page to see what is missing.',
  toExport: 'Go to the export page',
} as const;
