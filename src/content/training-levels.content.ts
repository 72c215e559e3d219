/**
 * The NHS Prevent Training and Competencies Framework (seed 000, the 2021 edition) as data, for the
 * "Which training level?" reference (domain-spec §5.1–5.3). Staff groups are the framework's own
 * examples ("Including, but not limited to"); every fact carries its source.
 */

export interface FrameworkLevel {
  /** As the framework numbers it; the Prevent Lead sits at 4/5. */
  id: '1' | '2' | '3' | '4' | '4/5' | '5' | '6';
  name: string;
  /** The framework's definition of who the level is for (verbatim where the text survives). */
  definition: string;
  /** Example staff groups (000 §4): not exhaustive. */
  staffGroups: readonly string[];
  howGained: string;
  compliance: string;
  refresher: string;
  cpd: string;
  /** Competency highlights (000 §5–11). */
  competencies: readonly string[];
  source: string;
}

export const frameworkLevels: readonly FrameworkLevel[] = [
  {
    id: '1',
    name: 'Level 1',
    definition: 'All staff working in healthcare settings, including non-clinical managers and staff.',
    staffGroups: [
      'Administrative staff',
      'Caterers',
      'Community pharmacist counter staff',
      'Domestic staff',
      'Laboratory staff',
      'Maintenance staff',
      'Non-clinical staff working in primary health care settings',
      'Non-clinical staff working for independent contractors and commissioners (such as CCG/ICS staff, optometrists, contact lens and dispensing opticians and pharmacists) within the NHS',
      'Peer support workers',
      'Porters',
      'Receptionists (in non-clinical settings)',
      'Security staff',
      'Transport staff',
      'Volunteers across healthcare services and service provision',
    ],
    howGained:
      'Basic Prevent awareness training in all staff induction: for example the Basic Prevent Awareness (Levels 1–2) e-learning (e-LfH), the gov.uk Prevent awareness e-learning, or a suitable organisational package.',
    compliance: '85%',
    refresher: 'Annual updates and three-yearly refresher training; written briefings at least annually.',
    cpd: 'Record attendance and the number of hours (no minimum).',
    competencies: [
      'Recognise vulnerabilities, and find local policies',
      'Report and document concerns safely, and seek advice, particularly if unsure whether there is a safeguarding need',
      'Escalate “if action is not taken”',
      'Explain confidentiality, consent and information sharing',
      'Summarise what happens after a report',
    ],
    source: '000 §4–5',
  },
  {
    id: '2',
    name: 'Level 2',
    definition: 'All clinical and non-clinical staff who have regular contact with patients, their families or carers, or the public.',
    staffGroups: [
      '111/999 communication centre staff',
      'Administrators and reception staff for looked after children and safeguarding teams',
      'Allied healthcare practitioners',
      'Adult physicians and surgeons',
      'Ambulance staff (except paramedics, who require level 3)',
      'Anaesthetists',
      'Audiologists',
      'Clinic reception managers and receptionists',
      'Clinical researchers',
      'Contact lens and dispensing opticians',
      'Dental care professionals',
      'Dentists (also listed at level 3)',
      'Eye clinic liaison officers',
      'GP practice managers',
      'GP practice safeguarding administrators',
      'GP reception managers',
      'Healthcare students (medical, relevant allied health professional, nursing)',
      'IT and information management staff (including Caldicott Guardians)',
      'Non-medical neurophysiologists',
      'Nurses working in adult acute or community services (except mental health nurses, practice nurses and nurse practitioners, who require level 3)',
      'Nursing and midwifery registered and unregistered staff',
      'Nursing associates',
      'Optometrists',
      'Orthodontists',
      'Patient advocates',
      'Phlebotomists',
      'Radiologists',
      'Staff who work in virtual or online health settings who provide any health care online',
      'Time to Talk services',
      'All other adult-orientated secondary care healthcare professionals, including technicians and interpreters',
    ],
    howGained: 'As level 1, with level 2 safeguarding children and adults training.',
    compliance: '85%',
    refresher: 'Annual updates and three-yearly refresher training; annual briefings.',
    cpd: 'As level 1.',
    competencies: [
      'Address immediate safety: make sure a protection plan is put in place immediately when the risk of exploitation or harm is high',
      'Understand the obligation to act against the person’s expressed wishes',
      'Document concerns, telling fact from opinion',
      'Share information within protocols; understand the professional duty to report crime',
    ],
    source: '000 §4, §6',
  },
  {
    id: '3',
    name: 'Level 3',
    definition:
      'All clinical staff working with adults, children, young people and/or their parents/carers, who could potentially contribute to assessing, planning, intervening and/or evaluating the health needs of a service user.',
    staffGroups: [
      'All doctors and health professionals working exclusively or predominantly with children and young people',
      'Care home managers',
      'All children’s nurses',
      'Child play therapists and specialists',
      'Child psychologists',
      'Child psychotherapists',
      'Community psychiatric nurses',
      'Dentists (also listed at level 2)',
      'Diagnostic radiographers',
      'Doctors in training (including foundation level) in level 3 specialties or with significant contact with children and young people',
      'Family nurses (FNP)',
      'Forensic physicians',
      'Forensic nurses',
      'GPs (as best practice)',
      'Head of Human Resources',
      'Health professionals working in substance misuse services',
      'Health visitors',
      'Lead anaesthetists for safeguarding and level 3 anaesthetists',
      'Learning disability nurses (children and adult)',
      'Lead paediatric anaesthetists for safeguarding',
      'Looked after children nurses',
      'Medical staff',
      'All mental health staff (adult and CAMHS)',
      'Mental health access and assessment staff',
      'Midwives',
      'Neonatologists',
      'Obstetricians',
      'All paediatricians',
      'Paediatric allied health professionals working with children',
      'Paediatric intensivists',
      'Paediatric neurophysiologists',
      'Paediatric radiologists',
      'Paediatric surgeons',
      'Paramedics',
      'Perinatal staff',
      'Pharmacists',
      'Physician’s assistants in any level 3 speciality',
      'Practice nurses (including nurse practitioners in primary care)',
      'Psychologists',
      'Psychotherapists',
      'Registered nurses in emergency departments, children’s services and senior roles (band 7 and 8)',
      'Safeguarding professionals',
      'Sexual health staff',
      'School nurses, including those in independent schools',
      'Special educational needs and disabilities leads',
      'Speciality and associate specialist (SAS) doctors in any level 3 speciality',
      'Specialist nurses for safeguarding',
      'Specialist paediatric dentists',
      'Urgent and unscheduled care staff',
      'Youth offending team staff',
    ],
    howGained:
      'A combination of face-to-face and e-learning: for example a face-to-face session led by Prevent trainers (formerly WRAP), the Preventing Radicalisation Level 3 e-learning (e-LfH), or the gov.uk Prevent Referrals e-learning.',
    compliance: '85%',
    refresher: 'Annual updates and a three-yearly refresher (training or blended learning, decided locally); knowledge reviewed at the annual appraisal.',
    cpd: 'As level 1.',
    competencies: [
      'Knows how to support and redirect vulnerable individuals, and how to make Prevent referrals',
      'Knows the current threat level, and that Prevent applies to all forms of terrorism',
      'Knows about Channel, information governance and Caldicott principle 7 (sharing information for a person’s individual care)',
      'Documents concerns capturing the person’s wishes and views',
    ],
    source: '000 §4, §7',
  },
  {
    id: '4',
    name: 'Level 4: named professionals',
    definition: 'Specialist roles: named professionals.',
    staffGroups: [
      'Heads of adult and children’s safeguarding',
      'Lead doctors',
      'Named doctors',
      'Named GPs or doctors for organisations commissioning primary care',
      'Named doctors for adults and children’s safeguarding',
      'Named midwives (in organisations delivering maternity services)',
      'Named nurses for adults and children’s safeguarding',
      'Named professionals in ambulance organisations',
      'Named professionals working in provider or commissioning services',
    ],
    howGained: 'Face-to-face and e-learning. Level 4 training includes levels 1–3, so no separate refresher at levels 1–3 is needed.',
    compliance: '85%',
    refresher: 'Annual updates and a three-yearly refresher; peer support networks, with attendance recorded.',
    cpd: 'At least 24 hours over three years of education, training and learning, including clinical leadership, appraisal and supervision training (framework section 8.5).',
    competencies: [
      'Apply critical thinking to Prevent referrals',
      'Identify the need for more information before progressing a referral',
      'Take part in Channel; produce person-centred multi-agency plans that take account of mental capacity',
      'Justify the proportionality and appropriateness of support',
    ],
    source: '000 §4, §8',
  },
  {
    id: '4/5',
    name: 'Organisational Prevent Lead',
    definition: 'The organisational Prevent Lead.',
    staffGroups: ['Organisational Prevent Lead'],
    howGained:
      'Levels 1–3 training, plus the gov.uk Channel e-learning, local counter-terrorism events, regional and national conferences, Counter Terrorism Local Profile briefings, Channel panel membership, shadowing and reflection on cases.',
    compliance: '100%: “The compliance target for organisational Prevent Leads is 100%.”',
    refresher: 'Annual updates and a three-yearly refresher (training or blended); competence reviewed annually at appraisal.',
    cpd: 'Record CPD (no minimum stated).',
    competencies: [
      'Strategic leadership and auditing',
      'Knows the local Prevent partners: Prevent Engagement Officer, LA Prevent Lead, counter-terrorism police and the NHS regional safeguarding team',
      'Completes and submits quarterly Prevent assurance data returns to NHS England and the lead commissioner',
      'Clarifies Prevent referral thresholds with colleagues',
    ],
    source: '000 §9',
  },
  {
    id: '5',
    name: 'Level 5: designated professionals',
    definition: 'Specialist roles: designated professionals.',
    staffGroups: ['Designated doctors', 'Designated nurses', 'Designated professionals'],
    howGained: 'Face-to-face and e-learning. Includes levels 1–4, so no separate refresher at levels 1–4 is needed.',
    compliance: '85%',
    refresher: 'Annual updates and a three-yearly refresher; peer support networks, with attendance recorded.',
    cpd: 'At least 24 hours over three years, including leadership, appraisal, supervision training and the context of other professionals’ work (framework section 10.5).',
    competencies: [
      'Carries out the training needs analysis; commissions or designs training across health services',
      'Leads on learning lessons from cases',
      'Advanced knowledge of courts and criminal justice; strategic communications',
    ],
    source: '000 §10',
  },
  {
    id: '6',
    name: 'Level 6: board members',
    definition: 'Chief executive officers, trust and health board executive and non-executive directors or members, and commissioning body directors.',
    staffGroups: [
      'Chief executive officers',
      'Trust and health board executive directors',
      'Non-executive directors',
      'Commissioning body directors',
      'Board members',
    ],
    howGained:
      'Basic Prevent awareness e-learning (e-LfH or gov.uk), or another suitable package, plus organisational training and briefings to support board members. Board members need knowledge equivalent to level 1.',
    compliance: 'Not stated in section 11 of the framework.',
    refresher: 'Annual updates and three-yearly refresher training.',
    cpd: '—',
    competencies: [
      'Understands the board’s statutory role and holds the organisation to account',
      'Promotes a positive, no-blame culture when reviewing safeguarding cases',
      'Makes sure staff are supported',
    ],
    source: '000 §4, §11',
  },
];

