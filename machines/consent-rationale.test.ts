import { describe, expect, it } from 'vitest';
import { consentItemLabels, routeVariants, type ConsentDraft, type ConsentSubject } from '../forms/consent-record.schema';
import { buildRationale, emailBasisWording, MODEL_WORDING_NOTE } from './consent-rationale';
import { tableEntry } from './consent.machine';

/**
 * The wording, row by row: the corrected model wording (legal-and-security §A) for sharing without
 * consent, its variants for best interests and for a child whose family is implicated, and consent
 * wording; always with the note that IG must approve local wording.
 */

type Case = { name: string; draft: ConsentDraft };

const settled = (draft: ConsentDraft): ConsentDraft => ({ ...draft, ...tableEntry(draft.row!, draft.outcome!) });

const cases = {
  row1: settled({ row: 1, rowsFollowed: [1], outcome: 'BASIS_CONSENT', consentStatus: 'obtained', consentFrom: 'individual', informed: 'yes', ageBand: '18-or-over', items: { [consentItemLabels.whoConsented]: 'The patient', [consentItemLabels.consentDate]: '28/02/2025' } }),
  row2: settled({ row: 2, rowsFollowed: [2], outcome: 'BASIS_CONSENT', consentStatus: 'obtained', consentFrom: 'individual', informed: 'yes', ageBand: 'under-16', items: { [consentItemLabels.competence]: 'Understands fully' } }),
  row2sixteen: settled({ row: 2, rowsFollowed: [2], outcome: 'BASIS_CONSENT', consentStatus: 'obtained', consentFrom: 'individual', informed: 'yes', ageBand: '16-17', items: {} }),
  row3: settled({ row: 3, rowsFollowed: [3], outcome: 'BASIS_CONSENT', consentStatus: 'obtained', consentFrom: 'parent-or-guardian', informed: 'yes', ageBand: 'under-16', items: {} }),
  row3family: settled({
    row: 3,
    rowsFollowed: [3],
    outcome: 'BASIS_PUBLIC_INTEREST',
    consentStatus: 'not-sought',
    notSoughtReason: 'family-implicated',
    informed: 'no',
    ageBand: 'under-16',
    items: { [consentItemLabels.whyParentNotAsked]: 'An adult at home is implicated', [consentItemLabels.whoDecidedNotToAskParent]: 'Sam Lead' },
  }),
  row5: settled({
    row: 5,
    rowsFollowed: [4, 5],
    outcome: 'BASIS_BEST_INTERESTS',
    consentStatus: 'not-sought',
    notSoughtReason: 'lacks-capacity-best-interests',
    informed: 'no',
    items: { [consentItemLabels.bestInterestsConsulted]: 'Sister and support worker', [consentItemLabels.bestInterestsReasoning]: 'Protects them from exploitation.' },
  }),
  row6: settled({
    row: 6,
    rowsFollowed: [6],
    outcome: 'BASIS_PUBLIC_INTEREST',
    consentStatus: 'refused',
    informed: 'no',
    items: { [consentItemLabels.refusalReasons]: 'Not your business', [consentItemLabels.harmWeighed]: 'Threats to residents' },
  }),
  row7: settled({ row: 7, rowsFollowed: [7], outcome: 'BASIS_PUBLIC_INTEREST', consentStatus: 'not-sought', notSoughtReason: 'asking-increases-risk', informed: 'no', items: {} }),
  row8: settled({ row: 8, rowsFollowed: [8], outcome: 'BASIS_SERIOUS_CRIME', consentStatus: 'not-sought', notSoughtReason: 'terrorism-planning', informed: 'no', items: { [consentItemLabels.sharedWithPolice]: 'Name and address' } }),
  row9: settled({ row: 9, rowsFollowed: [9], outcome: 'BASIS_URGENT_TRIAGE', consentStatus: 'not-sought', notSoughtReason: 'urgent-triage-pending', informed: 'no', items: { [consentItemLabels.triageFollowUp]: 'Seek consent on Tuesday' } }),
} satisfies Record<string, ConsentDraft>;

