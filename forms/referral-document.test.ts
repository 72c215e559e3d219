import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DocSection } from './document';
import { CLOSING_TEXT, RECIPIENTS_PLACEHOLDER, referralProcessSection, referralProcessText, referralToSections } from './referral-document';
import { emptyReferralDraft, referralSchema, type Referral, type ReferralDraft } from './referral-form.schema';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 23, 12, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

function draft(): ReferralDraft {
  const d = emptyReferralDraft();
  d.sections.individual = {
    ...d.sections.individual,
    forenames: 'Sam',
    surname: 'Not known',
    dateOfBirth: { day: '7', month: '3', year: '2009' },
    addresses: [
      { address: 'Old Farm\nLower Lane', postcode: 'sn11aa', current: false },
      { address: '', postcode: '', current: false },
      { address: 'Flat 2\n3 High Street\nSwindon', postcode: 'SN2 2BB', current: true },
    ],
    primaryLanguage: { firstLanguage: 'Polish', speaksEnglish: 'partly' },
    phones: [{ number: '07700 900123' }, { number: '' }, { number: '01632 960 001' }],
    emails: [{ address: '' }],
    familyDetails: 'Lives with mother.\nOlder brother visits.',
  };
  d.sections.concerns = { description: 'First line.\nSecond line.' };
  d.sections.firstIdentified = {
    wishesAnonymous: 'yes',
    forename: 'Alex',
    surname: 'Morgan',
    roleAndOrganisation: 'Teacher',
    relationship: 'Form tutor',
    phone: '',
    email: 'alex@example.com',
  };
  d.sections.referrer = {
    sameAsFirst: 'no',
    forename: 'Jo',
    surname: 'Patel',
    roleAndOrganisation: 'Designated Nurse, BSW ICB',
    relationship: '',
    phone: '0300 123 4567',
    email: '',
  };
  d.sections.preventContact = { ...d.sections.preventContact, sameAsReferrer: 'yes' };
  d.sections.dates = { concernCameToLight: { day: '2', month: '11', year: '2026' }, referralDate: { day: '23', month: '11', year: '2026' } };
  d.sections.safeguarding = {
    disabilities: { answer: 'no', details: '' },
    discussedWithLead: { answer: 'yes', details: 'Agreed to refer.' },
    informedIndividual: { answer: 'no', details: '' },
    directAction: { answer: 'no', details: '' },
    otherAgencies: { answer: 'yes', details: 'School safeguarding lead aware.' },
  };
  return d;
}