/**
 * Words people type for a role that the framework words differently: each typed word also finds the
 * framework's words listed for it ("receptionist" finds "reception managers").
 */
export const roleWordSynonyms: Readonly<Record<string, readonly string[]>> = {
  receptionist: ['reception'],
  reception: ['receptionist'],
  receptionists: ['reception'],
  doctor: ['physician', 'gp', 'medical'],
  doctors: ['physician', 'gp', 'medical'],
  gp: ['general practitioner'],
  nurse: ['nursing'],
  nursing: ['nurse'],
  admin: ['administrative', 'administrator'],
  administrator: ['administrative'],
  cleaner: ['domestic'],
  cleaners: ['domestic'],
  cook: ['caterer'],
  chef: ['caterer'],
  catering: ['caterer'],
  housekeeping: ['domestic'],
  driver: ['transport'],
  estates: ['maintenance'],
  porter: ['porters'],
  guard: ['security'],
  volunteer: ['volunteers'],
  student: ['students'],
  psychiatrist: ['mental health', 'medical'],
  hca: ['unregistered'],
  therapist: ['allied'],
  physiotherapist: ['allied'],
  physio: ['allied'],
  pharmacy: ['pharmacist'],
  chemist: ['pharmacist'],
  optician: ['opticians'],
  ed: ['emergency'],
  ae: ['emergency'],
  director: ['directors'],
  ceo: ['chief executive'],
  trustee: ['board'],
  governor: ['board'],
};