const withoutConsent = [
  { name: 'row 6 (refused; public interest)', draft: cases.row6 },
  { name: 'row 7 (not sought; public interest)', draft: cases.row7 },
  { name: 'row 8 (terrorism planning)', draft: cases.row8 },
] satisfies Case[];

const all: Case[] = Object.entries(cases).map(([name, draft]) => ({ name, draft }));
const subjects = ['patient', 'service user', 'colleague'] as const satisfies readonly ConsentSubject[];

/** The corrected sentence from legal-and-security §A, exactly. */
const CORRECTED_EXEMPTION =
  'I am applying the exemption in the Data Protection Act 2018, Schedule 2, Part 1, paragraph 2 (the prevention or detection of crime) in order to protect wider members of the public from harm, and I am acting in accordance with the permissible power in Section 115 of the Crime and Disorder Act 1998.';
const CORRECTED_CLOSE = 'I believe this is reasonable and justified, appropriate, proportionate and necessary action which is in the wider public interest.';

describe('rationale wording', () => {
  it.each(withoutConsent)('$name: the corrected model wording, with "paragraph 2" and "Section 115"', ({ draft }) => {
    const { text } = buildRationale(draft, 'patient');
    expect(text).toContain('paragraph 2');
    expect(text).toContain('Section 115');
    expect(text).toContain(CORRECTED_EXEMPTION);
    expect(text).toContain(CORRECTED_CLOSE);
    expect(text).toContain('Article 6(1)(e)');
  });

  it('row 7 opens with the whole corrected model wording, word for word, for each kind of person', () => {
    for (const subject of subjects) {
      expect(buildRationale(cases.row7, subject).text.startsWith(`This referral is being made without seeking the prior consent of the ${subject}. ${CORRECTED_EXEMPTION} ${CORRECTED_CLOSE}`)).toBe(true);
    }
  });

  it('row 6 says the person was asked and refused, and gives their reasons and the harm weighed', () => {
    const { text } = buildRationale(cases.row6, 'service user');
    expect(text).toContain('without the consent of the service user, who was asked for consent and refused');
    expect(text).toContain('Reasons given for refusal: Not your business.');
    expect(text).toContain('Harm weighed: Threats to residents.');
    expect(text).toContain('Data Protection Officer');
  });

  it('row 8 says why the person has not been told', () => {
    expect(buildRationale(cases.row8, 'patient').text).toContain('to ensure the safety of others, they have not been told');
  });

  it('row 9 says the sharing was limited, urgent and before consent, and what follows', () => {
    const { text } = buildRationale(cases.row9, 'patient');
    expect(text).toContain('Limited and proportionate information has been shared before seeking the consent of the patient');
    expect(text).toContain('paragraph 2');
    expect(text).toContain('Urgent triage: follow-up on consent: Seek consent on Tuesday.');
  });

  it('row 5: the best-interests variant, with who was consulted; Schedule 1 paragraph 18, and no exemption claimed', () => {
    const { text } = buildRationale(cases.row5, 'patient');
    expect(text).toContain('lacking capacity to make this decision');
    expect(text).toContain('best interests');
    expect(text).toContain('Who was consulted for the best-interests decision: Sister and support worker.');
    expect(text).toContain('Best-interests reasoning: Protects them from exploitation.');
    expect(text).not.toContain('Protects them from exploitation..');
    expect(text).toContain('paragraph 18');
    expect(text).not.toContain('Schedule 2');
  });

  it('row 3 variant: the child whose family is implicated, with why the parent was not asked', () => {
    const { text } = buildRationale(cases.row3family, 'patient');
    expect(text).toContain('without seeking the consent or knowledge of the child’s family');
    expect(text).toContain('protect the child and wider members of the public from harm');
    expect(text).toContain('Section 115');
    expect(text).toContain('paragraph 18');
    expect(text).toContain('Why the parent or guardian was not asked: An adult at home is implicated.');
  });

  it.each([
    ['row 1', cases.row1, 'with the informed consent of the patient'],
    ['row 2', cases.row2, 'Gillick competent'],
    ['row 2, aged 16 or 17', cases.row2sixteen, '16 or over and has capacity'],
    ['row 3', cases.row3, 'informed consent of the child’s parent or guardian'],
  ] as const)('%s: consent wording, without any exemption', (_row, draft, words) => {
    const { text } = buildRationale(draft, 'patient');
    expect(text).toContain(words);
    expect(text).toContain('Article 9(2)(a)');
    expect(text).not.toContain('paragraph 2 ');
    expect(text).not.toContain('without');
  });

  it('row 1 includes what was recorded', () => {
    expect(buildRationale(cases.row1, 'patient').text).toContain('Who consented: The patient. Date consent was given: 28/02/2025.');
  });

  it('a person who was told needs no exemption from telling them: Section 115 stays, paragraph 2 goes', () => {
    const { text } = buildRationale({ ...cases.row6, informed: 'yes' }, 'patient');
    expect(text).not.toContain('paragraph 2');
    expect(text).toContain('Section 115');
  });

  it('not sharing: says so, and why', () => {
    expect(buildRationale({ ...cases.row6, ...tableEntry(6, 'NO_LAWFUL_BASIS'), outcome: 'NO_LAWFUL_BASIS', route: routeVariants.refusalRespected }, 'patient').text).toContain(
      'their refusal is respected',
    );
    expect(buildRationale({ ...cases.row7, ...tableEntry(7, 'NO_LAWFUL_BASIS'), outcome: 'NO_LAWFUL_BASIS' }, 'patient').text).toContain('no other lawful basis to share has been identified');
  });

  it('a draft whose route has not settled has no wording yet', () => {
    expect(buildRationale({}, 'patient')).toEqual({ text: '', note: MODEL_WORDING_NOTE });
  });

  it.each(all)('$name: marked as model wording for IG approval, in a separate note', ({ draft }) => {
    const { text, note } = buildRationale(draft, 'patient');
    expect(note).toBe('Model wording: your organisation’s Information Governance lead must approve local wording before use.');
    expect(text).not.toContain('Model wording');
  });

  it.each(all)('$name: none of the seed’s errors (no "para i.e.", no unhyphenated marking, no Caldicott 7 as a gateway)', ({ draft }) => {
    for (const text of [buildRationale(draft, 'patient').text, emailBasisWording(draft) ?? '']) {
      expect(text).not.toMatch(/para\.? i\.e\./i);
      expect(text).not.toMatch(/OFFICIAL SENS?TIVE/i);
      expect(text).not.toMatch(/Caldicott/i);
      expect(text).not.toMatch(/principle 7|7th/i);
      expect(text).not.toContain('(**delete');
      expect(text).not.toContain('[verify');
      // Paragraph 2 is an exemption, never "the lawful basis".
      expect(text).not.toMatch(/lawful basis[^.]*Schedule 2/);
    }
  });
});

