import { z } from 'zod/mini';
import { optionalEmailSchema, optionalPhoneSchema } from './contact-checks';
import { emptyDateParts, optionalPastDateSchema, pastDateSchema, todayIso, wholeYearsBetween } from './date-input.schema';
import type { NationalFormFieldMeta as FieldMeta } from './field-meta';
import { addTransformIssue } from './transform-issue';

/**
 * The National Prevent Referral Form (NPRF), sections B to K, as one schema per page plus the
 * rules that span pages (domain-spec §2.2, §2.6). Each section schema takes what its page holds
 * (dates as day / month / year, yes/no as 'yes' | 'no' | '' for "not answered yet", text as typed)
 * and gives clean values: ISO dates, trimmed text, empty list rows dropped. Labels are the form's
 * own, verbatim apart from the trailing colon and the OCR corrections listed in domain-spec §2.5.
 */

/** Bump when a field is added, removed or changes meaning: drafts record the version they were made with. */
export const REFERRAL_FORM_VERSION = 'NPRF-2024/prevent-pathway-1';
export const REFERRAL_FORM_DESCRIPTION =
  'The National Prevent Referral Form as printed in the BSW ICB Prevent Policy (seed 004): Appendix 3 and the form pages under "Appendix 6", ' +
  'sections B to K in the order of domain-spec §2.3, with the OCR errors corrected and distinct Section H hints.';

// ---------------------------------------------------------------------------------------------
// Text

const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;
// C0 controls other than tab (09) and newline (0A), DEL, and the C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text is cleaned, never refused, for characters the user cannot see: refusing them would give a
 * message ("remove the unusual characters") that nobody could act on, because nothing is visible to
 * remove. So: Windows and old Mac line endings and Unicode line separators become "\n"; other C0 and
 * C1 control characters (NUL, BEL, ESC, …) are removed; a broken UTF-16 half-pair becomes U+FFFD so
 * the PDF font code never meets it. Tabs and newlines are kept in multi-line fields. In one-line
 * fields they become a space, as a browser text box does with pasted text. Zero-width characters
 * (ZWJ U+200D, ZWNJ U+200C, ZWSP) and bidirectional marks are KEPT: they are part of how some names
 * and scripts are written (Persian, Indic scripts, emoji sequences), and the exports draw text as
 * text, never as markup. Leading and trailing white space is trimmed.
 */
export function cleanText(value: string, options: { multiline: boolean }): string {
  const text = value.replace(LINE_BREAK, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
  return (options.multiline ? text : text.replace(/[\t\n]+/g, ' ')).trim();
}

const SHORT_MAX = 500;
const LONG_MAX = 20_000;
const tooLong = (subject: string, max: number) => `${subject} must be ${max.toLocaleString('en-GB')} characters or fewer`;

/** One-line text, cleaned; `subject` names the field in messages ("The forename"). */
const line = (subject: string, max = SHORT_MAX) =>
  z.string().check(
    z.overwrite((value) => cleanText(value, { multiline: false })),
    z.maxLength(max, tooLong(subject, max)),
  );
/** Multi-line text, cleaned. */
const lines = (subject: string, max = LONG_MAX) =>
  z.string().check(
    z.overwrite((value) => cleanText(value, { multiline: true })),
    z.maxLength(max, tooLong(subject, max)),
  );

const phoneField = z.pipe(line('The telephone number', 40), optionalPhoneSchema);
const emailField = z.pipe(line('The email address', 320), optionalEmailSchema);

/** A yes/no radio group: '' until answered; the message says what to choose. */
const yesNo = (message: string) => z.pipe(z.enum(['yes', 'no', ''], { error: message }), z.enum(['yes', 'no'], { error: message }));

// Rules that compare fields run even when another field on the page has an error, so the error
// summary lists every problem at once. They then see some values parsed and some as typed, so they
// read values through these helpers rather than trusting the output type.
const whenObject = { when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null };
const whenArray = { when: (payload: { value: unknown }) => Array.isArray(payload.value) };
const asRecord = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
/** Left empty. A value that failed its own check (zod leaves a marker, not text) counts as given. */
const isBlank = (value: unknown) => typeof value === 'string' && cleanText(value, { multiline: true }) === '';

/** Radios with more than yes and no: only "Does the Individual speak / understand English?" (yes, no, partly). */
export type ChoiceFieldMeta = Extract<FieldMeta, { kind: 'choice' }>;
/** Kept as a name for the referral's field metadata. */
export type ReferralFieldMeta = FieldMeta;

// ---------------------------------------------------------------------------------------------
// B. Individual

const UK_POSTCODE = /^(?:GIR0AA|[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]|[A-HK-Y]\d[ABEHMNPRVWXY])\d[ABD-HJLNP-UW-Z]{2})$/;
export const POSTCODE_MESSAGE = 'Enter a full UK postcode, like BA1 1AA, or leave it blank if it is not known or the address is outside the UK';

