import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMAIL_MESSAGE, PHONE_MESSAGE } from './contact-checks';
import {
  AGE_RANGE_MESSAGE,
  AGE_WHOLE_NUMBER_MESSAGE,
  CURRENT_ADDRESS_MESSAGE,
  DATES_ORDER_MESSAGE,
  DOB_OR_AGE_MESSAGE,
  DOB_TOO_OLD_MESSAGE,
  ONE_CURRENT_ADDRESS_MESSAGE,
  POSTCODE_MESSAGE,
  REFERRAL_FORM_VERSION,
  REFERRER_CONTACT_MESSAGE,
  ageMismatchMessage,
  ageOn,
  cleanText,
  emptyReferralDraft,
  getReferralSection,
  parseSection,
  referralSchema,
  referralSections,
  sectionStatus,
  type Individual,
  type ReferralDraft,
  type ReferralSectionId,
  type SectionInput,
} from './referral-form.schema';

// "Today" is Monday 23 November 2026 in every test, so dates and ages are fixed.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 23, 12, 0, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

const date = (day: string, month: string, year: string) => ({ day, month, year });
const noDate = date('', '', '');

function individual(overrides: Partial<SectionInput<'individual'>> = {}): SectionInput<'individual'> {
  return {
    ...getReferralSection('individual').empty(),
    forenames: 'Sam',
    surname: 'Taylor',
    dateOfBirth: date('1', '6', '2000'),
    ...overrides,
  };
}

/** A draft that passes every rule: the base for tests that break one rule at a time. */
function completeDraft(): ReferralDraft {
  const draft = emptyReferralDraft();
  draft.sections.individual = individual({ addresses: [{ address: '1 High Street\nSwindon', postcode: 'SN1 1AA', current: true }] });
  draft.sections.concerns = { description: 'Said on 2 November 2026: “they deserve what is coming”.' };
  draft.sections.firstIdentified = {
    wishesAnonymous: 'no',
    forename: 'Alex',
    surname: 'Morgan',
    roleAndOrganisation: 'Staff nurse, Ward 4',
    relationship: 'Nurse',
    phone: '01632 960 001',
    email: '',
  };
  draft.sections.referrer = { sameAsFirst: 'yes', forename: '', surname: '', roleAndOrganisation: '', relationship: '', phone: '', email: '' };
  draft.sections.preventContact = { sameAsReferrer: 'yes', forename: '', surname: '', roleAndOrganisation: '', relationship: '', phone: '', email: '' };
  draft.sections.dates = { concernCameToLight: date('2', '11', '2026'), referralDate: date('23', '11', '2026') };
  draft.sections.safeguarding = {
    disabilities: { answer: 'no', details: '' },
    discussedWithLead: { answer: 'yes', details: 'Agreed to refer.' },
    informedIndividual: { answer: 'yes', details: 'They were upset but understood.' },
    directAction: { answer: 'no', details: '' },
    otherAgencies: { answer: 'no', details: '' },
  };
  return draft;
}

