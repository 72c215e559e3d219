import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import bswIcb from '../public/profiles/bsw-icb.json';
import mseIcb from '../public/profiles/mse-icb.json';
import nationalDefault from '../public/profiles/national-default.json';
import { EMAIL_MESSAGE, PHONE_MESSAGE } from './contact-checks';
import {
  contactKeys,
  describeProfilePath,
  EXTENSION_IN_PHONE_MESSAGE,
  EXTENSION_MESSAGE,
  isHttpsUrl,
  nationalDefaultProfile,
  parseProfile,
  parseProfileJson,
  PROFILE_ID_MESSAGE,
  profileSchema,
  rationaleRouteFor,
  SHORT_CODE_MESSAGE,
  URL_MESSAGE,
  type OrganisationProfile,
  type ProfileError,
  type ProfileResult,
} from './organisation-profile.schema';

/** Approval dates are checked against "today": the tests fix it at 1 June 2025. */
const now = () => new Date('2025-06-01T12:00:00Z');

/** A small, complete, valid MSE-model profile to break one field at a time. */
const goodProfile = () => ({
  schemaVersion: 1,
  id: 'example-icb',
  name: 'Example Integrated Care Board',
  pathwayModel: 'mse-police-portal',
  referralCompletedBy: 'any-staff-after-liaison',
  recipients: [{ label: 'Police Prevent team', url: 'https://www.example.police.uk/prevent' }],
  contacts: {
    safeguardingLead: {
      role: 'Safeguarding Team',
      phone: '01632 960001',
      extension: '123',
      email: 'safeguarding@example.nhs.uk',
      hours: 'Monday to Friday, 9am to 5pm',
    },
    outOfHours: { role: 'On-call safeguarding lead', phone: '07700 900123' },
  },
  staffRouteRoles: ['Line manager', 'HR'],
  notifyOnReferral: ['Prevent Lead'],
  markingDescriptor: 'PERSONAL DATA',
  rationaleOverrides: {
    publicInterest: { text: 'Approved local wording.', approvedBy: 'A Person, IG Lead', approvedOn: '2025-05-31' },
  },
  mse: { policePortalName: 'Prevent | Example Police', policePortalUrl: 'https://www.example.police.uk/prevent', preventLeadEmail: 'prevent@example.nhs.uk' },
  sources: ['Example Prevent Policy v2'],
});
type Draft = ReturnType<typeof goodProfile> & Record<string, unknown>;

function errorsOf(result: ProfileResult): ProfileError[] {
  if (result.ok) throw new Error('Expected the profile to be refused');
  return result.errors;
}
function profileOf(result: ProfileResult): OrganisationProfile {
  if (!result.ok) throw new Error(`Expected a valid profile, got ${JSON.stringify(result.errors, null, 2)}`);
  return result.profile;
}
/** Parses the good profile after `change`; the one error it must produce. */
function onlyErrorAfter(change: (draft: Draft) => void): ProfileError {
  const draft = goodProfile() as Draft;
  change(draft);
  const errors = errorsOf(parseProfile(draft, now));
  expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
  return errors[0]!;
}