/** A UK postcode in capitals with one space ("sn1 1aa" → "SN1 1AA"), "Not known", or ''. */
const postcodeSchema = z.pipe(
  line('The postcode', 20),
  z.transform((value: string, ctx) => {
    if (value === '') return '';
    if (/^not known$/i.test(value)) return 'Not known';
    const compact = value.replace(/\s+/g, '').toUpperCase();
    if (!UK_POSTCODE.test(compact)) {
      addTransformIssue(ctx, POSTCODE_MESSAGE);
      return z.NEVER;
    }
    return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  }),
);

export const CURRENT_ADDRESS_MESSAGE = 'Select which address is the individual’s current residence';
export const ONE_CURRENT_ADDRESS_MESSAGE = 'Select only one address as the individual’s current residence';

const isBlankAddressRow = (row: unknown) => {
  const { address, postcode } = asRecord(row);
  return isBlank(address) && (isBlank(postcode) || (typeof postcode === 'string' && /^not known$/i.test(postcode.trim())));
};

/** Known addresses: rows left empty are ignored; of the rest, exactly one is the current residence. */
const addressRowsSchema = z.array(
  z.object({
    address: lines('The address', 1000),
    postcode: postcodeSchema,
    current: z.boolean(),
  }),
);
const addressListSchema = z.pipe(
  addressRowsSchema.check(
    z.maxLength(20, 'Enter no more than 20 addresses'),
    z.superRefine((rows, ctx) => {
      const entered = (rows as unknown[]).flatMap((row, index) => (isBlankAddressRow(row) ? [] : [{ index, current: asRecord(row).current === true }]));
      const current = entered.filter((row) => row.current);
      const first = entered[0];
      if (first && current.length === 0) ctx.addIssue({ code: 'custom', path: [first.index, 'current'], message: CURRENT_ADDRESS_MESSAGE });
      const second = current[1];
      if (second) ctx.addIssue({ code: 'custom', path: [second.index, 'current'], message: ONE_CURRENT_ADDRESS_MESSAGE });
    }, whenArray),
  ),
  z.transform((rows: z.output<typeof addressRowsSchema>) => rows.filter((row) => !isBlankAddressRow(row))),
);

/** Telephone numbers, one per row: empty rows ignored, each number checked. */
const phoneListSchema = z.pipe(
  z.array(z.object({ number: phoneField })).check(z.maxLength(10, 'Enter no more than 10 telephone numbers')),
  z.transform((rows: { number: string }[]) => rows.map((row) => row.number).filter((number) => number !== '')),
);

/** Email addresses, one per row: empty rows ignored, each address checked. */
const emailListSchema = z.pipe(
  z.array(z.object({ address: emailField })).check(z.maxLength(10, 'Enter no more than 10 email addresses')),
  z.transform((rows: { address: string }[]) => rows.map((row) => row.address).filter((address) => address !== '')),
);

export const AGE_WHOLE_NUMBER_MESSAGE = 'Enter the approximate age as a whole number of years, like 35';
export const AGE_RANGE_MESSAGE = 'Approximate age must be between 0 and 120';
export const DOB_OR_AGE_MESSAGE = 'Enter the individual’s date of birth or, if it is not known, their approximate age';
export const DOB_TOO_OLD_MESSAGE = 'Date of birth must be in the last 120 years';
export const ageMismatchMessage = (ageFromDob: number) =>
  `Approximate age must be within 1 year of the age the date of birth gives (${ageFromDob}). Check the date of birth, or leave the approximate age blank`;

/** Whole years, 0 to 120, typed as text (inputmode numeric); '' → null. */
const approxAgeSchema = z.pipe(
  line('The approximate age', 10),
  z.transform((value: string, ctx): number | null => {
    if (value === '') return null;
    if (!/^\d+$/.test(value)) {
      addTransformIssue(ctx, AGE_WHOLE_NUMBER_MESSAGE);
      return z.NEVER;
    }
    const age = Number(value);
    if (age > 120) {
      addTransformIssue(ctx, AGE_RANGE_MESSAGE);
      return z.NEVER;
    }
    return age;
  }),
);

export const speaksEnglishOptions = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'partly', label: 'Partly' },
] as const;