type Issue = { path: PropertyKey[]; message: string };
/** Each problem as "path: message", the way the error summary lists them. */
function problems(result: { success: boolean; error?: { issues: Issue[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}
const individualProblems = (overrides: Partial<SectionInput<'individual'>>) => problems(parseSection('individual', individual(overrides)));

function parsedIndividual(overrides: Partial<SectionInput<'individual'>> = {}): Individual {
  const result = parseSection('individual', individual(overrides));
  if (!result.success) throw new Error(problems(result).join('\n'));
  return result.data;
}

describe('B. the individual’s names', () => {
  it('asks for forename(s) and surname, mentioning “Not known”', () => {
    expect(individualProblems({ forenames: ' ', surname: '' })).toEqual([
      'forenames: Enter the individual’s forename(s), or “Not known”',
      'surname: Enter the individual’s surname, or “Not known”',
    ]);
  });
  it('accepts “Not known” for either name', () => {
    expect(parsedIndividual({ forenames: 'Not known', surname: 'Not known' })).toMatchObject({ forenames: 'Not known', surname: 'Not known' });
  });
  it('trims names', () => {
    expect(parsedIndividual({ forenames: '  Sam  Lee ', surname: ' Taylor' })).toMatchObject({ forenames: 'Sam  Lee', surname: 'Taylor' });
  });
});

describe('B. date of birth and approximate age', () => {
  it('stores a date of birth as ISO', () => {
    expect(parsedIndividual({ dateOfBirth: date('7', '3', '2001') }).dateOfBirth).toBe('2001-03-07');
  });
  it('refuses 31 February', () => {
    expect(individualProblems({ dateOfBirth: date('31', '2', '2001') })).toEqual(['dateOfBirth: Date of birth must be a real date']);
  });
  it('refuses a date of birth in the future, and accepts today', () => {
    expect(individualProblems({ dateOfBirth: date('24', '11', '2026') })).toEqual(['dateOfBirth: Date of birth must be today or in the past']);
    expect(individualProblems({ dateOfBirth: date('23', '11', '2026') })).toEqual([]);
  });
  it('names the missing part of a date of birth', () => {
    expect(individualProblems({ dateOfBirth: date('7', '', '2001') })).toEqual(['dateOfBirth: Date of birth must include a month']);
  });
  it('refuses a date of birth more than 120 years ago', () => {
    expect(individualProblems({ dateOfBirth: date('1', '1', '1900') })).toEqual([`dateOfBirth: ${DOB_TOO_OLD_MESSAGE}`]);
  });
  it('asks for one or the other when neither is given', () => {
    expect(individualProblems({ dateOfBirth: noDate, approxAge: '' })).toEqual([`approxAge: ${DOB_OR_AGE_MESSAGE}`]);
  });
  it('accepts an approximate age alone, as a whole number from 0 to 120', () => {
    expect(parsedIndividual({ dateOfBirth: noDate, approxAge: ' 35 ' })).toMatchObject({ dateOfBirth: null, approxAge: 35 });
    expect(parsedIndividual({ dateOfBirth: noDate, approxAge: '0' }).approxAge).toBe(0);
    expect(parsedIndividual({ dateOfBirth: noDate, approxAge: '120' }).approxAge).toBe(120);
  });
  it('refuses age 130, a decimal, a negative and words', () => {
    expect(individualProblems({ dateOfBirth: noDate, approxAge: '130' })).toEqual([`approxAge: ${AGE_RANGE_MESSAGE}`]);
    for (const age of ['35.5', '-1', 'about 30', '3O']) {
      expect(individualProblems({ dateOfBirth: noDate, approxAge: age })).toEqual([`approxAge: ${AGE_WHOLE_NUMBER_MESSAGE}`]);
    }
  });
  it('accepts both when the age is within a year of the date of birth', () => {
    // Born 1 June 2000: 26 on 23 November 2026.
    for (const age of ['25', '26', '27']) expect(individualProblems({ approxAge: age })).toEqual([]);
  });
  it('says so when the age and the date of birth disagree', () => {
    expect(individualProblems({ approxAge: '30' })).toEqual([`approxAge: ${ageMismatchMessage(26)}`]);
    expect(ageMismatchMessage(26)).toContain('within 1 year of the age the date of birth gives (26)');
  });
  it('lists every problem on the page at once', () => {
    expect(individualProblems({ forenames: '', dateOfBirth: noDate, approxAge: '' })).toEqual([
      'forenames: Enter the individual’s forename(s), or “Not known”',
      `approxAge: ${DOB_OR_AGE_MESSAGE}`,
    ]);
  });
});

describe('B. known addresses', () => {
  const row = (address: string, postcode = '', current = false) => ({ address, postcode, current });

  it('ignores empty rows, including a blank row marked current', () => {
    expect(parsedIndividual({ addresses: [row(''), row('  ', '', true), row('', 'Not known')] }).addresses).toEqual([]);
  });
  it('asks which address is current when none is marked, on the first address entered', () => {
    expect(individualProblems({ addresses: [row(''), row('1 High Street')] })).toEqual([`addresses.1.current: ${CURRENT_ADDRESS_MESSAGE}`]);
    expect(CURRENT_ADDRESS_MESSAGE).toBe('Select which address is the individual’s current residence');
  });
  it('refuses two current addresses', () => {
    expect(individualProblems({ addresses: [row('1 High Street', '', true), row('2 Low Road', '', true)] })).toEqual([
      `addresses.1.current: ${ONE_CURRENT_ADDRESS_MESSAGE}`,
    ]);
  });
  it('keeps entered addresses, dropping empty rows, with postcodes tidied', () => {
    const { addresses } = parsedIndividual({
      addresses: [row('1 High Street\r\nSwindon', 'sn11aa', true), row(''), row('Flat 2, 3 Low Road', ' not known '), row('4 Park Lane')],
    });
    expect(addresses).toEqual([
      { address: '1 High Street\nSwindon', postcode: 'SN1 1AA', current: true },
      { address: 'Flat 2, 3 Low Road', postcode: 'Not known', current: false },
      { address: '4 Park Lane', postcode: '', current: false },
    ]);
  });
  it('treats a row with only a badly written postcode as an address entered', () => {
    expect(individualProblems({ addresses: [row('', 'SN1', false)] })).toEqual([
      `addresses.0.postcode: ${POSTCODE_MESSAGE}`,
      `addresses.0.current: ${CURRENT_ADDRESS_MESSAGE}`,
    ]);
  });
  it('checks a postcode only when one is given', () => {
    for (const postcode of ['SW1A 1AA', 'ec1a1bb', 'M1 1AE', 'B33 8TH', 'W1A 0AX', 'GIR 0AA']) {
      expect(individualProblems({ addresses: [row('Somewhere', postcode, true)] })).toEqual([]);
    }
    for (const postcode of ['SN1', '12345', 'QQ1 1AA', 'SN1 1A', 'SN1 1AAA', 'N/A']) {
      expect(individualProblems({ addresses: [row('Somewhere', postcode, true)] })).toEqual([`addresses.0.postcode: ${POSTCODE_MESSAGE}`]);
    }
  });
});

describe('B. contact numbers and email addresses', () => {
  it('ignores empty rows and keeps the rest as a list', () => {
    const result = parsedIndividual({
      phones: [{ number: '' }, { number: '07700 900123' }, { number: '  ' }],
      emails: [{ address: 'sam@example.com' }, { address: '' }],
    });
    expect(result.phones).toEqual(['07700 900123']);
    expect(result.emails).toEqual(['sam@example.com']);
  });
  it('checks each number and address, pointing at its row', () => {
    expect(individualProblems({ phones: [{ number: '07700 900123' }, { number: '999' }], emails: [{ address: '' }, { address: 'sam@example' }] })).toEqual([
      `phones.1.number: ${PHONE_MESSAGE}`,
      `emails.1.address: ${EMAIL_MESSAGE}`,
    ]);
  });
  it('keeps the primary language and whether English is spoken', () => {
    expect(parsedIndividual({ primaryLanguage: { firstLanguage: 'Polish', speaksEnglish: 'partly' } }).primaryLanguage).toEqual({
      firstLanguage: 'Polish',
      speaksEnglish: 'partly',
    });
    expect(individualProblems({ primaryLanguage: { firstLanguage: '', speaksEnglish: 'fluent' as never } })).toEqual([
      'primaryLanguage.speaksEnglish: Select whether the individual speaks or understands English',
    ]);
  });
});

describe('text is cleaned, not refused (legal-and-security §E case 13)', () => {
  it('removes control characters but keeps newlines, tabs and zero-width joiners in long text', () => {
    const typed = 'Lives with\u0007 mother\r\nand brother\u0000.\tClose to\u009b aunt.\u200d\u200c';
    expect(parsedIndividual({ familyDetails: typed }).familyDetails).toBe('Lives with mother\nand brother.\tClose to aunt.\u200d\u200c');
  });
  it('turns newlines and tabs in one-line fields into spaces, keeping zero-width joiners in names', () => {
    expect(parsedIndividual({ forenames: 'Mary\nAnn\t\u0007Jo', surname: 'Kh\u200danna' })).toMatchObject({
      forenames: 'Mary Ann Jo',
      surname: 'Kh\u200danna',
    });
  });
  it('treats a name of control characters alone as empty', () => {
    expect(individualProblems({ forenames: '\u0001\u0002' })).toEqual(['forenames: Enter the individual’s forename(s), or “Not known”']);
  });
  it('replaces half a surrogate pair so the exports never meet it', () => {
    expect(cleanText('a\ud800b\u{1F600}', { multiline: false })).toBe('a\ufffdb\u{1F600}');
  });
  it('keeps script, quotes and markup as plain text', () => {
    const text = '<script>alert(1)</script> “quoted” Zoë Łukasz 王 محمد';
    expect(parsedIndividual({ gender: text }).gender).toBe(text);
  });
});

describe('C. describe concerns', () => {
  it('is required', () => {
    expect(problems(parseSection('concerns', { description: ' \n ' }))).toEqual(['description: Describe the concerns relevant to Prevent']);
  });
  it('accepts 10,000 characters and keeps every one', () => {
    const description = `${'Said “x”. '.repeat(999)}End of text`.slice(0, 10_000);
    const result = parseSection('concerns', { description });
    expect(result.success && result.data.description.length).toBe(10_000);
  });
  it('refuses more than 20,000 characters', () => {
    expect(problems(parseSection('concerns', { description: 'a'.repeat(20_001) }))).toEqual([
      'description: The description of the concerns must be 20,000 characters or fewer',
    ]);
  });
});

describe('D, E and K are optional', () => {
  it('accept blank pages', () => {
    for (const id of ['complexNeeds', 'otherInformation', 'employment'] as const) {
      expect(parseSection(id, getReferralSection(id).empty()).success).toBe(true);
    }
  });
  it('limit their lengths', () => {
    expect(problems(parseSection('employment', { ...getReferralSection('employment').empty(), currentOccupation: 'x'.repeat(1001) }))).toEqual([
      'currentOccupation: The current occupation and employer must be 1,000 characters or fewer',
    ]);
  });
});

describe('F. person who first identified the concerns', () => {
  const first = (overrides: Partial<SectionInput<'firstIdentified'>> = {}) => ({ ...completeDraft().sections.firstIdentified, ...overrides });
  it('must say whether they wish to remain anonymous', () => {
    expect(problems(parseSection('firstIdentified', first({ wishesAnonymous: '' })))).toEqual([
      'wishesAnonymous: Select yes if the person who first identified the concerns wishes to remain anonymous',
    ]);
  });
  it('needs nothing else on the page itself', () => {
    expect(problems(parseSection('firstIdentified', { ...getReferralSection('firstIdentified').empty(), wishesAnonymous: 'yes' }))).toEqual([]);
  });
  it('checks a telephone number and email address when given', () => {
    expect(problems(parseSection('firstIdentified', first({ phone: '101', email: 'alex at example.com' })))).toEqual([
      `phone: ${PHONE_MESSAGE}`,
      `email: ${EMAIL_MESSAGE}`,
    ]);
  });
});

describe('G and H. the person making the referral and the organisational Prevent contact', () => {
  const blankPerson = { forename: '', surname: '', roleAndOrganisation: '', relationship: '', phone: '', email: '' };

  it('G asks whether the referrer is the person in F', () => {
    expect(problems(parseSection('referrer', { sameAsFirst: '', ...blankPerson }))).toEqual([
      'sameAsFirst: Select yes if the person making this referral is the person who first identified the concerns',
    ]);
  });
  it('G needs nothing more when it is the same person', () => {
    expect(problems(parseSection('referrer', { sameAsFirst: 'yes', ...blankPerson }))).toEqual([]);
  });
  it('G needs names, role and organisation, and a telephone number or email address when it is someone else', () => {
    expect(problems(parseSection('referrer', { sameAsFirst: 'no', ...blankPerson }))).toEqual([
      'forename: Enter the forename of the person making this referral',
      'surname: Enter the surname of the person making this referral',
      'roleAndOrganisation: Enter the professional role and organisation of the person making this referral',
      'phone: Enter a contact telephone number or email address for the person making this referral',
    ]);
    const filled = {
      sameAsFirst: 'no' as const,
      ...blankPerson,
      forename: 'Jo',
      surname: 'Patel',
      roleAndOrganisation: 'Designated Nurse, BSW ICB',
      email: 'jo.patel@nhs.net',
    };
    expect(problems(parseSection('referrer', filled))).toEqual([]);
    expect(problems(parseSection('referrer', { ...filled, email: 'jo.patel@nhs' }))).toEqual([`email: ${EMAIL_MESSAGE}`]);
  });
  it('H needs the same when the Prevent contact is someone else, but not their relationship to the individual', () => {
    expect(problems(parseSection('preventContact', { sameAsReferrer: 'no', ...blankPerson }))).toEqual([
      'forename: Enter the forename of the organisational Prevent contact',
      'surname: Enter the surname of the organisational Prevent contact',
      'roleAndOrganisation: Enter the professional role and organisation of the organisational Prevent contact',
      'phone: Enter a contact telephone number or email address for the organisational Prevent contact',
    ]);
    expect(
      problems(
        parseSection('preventContact', {
          sameAsReferrer: 'no',
          ...blankPerson,
          forename: 'Kim',
          surname: 'Lee',
          roleAndOrganisation: 'Prevent Lead',
          phone: '0300 123 4567',
        }),
      ),
    ).toEqual([]);
    expect(problems(parseSection('preventContact', { sameAsReferrer: '', ...blankPerson }))).toEqual([
      'sameAsReferrer: Select yes if the organisational Prevent contact is the person making this referral',
    ]);
  });
});

describe('I. relevant dates', () => {
  const dates = (concernCameToLight: ReturnType<typeof date>, referralDate: ReturnType<typeof date>) =>
    parseSection('dates', { concernCameToLight, referralDate });
  it('stores both dates as ISO, the same day allowed', () => {
    const result = dates(date('23', '11', '2026'), date('23', '11', '2026'));
    expect(result.success && result.data).toEqual({ concernCameToLight: '2026-11-23', referralDate: '2026-11-23' });
  });
  it('asks for both', () => {
    expect(problems(dates(noDate, noDate))).toEqual([
      'concernCameToLight: Enter the date the concern first came to light',
      'referralDate: Enter the date the referral was made to Prevent',
    ]);
  });
  it('refuses a concern date in the future', () => {
    expect(problems(dates(date('24', '11', '2026'), date('23', '11', '2026')))).toEqual([
      'concernCameToLight: The date the concern first came to light must be today or in the past',
    ]);
  });
  it('refuses a referral date before the concern came to light', () => {
    expect(problems(dates(date('10', '11', '2026'), date('9', '11', '2026')))).toEqual([`concernCameToLight: ${DATES_ORDER_MESSAGE}`]);
    expect(DATES_ORDER_MESSAGE).toBe('The date the concern first came to light must be on or before the date of the referral');
  });
  it('refuses a real-looking date that does not exist', () => {
    expect(problems(dates(date('31', '4', '2026'), date('23', '11', '2026')))).toEqual([
      'concernCameToLight: The date the concern first came to light must be a real date',
    ]);
  });
});

describe('J. safeguarding considerations', () => {
  const questions = ['disabilities', 'discussedWithLead', 'informedIndividual', 'directAction', 'otherAgencies'] as const;
  const answers = () => structuredClone(completeDraft().sections.safeguarding);

  it('needs every question answered', () => {
    expect(problems(parseSection('safeguarding', getReferralSection('safeguarding').empty()))).toEqual([
      'disabilities.answer: Select yes if the individual has any stated or diagnosed disabilities, disorders or mental health issues',
      'discussedWithLead.answer: Select yes if you have discussed this individual with your organisation’s safeguarding or Prevent lead',
      'informedIndividual.answer: Select yes if you have informed the individual that you are making this referral',
      'directAction.answer: Select yes if you have taken any direct action with the individual since receiving this information',
      'otherAgencies.answer: Select yes if you have discussed your concerns with any other agencies',
    ]);
  });
  it.each(questions)('%s: refuses no answer on its own', (key) => {
    const values = answers();
    values[key] = { answer: '', details: '' };
    expect(problems(parseSection('safeguarding', values))).toHaveLength(1);
    expect(problems(parseSection('safeguarding', values))[0]).toMatch(new RegExp(`^${key}\\.answer: Select yes if`));
  });
  it.each(questions)('%s: needs a description when the answer is yes', (key) => {
    const values = answers();
    values[key] = { answer: 'yes', details: '  ' };
    const found = problems(parseSection('safeguarding', values));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${key}\\.details: `));
  });
  it('J3: asks for the individual’s response when they were told', () => {
    const values = answers();
    values.informedIndividual = { answer: 'yes', details: '' };
    expect(problems(parseSection('safeguarding', values))).toEqual([
      'informedIndividual.details: Enter the individual’s response when you told them about this referral',
    ]);
  });
  it('drops a description left under "No", where the page hides it', () => {
    const values = answers();
    values.directAction = { answer: 'no', details: 'typed before changing the answer' };
    const result = parseSection('safeguarding', values);
    expect(result.success && result.data.directAction).toEqual({ answer: 'no', details: '' });
  });
});

describe('drafts from storage or a file are untrusted (legal-and-security §E case 2)', () => {
  it('ignores unknown fields and __proto__ keys without polluting any prototype', () => {
    const json = JSON.stringify(completeDraft())
      .replace('{"formVersion"', '{"__proto__":{"polluted":"draft"},"extra":1,"formVersion"')
      .replace('"forenames"', '"__proto__":{"polluted":"section"},"isAdmin":true,"forenames"')
      .replace('"address":"1 High', '"__proto__":{"polluted":"row"},"address":"1 High');
    const draft: unknown = JSON.parse(json);
    expect(Object.hasOwn(draft as object, '__proto__')).toBe(true);

    const result = referralSchema.safeParse(draft);
    expect(problems(result)).toEqual([]);
    if (!result.success) return;
    const referral = result.data;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const value of [referral, referral.individual, referral.individual.addresses[0]]) {
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
      expect(Object.hasOwn(value as object, '__proto__')).toBe(false);
      expect((value as Record<string, unknown>).polluted).toBeUndefined();
    }
    expect(referral).not.toHaveProperty('extra');
    expect(referral.individual).not.toHaveProperty('isAdmin');
    expect(problems(parseSection('individual', (draft as ReferralDraft).sections.individual))).toEqual([]);
  });
  it('refuses a draft made with another version of the form', () => {
    const draft = { ...completeDraft(), formVersion: 'NPRF-2019/other' };
    expect(problems(referralSchema.safeParse(draft))).toEqual([
      'formVersion: This draft was made with a different version of the referral form. Start a new referral and copy the details across',
    ]);
  });
  it('refuses values of the wrong type without throwing', () => {
    expect(parseSection('individual', null).success).toBe(false);
    expect(parseSection('individual', { ...individual(), addresses: [null, 5], approxAge: 35 }).success).toBe(false);
    expect(referralSchema.safeParse({ formVersion: REFERRAL_FORM_VERSION }).success).toBe(false);
    expect(referralSchema.safeParse('draft').success).toBe(false);
  });
});

describe('the whole referral', () => {
  it('parses a complete draft into clean values and the form version', () => {
    const result = referralSchema.safeParse(completeDraft());
    expect(problems(result)).toEqual([]);
    if (!result.success) return;
    expect(Object.keys(result.data)).toEqual(['formVersion', ...referralSections.map((s) => s.id)]);
    expect(result.data.formVersion).toBe(REFERRAL_FORM_VERSION);
    expect(result.data.individual).toMatchObject({ dateOfBirth: '2000-06-01', approxAge: null, phones: [], emails: [] });
    expect(result.data.dates).toEqual({ concernCameToLight: '2026-11-02', referralDate: '2026-11-23' });
  });
  it('needs a way to contact the person in F when they are also making the referral', () => {
    const draft = completeDraft();
    draft.sections.firstIdentified.phone = '';
    expect(problems(referralSchema.safeParse(draft))).toEqual([`sections.firstIdentified.phone: ${REFERRER_CONTACT_MESSAGE}`]);
    draft.sections.firstIdentified.email = 'alex.morgan@nhs.net';
    expect(problems(referralSchema.safeParse(draft))).toEqual([]);
  });
  it('does not also ask for contact details when the one given is badly written', () => {
    const draft = completeDraft();
    draft.sections.firstIdentified.phone = '0163';
    expect(problems(referralSchema.safeParse(draft))).toEqual([`sections.firstIdentified.phone: ${PHONE_MESSAGE}`]);
  });
  it('takes the contact details from G when someone else makes the referral', () => {
    const draft = completeDraft();
    draft.sections.firstIdentified.phone = '';
    draft.sections.referrer = {
      sameAsFirst: 'no',
      forename: 'Jo',
      surname: 'Patel',
      roleAndOrganisation: 'Designated Nurse',
      relationship: '',
      phone: '',
      email: '',
    };
    expect(problems(referralSchema.safeParse(draft))).toEqual([
      'sections.referrer.phone: Enter a contact telephone number or email address for the person making this referral',
    ]);
    draft.sections.referrer.phone = '07700 900982';
    expect(problems(referralSchema.safeParse(draft))).toEqual([]);
  });
  it('reports the rules that span sections alongside each section’s own problems', () => {
    const draft = completeDraft();
    draft.sections.firstIdentified.phone = '';
    draft.sections.concerns.description = '';
    expect(problems(referralSchema.safeParse(draft))).toEqual([
      'sections.concerns.description: Describe the concerns relevant to Prevent',
      `sections.firstIdentified.phone: ${REFERRER_CONTACT_MESSAGE}`,
    ]);
  });
  it('refuses an empty draft, asking for each minimum of §2.6', () => {
    const found = problems(referralSchema.safeParse(emptyReferralDraft()));
    for (const path of [
      'sections.individual.forenames',
      'sections.individual.surname',
      'sections.individual.approxAge',
      'sections.concerns.description',
      'sections.firstIdentified.wishesAnonymous',
      'sections.dates.concernCameToLight',
      'sections.safeguarding.disabilities.answer',
      'sections.safeguarding.otherAgencies.answer',
      'sections.firstIdentified.phone',
    ]) {
      expect(found.some((p) => p.startsWith(`${path}: `))).toBe(true);
    }
  });
});

describe('section status, for the task list', () => {
  it('is "not started" for every section of a new draft', () => {
    const draft = emptyReferralDraft();
    expect(referralSections.map((s) => sectionStatus(draft, s.id))).toEqual(Array(10).fill('not-started'));
  });
  it('treats white space and blank rows as not started', () => {
    const draft = emptyReferralDraft();
    draft.sections.individual.forenames = '   ';
    draft.sections.individual.phones = [{ number: '' }, { number: ' ' }];
    expect(sectionStatus(draft, 'individual')).toBe('not-started');
  });
  it('is "in progress" once something is entered and "completed" when the section passes', () => {
    const draft = emptyReferralDraft();
    draft.sections.individual.forenames = 'Sam';
    expect(sectionStatus(draft, 'individual')).toBe('in-progress');
    draft.sections.individual = individual();
    expect(sectionStatus(draft, 'individual')).toBe('completed');
    draft.sections.safeguarding.disabilities.answer = 'no';
    expect(sectionStatus(draft, 'safeguarding')).toBe('in-progress');
    draft.sections.complexNeeds.description = 'Recently lost their job.';
    expect(sectionStatus(draft, 'complexNeeds')).toBe('completed');
  });
  it('copes with a section missing from a stored draft', () => {
    const draft = emptyReferralDraft();
    delete (draft.sections as Partial<ReferralDraft['sections']>).employment;
    expect(sectionStatus(draft, 'employment')).toBe('not-started');
  });
  it('gives each new draft its own values', () => {
    const one = emptyReferralDraft();
    one.sections.individual.addresses[0]!.address = 'changed';
    expect(emptyReferralDraft().sections.individual.addresses[0]!.address).toBe('');
  });
});

describe('age on a date', () => {
  const withDob = (iso: string | null, approxAge: number | null = null) => ({ ...parsedIndividual(), dateOfBirth: iso, approxAge });
  it('counts whole years from the date of birth', () => {
    expect(ageOn(withDob('2008-11-24'), '2026-11-23')).toBe(17);
    expect(ageOn(withDob('2008-11-23'), '2026-11-23')).toBe(18);
    expect(ageOn(withDob('2010-01-01'), '2026-11-23')).toBe(16);
  });
  it('makes someone born on 29 February a year older on 1 March', () => {
    expect(ageOn(withDob('2008-02-29'), '2026-02-28')).toBe(17);
    expect(ageOn(withDob('2008-02-29'), '2026-03-01')).toBe(18);
    expect(ageOn(withDob('2008-02-29'), '2028-02-29')).toBe(20);
  });
  it('uses the approximate age when there is no date of birth, else null', () => {
    expect(ageOn(withDob(null, 15), '2026-11-23')).toBe(15);
    expect(ageOn(withDob(null, null), '2026-11-23')).toBeNull();
    expect(ageOn(withDob('2008-01-01'), '2007-01-01')).toBeNull();
    expect(ageOn(withDob('2008-01-01'), 'not a date')).toBeNull();
  });
  it('takes a whole referral as well as the individual', () => {
    const result = referralSchema.safeParse(completeDraft());
    expect(result.success && ageOn(result.data, '2026-11-23')).toBe(26);
  });
});

describe('field metadata', () => {
  const valueAt = (values: unknown, path: string) =>
    path
      .split('.')
      .reduce<unknown>((value, key) => (value && typeof value === 'object' && key in value ? (value as Record<string, unknown>)[key] : undefined), values);

  it('lists sections B to K in the order of domain-spec §2.3', () => {
    expect(referralSections.map((s) => `${s.letter} ${s.id}`)).toEqual([
      'B individual',
      'C concerns',
      'D complexNeeds',
      'E otherInformation',
      'F firstIdentified',
      'G referrer',
      'H preventContact',
      'I dates',
      'J safeguarding',
      'K employment',
    ]);
    expect(referralSections[0].heading).toBe('INDIVIDUAL’S BIOGRAPHICAL & CONTACT DETAILS');
    expect(referralSections[6].heading).toBe('REFERRER’S ORGANISATIONAL PREVENT CONTACT (if different from above)');
  });
  it.each(referralSections.map((s) => [s.id, s] as const))('%s: every field names a value of the page, and every value has a field', (_id, section) => {
    const empty = section.empty();
    const names = section.fields.flatMap((field) =>
      field.kind === 'static' ? [] : field.kind === 'yesNo' && field.describe ? [field.name, field.describe.name] : [field.name],
    );
    for (const name of names) expect(valueAt(empty, name), name).not.toBeUndefined();
    const leaves = (value: unknown, prefix: string): string[] =>
      value && typeof value === 'object' && !Array.isArray(value) && !('day' in value)
        ? Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key))
        : [prefix];
    expect(leaves(empty, '').sort()).toEqual([...names].sort());
  });
  it('words labels as the national form does, without colons or double spaces', () => {
    const labels = referralSections.flatMap((s) => s.fields.flatMap((f) => (f.kind === 'static' ? [] : [f.label, f.hint ?? ''])));
    for (const text of labels) {
      expect(text).not.toMatch(/:$/);
      expect(text).not.toMatch(/ {2}/);
    }
    const individualLabels = getReferralSection('individual').fields.map((f) => (f.kind === 'static' ? '' : f.label));
    expect(individualLabels).toEqual([
      'Forename(s)',
      'Surname',
      'Date of Birth',
      'Approx. Age (if DoB unknown)',
      'Gender',
      'Known Address(es)',
      'Nationality / Citizenship',
      'Immigration / Asylum Status',
      'Primary Language',
      'Does the Individual speak / understand English?',
      'Contact Number(s)',
      'Email Address(es)',
      'Any Other Family Details',
    ]);
  });
  it('gives Section H its own hints rather than repeating Section F’s', () => {
    const hints = (id: ReferralSectionId) => getReferralSection(id).fields.map((f) => (f.kind === 'static' ? undefined : f.hint));
    const f = hints('firstIdentified');
    expect(hints('preventContact').filter((hint) => hint && f.includes(hint))).toEqual([]);
    expect(hints('preventContact')).toContain('Prevent Contact First Name(s)');
  });
  it('carries the eight "FOR EXAMPLE" prompts for concerns and complex needs, corrected', () => {
    const prompts = (id: 'concerns' | 'complexNeeds') => {
      const field = getReferralSection(id).fields[0];
      return field?.kind === 'longtext' ? (field.forExample ?? []) : [];
    };
    expect(prompts('concerns')).toHaveLength(8);
    expect(prompts('complexNeeds')).toHaveLength(8);
    expect(prompts('complexNeeds').join(' ')).not.toMatch(/cmotional|difficultics|issucs|feclings|gricvance|theorics|Citizenship\./);
    expect(getReferralSection('otherInformation').fields[0]).toMatchObject({ label: expect.stringContaining('any further information') });
    expect(getReferralSection('otherInformation').fields[0]).toMatchObject({ label: expect.stringMatching(/, etc\.$/) });
  });
  it('gives each J question its follow-up, required under "Yes"', () => {
    const j1 = getReferralSection('safeguarding').fields[0];
    expect(j1).toMatchObject({
      kind: 'yesNo',
      name: 'disabilities.answer',
      describe: { name: 'disabilities.details', label: 'Please describe, including whether the concern has been diagnosed', requiredWhen: 'yes' },
    });
  });
  it('offers "Add another …" on every list', () => {
    const repeats = getReferralSection('individual').fields.filter((f) => f.kind === 'repeat');
    expect(repeats.map((f) => f.kind === 'repeat' && f.addLabel)).toEqual(['Add another address', 'Add another telephone number', 'Add another email address']);
  });
});