describe('a good profile', () => {
  it('is accepted as written', () => {
    const profile = profileOf(parseProfile(goodProfile(), now));
    expect(profile.name).toBe('Example Integrated Care Board');
    expect(profile.contacts.safeguardingLead).toEqual(goodProfile().contacts.safeguardingLead);
    expect(profile.mse?.policePortalName).toBe('Prevent | Example Police');
  });

  it('fills in the defaults: reading B, empty lists, no contacts', () => {
    const profile = profileOf(
      parseProfile(
        { schemaVersion: 1, id: 'minimal', name: 'Minimal Trust', pathwayModel: 'bsw-reporting-chart', referralCompletedBy: 'safeguarding-lead' },
        now,
      ),
    );
    expect(profile).toEqual({
      schemaVersion: 1,
      id: 'minimal',
      name: 'Minimal Trust',
      pathwayModel: 'bsw-reporting-chart',
      readingVariant: 'B',
      referralCompletedBy: 'safeguarding-lead',
      recipients: [],
      contacts: {},
      staffRouteRoles: [],
      notifyOnReferral: [],
      sources: [],
    });
  });

  it('tidies what it keeps: trimmed text, telephone spacing, descriptor in capitals', () => {
    const draft = goodProfile() as Draft;
    draft.name = '  Example Integrated Care Board  ';
    draft.contacts.safeguardingLead = { ...draft.contacts.safeguardingLead, phone: ' 01632   960001 ', email: ' safeguarding@example.nhs.uk ' };
    draft.markingDescriptor = ' personal  data ';
    const profile = profileOf(parseProfile(draft, now));
    expect(profile.name).toBe('Example Integrated Care Board');
    expect(profile.contacts.safeguardingLead?.phone).toBe('01632 960001');
    expect(profile.contacts.safeguardingLead?.email).toBe('safeguarding@example.nhs.uk');
    expect(profile.markingDescriptor).toBe('PERSONAL DATA');
  });

  it('reads a blank value ("") as not given, like a missing key', () => {
    const draft = goodProfile() as Draft;
    draft.contacts.outOfHours = { role: 'On-call safeguarding lead', phone: '', email: '  ' } as never;
    draft.markingDescriptor = '';
    draft.mse = { ...draft.mse, policePortalUrl: '' };
    const profile = profileOf(parseProfile(draft, now));
    expect(profile.contacts.outOfHours).toEqual({ role: 'On-call safeguarding lead' });
    expect(profile.markingDescriptor).toBeUndefined();
    expect(profile.mse).toEqual({ policePortalName: 'Prevent | Example Police', preventLeadEmail: 'prevent@example.nhs.uk' });
  });

  it.each([
    ['a geographic number', '01632 960001'],
    ['a London number', '020 7946 0958'],
    ['a mobile', '07700 900123'],
    ['a freephone switchboard', '0800 123 4567'],
    ['a number written with +44', '+44 (0)1632 960001'],
  ])('accepts %s as a contact telephone number', (_what, phone) => {
    const draft = goodProfile() as Draft;
    draft.contacts.outOfHours = { phone } as never;
    expect(profileOf(parseProfile(draft, now)).contacts.outOfHours?.phone).toBe(phone);
  });

  it('accepts a contact with only a role: the seeds name roles but rarely publish numbers', () => {
    const draft = goodProfile() as Draft;
    draft.contacts = { hr: { role: 'Human Resources' } } as never;
    expect(profileOf(parseProfile(draft, now)).contacts).toEqual({ hr: { role: 'Human Resources' } });
  });

  it('accepts an approval dated today', () => {
    const draft = goodProfile() as Draft;
    draft.rationaleOverrides = { consent: { text: 'x', approvedBy: 'y', approvedOn: '2025-06-01' } } as never;
    expect(parseProfile(draft, now).ok).toBe(true);
  });
});