export const individualSchema = z
  .object({
    forenames: line('The forename(s)').check(z.minLength(1, 'Enter the individual’s forename(s), or “Not known”')),
    surname: line('The surname').check(z.minLength(1, 'Enter the individual’s surname, or “Not known”')),
    dateOfBirth: optionalPastDateSchema({ name: 'Date of birth' }),
    approxAge: approxAgeSchema,
    gender: line('The gender'),
    addresses: addressListSchema,
    nationality: line('The nationality or citizenship'),
    immigrationStatus: lines('The immigration or asylum status'),
    primaryLanguage: z.object({
      firstLanguage: line('The primary language', 200),
      speaksEnglish: z.enum(['yes', 'no', 'partly', ''], { error: 'Select whether the individual speaks or understands English' }),
    }),
    phones: phoneListSchema,
    emails: emailListSchema,
    familyDetails: lines('The family details'),
  })
  .check(
    z.superRefine((values, ctx) => {
      // §2.6: B3 or B4. A date of birth that failed its own checks is neither given nor missing.
      const { dateOfBirth, approxAge } = values as Record<string, unknown>;
      if (dateOfBirth === null && approxAge === null) {
        ctx.addIssue({ code: 'custom', path: ['approxAge'], message: DOB_OR_AGE_MESSAGE });
      }
      if (typeof dateOfBirth !== 'string') return;
      const ageFromDob = wholeYearsBetween(dateOfBirth, todayIso());
      if (ageFromDob === null) return;
      if (ageFromDob > 120) ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: DOB_TOO_OLD_MESSAGE });
      else if (typeof approxAge === 'number' && Math.abs(approxAge - ageFromDob) > 1) {
        ctx.addIssue({ code: 'custom', path: ['approxAge'], message: ageMismatchMessage(ageFromDob) });
      }
    }, whenObject),
  );

export type IndividualInput = z.input<typeof individualSchema>;
export type Individual = z.output<typeof individualSchema>;

export const individualFields: ReferralFieldMeta[] = [
  { kind: 'text', name: 'forenames', label: 'Forename(s)', hint: 'First Name(s). If they are not known, enter “Not known”', autoComplete: 'off' },
  { kind: 'text', name: 'surname', label: 'Surname', hint: 'Last Name. If it is not known, enter “Not known”', autoComplete: 'off' },
  { kind: 'date', name: 'dateOfBirth', label: 'Date of Birth', hint: 'For example, 27 3 2007. If it is not known, leave it blank and give an approximate age' },
  {
    kind: 'text',
    name: 'approxAge',
    label: 'Approx. Age (if DoB unknown)',
    hint: 'Please enter the age in whole years',
    width: 'quarter',
    inputMode: 'numeric',
    autoComplete: 'off',
  },
  { kind: 'text', name: 'gender', label: 'Gender', hint: 'Please describe', optional: true, autoComplete: 'off' },
  {
    kind: 'repeat',
    name: 'addresses',
    label: 'Known Address(es)',
    hint: 'Identify which address is the Individual’s current residence',
    item: 'address',
    addLabel: 'Add another address',
    min: 1,
    optional: true,
  },
  {
    kind: 'text',
    name: 'nationality',
    label: 'Nationality / Citizenship',
    hint: 'Stated nationality / citizenship documentation (if any). Record only what is known',
    optional: true,
    autoComplete: 'off',
  },
  {
    kind: 'longtext',
    name: 'immigrationStatus',
    label: 'Immigration / Asylum Status',
    hint: 'Immigration status? Refugee status? Asylum claimant? Please describe. Record only what is known',
    optional: true,
    rows: 3,
  },
  {
    kind: 'text',
    name: 'primaryLanguage.firstLanguage',
    label: 'Primary Language',
    hint: 'What is the Individual’s first language?',
    optional: true,
    autoComplete: 'off',
  },
  {
    kind: 'choice',
    name: 'primaryLanguage.speaksEnglish',
    label: 'Does the Individual speak / understand English?',
    optional: true,
    options: speaksEnglishOptions,
  },
  {
    kind: 'repeat',
    name: 'phones',
    label: 'Contact Number(s)',
    hint: 'Telephone Number(s)',
    item: 'phone',
    addLabel: 'Add another telephone number',
    min: 1,
    optional: true,
  },
  { kind: 'repeat', name: 'emails', label: 'Email Address(es)', item: 'email', addLabel: 'Add another email address', min: 1, optional: true },
  {
    kind: 'longtext',
    name: 'familyDetails',
    label: 'Any Other Family Details',
    hint: 'Family makeup? Who lives with the Individual? Anything relevant.',
    optional: true,
  },
];

