import { describe, expect, it } from 'vitest';
import {
  consentItemLabels,
  basisWords,
  consentRecordSchema,
  decisionTable,
  igConsultationSchema,
  j3Answer,
  legalGateways,
  missingBasis,
  missingForExport,
  needsParentsTold,
  noBasis,
  parseConsentRecord,
  publicInterestSchema,
  routeVariants,
  type ConsentItemKey,
  type ConsentRecord,
} from './consent-record.schema';

// ---------------------------------------------------------------------------------------------
// Complete records, one per kind, built by hand (forms/ does not import the machine).
// ---------------------------------------------------------------------------------------------

const items = (entries: Partial<Record<ConsentItemKey, string>>): ConsentRecord['items'] =>
  Object.fromEntries(Object.entries(entries).map(([key, value]) => [consentItemLabels[key as ConsentItemKey], value]));

const mandatory = {
  recordsSearch: { knownToService: 'no', searchMade: 'GP and community records searched; no earlier concerns' },
  capacityOrCompetenceNotes: 'No grounds to doubt capacity',
  justification: 'Risk of serious harm to others outweighs confidentiality',
  minimumData: 'Record of concern and contact details only',
  caldicottOrIgConsulted: 'yes',
  caldicottOrIgName: 'Dr Jo Guardian, Caldicott Guardian',
  caldicottOrIgAdvice: 'Agreed',
  decisionMaker: { name: 'Sam Lead', role: 'Safeguarding Locality Lead' },
  decidedAt: '2025-03-01T11:00:00.000Z',
  recipients: 'Local Authority Prevent Lead; MASH',
  rationale: 'This referral is being made without seeking the prior consent of the patient. …',
  rationaleWordingApproved: 'Model wording: your organisation’s Information Governance lead must approve local wording before use.',
  familyImplicated: null,
  significantHarm: null,
  socialCareReferral: null,
  coercionConcern: null,
  careAndSupportNeeds: null,
  article9Condition: 'sch1-para6',
  offenceData: 'no',
  article10Condition: null,
  appropriatePolicyDocument: 'yes',
} as const satisfies Partial<ConsentRecord>;

const para6 = basisWords({ article9Condition: 'sch1-para6', offenceData: 'no', article10Condition: null });

const notSought: ConsentRecord = {
  ...mandatory,
  subject: 'patient',
  ageBand: '18-or-over',
  outcome: 'BASIS_PUBLIC_INTEREST',
  row: 7,
  rowsFollowed: [7],
  route: decisionTable[7].route,
  consentStatus: 'not-sought',
  notSoughtReason: 'asking-increases-risk',
  consentFrom: 'individual',
  basis: para6,
  legalGateways: [legalGateways.publicInterest, legalGateways.transparencyExemption, legalGateways.crimeAndDisorderAct],
  informed: 'no',
  informedNotes: 'Telling them would increase the risk',
  items: items({
    whyConsentNotSought: 'Asking would alert the group',
    harmWeighed: 'Threats to residents',
    whyPublicInterestOutweighs: 'Serious risk to others',
    necessaryAndProportionate: 'Only the concern goes',
  }),
};

const consented: ConsentRecord = {
  ...mandatory,
  subject: 'patient',
  ageBand: '18-or-over',
  outcome: 'BASIS_CONSENT',
  row: 1,
  rowsFollowed: [1],
  route: decisionTable[1].route,
  consentStatus: 'obtained',
  notSoughtReason: null,
  consentFrom: 'individual',
  basis: para6,
  legalGateways: [legalGateways.consent],
  informed: 'yes',
  informedNotes: 'Consent given by the patient',
  items: items({ whoConsented: 'The patient', consentedTo: 'The referral', consentDate: '28/02/2025', howInformed: 'Face to face' }),
};

const child: ConsentRecord = {
  ...consented,
  ageBand: 'under-16',
  row: 2,
  rowsFollowed: [2],
  route: decisionTable[2].route,
  items: { ...consented.items, ...items({ competence: 'Understands fully', parentsTold: 'Mother told with the young person’s agreement' }) },
};