describe('a broken profile: one error, against its field, in plain words', () => {
  it.each<[string, (draft: Draft) => void, ProfileError]>([
    [
      'a misspelt top-level key',
      (d) => ((d.nmae = 'x'), void 0),
      { path: 'nmae', message: 'Profile: "nmae" is not a field the app knows. Did you mean "name"?' },
    ],
    [
      'a misspelt contact',
      (d) => ((d.contacts as Record<string, unknown>).safegaurdingLead = { role: 'x' }),
      { path: 'contacts.safegaurdingLead', message: 'Contacts: "safegaurdingLead" is not a field the app knows. Did you mean "safeguardingLead"?' },
    ],
    [
      'an unknown key inside a contact',
      (d) => ((d.contacts.outOfHours as Record<string, unknown>).mobile = '07700 900123'),
      { path: 'contacts.outOfHours.mobile', message: 'Contacts › Out of hours: "mobile" is not a field the app knows. Check the spelling, or remove it' },
    ],
    [
      'national numbers added as if they were a field',
      (d) => ((d.nationalContacts = { emergency: '999' }), void 0),
      { path: 'nationalContacts', message: 'Profile: "nationalContacts" is not a field the app knows. Check the spelling, or remove it' },
    ],
    ['a missing name', (d) => delete (d as Partial<Draft>).name, { path: 'name', message: 'Organisation name: This is required: add it' }],
    ['a blank name', (d) => ((d.name = '   '), void 0), { path: 'name', message: 'Organisation name: Enter the organisation’s name' }],
    ['a name that is not text', (d) => ((d.name = 42 as never), void 0), { path: 'name', message: 'Organisation name: Enter text in double quotes' }],
    ['a missing id', (d) => delete (d as Partial<Draft>).id, { path: 'id', message: 'Profile id: This is required: add it' }],
    ['an id with capitals and spaces', (d) => ((d.id = 'Example ICB'), void 0), { path: 'id', message: `Profile id: ${PROFILE_ID_MESSAGE}` }],
    ['an id with a double hyphen', (d) => ((d.id = 'example--icb'), void 0), { path: 'id', message: `Profile id: ${PROFILE_ID_MESSAGE}` }],
    [
      'another schema version',
      (d) => ((d.schemaVersion = 2), void 0),
      { path: 'schemaVersion', message: 'Schema version: Use 1: the version of the profile format this app reads' },
    ],
    [
      'a missing schema version',
      (d) => delete (d as Partial<Draft>).schemaVersion,
      { path: 'schemaVersion', message: 'Schema version: This is required: add it' },
    ],
    [
      'a pathway model that does not exist',
      (d) => ((d.pathwayModel = 'bsw'), void 0),
      {
        path: 'pathwayModel',
        message: 'Pathway model: Use "bsw-reporting-chart" (the BSW reporting chart) or "mse-police-portal" (the MSE police-portal flowchart)',
      },
    ],
    ['a missing pathway model', (d) => delete (d as Partial<Draft>).pathwayModel, { path: 'pathwayModel', message: 'Pathway model: This is required: add it' }],
    [
      'who completes the referral, misspelt',
      (d) => ((d.referralCompletedBy = 'safeguarding lead'), void 0),
      { path: 'referralCompletedBy', message: 'Who completes the referral: Use "safeguarding-lead" or "any-staff-after-liaison"' },
    ],
    [
      'a bad contact email',
      (d) => ((d.contacts.safeguardingLead.email = 'safeguarding.example.nhs.uk'), void 0),
      { path: 'contacts.safeguardingLead.email', message: `Contacts › Safeguarding lead › email address: ${EMAIL_MESSAGE}` },
    ],
    [
      'a bad recipient email',
      (d) => ((d.recipients = [{ label: 'MASH', email: 'mash@' } as never]), void 0),
      { path: 'recipients.0.email', message: `Recipient 1 › email address: ${EMAIL_MESSAGE}` },
    ],
    [
      'a bad Prevent Lead email',
      (d) => ((d.mse.preventLeadEmail = 'prevent lead@example.nhs.uk'), void 0),
      { path: 'mse.preventLeadEmail', message: `MSE police-portal settings › Prevent Lead email address: ${EMAIL_MESSAGE}` },
    ],
    [
      'a telephone number with letters',
      (d) => ((d.contacts.outOfHours.phone = 'ask switchboard'), void 0),
      { path: 'contacts.outOfHours.phone', message: `Contacts › Out of hours › telephone number: ${PHONE_MESSAGE}` },
    ],
    [
      'a telephone number that is too short',
      (d) => ((d.contacts.outOfHours.phone = '01632 9600'), void 0),
      { path: 'contacts.outOfHours.phone', message: `Contacts › Out of hours › telephone number: ${PHONE_MESSAGE}` },
    ],
    [
      'an extension written into the telephone number',
      (d) => ((d.contacts.outOfHours.phone = '01632 960001 ext 123'), void 0),
      { path: 'contacts.outOfHours.phone', message: `Contacts › Out of hours › telephone number: ${EXTENSION_IN_PHONE_MESSAGE}` },
    ],
    [
      'an extension written as "x123"',
      (d) => ((d.contacts.outOfHours.phone = '01632 960001 x123'), void 0),
      { path: 'contacts.outOfHours.phone', message: `Contacts › Out of hours › telephone number: ${EXTENSION_IN_PHONE_MESSAGE}` },
    ],
    [
      '101, a national short code',
      (d) => ((d.contacts.outOfHours.phone = '101'), void 0),
      { path: 'contacts.outOfHours.phone', message: `Contacts › Out of hours › telephone number: ${SHORT_CODE_MESSAGE}` },
    ],
    [
      '999, a national short code',
      (d) => ((d.contacts.outOfHours.phone = '999'), void 0),
      { path: 'contacts.outOfHours.phone', message: `Contacts › Out of hours › telephone number: ${SHORT_CODE_MESSAGE}` },
    ],
    [
      'an extension with letters',
      (d) => ((d.contacts.safeguardingLead.extension = 'ext 123'), void 0),
      { path: 'contacts.safeguardingLead.extension', message: `Contacts › Safeguarding lead › extension: ${EXTENSION_MESSAGE}` },
    ],
    [
      'an extension with no telephone number',
      (d) => ((d.contacts.outOfHours = { role: 'On call', extension: '4' } as never), void 0),
      {
        path: 'contacts.outOfHours.extension',
        message: 'Contacts › Out of hours › extension: Add the telephone number the extension belongs to, or remove the extension',
      },
    ],
    [
      'an empty contact',
      (d) => ((d.contacts.outOfHours = {} as never), void 0),
      {
        path: 'contacts.outOfHours',
        message: 'Contacts › Out of hours: Give at least a role, a name or a way to reach this contact, or leave the contact out',
      },
    ],
    [
      'a web address over http',
      (d) => ((d.mse.policePortalUrl = 'http://www.example.police.uk/prevent'), void 0),
      { path: 'mse.policePortalUrl', message: `MSE police-portal settings › police portal web address: ${URL_MESSAGE}` },
    ],
    [
      'a web address with no scheme',
      (d) => ((d.recipients = [{ label: 'Police', url: 'www.example.police.uk' } as never]), void 0),
      { path: 'recipients.0.url', message: `Recipient 1 › web address: ${URL_MESSAGE}` },
    ],
    [
      'a javascript: address',
      (d) => ((d.contacts.outOfHours = { url: 'javascript:alert(1)' } as never), void 0),
      { path: 'contacts.outOfHours.url', message: `Contacts › Out of hours › web address: ${URL_MESSAGE}` },
    ],
    [
      'a recipient with no label',
      (d) => ((d.recipients = [{ email: 'mash@example.gov.uk' } as never]), void 0),
      { path: 'recipients.0.label', message: 'Recipient 1 › who it is: This is required: add it' },
    ],
    [
      'a list that is not a list',
      (d) => ((d.staffRouteRoles = 'HR' as never), void 0),
      { path: 'staffRouteRoles', message: 'Staff route roles: Enter a list in square brackets [ ]' },
    ],
    [
      'a blank role in a list',
      (d) => ((d.staffRouteRoles = ['Line manager', ' ']), void 0),
      { path: 'staffRouteRoles.1', message: 'Staff route role 2: Enter the role' },
    ],
    [
      'a descriptor not on the list',
      (d) => ((d.markingDescriptor = 'CONFIDENTIAL'), void 0),
      {
        path: 'markingDescriptor',
        message: 'Marking descriptor: Use a descriptor from the list ("PERSONAL DATA"), or leave it out if your organisation’s policy does not use one',
      },
    ],
    [
      'the superseded descriptor PERSONAL',
      (d) => ((d.markingDescriptor = 'PERSONAL'), void 0),
      {
        path: 'markingDescriptor',
        message: 'Marking descriptor: "PERSONAL" has been replaced by "PERSONAL DATA" on the 2024 list of descriptors: use "PERSONAL DATA"',
      },
    ],
    [
      'an approval dated in the future',
      (d) => ((d.rationaleOverrides.publicInterest.approvedOn = '2025-06-02'), void 0),
      {
        path: 'rationaleOverrides.publicInterest.approvedOn',
        message:
          'Approved rationale wording › Public interest › date approved: Enter the date of approval as YYYY-MM-DD, like 2025-03-01: a real date, today or earlier',
      },
    ],
    [
      'an approval date that is not real',
      (d) => ((d.rationaleOverrides.publicInterest.approvedOn = '2024-02-31'), void 0),
      {
        path: 'rationaleOverrides.publicInterest.approvedOn',
        message:
          'Approved rationale wording › Public interest › date approved: Enter the date of approval as YYYY-MM-DD, like 2025-03-01: a real date, today or earlier',
      },
    ],
    [
      'an approval date written the UK way',
      (d) => ((d.rationaleOverrides.publicInterest.approvedOn = '31/05/2025'), void 0),
      {
        path: 'rationaleOverrides.publicInterest.approvedOn',
        message:
          'Approved rationale wording › Public interest › date approved: Enter the date of approval as YYYY-MM-DD, like 2025-03-01: a real date, today or earlier',
      },
    ],
    [
      'approved wording with nobody approving it',
      (d) => delete (d.rationaleOverrides.publicInterest as Partial<typeof d.rationaleOverrides.publicInterest>).approvedBy,
      { path: 'rationaleOverrides.publicInterest.approvedBy', message: 'Approved rationale wording › Public interest › approved by: This is required: add it' },
    ],
    [
      'wording for a route that does not exist',
      (d) => ((d.rationaleOverrides = { ...d.rationaleOverrides, publicIntrest: { text: 'x', approvedBy: 'y', approvedOn: '2025-01-01' } } as never), void 0),
      {
        path: 'rationaleOverrides.publicIntrest',
        message: 'Approved rationale wording: "publicIntrest" is not a field the app knows. Did you mean "publicInterest"?',
      },
    ],
    [
      'the police-portal model without its settings',
      (d) => delete (d as Partial<Draft>).mse,
      { path: 'mse', message: 'MSE police-portal settings: Add the "mse" settings (at least "policePortalName"): the police-portal pathway needs them' },
    ],
    [
      'the BSW chart with police-portal settings',
      (d) => ((d.pathwayModel = 'bsw-reporting-chart'), void 0),
      {
        path: 'mse',
        message:
          'MSE police-portal settings: Remove the "mse" settings, or set "pathwayModel" to "mse-police-portal": only the police-portal pathway reads them',
      },
    ],
    [
      'a reading of the BSW chart on the police-portal model',
      (d) => ((d.readingVariant = 'A'), void 0),
      { path: 'readingVariant', message: 'Reading of the flowchart: Leave this out: the reading of the flowchart applies to the BSW reporting chart only' },
    ],
    [
      'a reading that does not exist',
      (d) => ((d.pathwayModel = 'bsw-reporting-chart'), delete (d as Partial<Draft>).mse, (d.readingVariant = 'C'), void 0),
      { path: 'readingVariant', message: 'Reading of the flowchart: Use "B" (the default) or "A"' },
    ],
    [
      'a portal with no name',
      (d) => ((d.mse = { policePortalUrl: 'https://www.example.police.uk/prevent' } as never), void 0),
      { path: 'mse.policePortalName', message: 'MSE police-portal settings › police portal name: This is required: add it' },
    ],
    [
      'more than 10 recipients',
      (d) => ((d.recipients = Array.from({ length: 11 }, (_, i) => ({ label: `Team ${i}` })) as never), void 0),
      { path: 'recipients', message: 'Recipients: List no more than 10 recipients' },
    ],
  ])('%s', (_what, change, expected) => {
    expect(onlyErrorAfter(change)).toEqual(expected);
  });

  it('reports every problem at once, each against its own field, including the pathway checks', () => {
    const draft = goodProfile() as Draft;
    draft.nmae = 'typo';
    draft.name = '';
    draft.pathwayModel = 'bsw-reporting-chart';
    draft.contacts.safeguardingLead.email = 'bad';
    draft.contacts.outOfHours.phone = '999';
    draft.markingDescriptor = 'SECRET';
    const errors = errorsOf(parseProfile(draft, now));
    expect(errors.map((error) => error.path).sort()).toEqual(
      ['contacts.outOfHours.phone', 'contacts.safeguardingLead.email', 'markingDescriptor', 'mse', 'name', 'nmae'].sort(),
    );
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['a string', 'mse-icb'],
    ['a number', 1],
  ])('refuses %s: the file must hold one object', (_what, json) => {
    expect(errorsOf(parseProfile(json, now))).toEqual([
      { path: '', message: 'Profile: the file must hold one JSON object, starting with { and ending with }' },
    ]);
  });
});