const emptyIndividual = (): IndividualInput => ({
  forenames: '',
  surname: '',
  dateOfBirth: { ...emptyDateParts },
  approxAge: '',
  gender: '',
  addresses: [{ address: '', postcode: '', current: false }],
  nationality: '',
  immigrationStatus: '',
  primaryLanguage: { firstLanguage: '', speaksEnglish: '' },
  phones: [{ number: '' }],
  emails: [{ address: '' }],
  familyDetails: '',
});

// ---------------------------------------------------------------------------------------------
// C. Describe concerns; D. Complex needs; E. Any other information

export const CONCERNS_MAX = LONG_MAX;

export const concernsSchema = z.object({
  description: lines('The description of the concerns', CONCERNS_MAX).check(z.minLength(1, 'Describe the concerns relevant to Prevent')),
});

/** The form's "FOR EXAMPLE" prompts for Describe concerns (§2.2 C), verbatim. */
export const concernsForExample = [
  'How / why did the Individual come to your organisation’s notice in this instance?',
  'Does it involve a specific event? What happened? Is it a combination of factors? Describe them.',
  'Has the Individual discussed personal travel plans to a warzone or countries with similar concerns? Where? When? How?',
  'Does the Individual have contact with groups or individuals that cause you concern? Who? Why are they concerning? How frequent is this contact?',
  'Is there something about the Individual’s mobile phone, internet or social media use that is worrying to you? What exactly? How do you have access to this information?',
  'Has the Individual expressed a desire to cause physical harm, or threatened anyone with violence? Who? When? Can you remember what was said / expressed exactly?',
  'Has the Individual shown a concerning interest in hate crimes, or extremists, or terrorism? Consider any extremist ideology, group or cause, as well as support for “school-shooters” or public-massacres, or murders of public figures.',
  'Please describe any other concerns you may have that are not mentioned here.',
] as const;

export const concernsFields: FieldMeta[] = [
  {
    kind: 'longtext',
    name: 'description',
    label: 'Describe concerns',
    hint: 'In as much detail as possible, please describe the specific concern(s) relevant to Prevent.',
    rows: 12,
    forExample: concernsForExample,
  },
];

export const complexNeedsSchema = z.object({ description: lines('The description of complex needs') });

/** The "FOR EXAMPLE" prompts for Complex needs (§2.2 D), with the OCR errors corrected. */
export const complexNeedsForExample = [
  'Victim of crime, abuse or bullying.',
  'Work, financial or housing problems.',
  'Citizenship, asylum or immigration issues.',
  'Personal problems, emotional difficulties, relationship problems, family issues, ongoing court proceedings.',
  'On probation; any erratic, violent, self-destructive or risky behaviours, or alcohol / drug misuse or dependency.',
  'Expressed feelings of injustice or grievance involving any racial, religious or political issue, or even conspiracy theories.',
  'Educational issues, developmental or behavioural difficulties, mental ill health (see Safeguarding Considerations below).',
  'Please describe any other need or potential vulnerability you think may be present but which is not mentioned here.',
] as const;

export const complexNeedsFields: FieldMeta[] = [
  {
    kind: 'longtext',
    name: 'description',
    label: 'Complex needs',
    hint: 'Is there anything in the Individual’s life that you think might be affecting their wellbeing or that might be making them vulnerable in any sense?',
    optional: true,
    rows: 8,
    forExample: complexNeedsForExample,
  },
];

export const otherInformationSchema = z.object({ details: lines('The other information') });

export const otherInformationFields: FieldMeta[] = [
  {
    kind: 'longtext',
    name: 'details',
    label:
      'Please provide any further information you think may be relevant, e.g. social media details, military service number, other agencies or professionals working with the Individual, etc.',
    optional: true,
    rows: 8,
  },
];

// ---------------------------------------------------------------------------------------------
// F, G, H. The people behind the referral

const personFields = {
  forename: line('The forename'),
  surname: line('The surname'),
  roleAndOrganisation: line('The professional role and organisation'),
  relationship: line('The relationship to the individual'),
  phone: phoneField,
  email: emailField,
};

/** When a person's details are needed: names, role and organisation, and one way to reach them. */
function requirePerson(values: unknown, ctx: z.core.$RefinementCtx, who: string) {
  const person = asRecord(values);
  const missing = (key: keyof typeof personFields) => isBlank(person[key]);
  const need = (key: keyof typeof personFields, message: string) => {
    if (missing(key)) ctx.addIssue({ code: 'custom', path: [key], message });
  };
  need('forename', `Enter the forename of ${who}`);
  need('surname', `Enter the surname of ${who}`);
  need('roleAndOrganisation', `Enter the professional role and organisation of ${who}`);
  if (missing('phone') && missing('email')) {
    ctx.addIssue({ code: 'custom', path: ['phone'], message: `Enter a contact telephone number or email address for ${who}` });
  }
}