const familyImplicated: ConsentRecord = {
  ...notSought,
  ageBand: 'under-16',
  row: 3,
  rowsFollowed: [3],
  route: routeVariants.familyImplicated,
  notSoughtReason: 'family-implicated',
  consentFrom: null,
  familyImplicated: 'yes',
  article9Condition: 'sch1-para18',
  basis: basisWords({ article9Condition: 'sch1-para18', offenceData: 'no', article10Condition: null }),
  items: items({
    competence: 'Too young to weigh the decision',
    whyParentNotAsked: 'An adult at home is implicated',
    whoDecidedNotToAskParent: 'Sam Lead',
    harmWeighed: 'Harm to the child',
    whyPublicInterestOutweighs: 'Safeguarding the child',
    necessaryAndProportionate: 'Only the concern goes',
  }),
};

const terrorism: ConsentRecord = {
  ...notSought,
  ageBand: null,
  outcome: 'BASIS_SERIOUS_CRIME',
  row: 8,
  rowsFollowed: [8],
  route: decisionTable[8].route,
  notSoughtReason: 'terrorism-planning',
  consentFrom: null,
  informedNotes: 'Must not be told (004 ¶60)',
  items: items({
    terrorismEvidence: 'Described a plan with a date and a place',
    policeContactedAt: '01/03/2025 10:05',
    policeContacted: '999, CAD 123',
    sharedWithPolice: 'Name and address',
  }),
};

const doNotShare: ConsentRecord = {
  ...notSought,
  outcome: 'NO_LAWFUL_BASIS',
  row: 6,
  rowsFollowed: [6],
  route: routeVariants.refusalRespected,
  consentStatus: 'refused',
  notSoughtReason: null,
  basis: noBasis,
  legalGateways: [],
  coercionConcern: 'no',
  careAndSupportNeeds: 'no',
  article9Condition: null,
  offenceData: null,
  appropriatePolicyDocument: null,
  recipients: '',
  minimumData: 'No information will be shared',
  informedNotes: 'No referral is being made',
  items: items({ refusedBy: 'The patient', refusalReasons: 'Not your business', otherSupport: 'GP follow-up' }),
};

const complete = { notSought, consented, child, familyImplicated, terrorism, doNotShare };

// ---------------------------------------------------------------------------------------------

