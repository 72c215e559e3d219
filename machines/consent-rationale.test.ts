import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conditionsFor,
  consentItemLabels,
  scheduleOneConditionIds,
  type ConsentDraft,
  type ConsentItemKey,
  type ConsentSubject,
  type ScheduleOneCondition,
} from '../forms/consent-record.schema';
import { basisStatement, buildRationale, consentStatusStatement, emailBasisWording, MODEL_WORDING_NOTE, modelBasisParagraph } from './consent-rationale';
import { tableEntry } from './consent.machine';

/**
 * The wording, sentence by sentence from the record (legal-and-security §A corrected template, §A.1):
 * each route's sentences, and a property over generated records: no sentence claims a consultation,
 * confirmation or fact the record does not hold, and paragraph 2 appears if and only if the person
 * has not been told.
 */

const settled = (draft: ConsentDraft): ConsentDraft => ({ ...draft, ...tableEntry(draft.row!, draft.outcome!) });
const labelled = (entries: Partial<Record<ConsentItemKey, string>>) =>
  Object.fromEntries(Object.entries(entries).map(([key, value]) => [consentItemLabels[key as ConsentItemKey], value]));
const basis = (article9Condition: ScheduleOneCondition, offence?: ScheduleOneCondition): Partial<ConsentDraft> => ({
  article9Condition,
  offenceData: offence ? 'yes' : 'no',
  article10Condition: offence ?? null,
  appropriatePolicyDocument: 'yes',
});

const cases = {
  row1: settled({
    row: 1,
    rowsFollowed: [1],
    outcome: 'BASIS_CONSENT',
    consentStatus: 'obtained',
    consentFrom: 'individual',
    informed: 'yes',
    ageBand: '18-or-over',
    ...basis('sch1-para6'),
    items: labelled({ whoConsented: 'The patient', consentDate: '28/02/2025' }),
  }),
  row2: settled({
    row: 2,
    rowsFollowed: [2],
    outcome: 'BASIS_CONSENT',
    consentStatus: 'obtained',
    consentFrom: 'individual',
    informed: 'yes',
    ageBand: 'under-16',
    ...basis('sch1-para6'),
    items: labelled({ competence: 'Understands fully' }),
  }),
  row3: settled({
    row: 3,
    rowsFollowed: [3],
    outcome: 'BASIS_CONSENT',
    consentStatus: 'obtained',
    consentFrom: 'parent-or-guardian',
    informed: 'yes',
    ageBand: 'under-16',
    ...basis('sch1-para6'),
    items: {},
  }),
  row3family: settled({
    row: 3,
    rowsFollowed: [3],
    outcome: 'BASIS_PUBLIC_INTEREST',
    consentStatus: 'not-sought',
    notSoughtReason: 'family-implicated',
    familyImplicated: 'yes',
    consentFrom: null,
    informed: 'no',
    ageBand: 'under-16',
    ...basis('sch1-para18'),
    items: labelled({ whyParentNotAsked: 'An adult at home is implicated', whoDecidedNotToAskParent: 'Sam Lead' }),
  }),
  row5: settled({
    row: 5,
    rowsFollowed: [4, 5],
    outcome: 'BASIS_BEST_INTERESTS',
    consentStatus: 'not-sought',
    notSoughtReason: 'lacks-capacity-best-interests',
    careAndSupportNeeds: 'yes',
    informed: 'yes',
    ageBand: '18-or-over',
    ...basis('sch1-para18'),
    items: labelled({ bestInterestsConsulted: 'Sister and support worker', bestInterestsReasoning: 'Protects them from exploitation.' }),
  }),
  row6: settled({
    row: 6,
    rowsFollowed: [6],
    outcome: 'BASIS_PUBLIC_INTEREST',
    consentStatus: 'refused',
    consentFrom: 'individual',
    coercionConcern: 'no',
    careAndSupportNeeds: 'no',
    informed: 'no',
    ageBand: '18-or-over',
    ...basis('sch1-para6'),
    items: labelled({ refusalReasons: 'Not your business', harmWeighed: 'Threats to residents' }),
  }),
  row6child: settled({
    row: 6,
    rowsFollowed: [6],
    outcome: 'BASIS_PUBLIC_INTEREST',
    consentStatus: 'refused',
    consentFrom: 'parent-or-guardian',
    significantHarm: 'yes',
    socialCareReferral: 'made',
    informed: 'no',
    ageBand: 'under-16',
    ...basis('sch1-para18'),
    items: labelled({ refusalReasons: 'Family matter', significantHarm: 'Groomed online', socialCareReferral: 'Made' }),
  }),
  row7: settled({
    row: 7,
    rowsFollowed: [7],
    outcome: 'BASIS_PUBLIC_INTEREST',
    consentStatus: 'not-sought',
    notSoughtReason: 'asking-increases-risk',
    informed: 'no',
    ageBand: '18-or-over',
    ...basis('sch1-para10'),
    items: {},
  }),
  row8: settled({
    row: 8,
    rowsFollowed: [8],
    outcome: 'BASIS_SERIOUS_CRIME',
    consentStatus: 'not-sought',
    notSoughtReason: 'terrorism-planning',
    informed: 'no',
    ageBand: null,
    ...basis('sch1-para10', 'sch1-para10'),
    items: labelled({ terrorismEvidence: 'A plan with a date and a place', sharedWithPolice: 'Name and address' }),
  }),
  row9: settled({
    row: 9,
    rowsFollowed: [9],
    outcome: 'BASIS_URGENT_TRIAGE',
    consentStatus: 'not-sought',
    notSoughtReason: 'urgent-triage-pending',
    informed: 'no',
    ...basis('sch1-para6'),
    items: labelled({ triageFollowUp: 'Seek consent on Tuesday' }),
  }),
} satisfies Record<string, ConsentDraft>;

