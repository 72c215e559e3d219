/**
 * What the training completion record says (domain-spec §5.6): the session, the levels, the
 * attendees and their refresher dates (annual update, three-yearly refresher: 000 §5–11).
 */
export const completionText = {
  tabTitle: 'Training record',
  title: 'Record a training session',
  intro: [
    'Record that a session took place: the date, the framework levels it covered and who attended. Each attendee’s annual update and three-yearly refresher dates follow from the date.',
    'Nothing on this page is stored unless you save it as an encrypted draft, like any other record: export it as a CSV file or a PDF for your training records, or save it as a draft to finish later. Close the page without saving and it is gone.',
  ],
  source: '000 §5–11; 003',
  dateLabel: 'Date of the session',
  dateHint: 'For example, 27/03/2027',
  levelsLegend: 'Framework levels covered',
  levelsHint: 'Select all that apply.',
  coveredLabel: 'What the session covered (optional)',
  coveredHint: 'For example: scenarios S02 and S03, the level 3 knowledge check.',
  attendeesLabel: 'Attendees',
  attendeesHint: 'Names or staff numbers, one a line, or pasted from a spreadsheet column. Only what your training record needs: no other personal details.',
  levelName: (level: string) => `Level ${level}`,
  summaryHeading: 'The record',
  summary: (attendees: number, levels: string) => `${attendees} ${attendees === 1 ? 'attendee' : 'attendees'} at ${levels || 'no level chosen yet'}.`,
  refreshers: (annual: string, refresher: string) => `Annual update due ${annual}; three-yearly refresher due ${refresher}.`,
  countsHeading: 'Counts for the quarterly return',
  countsIntro: 'Attendees trained at each level in this record, with no names: the figures the quarterly Prevent return asks for.',
  countsSource: '000 §9.2; 004 Roles',
  countsColumns: { level: 'Level', attendees: 'Attendees' },
  csvButton: 'Download the record as CSV',
  pdfButton: 'Download the record as PDF',
  building: 'Making the PDF…',
  built: (name: string) => `Downloaded ${name}.`,
  failed: 'The PDF could not be made. Try again; nothing on this page is lost.',
  incomplete: 'Give the date, at least one level and at least one attendee to export the record.',
  nothingStored: 'Nothing on this page is stored on this device unless you save it as an encrypted draft.',
  /** Keeping the record as an encrypted draft (src/app/training-record-keeper.tsx draws the status). */
  draft: {
    heading: 'Save as an encrypted draft',
    body: 'The draft is encrypted with your device’s passphrase, as every record in this app is: listed in the saved drafts, opened again from there, or sent as a hand-over file. Anyone else using this computer cannot read it.',
    save: 'Save as an encrypted draft',
    saving: 'Saving…',
    saved: (time: string) => `Saved as an encrypted draft at ${time}. Changes you make are saved as you type.`,
    keptInTab: 'Kept encrypted for this tab only: set a passphrase to save it on this device. Closing the tab without a passphrase loses it.',
    setPassphrase: 'Set a passphrase to save it on this device',
    unlockToSave: 'Unlock to save it on this device',
    lockedSaved: 'This tab has a saved training record open, and the device is locked.',
    unlockToOpen: 'Unlock to open it',
    memoryOnly: 'This browser cannot save drafts here (a private window, or storage is blocked). Save a hand-over file, or export the record as CSV or PDF.',
    handover: 'Save a hand-over file',
    drafts: 'Saved drafts',
    unreadable:
      'The saved training record could not be opened: it is not a training record this version of the app can read. It is kept unchanged in the saved drafts; what you type here starts a new record.',
    /** The line under "Training completion record" in the saved drafts (no names). */
    describe: (date: string, attendees: number, levels: string) =>
      `Session of ${date || 'no date yet'}: ${attendees} ${attendees === 1 ? 'attendee' : 'attendees'}${levels ? ` at ${levels}` : ''}`,
  },
  csvColumns: { date: 'Session date', level: 'Level', attendee: 'Attendee', annualUpdate: 'Annual update due', refresher: 'Three-yearly refresher due' },
  pdf: {
    title: (date: string) => `Prevent training record – session of ${date}`,
    intro:
      'A record of Prevent training attended. Due dates follow the NHS Prevent Training and Competencies Framework: annual updates and three-yearly refresher training.',
    sessionHeading: 'The session',
    rows: {
      date: 'Date',
      levels: 'Levels covered',
      covered: 'Covered',
      annualUpdate: 'Annual update due',
      refresher: 'Three-yearly refresher due',
      source: 'Source',
      counts: 'Attendees by level',
    },
    attendeesHeading: 'Attendees',
    columns: { attendee: 'Attendee', levels: 'Levels', annualUpdate: 'Annual update due', refresher: 'Refresher due' },
    none: 'None',
  },
  backToTrainer: 'Back to trainer mode',
} as const;