describe('parseProfileJson', () => {
  it('reads a profile from the text of a file', () => {
    expect(profileOf(parseProfileJson(JSON.stringify(goodProfile()), now)).id).toBe('example-icb');
  });

  it('says when the file is not JSON, and what to look for', () => {
    const [error, ...rest] = errorsOf(parseProfileJson('{ "id": "x", }', now));
    expect(rest).toEqual([]);
    expect(error!.path).toBe('');
    expect(error!.message).toMatch(/^Profile: the file is not valid JSON \(.+\)\. Check for a missing comma, quote or bracket$/);
  });

  it('passes schema errors through', () => {
    expect(errorsOf(parseProfileJson('{}', now)).map((error) => error.path)).toEqual(['schemaVersion', 'id', 'name', 'pathwayModel', 'referralCompletedBy']);
  });
});

describe('field names in plain words', () => {
  it.each<[PropertyKey[], string]>([
    [[], 'Profile'],
    [['name'], 'Organisation name'],
    [['contacts', 'caldicottGuardian', 'email'], 'Contacts › Caldicott Guardian › email address'],
    [['recipients', 2, 'url'], 'Recipient 3 › web address'],
    [['notifyOnReferral', 0], 'Notified of every referral, item 1'],
    [['rationaleOverrides', 'seriousCrime', 'text'], 'Approved rationale wording › Serious crime › wording'],
    [['mse', 'policePortalUrl'], 'MSE police-portal settings › police portal web address'],
    [['madeUp'], '"madeUp"'],
  ])('%j is "%s"', (path, words) => {
    expect(describeProfilePath(path)).toBe(words);
  });

  /** Every key the schema accepts, at any depth, as a path. */
  function allPaths(schema: z.ZodMiniType, prefix: PropertyKey[] = []): PropertyKey[][] {
    let inner: z.ZodMiniType = schema;
    for (;;) {
      if (inner instanceof z.ZodMiniOptional || inner instanceof z.ZodMiniDefault) inner = inner._zod.def.innerType as z.ZodMiniType;
      else if (inner instanceof z.ZodMiniPipe)
        inner = (inner._zod.def.in instanceof z.ZodMiniTransform ? inner._zod.def.out : inner._zod.def.in) as z.ZodMiniType;
      else break;
    }
    if (inner instanceof z.ZodMiniArray) return allPaths(inner._zod.def.element as z.ZodMiniType, [...prefix, 0]);
    if (inner instanceof z.ZodMiniObject) {
      return Object.entries(inner.shape as Record<string, z.ZodMiniType>).flatMap(([key, child]) => [[...prefix, key], ...allPaths(child, [...prefix, key])]);
    }
    return [];
  }

  it('every field the schema accepts has a name in words, so no message shows a raw key', () => {
    const paths = allPaths(profileSchema);
    expect(paths.length).toBeGreaterThan(40);
    for (const path of paths) expect(describeProfilePath(path), path.join('.')).not.toMatch(/"/);
  });

  it('the contacts directory has the eight local contacts of domain-spec §4.2 and the brief', () => {
    expect(contactKeys).toEqual([
      'safeguardingLead',
      'preventLead',
      'hr',
      'caldicottGuardian',
      'informationGovernance',
      'childrensSocialCare',
      'adultSafeguarding',
      'outOfHours',
    ]);
  });
});

describe('isHttpsUrl', () => {
  it.each([
    ['https://www.essex.police.uk/', true],
    ['https://example.nhs.uk/prevent?x=1#a', true],
    ['http://example.nhs.uk', false],
    ['https://localhost', false],
    ['https://user:pass@example.nhs.uk', false],
    ['https://exa mple.nhs.uk', false],
    ['ftp://example.nhs.uk', false],
    ['example.nhs.uk', false],
    ['', false],
  ])('%j → %s', (url, ok) => {
    expect(isHttpsUrl(url)).toBe(ok);
  });
});

describe('rationaleRouteFor', () => {
  it('maps each lawful basis of the consent record to the route whose wording IG may replace; no basis, no wording', () => {
    expect(rationaleRouteFor).toEqual({
      BASIS_CONSENT: 'consent',
      BASIS_BEST_INTERESTS: 'bestInterests',
      BASIS_PUBLIC_INTEREST: 'publicInterest',
      BASIS_SERIOUS_CRIME: 'seriousCrime',
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The profiles the app ships.
// ---------------------------------------------------------------------------------------------

const shipped = { 'bsw-icb': bswIcb, 'mse-icb': mseIcb, 'national-default': nationalDefault } as const;
/** Tests run from the project root (vite.config.ts). */
const profilesFolder = resolve('public/profiles');

describe('shipped profiles', () => {
  it('are exactly the three files in public/profiles/', () => {
    expect(readdirSync(profilesFolder).sort()).toEqual(Object.keys(shipped).map((id) => `${id}.json`));
  });

  describe.each(Object.entries(shipped))('%s', (id, json) => {
    const profile = profileOf(parseProfile(json));

    it('validates, and its id is its file name', () => {
      expect(profile.id).toBe(id);
    });

    it('names its source documents', () => {
      expect(profile.sources.length).toBeGreaterThan(0);
    });

    it('holds no national numbers, and no telephone number at all: none of the seeds publishes a local one', () => {
      const contactData = JSON.stringify([profile.contacts, profile.recipients, profile.mse ?? null]);
      expect(contactData).not.toMatch(/\b(?:999|101|111)\b|0800 ?789 ?321|0800 ?0324539/);
      for (const contact of Object.values(profile.contacts)) expect(contact).not.toHaveProperty('phone');
    });

    it('names its sources in words a reader can check, without the project’s own codes', () => {
      for (const source of profile.sources) expect(source).not.toMatch(/\b00[0-4]\b|¶|domain-spec|legal-and-security|Decision-table|\bF\d+\b/);
      expect(profile.notes ?? '').not.toMatch(/\b00[0-4]\b|¶|domain-spec/);
    });

    it('is already in its tidy form: reading it back changes nothing but the defaults', () => {
      expect(profileOf(parseProfile(profile))).toEqual(profile);
    });
  });

  it('BSW ICB (004): the reporting chart, the safeguarding lead completes the form and sends it to the LA Prevent Lead or the MASH, no addresses published', () => {
    const profile = profileOf(parseProfile(bswIcb));
    expect(profile).toMatchObject({ pathwayModel: 'bsw-reporting-chart', readingVariant: 'B', referralCompletedBy: 'safeguarding-lead', notifyOnReferral: [] });
    expect(profile.recipients).toEqual([{ label: 'Local Authority Prevent Lead' }, { label: 'MASH (Multi-Agency Safeguarding Hub)' }]);
    for (const contact of Object.values(profile.contacts)) expect(Object.keys(contact)).toEqual(['role']);
    expect(profile.notes).toContain('[Insert name');
    expect(profile).not.toHaveProperty('mse');
  });

  it('MSE ICB (002): the police portal after liaison by any member of staff, the one published address, the staff route and who is notified', () => {
    const profile = profileOf(parseProfile(mseIcb));
    expect(profile).toMatchObject({ pathwayModel: 'mse-police-portal', referralCompletedBy: 'any-staff-after-liaison' });
    expect(profile.mse).toEqual({ policePortalName: 'Prevent | Essex Police', preventLeadEmail: 'mseicb-bb.msesafeguardingadminsupport@nhs.net' });
    expect(profile.mse).not.toHaveProperty('policePortalUrl');
    expect(profile.notes).toContain('no web address');
    expect(profile.contacts.preventLead?.email).toBe('mseicb-bb.msesafeguardingadminsupport@nhs.net');
    expect(profile.staffRouteRoles).toEqual(['Line manager', 'Human Resources', 'Deputy Director of Nursing for Safeguarding']);
    expect(profile.notifyOnReferral).toEqual(['MSE ICB Prevent Lead', 'Local authority children’s and adults’ social care']);
  });

  it('national default: the same as nationalDefaultProfile, with no local contacts or recipients', () => {
    expect(profileOf(parseProfile(nationalDefault))).toEqual(nationalDefaultProfile);
    expect(nationalDefaultProfile.contacts).toEqual({});
    expect(nationalDefaultProfile.recipients).toEqual([]);
  });
});

describe('policyTitle: the organisation’s own Prevent policy', () => {
  it('names the policy in the shipped BSW and MSE profiles, and none in the national default', () => {
    expect(profileOf(parseProfile(bswIcb)).policyTitle).toBe('BSW ICB Prevent Policy');
    expect(profileOf(parseProfile(mseIcb)).policyTitle).toBe('MSE ICB Prevent Policy');
    expect(profileOf(parseProfile(nationalDefault))).not.toHaveProperty('policyTitle');
    expect(nationalDefaultProfile).not.toHaveProperty('policyTitle');
  });

  it('is optional: blank is the same as absent', () => {
    expect(profileOf(parseProfile({ ...nationalDefault, policyTitle: '  ' })).policyTitle).toBeUndefined();
  });

  it('is refused when too long, against its field, in plain words', () => {
    const result = parseProfile({ ...nationalDefault, policyTitle: 'x'.repeat(201) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).toContain('policyTitle');
    expect(describeProfilePath(['policyTitle'])).toBe('Prevent policy title');
  });
});
