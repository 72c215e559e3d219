/**
 * Knowledge checks for trainer mode, per framework level (domain-spec §5.3): short question sets on
 * what Prevent is and is not, NOTICE–CHECK–SHARE, fact and opinion, consent and when not to tell,
 * and who to call. Each question names the competence of seed 000 it checks, and each answer is
 * explained with its source. Options are written to similar lengths, so the right one cannot be
 * guessed from its length.
 */

export interface CheckQuestion {
  id: string;
  /** The seed 000 competence it checks, in words, with its section. */
  competence: string;
  competenceSource: string;
  question: string;
  options: readonly { id: string; label: string }[];
  answer: string;
  explanation: string;
  source: string;
}

export interface CheckSet {
  level: '1' | '2' | '3';
  title: string;
  intro: string;
  questions: readonly CheckQuestion[];
}

export const knowledgeChecks: readonly CheckSet[] = [
  {
    level: '1',
    title: 'Level 1: what Prevent is, and what to do',
    intro: 'For all staff: recognising a concern, knowing the local route, and what happens after a report.',
    questions: [
      {
        id: 'what-prevent-is',
        competence: 'Describe Prevent and its place in CONTEST',
        competenceSource: '000 §5',
        question: 'What is Prevent in the NHS?',
        options: [
          { id: 'safeguarding', label: 'Safeguarding people at risk of being drawn into terrorism, before any crime' },
          { id: 'investigation', label: 'A police investigation that health staff help with by watching patients closely' },
          { id: 'faith', label: 'A programme aimed at particular faiths and communities thought to be at risk' },
        ],
        answer: 'safeguarding',
        explanation:
          'Prevent is one strand of CONTEST, the counter-terrorism strategy, and in healthcare it is safeguarding in the pre-criminal space. Staff never investigate or monitor anyone, and no faith or community is a cue.',
        source: '000 §5; 004 ¶37; 002 EIA',
      },
      {
        id: 'notice-check-share',
        competence: 'Summarise local referral routes',
        competenceSource: '000 §5',
        question: 'You notice something that worries you. What does CHECK mean in NOTICE–CHECK–SHARE?',
        options: [
          { id: 'manager', label: 'Speak with your manager or safeguarding lead: does it worry them too?' },
          { id: 'ask-person', label: 'Ask the person directly about their views so you can be certain first' },
          { id: 'search', label: 'Look the person up online to see what else they may have been posting' },
        ],
        answer: 'manager',
        explanation:
          'CHECK is a conversation with your manager or the organisation’s safeguarding lead about your concern. You do not question, search for or confront the person.',
        source: '004 App 3 Guidance notes; 004 ¶32',
      },
      {
        id: 'immediate-risk',
        competence: 'Know what to do if there is a safeguarding concern about radicalisation',
        competenceSource: '000 §3',
        question: 'Someone says they are about to attack people in the waiting room today. What do you do first?',
        options: [
          { id: 'call-999', label: 'Call 999 and ask for the police, then tell your safeguarding lead' },
          { id: 'form', label: 'Fill in the referral form and send it to the safeguarding team today' },
          { id: 'wait', label: 'Keep them talking while you note their words for your manager later' },
        ],
        answer: 'call-999',
        explanation:
          'Where there is an immediate risk of a violent attack, call 999 and ask for police presence. 999 is never behind a form; the safeguarding lead is told afterwards.',
        source: '004 flowchart; 004 ¶66',
      },
      {
        id: 'after-report',
        competence: 'Summarise what happens after a report',
        competenceSource: '000 §5',
        question: 'What usually happens after a Prevent referral is made?',
        options: [
          { id: 'assessed', label: 'Police and the local authority assess it; Channel may offer voluntary support' },
          { id: 'arrest', label: 'The person is arrested and questioned by counter-terrorism police the same day' },
          { id: 'record', label: 'A permanent criminal record is made for the person, visible to any employer' },
        ],
        answer: 'assessed',
        explanation:
          'A referral is assessed by police and the local authority; where support is suitable, the Channel multi-agency panel may offer it, and taking part is voluntary. A referral is not an arrest and not a criminal record.',
        source: '000 §5; 003',
      },
    ],
  },
  {
    level: '2',
    title: 'Level 2: recording, sharing and acting on concerns',
    intro: 'For staff in regular contact with patients, families or the public: records, consent and sharing.',
    questions: [
      {
        id: 'fact-opinion',
        competence: 'Document concerns, differentiating between fact and opinion',
        competenceSource: '000 §6',
        question: 'Which is the best record of a concern?',
        options: [
          { id: 'facts', label: '“On 3 March at 10:15 said ‘they will all pay for this’, pointing at the ward”' },
          { id: 'opinion', label: '“Seems to be getting radicalised, probably through their friends and things online”' },
          { id: 'identity', label: '“Has recently become much more religious and now looks like an extremist”' },
        ],
        answer: 'facts',
        explanation:
          'Record what you saw and heard, when, and the exact words, keeping opinion apart from fact. Concerns rest on behaviour and the risk of harm, never on faith, ethnicity or appearance.',
        source: '000 §6; 004 App 3 Guidance notes; 002 EIA',
      },
      {
        id: 'against-wishes',
        competence: 'Understand the obligation to act against the person’s expressed wishes',
        competenceSource: '000 §6',
        question: 'An adult refuses consent to share a Prevent concern. Can information still be shared?',
        options: [
          { id: 'public-interest', label: 'Yes, where the risk of harm justifies it in the public interest, recorded' },
          { id: 'never', label: 'No, a refusal from an adult with capacity always ends the matter for good' },
          { id: 'always', label: 'Yes, consent is never needed for anything connected to Prevent concerns' },
        ],
        answer: 'public-interest',
        explanation:
          'Consent is sought where it is safe to do so. Without it, information may be shared where the public interest justifies it, and the decision and reasons are recorded by the safeguarding lead.',
        source: '004 ¶55–58; GMC Confidentiality 2017 ¶62',
      },
      {
        id: 'other-vulnerabilities',
        competence: 'Share information within protocols',
        competenceSource: '000 §6',
        question: 'The person also has other safeguarding needs, such as neglect. What should happen?',
        options: [
          { id: 'both', label: 'Make the other safeguarding referrals at the same time as the Prevent one' },
          { id: 'prevent-only', label: 'Deal with the Prevent concern only, and leave the other needs for another day' },
          { id: 'other-only', label: 'Drop the Prevent concern, since other safeguarding already covers it' },
        ],
        answer: 'both',
        explanation: 'If you have concerns relating to other vulnerabilities, make the appropriate referrals at the same time.',
        source: '004 App 3 Guidance notes',
      },
      {
        id: 'hotline',
        competence: 'Understand the professional duty to report crime',
        competenceSource: '000 §6',
        question: 'You suspect something is terrorism related but there is no immediate danger. Who can you call?',
        options: [
          { id: 'hotline', label: 'The confidential Anti-Terrorist Hotline on 0800 789 321, and your lead' },
          { id: 'person', label: 'The person’s family, to find out whether they have noticed it as well' },
          { id: 'press', label: 'Nobody at all, until you have collected enough evidence to be quite certain' },
        ],
        answer: 'hotline',
        explanation:
          'If you suspect something is terrorism related you can call the confidential Anti-Terrorist Hotline on 0800 789 321 (textphone 0800 0324539), and tell your safeguarding lead.',
        source: '004 ¶65; 002',
      },
    ],
  },
  {
    level: '3',
    title: 'Level 3: referrals, consent and information governance',
    intro: 'For clinical staff who assess, plan or evaluate care: making referrals, consent and when not to tell.',
    questions: [
      {
        id: 'who-refers',
        competence: 'Knows how to make Prevent referrals',
        competenceSource: '000 §7',
        question: 'In your organisation’s pathway, who completes and sends the national Prevent referral form?',
        options: [
          { id: 'lead', label: 'The safeguarding or Prevent lead, after the concern has been escalated' },
          { id: 'anyone', label: 'Whoever first noticed the concern, straight away and without discussion' },
          { id: 'police', label: 'The police officer who visits the ward after the concern has been raised' },
        ],
        answer: 'lead',
        explanation:
          'Staff escalate to the safeguarding lead, who decides whether to refer. In the BSW model only the safeguarding lead sends the referral; in the MSE model staff may refer after liaising with the Prevent lead.',
        source: '004 flowchart; 004 Roles; 002 "Referral Flowchart"',
      },
      {
        id: 'not-tell',
        competence: 'GDPR and information governance; documenting the person’s wishes and views',
        competenceSource: '000 §7',
        question: 'When should the person not be told that information about them is being shared?',
        options: [
          { id: 'planning', label: 'When there is concern they are planning terrorist acts, or telling adds risk' },
          { id: 'awkward', label: 'Whenever the conversation would be awkward or upsetting for the staff involved' },
          { id: 'always', label: 'Never: the person must always be told before anything is ever shared' },
        ],
        answer: 'planning',
        explanation:
          'Where there is concern or evidence that someone is planning or undertaking terrorist acts, consent is not sought and the person is not told. Otherwise consent is sought where it is safe, and the person’s wishes and views are recorded.',
        source: '004 ¶60; 004 ¶55; 000 §7',
      },
      {
        id: 'all-ideologies',
        competence: 'Knows that Prevent applies to all forms of terrorism',
        competenceSource: '000 §7',
        question: 'Does a concern need a clear ideology before you raise it?',
        options: [
          { id: 'no', label: 'No: an interest in mass violence with no clear ideology is still worth raising' },
          { id: 'yes', label: 'Yes: without a named ideology there is nothing at all for Prevent to act on here' },
          { id: 'some', label: 'Only for some ideologies, which the national threat level lists by name' },
        ],
        answer: 'no',
        explanation:
          'Prevent applies to all forms of terrorism. A fascination with mass violence, without a clear ideology, is reason to talk to your manager or safeguarding lead.',
        source: '000 §7; 002 "Prevent, Counter-Extremism and Integration"',
      },
      {
        id: 'caldicott-7',
        competence: 'Caldicott principle 7 and information governance',
        competenceSource: '000 §7',
        question: 'You are unsure whether you may share some information. Who do you ask?',
        options: [
          { id: 'ig', label: 'The Caldicott Guardian or Information Governance lead, and record the advice' },
          { id: 'colleague', label: 'A colleague on the next shift, and go with whatever they would have done' },
          { id: 'person', label: 'The person’s employer, who can tell you what the person would be happy to share' },
        ],
        answer: 'ig',
        explanation: 'Consult the Caldicott Guardian or Information Governance lead whenever you are unsure about sharing, and record who advised and when.',
        source: '004 ¶61; 004 App 4a §6',
      },
    ],
  },
];

export const checksText = {
  tabTitle: 'Knowledge checks',
  title: 'Knowledge checks',
  intro:
    'Short question sets for levels 1 to 3 of the NHS Prevent Training and Competencies Framework. Use them with the room (reveal mode: the room decides, then you reveal) or for one learner (each answer explained at once).',
  setLink: (title: string) => title,
  questionOf: (index: number, count: number) => `Question ${index} of ${count}`,
  competence: 'Checks:',
  modeLegend: 'How answers are shown',
  modes: { reveal: 'Room: the room decides, then I reveal the answer', single: 'One learner: explain each answer at once' },
  reveal: 'Reveal the answer',
  correct: 'Correct.',
  notQuite: 'Not quite.',
  rightAnswer: (label: string) => `The answer: ${label}.`,
  source: 'Source:',
  next: 'Next question',
  previous: 'Previous question',
  finish: 'See the results',
  resultsHeading: 'Results',
  results: (right: number, count: number) => `${right} of ${count} answered correctly.`,
  again: 'Start this set again',
  allSets: 'All knowledge checks',
  notFound: 'There is no knowledge check at this address.',
} as const;