const subjects = ['patient', 'service user', 'colleague'] as const satisfies readonly ConsentSubject[];

describe('the basis statement, sentence by sentence', () => {
  it.each(subjects)('row 7 follows the corrected template word for word, for a %s', (subject) => {
    expect(basisStatement({ ...cases.row7, subject })).toEqual([
      `This referral is being made without the prior consent of the ${subject}.`,
      'Consent has not been sought, because asking for it would increase the risk or prejudice the outcome.',
      'I am sharing this information in the public interest, which in this case outweighs the duty of confidentiality.',
      'The lawful basis is UK GDPR Article 6(1)(e) (public task), with Article 9(2)(g) (substantial public interest) and the Data Protection Act 2018, Schedule 1, paragraph 10 (preventing or detecting unlawful acts).',
      'I am acting under the power (not a duty) in section 115 of the Crime and Disorder Act 1998.',
      'The person has not been told, because telling them would be likely to prejudice the prevention or detection of crime (Data Protection Act 2018, Schedule 2, Part 1, paragraph 2).',
      'I believe this sharing is necessary, proportionate and limited to the minimum needed.',
    ]);
  });

  it('names the Article 9 condition the lead chose, and Article 10 only where alleged offences are involved', () => {
    expect(basisStatement(cases.row8).join(' ')).toContain('Article 10 with the Data Protection Act 2018, Schedule 1, paragraph 10');
    expect(basisStatement(cases.row7).join(' ')).not.toContain('Article 10');
    expect(basisStatement(cases.row3family).join(' ')).toContain('paragraph 18 (safeguarding of children and of individuals at risk)');
    expect(basisStatement({ ...cases.row7, article9Condition: null }).join(' ')).not.toContain('Article 9');
  });

  it('consent routes: with consent, no public interest, no section 115, no paragraph 2', () => {
    for (const draft of [cases.row1, cases.row2, cases.row3]) {
      const text = basisStatement(draft).join(' ');
      expect(text).toContain('with the informed consent of');
      expect(text).toContain('Article 6(1)(e)');
      expect(text).not.toMatch(/in the public interest|section 115|paragraph 2/);
    }
    expect(basisStatement(cases.row3)[0]).toBe('This referral is being made with the informed consent of the child’s parent or guardian.');
  });

  it('a child’s or parent’s refusal with significant harm; a child whose family is implicated', () => {
    expect(basisStatement(cases.row6child)).toContain(
      'The child’s parent or guardian refused consent, and not sharing would leave the child, or others, at risk of significant harm.',
    );
    expect(basisStatement(cases.row3family)).toContain(
      'The child’s family has not been asked, because the family is implicated in the concern or telling them would put the child at risk of harm.',
    );
  });

  it('best interests, told: no paragraph 2; section 115 as a power', () => {
    const text = basisStatement(cases.row5).join(' ');
    expect(text).toContain('in their best interests');
    expect(text).not.toContain('paragraph 2');
    expect(text).toContain('the power (not a duty) in section 115');
  });

  it('nothing shared: no statement, no email wording', () => {
    const refusalRespected = settled({ row: 6, rowsFollowed: [6], outcome: 'NO_LAWFUL_BASIS', consentStatus: 'refused', informed: 'no', items: {} });
    expect(basisStatement(refusalRespected)).toEqual([]);
    expect(emailBasisWording(refusalRespected)).toBeNull();
    expect(basisStatement({})).toEqual([]);
  });
});