describe('email basis wording', () => {
  it.each(withoutConsent)('$name: the basis wording, without the case’s details', ({ draft }) => {
    const wording = emailBasisWording({ ...draft, subject: 'colleague' });
    expect(wording).toContain('paragraph 2');
    expect(wording).toContain('Section 115');
    expect(wording).toContain('colleague');
    expect(wording).not.toContain('Harm weighed');
    expect(wording).not.toContain('Reasons given');
  });

  it('whenever the person was not told or did not consent: rows 3 (family), 5, 9', () => {
    expect(emailBasisWording(cases.row3family)).toContain('family');
    expect(emailBasisWording(cases.row5)).toContain('best interests');
    expect(emailBasisWording(cases.row9)).toContain('urgently needed');
  });

  it('told but did not consent (refused): still explains the basis', () => {
    expect(emailBasisWording({ ...cases.row6, informed: 'yes' })).toContain('who was asked for consent and refused');
  });

  it('consented and told, or nothing shared: no basis wording', () => {
    expect(emailBasisWording(cases.row1)).toBeNull();
    expect(emailBasisWording(cases.row2)).toBeNull();
    expect(emailBasisWording(cases.row3)).toBeNull();
    expect(emailBasisWording({ ...cases.row7, ...tableEntry(7, 'NO_LAWFUL_BASIS'), outcome: 'NO_LAWFUL_BASIS' })).toBeNull();
    expect(emailBasisWording({})).toBeNull();
  });
});