/**
 * Roles the framework places by function rather than by a group name a search would find: a phrase
 * (all its words in the query) and the staff groups it means, each as the framework lists it.
 */
export const roleAliases: readonly { phrase: string; groups: readonly string[]; source: string }[] = [
  {
    // 000 §8–10; 004 Summary: "Level 4 and 5 is for ICB Safeguarding colleagues".
    phrase: 'safeguarding lead',
    groups: [
      'Heads of adult and children’s safeguarding',
      'Named professionals working in provider or commissioning services',
      'Organisational Prevent Lead',
      'Designated professionals',
    ],
    source: '000 §8–10; 004 Summary',
  },
  {
    phrase: 'safeguarding team',
    groups: ['Safeguarding professionals', 'Administrators and reception staff for looked after children and safeguarding teams'],
    source: '000 §4',
  },
  { phrase: 'named nurse', groups: ['Named nurses for adults and children’s safeguarding'], source: '000 §4' },
  { phrase: 'board', groups: ['Board members', 'Non-executive directors', 'Trust and health board executive directors'], source: '000 §4, §11' },
  { phrase: 'chief executive', groups: ['Chief executive officers'], source: '000 §4, §11' },
  { phrase: 'prevent lead', groups: ['Organisational Prevent Lead'], source: '000 §9' },
  { phrase: 'mental health nurse', groups: ['All mental health staff (adult and CAMHS)', 'Community psychiatric nurses'], source: '000 §4' },
];