type PersonHints = Record<keyof typeof personFields, string>;
type PersonAutoComplete = Partial<Record<keyof typeof personFields, string>>;

/** The six F/G/H fields with the form's labels; hints from each section's placeholders. */
const personMeta = (hints: PersonHints, options: { optional: readonly (keyof typeof personFields)[]; autoComplete?: PersonAutoComplete }): FieldMeta[] => {
  const optional = (key: keyof typeof personFields) => (options.optional.includes(key) ? { optional: true } : {});
  const autoComplete = (key: keyof typeof personFields) => options.autoComplete?.[key] ?? 'off';
  return [
    { kind: 'text', name: 'forename', label: 'Forename', hint: hints.forename, autoComplete: autoComplete('forename'), ...optional('forename') },
    { kind: 'text', name: 'surname', label: 'Surname', hint: hints.surname, autoComplete: autoComplete('surname'), ...optional('surname') },
    {
      kind: 'text',
      name: 'roleAndOrganisation',
      label: 'Professional Role & Organisation',
      hint: hints.roleAndOrganisation,
      autoComplete: autoComplete('roleAndOrganisation'),
      ...optional('roleAndOrganisation'),
    },
    { kind: 'text', name: 'relationship', label: 'Relationship to Individual', hint: hints.relationship, autoComplete: 'off', ...optional('relationship') },
    {
      kind: 'text',
      name: 'phone',
      label: 'Contact Telephone Number',
      hint: hints.phone,
      inputMode: 'tel',
      width: 'half',
      autoComplete: autoComplete('phone'),
      ...optional('phone'),
    },
    { kind: 'text', name: 'email', label: 'Email Address', hint: hints.email, inputMode: 'email', autoComplete: autoComplete('email'), ...optional('email') },
  ];
};

const emptyPerson = () => ({ forename: '', surname: '', roleAndOrganisation: '', relationship: '', phone: '', email: '' });

export const firstIdentifiedSchema = z.object({
  wishesAnonymous: yesNo('Select yes if the person who first identified the concerns wishes to remain anonymous'),
  ...personFields,
});

export const firstIdentifiedFields: FieldMeta[] = [
  {
    kind: 'yesNo',
    name: 'wishesAnonymous',
    label: 'Do they wish to remain anonymous?',
    // domain-spec §2.2 F: the seeds do not say what "Yes" changes.
    hint: 'The form does not say how an anonymous source is handled. Check with your organisation’s Prevent lead',
  },
  ...personMeta(
    {
      forename: 'Referrers First Name(s)',
      surname: 'Referrers Last Name',
      roleAndOrganisation: 'Referrers Role / Organisation',
      relationship: 'Referrers Relationship To The Individual',
      phone: 'Referrers Telephone Number',
      email: 'Referrers Email Address',
    },
    { optional: ['forename', 'surname', 'roleAndOrganisation', 'relationship'] },
  ),
];

export const referrerSchema = z
  .object({
    sameAsFirst: yesNo('Select yes if the person making this referral is the person who first identified the concerns'),
    ...personFields,
  })
  .check(
    z.superRefine((values, ctx) => {
      if (asRecord(values).sameAsFirst === 'no') requirePerson(values, ctx, 'the person making this referral');
    }, whenObject),
  );

export const referrerFields: FieldMeta[] = [
  {
    kind: 'yesNo',
    name: 'sameAsFirst',
    label: 'Is the person making this referral the person who first identified the concerns?',
    hint: 'If no, give the details of the person making this referral',
  },
  ...personMeta(
    {
      forename: 'Contact First Name(s)',
      surname: 'Contact Last Name',
      roleAndOrganisation: 'Contact Role & Organisation',
      relationship: 'Contact Relationship to the Individual',
      phone: 'Contact Telephone Number',
      email: 'Contact Email Address',
    },
    // Usually the safeguarding lead using this app: let the browser offer their own details.
    {
      optional: ['relationship'],
      autoComplete: { forename: 'given-name', surname: 'family-name', roleAndOrganisation: 'organization-title', phone: 'tel', email: 'email' },
    },
  ),
];

export const preventContactSchema = z
  .object({
    sameAsReferrer: yesNo('Select yes if the organisational Prevent contact is the person making this referral'),
    ...personFields,
  })
  .check(
    z.superRefine((values, ctx) => {
      if (asRecord(values).sameAsReferrer === 'no') requirePerson(values, ctx, 'the organisational Prevent contact');
    }, whenObject),
  );