describe('consent record schema', () => {
  it.each(Object.entries(complete))('a complete %s record parses and has nothing missing', (_kind, record) => {
    expect(consentRecordSchema.parse(record)).toEqual(record);
    expect(missingForExport(record)).toEqual([]);
  });

  it('trims text as it reads it', () => {
    expect(consentRecordSchema.parse({ ...notSought, recipients: '  MASH \n' }).recipients).toBe('MASH');
  });

  it.each([
    ['an unknown field', { ...notSought, extra: 'x' }],
    ['an unknown item label', { ...notSought, items: { 'Something else': 'x' } }],
    ['row 10', { ...notSought, row: 10, rowsFollowed: [10] }],
    ['row 4 as the governing row (it always leads on to another row)', { ...notSought, row: 4, rowsFollowed: [4] }],
    ['rows followed that do not end with the row', { ...notSought, rowsFollowed: [7, 1] }],
    ['row 8 with the person told (004 ¶60)', { ...terrorism, informed: 'yes' }],
    ['row 8 with a consent status other than not sought', { ...terrorism, consentStatus: 'refused', notSoughtReason: null }],
    [
      'row 9 with the person told before consent was sought',
      { ...terrorism, outcome: 'BASIS_URGENT_TRIAGE', row: 9, rowsFollowed: [9], notSoughtReason: 'urgent-triage-pending', informed: 'yes' },
    ],
    ['consent obtained but the person not told', { ...consented, informed: 'no' }],
    ['consent obtained with a reason for not seeking it', { ...consented, notSoughtReason: 'asking-increases-risk' }],
    ['a referral with consent that was refused', { ...consented, consentStatus: 'refused' }],
    ['refusal recorded under row 7', { ...notSought, consentStatus: 'refused', notSoughtReason: null }],
    ['a reason that does not fit the row', { ...notSought, notSoughtReason: 'family-implicated' }],
    ['row 1 for a child', { ...consented, ageBand: 'under-16' }],
    ['row 2 for an adult', { ...child, ageBand: '18-or-over' }],
    ['row 2 with a parent’s consent', { ...child, consentFrom: 'parent-or-guardian' }],
    ['row 3 consent from the child', { ...child, row: 3, rowsFollowed: [3], consentFrom: 'individual' }],
    ['a decision time that is not a date and time', { ...notSought, decidedAt: '01/03/2025' }],
    ['a subject outside the list', { ...notSought, subject: 'visitor' }],
  ] as const)('refuses %s', (_why, record) => {
    expect(consentRecordSchema.safeParse(record).success).toBe(false);
    expect(missingForExport(record as unknown as ConsentRecord).length).toBeGreaterThan(0);
  });

  it('a "__proto__" key read from a stored file: refused at the top, dropped inside the items; nothing leaks onto objects', () => {
    const stored = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(notSought).slice(1)}`) as unknown;
    expect(parseConsentRecord(stored).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Inside the items, zod drops the key: the record read back holds only the items it knows.
    const itemsWithProto = JSON.parse(`{"__proto__": "x", "Harm weighed": "Threats"}`) as unknown;
    const parsed = parseConsentRecord({ ...notSought, items: itemsWithProto });
    expect(Object.getOwnPropertyNames(parsed.data?.items)).toEqual(['Harm weighed']);
  });

  it.each([null, undefined, 'a string', 42, [notSought]])('refuses %s as a record', (value) => {
    expect(parseConsentRecord(value).success).toBe(false);
  });

  it('reads text not yet written as empty, so missingForExport can name it', () => {
    const { rationale: _rationale, recipients: _recipients, ...partial } = notSought;
    const parsed = parseConsentRecord(partial);
    expect(parsed.success).toBe(true);
    expect(missingForExport(partial)).toEqual([
      'Enter who the information is being shared with',
      'The person has not been told: write the rationale for sharing without telling them',
    ]);
  });
});

describe('missingForExport: each kind of gap, as a sentence saying what to do', () => {
  const gap = (record: ConsentRecord) => missingForExport(record);

  it('legal-and-security §E case 15: a child with no parental-consent decision recorded is blocked', () => {
    const { [consentItemLabels.parentsTold]: _told, ...rest } = child.items;
    expect(gap({ ...child, items: rest })).toEqual(['Record whether the child’s parents or guardian were told, and why or why not']);
    // A 16- or 17-year-old's own consent, and a child whose consent was not sought, need it too.
    expect(gap({ ...child, ageBand: '16-17', items: { ...rest, [consentItemLabels.competence]: '' } })).toEqual([
      'Record whether the child’s parents or guardian were told, and why or why not',
    ]);
    expect(gap({ ...notSought, ageBand: 'under-16', items: { ...notSought.items, [consentItemLabels.competence]: 'Competent' } })).toEqual([
      'Record whether the child’s parents or guardian were told, and why or why not',
    ]);
  });

  it('a child who is not competent: the parent’s consent is the parental decision; the competence reasoning is still needed', () => {
    const parent: ConsentRecord = {
      ...child,
      row: 3,
      rowsFollowed: [3],
      consentFrom: 'parent-or-guardian',
      items: items({ whoConsented: 'Father', consentedTo: 'The referral', consentDate: '28/02/2025', howInformed: 'Phone' }),
    };
    expect(gap(parent)).toEqual(['Record the Gillick competence assessment and your reasoning']);
  });

  it('a child whose family is implicated: why the parent was not asked, and who decided', () => {
    expect(
      gap({
        ...familyImplicated,
        items: { ...familyImplicated.items, [consentItemLabels.whyParentNotAsked]: '', [consentItemLabels.whoDecidedNotToAskParent]: ' ' },
      }),
    ).toEqual(['Record why the parent or guardian was not asked', 'Record who decided not to ask the parent or guardian']);
  });

  it('legal-and-security §E case 16: "not informed" with no lawful basis or rationale is blocked', () => {
    expect(gap({ ...notSought, basis: '', rationale: '' })).toEqual([
      'The person has not been told: record the lawful basis for sharing without telling them',
      'The person has not been told: write the rationale for sharing without telling them',
    ]);
    expect(gap({ ...notSought, informedNotes: '' })).toEqual(['Record why the person has not been told about the referral']);
    expect(gap({ ...notSought, legalGateways: [' '] })).toEqual(['Record the legal gateways you are relying on']);
  });

  it('told about the referral: their response', () => {
    expect(gap({ ...consented, informedNotes: '' })).toEqual(['Record the person’s response when they were told about the referral']);
  });

  it('Caldicott Guardian or IG consulted: their name', () => {
    expect(gap({ ...notSought, caldicottOrIgName: '' })).toEqual(['Enter the name of the Caldicott Guardian or IG lead you consulted']);
    expect(gap({ ...notSought, caldicottOrIgConsulted: 'no', caldicottOrIgName: '' })).toEqual([]);
  });

  it('the mandatory items of every case', () => {
    expect(
      gap({
        ...notSought,
        recordsSearch: { knownToService: 'no', searchMade: '' },
        capacityOrCompetenceNotes: '',
        justification: '',
        minimumData: '',
        decisionMaker: { name: '', role: '' },
        recipients: '',
        rationaleWordingApproved: '',
      }),
    ).toEqual([
      'Record the records search you made: is the person known to the service or practice?',
      'Enter who the information is being shared with',
      'Enter your notes on the person’s capacity or competence to decide',
      'Enter the public-interest justification',
      'Enter what will be shared and why it is the minimum necessary',
      'Enter the name of the person who made the decision',
      'Enter the role of the person who made the decision',
      'Keep the note on whether your Information Governance lead has approved the rationale wording',
    ]);
  });

  it('the age, except where the route never needed it (rows 8 and 9)', () => {
    expect(gap({ ...notSought, ageBand: null })).toEqual(['Record whether the person is under 18']);
    expect(gap(terrorism)).toEqual([]);
  });

  it('consent: who, to what, when, how informed', () => {
    expect(gap({ ...consented, items: {} })).toEqual([
      'Record who consented',
      'Record what they consented to: the referral, and sharing with the local authority and the police',
      'Enter the date consent was given',
      'Record how the person was informed about the referral',
    ]);
  });

  it('capacity in doubt (row 4): assessor, date, outcome', () => {
    expect(gap({ ...consented, rowsFollowed: [4, 1] })).toEqual([
      'Enter who assessed the person’s capacity',
      'Enter the date of the capacity assessment',
      'Record the outcome of the capacity assessment for this decision',
    ]);
  });

  it('best interests (row 5): the reasoning and who was consulted', () => {
    const bestInterests: ConsentRecord = {
      ...notSought,
      outcome: 'BASIS_BEST_INTERESTS',
      row: 5,
      rowsFollowed: [4, 5],
      notSoughtReason: 'lacks-capacity-best-interests',
      route: decisionTable[5].route,
      basis: para6,
      items: items({ capacityAssessor: 'Alex', capacityAssessedOn: '27/02/2025', capacityOutcome: 'Lacks capacity', bestInterestsReasoning: 'Protects them' }),
    };
    expect(gap(bestInterests)).toEqual(['Record who was consulted for the best-interests decision']);
    expect(gap({ ...bestInterests, justification: '' })).toEqual([
      'Record who was consulted for the best-interests decision',
      'Enter the best-interests justification',
    ]);
  });

  it('refusal (row 6): who refused and their reasons; public interest: harm weighed, why it outweighs, why necessary and proportionate', () => {
    const refused: ConsentRecord = { ...notSought, row: 6, rowsFollowed: [6], consentStatus: 'refused', notSoughtReason: null, items: {} };
    expect(gap(refused)).toEqual([
      'Record who refused consent',
      'Record the reasons given for refusing consent',
      'Record the harm you weighed',
      'Record why the public interest outweighs confidentiality',
      'Record why sharing is necessary and proportionate',
      // An adult's refusal (§A.1 item 3): whether it may not be free, and whether they have care and support needs.
      'Record whether grooming or coercion may be shaping the refusal',
      'Record whether the person has care and support needs',
    ]);
  });

  it('a child’s or parent’s refusal (§A.1 item 1): the significant-harm answer, then the social care referral', () => {
    const refused: ConsentRecord = {
      ...familyImplicated,
      row: 6,
      rowsFollowed: [6],
      consentStatus: 'refused',
      notSoughtReason: null,
      consentFrom: 'parent-or-guardian',
      familyImplicated: 'no',
      items: { ...familyImplicated.items, ...items({ refusedBy: 'Mother', refusalReasons: 'Family matter' }) },
    };
    expect(gap({ ...refused, article9Condition: null })).toContain('Answer whether not sharing would leave the child, or others, at risk of significant harm');
    expect(gap({ ...refused, significantHarm: 'yes' })).toEqual([
      'Record the significant harm the child, or others, would be at risk of',
      'Record whether a referral to children’s social care was considered, made or is not needed',
    ]);
  });

  it('the basis (§A.1 item 4): a record kept before the choice existed still reads, and export names the missing choice', () => {
    const old: Record<string, unknown> = { ...notSought };
    for (const key of [
      'familyImplicated',
      'significantHarm',
      'socialCareReferral',
      'coercionConcern',
      'careAndSupportNeeds',
      'article9Condition',
      'offenceData',
      'article10Condition',
      'appropriatePolicyDocument',
    ])
      delete old[key];
    expect(parseConsentRecord(old).success).toBe(true);
    expect(missingForExport(old)).toEqual([missingBasis.article9, missingBasis.offenceData, missingBasis.policyUnknown]);
    expect(gap({ ...notSought, offenceData: 'yes' })).toEqual([missingBasis.article10]);
    expect(gap({ ...notSought, appropriatePolicyDocument: 'no' })).toEqual([missingBasis.policyNotCovering]);
  });

  it('the basis: a condition that does not fit the route is a contradiction, not a gap', () => {
    // Paragraph 10 needs consent to prejudice the purpose: never on a consent route.
    expect(parseConsentRecord({ ...consented, article9Condition: 'sch1-para10' }).success).toBe(false);
    // Paragraph 18 is for children and adults at risk.
    expect(parseConsentRecord({ ...notSought, article9Condition: 'sch1-para18' }).success).toBe(false);
    expect(parseConsentRecord({ ...notSought, careAndSupportNeeds: 'yes', article9Condition: 'sch1-para18' }).success).toBe(true);
    expect(parseConsentRecord({ ...notSought, offenceData: 'no', article10Condition: 'sch1-para6' }).success).toBe(false);
  });

  it('not sought (row 7): why asking would increase the risk; not sought with no reason at all', () => {
    expect(gap({ ...notSought, items: { ...notSought.items, [consentItemLabels.whyConsentNotSought]: '' } })).toEqual([
      'Record why asking for consent would increase the risk or prejudice the outcome',
    ]);
    expect(gap({ ...notSought, notSoughtReason: null, items: { ...notSought.items } })).toEqual(['Record why consent was not sought']);
  });

  it('terrorism planning (row 8): time of police contact, who, what was shared', () => {
    expect(gap({ ...terrorism, items: {} })).toEqual([
      'Enter the time you contacted the police',
      'Record who you contacted at the police (999, the Anti-Terrorist Hotline or a named officer)',
      'Record what was shared with the police',
      'Record the concern or evidence that the person is planning or undertaking terrorist acts',
    ]);
  });

  it('urgent triage (row 9): with whom, what, why urgent, and the follow-up on consent, wherever the route went next', () => {
    expect(gap({ ...consented, rowsFollowed: [9, 1] })).toEqual([
      'Record who the information was shared with during urgent triage',
      'Record what was shared during urgent triage',
      'Record why it was urgent to share before seeking consent',
      'Record the follow-up on consent after urgent triage',
    ]);
  });

  it('not sharing: the other support offered; no recipients, basis or gateways needed', () => {
    expect(gap({ ...doNotShare, items: { ...doNotShare.items, [consentItemLabels.otherSupport]: '' } })).toEqual([
      'Record the other support offered, or why none was offered',
    ]);
    expect(gap({ ...doNotShare, minimumData: '', justification: '' })).toEqual([
      'Enter why there is no lawful basis to share',
      'Record that no information will be shared',
    ]);
  });
});

describe('page schemas', () => {
  it('the public-interest test: "yes" needs the harm, the weighing and the proportionality; "no" needs why not', () => {
    expect(publicInterestSchema.safeParse({ justified: 'yes', harmWeighed: 'a', whyOutweighs: 'b', necessaryAndProportionate: 'c' }).success).toBe(true);
    expect(
      publicInterestSchema
        .safeParse({ justified: 'yes', harmWeighed: '', whyOutweighs: 'b', necessaryAndProportionate: '' })
        .error?.issues.map((i) => i.message),
    ).toEqual(['Enter the harm you weighed', 'Enter why sharing is necessary and proportionate']);
    expect(
      publicInterestSchema.safeParse({ justified: 'no', harmWeighed: '', whyOutweighs: '', necessaryAndProportionate: '' }).error?.issues.map((i) => i.message),
    ).toEqual(['Enter why the public-interest justification is not made out']);
  });

  it('IG consulted: a name when yes', () => {
    expect(igConsultationSchema.safeParse({ consulted: 'yes', name: ' ', advice: '' }).error?.issues[0]?.message).toBe(
      'Enter the name of the Caldicott Guardian or IG lead you consulted',
    );
    expect(igConsultationSchema.safeParse({ consulted: 'no', name: '', advice: '' }).success).toBe(true);
  });
});

describe('needsParentsTold', () => {
  it.each([
    ['an adult', { ageBand: '18-or-over', consentFrom: 'individual', notSoughtReason: null, row: 1 }, false],
    ['a competent child', { ageBand: 'under-16', consentFrom: 'individual', notSoughtReason: null, row: 2 }, true],
    ['a 16- or 17-year-old lacking capacity', { ageBand: '16-17', consentFrom: null, notSoughtReason: 'lacks-capacity-best-interests', row: 5 }, true],
    ['a child whose parent was asked', { ageBand: 'under-16', consentFrom: 'parent-or-guardian', notSoughtReason: null, row: 3 }, false],
    ['a child whose family is implicated', { ageBand: 'under-16', consentFrom: null, notSoughtReason: 'family-implicated', row: 3 }, false],
    ['a child under row 8', { ageBand: 'under-16', consentFrom: null, notSoughtReason: 'terrorism-planning', row: 8 }, false],
  ] as const)('%s → %s', (_who, record, expected) => {
    expect(needsParentsTold(record)).toBe(expected);
  });
});

describe('J3 "Have you informed the Individual that you are making this referral?"', () => {
  it('row 8 (terrorism planning) → always no', () => {
    expect(j3Answer(terrorism)).toBe('no');
    expect(j3Answer({ ...terrorism, informed: 'yes' })).toBe('no');
  });
  it('consent obtained → yes', () => {
    expect(j3Answer(consented)).toBe('yes');
    expect(j3Answer(child)).toBe('yes');
  });
  it('otherwise what the lead recorded', () => {
    expect(j3Answer(notSought)).toBe('no');
    const refusedAndTold: ConsentRecord = { ...notSought, row: 6, rowsFollowed: [6], consentStatus: 'refused', notSoughtReason: null, informed: 'yes' };
    expect(j3Answer(refusedAndTold)).toBe('yes');
    expect(j3Answer(familyImplicated)).toBe('no');
  });
});