describe('the consent status in plain words', () => {
  it.each([
    [cases.row1, 'Consent to this referral was given by the person. The person has been told about this referral.'],
    [cases.row3, 'Consent to this referral was given by the child’s parent or guardian. The person has been told about this referral.'],
    [cases.row6child, 'Consent to this referral was refused by the child’s parent or guardian. The person has not been told about this referral.'],
    [
      cases.row8,
      'Consent to this referral was not sought, because there is concern or evidence that the person is planning or undertaking terrorist acts. The person has not been told about this referral.',
    ],
  ] as const)('%#', (draft, words) => {
    expect(consentStatusStatement(draft)).toBe(words);
  });
});

describe('the email wording and the rationale', () => {
  it('the email explains the basis whenever the person was not told or did not consent; not when they consented and were told', () => {
    expect(emailBasisWording(cases.row1)).toBeNull();
    for (const draft of [cases.row3family, cases.row6, cases.row7, cases.row8, cases.row9])
      expect(emailBasisWording(draft)).toBe(basisStatement(draft).join(' '));
  });

  it('the rationale opens with the basis paragraph, then what was recorded, then who was consulted, only as recorded', () => {
    const consulted = { ...cases.row6, caldicottOrIgConsulted: 'yes' as const, caldicottOrIgName: 'Dr Jo Guardian', caldicottOrIgAdvice: 'Agreed' };
    const { text, note } = buildRationale(consulted, 'patient');
    expect(text.startsWith(modelBasisParagraph(consulted, 'patient'))).toBe(true);
    expect(text).toContain('Reasons given for refusal: Not your business.');
    expect(text).toContain('Dr Jo Guardian was consulted as the Caldicott Guardian or Information Governance lead. Their advice: Agreed.');
    expect(note).toBe(MODEL_WORDING_NOTE);
    expect(buildRationale({ ...cases.row6, caldicottOrIgConsulted: 'no' }, 'patient').text).toContain('was not consulted before this decision');
    expect(buildRationale({}, 'patient').text).toBe('');
  });

  it('a pre-criminal case where the person is not told: the internal record flags that paragraph 2 may not apply; the referral does not', () => {
    const preCriminal = { ...cases.row7, offenceData: 'no' as const };
    expect(buildRationale(preCriminal, 'patient').text).toContain('may not apply');
    expect(basisStatement(preCriminal).join(' ')).not.toContain('may not apply');
    expect(buildRationale(cases.row8, 'patient').text).not.toContain('may not apply');
  });
});

// ---------------------------------------------------------------------------------------------
// The property: over generated records, nothing is claimed that the record does not hold.
// ---------------------------------------------------------------------------------------------

const routes: ConsentDraft[] = Object.values(cases);
const yesNoNull = fc.constantFrom('yes' as const, 'no' as const, null);
const condition = fc.constantFrom(...scheduleOneConditionIds);