export const levelsText = {
  tabTitle: 'Which training level?',
  title: 'Which Prevent training level do I need?',
  intro: [
    'The NHS Prevent Training and Competencies Framework sets six levels of competence, from the Intercollegiate Documents. Each level builds on the ones before it.',
    'The staff groups are the framework’s examples and are not exhaustive. Your organisation’s Prevent lead may require a higher level for some roles.',
  ],
  introSource: '000 §3–4',
  facts: [
    {
      text: 'Everyone: “all staff working in a healthcare setting must know what to do if there is a safeguarding concern regarding radicalisation and the referral procedure for this concern, which includes knowing whom to contact within their organisation”.',
      source: '000 §3',
    },
    { text: 'All staff should receive annual updates and three-yearly refresher training.', source: '000 §5–11; 003' },
    {
      text: 'The minimum compliance rate for training completion is 85%, at every level from 1 to 5. For organisational Prevent Leads the target is 100%.',
      source: '000 §5–10; 003',
    },
    { text: 'Level 4 and level 5 training includes the levels below, so their refreshers are not needed separately.', source: '000 §8, §10' },
    {
      text: 'The framework is best-practice advice, not statutory guidance. Prevent training is mandatory for NHS trusts and foundation trusts, and contractually mandatory for other NHS providers.',
      source: '000 §3; 003',
    },
    {
      text: 'How BSW applies it: levels 1 and 2 for all colleagues; level 3 for all patient-facing colleagues; levels 4 and 5 for ICB safeguarding colleagues; level 6 for ICB board members.',
      source: '004 Summary',
    },
  ],
  edition: 'The framework text used here is the 2021 edition; local policies cite a 2022 edition. Check your organisation’s current version.',
  editionSource: '000; 004 ¶77; 002',
  searchLabel: 'Your role',
  searchHint: 'Any word of your role, for example: porter, GP receptionist, midwife, paramedic, safeguarding lead, board member.',
  resultsHeading: 'Matching staff groups',
  resultCount: (count: number, query: string) =>
    count === 0
      ? `No staff group in the framework matches “${query}”. Ask your organisation’s Prevent lead.`
      : `${count} staff ${count === 1 ? 'group matches' : 'groups match'} “${query}”.`,
  emptyQuery: 'Type a role to see which level the framework gives it.',
  requiresLevel: (level: string) => `Level ${level}`,
  levelsHeading: 'The levels',
  columns: {
    staffGroups: 'Example staff groups',
    howGained: 'How competence is gained',
    compliance: 'Compliance target',
    refresher: 'Updates and refresher',
    cpd: 'CPD',
    competencies: 'Competency highlights',
  },
  sourceLabel: 'Source:',
  backToTrainer: 'Back to trainer mode',
} as const;