export const preventContactFields: FieldMeta[] = [
  {
    kind: 'yesNo',
    name: 'sameAsReferrer',
    label: 'Is the organisational Prevent contact the person making this referral?',
    hint: 'If no, give the details of your organisation’s Prevent contact',
  },
  // The printed form repeats Section F's "Referrers …" placeholders here (domain-spec §2.5 item 8).
  ...personMeta(
    {
      forename: 'Prevent Contact First Name(s)',
      surname: 'Prevent Contact Last Name',
      roleAndOrganisation: 'Prevent Contact Role / Organisation',
      relationship: 'Prevent Contact Relationship To The Individual',
      phone: 'Prevent Contact Telephone Number',
      email: 'Prevent Contact Email Address',
    },
    { optional: ['relationship'] },
  ),
];

// ---------------------------------------------------------------------------------------------
// I. Relevant dates

export const DATES_ORDER_MESSAGE = 'The date the concern first came to light must be on or before the date of the referral';

export const relevantDatesSchema = z
  .object({
    concernCameToLight: pastDateSchema({ missing: 'Enter the date the concern first came to light', name: 'The date the concern first came to light' }),
    referralDate: pastDateSchema({ missing: 'Enter the date the referral was made to Prevent', name: 'The date the referral was made to Prevent' }),
  })
  .check(
    z.superRefine((values, ctx) => {
      const { concernCameToLight, referralDate } = values as Record<string, unknown>;
      // On the concern date: the referral date is usually today, so the earlier date is the likelier slip.
      if (typeof concernCameToLight === 'string' && typeof referralDate === 'string' && concernCameToLight > referralDate) {
        ctx.addIssue({ code: 'custom', path: ['concernCameToLight'], message: DATES_ORDER_MESSAGE });
      }
    }, whenObject),
  );

export const relevantDatesFields: FieldMeta[] = [
  { kind: 'date', name: 'concernCameToLight', label: 'Date the concern first came to light', hint: 'For example, 27 3 2026' },
  { kind: 'date', name: 'referralDate', label: 'Date referral made to Prevent', hint: 'Usually today. For example, 27 3 2026' },
];

// ---------------------------------------------------------------------------------------------
// J. Safeguarding considerations

/**
 * A yes/no question with a follow-up revealed, and required, under "Yes". The follow-up is hidden
 * under "No", so text left in it then is dropped from the output: the export holds what the page shows.
 */
const consideration = (messages: { choose: string; describe: string }) =>
  z.pipe(
    z.object({ answer: yesNo(messages.choose), details: lines('The description') }).check(
      z.superRefine((values, ctx) => {
        const { answer, details } = asRecord(values);
        if (answer === 'yes' && isBlank(details)) ctx.addIssue({ code: 'custom', path: ['details'], message: messages.describe });
      }, whenObject),
    ),
    z.transform(({ answer, details }: { answer: 'yes' | 'no'; details: string }) => ({ answer, details: answer === 'yes' ? details : '' })),
  );

export const safeguardingSchema = z.object({
  disabilities: consideration({
    choose: 'Select yes if the individual has any stated or diagnosed disabilities, disorders or mental health issues',
    describe: 'Describe the disabilities, disorders or mental health issues, including whether they have been diagnosed',
  }),
  discussedWithLead: consideration({
    choose: 'Select yes if you have discussed this individual with your organisation’s safeguarding or Prevent lead',
    describe: 'Enter the result of the discussion with your safeguarding or Prevent lead',
  }),
  informedIndividual: consideration({
    choose: 'Select yes if you have informed the individual that you are making this referral',
    describe: 'Enter the individual’s response when you told them about this referral',
  }),
  directAction: consideration({
    choose: 'Select yes if you have taken any direct action with the individual since receiving this information',
    describe: 'Enter the action you took and its result',
  }),
  otherAgencies: consideration({
    choose: 'Select yes if you have discussed your concerns with any other agencies',
    describe: 'Enter the result of the discussion with other agencies',
  }),
});

const question = (key: keyof z.input<typeof safeguardingSchema>, label: string, describe: string): FieldMeta => ({
  kind: 'yesNo',
  name: `${key}.answer`,
  label,
  describe: { name: `${key}.details`, label: describe, requiredWhen: 'yes' },
});

export const safeguardingFields: FieldMeta[] = [
  // J1's follow-up is garbled in the seed ("Please descs ether the concern has been diagnosed"); reconstructed.
  question(
    'disabilities',
    'Does the Individual have any stated or diagnosed disabilities, disorders or mental health issues?',
    'Please describe, including whether the concern has been diagnosed',
  ),
  question(
    'discussedWithLead',
    'Have you discussed this Individual with your organisations Safeguarding / Prevent lead?',
    'What was the result of the discussion?',
  ),
  question('informedIndividual', 'Have you informed the Individual that you are making this referral?', 'What was the response?'),
  question('directAction', 'Have you taken any direct action with the Individual since receiving this information?', 'What was the action & the result?'),
  question('otherAgencies', 'Have you discussed your concerns around the Individual with any other agencies?', 'What was the result of the discussion?'),
];