function referral(): Referral {
  const result = referralSchema.safeParse(draft());
  if (!result.success) throw new Error(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return result.data;
}

const sectionsOf = () => referralToSections(referral());
const row = (sections: readonly DocSection[], field: string) => sections.flatMap((s) => s.rows).find((r) => r.field === field);

describe('the referral as document sections', () => {
  it('has sections B to K in order, headed as on the form', () => {
    expect(sectionsOf().map((s) => s.heading)).toEqual([
      'B. INDIVIDUAL’S BIOGRAPHICAL & CONTACT DETAILS',
      'C. DESCRIBE CONCERNS',
      'D. COMPLEX NEEDS',
      'E. ANY OTHER INFORMATION',
      'F. PERSON WHO FIRST IDENTIFIED THE CONCERNS',
      'G. PERSON MAKING THIS REFERRAL (if different from above)',
      'H. REFERRER’S ORGANISATIONAL PREVENT CONTACT (if different from above)',
      'I. RELEVANT DATES',
      'J. SAFEGUARDING CONSIDERATIONS',
      'K. INDIVIDUAL’S EMPLOYMENT / EDUCATION DETAILS',
    ]);
  });

  it('labels each row as the national form does, with the field it came from', () => {
    const [individual] = sectionsOf();
    expect(individual?.rows.map((r) => [r.label, r.field])).toEqual([
      ['Forename(s)', 'individual.forenames'],
      ['Surname', 'individual.surname'],
      ['Date of Birth', 'individual.dateOfBirth'],
      ['Approx. Age (if DoB unknown)', 'individual.approxAge'],
      ['Gender', 'individual.gender'],
      ['Known Address(es)', 'individual.addresses'],
      ['Nationality / Citizenship', 'individual.nationality'],
      ['Immigration / Asylum Status', 'individual.immigrationStatus'],
      ['Primary Language', 'individual.primaryLanguage.firstLanguage'],
      ['Does the Individual speak / understand English?', 'individual.primaryLanguage.speaksEnglish'],
      ['Contact Number(s)', 'individual.phones'],
      ['Email Address(es)', 'individual.emails'],
      ['Any Other Family Details', 'individual.familyDetails'],
    ]);
    const labels = sectionsOf().flatMap((s) => s.rows.map((r) => r.label));
    for (const label of [
      'Describe concerns',
      'Complex needs',
      'Do they wish to remain anonymous?',
      'Professional Role & Organisation',
      'Date the concern first came to light',
      'Date referral made to Prevent',
      'Current School / College / University',
    ]) {
      expect(labels).toContain(label);
    }
  });

  it('writes values in words: names as entered, "Not known" kept, dates as DD/MM/YYYY', () => {
    const sections = sectionsOf();
    expect(row(sections, 'individual.forenames')?.value).toBe('Sam');
    expect(row(sections, 'individual.surname')?.value).toBe('Not known');
    expect(row(sections, 'individual.dateOfBirth')?.value).toBe('07/03/2009');
    expect(row(sections, 'dates.concernCameToLight')?.value).toBe('02/11/2026');
    expect(row(sections, 'dates.referralDate')?.value).toBe('23/11/2026');
    expect(row(sections, 'individual.primaryLanguage.firstLanguage')?.value).toBe('Polish');
    expect(row(sections, 'individual.primaryLanguage.speaksEnglish')?.value).toBe('Partly');
  });

  it('writes yes/no answers as "Yes" and "No", each follow-up as its own row', () => {
    const sections = sectionsOf();
    expect(row(sections, 'firstIdentified.wishesAnonymous')?.value).toBe('Yes');
    expect(row(sections, 'referrer.sameAsFirst')?.value).toBe('No');
    expect(row(sections, 'preventContact.sameAsReferrer')?.value).toBe('Yes');
    const j = sections.find((s) => s.heading.startsWith('J.'))?.rows ?? [];
    expect(j.map((r) => [r.label, r.value])).toEqual([
      ['Does the Individual have any stated or diagnosed disabilities, disorders or mental health issues?', 'No'],
      ['Please describe, including whether the concern has been diagnosed', ''],
      ['Have you discussed this Individual with your organisations Safeguarding / Prevent lead?', 'Yes'],
      ['What was the result of the discussion?', 'Agreed to refer.'],
      ['Have you informed the Individual that you are making this referral?', 'No'],
      ['What was the response?', ''],
      ['Have you taken any direct action with the Individual since receiving this information?', 'No'],
      ['What was the action & the result?', ''],
      ['Have you discussed your concerns around the Individual with any other agencies?', 'Yes'],
      ['What was the result of the discussion?', 'School safeguarding lead aware.'],
    ]);
    expect(j[3]?.field).toBe('safeguarding.discussedWithLead.details');
  });

  it('puts each address, number and email on its own line, marking the current address', () => {
    const sections = sectionsOf();
    expect(row(sections, 'individual.addresses')?.value).toBe('Old Farm, Lower Lane, SN1 1AA\nFlat 2, 3 High Street, Swindon, SN2 2BB (current)');
    expect(row(sections, 'individual.phones')?.value).toBe('07700 900123\n01632 960 001');
    expect(row(sections, 'individual.emails')?.value).toBe('');
  });

  it('keeps newlines inside long answers', () => {
    expect(row(sectionsOf(), 'concerns.description')?.value).toBe('First line.\nSecond line.');
    expect(row(sectionsOf(), 'individual.familyDetails')?.value).toBe('Lives with mother.\nOlder brother visits.');
  });

  it('leaves anything not given as an empty string, for the renderer to print "Not given"', () => {
    const sections = sectionsOf();
    for (const field of [
      'individual.approxAge',
      'individual.gender',
      'complexNeeds.description',
      'otherInformation.details',
      'preventContact.forename',
      'employment.currentOccupation',
      'firstIdentified.phone',
    ]) {
      expect(row(sections, field)?.value, field).toBe('');
    }
  });

  it('prints an approximate age as a number and leaves "Not known" postcodes out', () => {
    const d = draft();
    d.sections.individual.dateOfBirth = { day: '', month: '', year: '' };
    d.sections.individual.approxAge = '15';
    d.sections.individual.addresses = [{ address: 'Somewhere', postcode: 'not known', current: true }];
    const result = referralSchema.safeParse(d);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const sections = referralToSections(result.data);
    expect(row(sections, 'individual.approxAge')?.value).toBe('15');
    expect(row(sections, 'individual.dateOfBirth')?.value).toBe('');
    expect(row(sections, 'individual.addresses')?.value).toBe('Somewhere (current)');
  });
});

describe('the form’s fixed text', () => {
  it('fills the REFERRAL PROCESS box with the recipients', () => {
    const text = referralProcessText('Swindon MASH and the LA Prevent Lead');
    expect(text[0]).toMatch(
      /^By sending this form you consent for it to arrive with both your dedicated Local Authority safeguarding team & Prevent policing team/,
    );
    expect(text[1]).toBe('Once you have completed this form, please email it to: Swindon MASH and the LA Prevent Lead');
  });
  it('keeps the form’s placeholder when no recipients are set, so the gap shows', () => {
    expect(referralProcessText('  ')[1]).toBe(`Once you have completed this form, please email it to: ${RECIPIENTS_PLACEHOLDER}`);
    expect(referralProcessSection('')).toMatchObject({ heading: 'A. REFERRAL PROCESS', rows: [] });
  });
  it('has the closing text verbatim', () => {
    expect(CLOSING_TEXT).toEqual([
      'Thank you for taking the time to make this referral. Information you provide is valuable and will always be assessed.',
      'If there is no Prevent concern but other safeguarding issues are present, this information will be sent to the relevant team or agency to provide the correct support for the individual(s) concerned.',
    ]);
  });
});