const generatedRecord = fc
  .record({
    route: fc.constantFrom(...routes),
    subject: fc.constantFrom(...subjects),
    informed: fc.constantFrom('yes' as const, 'no' as const),
    article9: fc.option(condition, { nil: null }),
    offenceData: yesNoNull,
    article10: fc.option(condition, { nil: null }),
    consulted: yesNoNull,
    name: fc.constantFrom('', 'Dr Jo Guardian'),
    advice: fc.constantFrom('', 'Agreed the basis'),
    careAndSupportNeeds: yesNoNull,
    minimumData: fc.constantFrom('', 'The concern only'),
  })
  .map(({ route, subject, informed, article9, offenceData, article10, consulted, name, advice, careAndSupportNeeds, minimumData }): ConsentDraft => ({
    ...route,
    subject,
    // Consent obtained means the person was told (the schema's rule).
    informed: route.consentStatus === 'obtained' ? 'yes' : informed,
    article9Condition: article9,
    offenceData,
    article10Condition: offenceData === 'yes' ? article10 : null,
    ...(consulted === null ? {} : { caldicottOrIgConsulted: consulted, caldicottOrIgName: name, caldicottOrIgAdvice: advice }),
    careAndSupportNeeds,
    minimumData,
  }));

const NUM_RUNS = 300;

describe('property: the wording claims nothing the record does not hold', () => {
  it(`holds for ${NUM_RUNS} generated records (basisStatement, emailBasisWording, buildRationale)`, () => {
    let cases = 0;
    fc.assert(
      fc.property(generatedRecord, (record) => {
        cases += 1;
        const statement = basisStatement(record).join(' ');
        const email = emailBasisWording(record) ?? '';
        const rationale = buildRationale(record, record.subject ?? 'patient').text;
        const shares = record.outcome !== 'NO_LAWFUL_BASIS';
        const consultationNamed = record.caldicottOrIgConsulted === 'yes' && (record.caldicottOrIgName ?? '').trim() !== '';
        for (const text of [statement, email, rationale]) {
          // No confirmation by anyone, no Data Protection Officer, no working markers, never Caldicott principle 7.
          expect(text).not.toMatch(/confirmed|Data Protection Officer|\[verify|principle 7|Decision-table|row \d|004 ¶|domain-spec/i);
          // Article 9 and Article 10 only as chosen; each Schedule 1 paragraph only where the record chose it.
          if (record.article9Condition === null) expect(text).not.toContain('Article 9');
          if (!(record.offenceData === 'yes' && record.article10Condition)) expect(text).not.toContain('Article 10');
          for (const id of scheduleOneConditionIds) {
            const paragraph = `Schedule 1, paragraph ${id.replace('sch1-para', '')} `;
            if (record.article9Condition !== id && record.article10Condition !== id) expect(text).not.toContain(paragraph);
          }
        }
        // Consulted: only when the record names who was consulted; never in what leaves the building.
        if (!consultationNamed) expect(rationale).not.toMatch(/\bwas consulted as\b|Their advice/);
        for (const text of [statement, email]) expect(text).not.toMatch(/consulted|advice/i);
        // Paragraph 2 if and only if the person is not told (for a record that shares).
        if (shares) {
          const notTold = record.informed === 'no';
          expect(statement.includes('paragraph 2')).toBe(notTold);
          expect(rationale.includes('paragraph 2')).toBe(notTold);
          if (email !== '') expect(email.includes('paragraph 2')).toBe(notTold);
        }
        // Section 115 only as a power, and never for a referral made with consent.
        if (record.outcome === 'BASIS_CONSENT') expect(statement).not.toContain('section 115');
        if (statement.includes('section 115')) expect(statement).toContain('the power (not a duty) in section 115');
      }),
      { numRuns: NUM_RUNS, seed: 11 },
    );
    console.log(`consent wording property: ${cases} generated records checked`);
    expect(cases).toBe(NUM_RUNS);
  });

  it('every route the generator draws from offers at least one condition (the basis page never shows an empty choice)', () => {
    for (const route of routes) expect(conditionsFor(route).length).toBeGreaterThan(0);
  });
});