const emptyAnswer = () => ({ answer: '' as const, details: '' });

// ---------------------------------------------------------------------------------------------
// K. Employment and education

export const employmentSchema = z.object({
  currentOccupation: line('The current occupation and employer', 1000),
  previousOccupations: line('The previous occupations and employers', 1000),
  currentEducation: line('The current school, college or university', 1000),
  previousEducation: line('The previous schools, colleges or universities', 1000),
});

export const employmentFields: FieldMeta[] = [
  {
    kind: 'text',
    name: 'currentOccupation',
    label: 'Current Occupation & Employer',
    hint: 'Current Occupation(s) & Employer(s)',
    optional: true,
    autoComplete: 'off',
  },
  {
    kind: 'text',
    name: 'previousOccupations',
    label: 'Previous Occupation(s) & Employer(s)',
    hint: 'Previous Occupation(s) & Employer(s)',
    optional: true,
    autoComplete: 'off',
  },
  {
    kind: 'text',
    name: 'currentEducation',
    label: 'Current School / College / University',
    hint: 'Current Educational Establishment(s)',
    optional: true,
    autoComplete: 'off',
  },
  {
    kind: 'text',
    name: 'previousEducation',
    label: 'Previous School / College / University',
    hint: 'Previous Educational Establishment(s)',
    optional: true,
    autoComplete: 'off',
  },
];

// ---------------------------------------------------------------------------------------------
// The sections in order (domain-spec §2.3) and the whole draft

const sectionSchemas = {
  individual: individualSchema,
  concerns: concernsSchema,
  complexNeeds: complexNeedsSchema,
  otherInformation: otherInformationSchema,
  firstIdentified: firstIdentifiedSchema,
  referrer: referrerSchema,
  preventContact: preventContactSchema,
  dates: relevantDatesSchema,
  safeguarding: safeguardingSchema,
  employment: employmentSchema,
};
type SectionSchemas = typeof sectionSchemas;

export type ReferralSectionId = keyof SectionSchemas;
/** What a section's page holds (react-hook-form's values). */
export type SectionInput<Id extends ReferralSectionId> = z.input<SectionSchemas[Id]>;
/** A section's values once they pass its schema. */
export type SectionOutput<Id extends ReferralSectionId> = z.output<SectionSchemas[Id]>;

export interface ReferralSection<Id extends ReferralSectionId = ReferralSectionId> {
  id: Id;
  /** The section's letter on the national form (A is the static "REFERRAL PROCESS" box). */
  letter: string;
  heading: string;
  schema: SectionSchemas[Id];
  /** The page's fields in order. */
  fields: readonly ReferralFieldMeta[];
  /** The page's values before anything is entered. */
  empty: () => SectionInput<Id>;
}

const section = <Id extends ReferralSectionId>(
  id: Id,
  letter: string,
  heading: string,
  fields: readonly ReferralFieldMeta[],
  empty: () => SectionInput<Id>,
): ReferralSection<Id> => ({
  id,
  letter,
  heading,
  schema: sectionSchemas[id],
  fields,
  empty,
});

export const referralSections = [
  section('individual', 'B', 'INDIVIDUAL’S BIOGRAPHICAL & CONTACT DETAILS', individualFields, emptyIndividual),
  section('concerns', 'C', 'DESCRIBE CONCERNS', concernsFields, () => ({ description: '' })),
  section('complexNeeds', 'D', 'COMPLEX NEEDS', complexNeedsFields, () => ({ description: '' })),
  // No heading survives in the seed for E (domain-spec §2.2 E); this one is reconstructed.
  section('otherInformation', 'E', 'ANY OTHER INFORMATION', otherInformationFields, () => ({ details: '' })),
  section('firstIdentified', 'F', 'PERSON WHO FIRST IDENTIFIED THE CONCERNS', firstIdentifiedFields, () => ({ wishesAnonymous: '', ...emptyPerson() })),
  section('referrer', 'G', 'PERSON MAKING THIS REFERRAL (if different from above)', referrerFields, () => ({ sameAsFirst: '', ...emptyPerson() })),
  section('preventContact', 'H', 'REFERRER’S ORGANISATIONAL PREVENT CONTACT (if different from above)', preventContactFields, () => ({
    sameAsReferrer: '',
    ...emptyPerson(),
  })),
  section('dates', 'I', 'RELEVANT DATES', relevantDatesFields, () => ({ concernCameToLight: { ...emptyDateParts }, referralDate: { ...emptyDateParts } })),
  section('safeguarding', 'J', 'SAFEGUARDING CONSIDERATIONS', safeguardingFields, () => ({
    disabilities: emptyAnswer(),
    discussedWithLead: emptyAnswer(),
    informedIndividual: emptyAnswer(),
    directAction: emptyAnswer(),
    otherAgencies: emptyAnswer(),
  })),
  section('employment', 'K', 'INDIVIDUAL’S EMPLOYMENT / EDUCATION DETAILS', employmentFields, () => ({
    currentOccupation: '',
    previousOccupations: '',
    currentEducation: '',
    previousEducation: '',
  })),
] as const;

// Every section schema has its entry in `referralSections` (a type error here otherwise).
type MissingSection = Exclude<ReferralSectionId, (typeof referralSections)[number]['id']>;
const everySectionListed: [MissingSection] extends [never] ? true : MissingSection = true;
void everySectionListed;

export function getReferralSection<Id extends ReferralSectionId>(id: Id): ReferralSection<Id> {
  return referralSections.find((s) => s.id === id) as unknown as ReferralSection<Id>;
}

export const REFERRER_CONTACT_MESSAGE =
  'Enter a contact telephone number or email address for the person who first identified the concerns, or answer “No” to the first question in section G and give the details of the person making this referral';

/**
 * A whole draft, parsed for export. Every section's rules, plus those that span sections
 * (domain-spec §2.6): there must be a way to contact the referrer, from section F or, when the person
 * making the referral is someone else, section G (whose own rules already ask for it).
 */
const referralObjectSchema = z.object({
  formVersion: z.literal(REFERRAL_FORM_VERSION, {
    error: 'This draft was made with a different version of the referral form. Start a new referral and copy the details across',
  }),
  sections: z.object(sectionSchemas),
});
export const referralSchema = z.pipe(
  referralObjectSchema.check(
    z.superRefine((draft, ctx) => {
      const sections = asRecord(draft.sections);
      const first = asRecord(sections.firstIdentified);
      if (asRecord(sections.referrer).sameAsFirst === 'no') return;
      if (isBlank(first.phone) && isBlank(first.email)) {
        ctx.addIssue({ code: 'custom', path: ['sections', 'firstIdentified', 'phone'], message: REFERRER_CONTACT_MESSAGE });
      }
    }, whenObject),
  ),
  z.transform(({ formVersion, sections }: z.output<typeof referralObjectSchema>) => ({ formVersion, ...sections })),
);

/** The referral as the user is entering it: each section's page values. Saved and restored as is. */
export type ReferralDraft = z.input<typeof referralSchema>;
/** A complete referral: every section's clean values and the form version. */
export type Referral = z.output<typeof referralSchema>;

export function emptyReferralDraft(): ReferralDraft {
  const sections = Object.fromEntries(referralSections.map((s) => [s.id, s.empty()]));
  return { formVersion: REFERRAL_FORM_VERSION, sections: sections as ReferralDraft['sections'] };
}

/** Parses one section's page values: zod's safeParse result, typed for that section. */
export function parseSection<Id extends ReferralSectionId>(id: Id, values: unknown): z.util.SafeParseResult<SectionOutput<Id>> {
  return (sectionSchemas[id] as unknown as z.ZodMiniType<SectionOutput<Id>>).safeParse(values);
}

export type SectionStatus = 'not-started' | 'in-progress' | 'completed';

/** True when anything has been entered: text other than white space, a ticked box, a chosen option. */
function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return !isBlank(value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(hasContent);
  return false;
}

/**
 * For the task list. "Not started" when nothing has been entered (the page's empty values, blank
 * rows and white space included); "completed" when the section's own rules pass; otherwise
 * "in progress". Rules that span sections are checked when the whole referral is parsed.
 */
export function sectionStatus(draft: ReferralDraft, id: ReferralSectionId): SectionStatus {
  const values: unknown = draft.sections[id];
  if (!hasContent(values)) return 'not-started';
  return parseSection(id, values).success ? 'completed' : 'in-progress';
}

/**
 * The individual's age in whole years on a date (ISO `YYYY-MM-DD`): from the date of birth when
 * known, else the approximate age as entered, else null. The consent rules use it (under 18, 16+).
 */
export function ageOn(source: Referral | Individual, onDateIso: string): number | null {
  const individual = 'individual' in source ? source.individual : source;
  if (individual.dateOfBirth) return wholeYearsBetween(individual.dateOfBirth, onDateIso);
  return individual.approxAge;
}
