import { z } from 'zod/mini';
import { checkPhone, emailSchema, PHONE_MESSAGE } from './contact-checks';
import type { ConsentOutcome } from './consent-record.schema';
import { isoPastDateSchema } from './date-input.schema';
import { addTransformIssue } from './transform-issue';

/**
 * An organisation profile: how one NHS organisation routes a Prevent concern, who it goes to and
 * who to call locally (issue 6; domain-spec §0.3 item 5, §1.6, §4.2). Configuration, not code: an
 * organisation deploying the app places its profile as JSON in `public/`, a lead can import one on
 * the settings page, and the app ships one per seed organisation plus a neutral default.
 *
 * Read strictly: an unknown key is an error (a typo in a deployer's JSON must not be silently
 * ignored), and every error names its field in plain words so the settings page can show it
 * against the field and the deployment error page can say what to fix.
 *
 * National numbers (999, 101, the Anti-Terrorist Hotline and its textphone) are fixed in the app
 * (src/content/contacts.ts) and never part of a profile: a profile holds local contacts only.
 */

const SHORT_TEXT_MAX = 200;
const LONG_TEXT_MAX = 5_000;

const text = (max: number, missing: string) =>
  z
    .string()
    .check(z.trim())
    .check(z.minLength(1, missing))
    .check(z.maxLength(max, `Keep this to ${max.toLocaleString('en-GB')} characters or fewer`));

/** A blank string in a deployer's JSON ("email": "") means "not given", the same as leaving the key out. */
// The contact checks (forms/contact-checks.ts) are written with zod/mini, hence the core type and z.optional().
const blankIsAbsent = <T extends z.core.SomeType>(schema: T) =>
  z.pipe(
    z.transform((value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)),
    z.optional(schema),
  );

export const PROFILE_ID_MESSAGE = 'Enter an id in lower case letters, digits and single hyphens, like mse-icb';
export const URL_MESSAGE = 'Enter a web address starting with https://, like https://www.example.nhs.uk/prevent';
export const SHORT_CODE_MESSAGE =
  'Enter a local telephone number. 999, 101 and the Anti-Terrorist Hotline are national numbers the app always shows, so they do not go in a profile';
export const EXTENSION_IN_PHONE_MESSAGE = 'Put the extension in "extension" (digits only), not in the telephone number';
export const EXTENSION_MESSAGE = 'Enter the extension as digits only, like 123';

/**
 * A local telephone number, checked by forms/contact-checks.ts (UK or international, as people
 * write them). Extensions are a separate field, so the number itself stays diallable from a tel:
 * link; "01632 960001 ext 123" gets a message saying where the extension goes. Short codes (999,
 * 101, 111) are national and refused with a message that says so.
 */
const localPhoneSchema = z.pipe(
  z.string(),
  z.transform((raw, ctx) => {
    const result = checkPhone(raw);
    if (result.ok) return result.value;
    if (/\d\s*,?\s*(?:ext\.?|extn\.?|extension|x)\s*\d+\s*$/i.test(raw)) {
      addTransformIssue(ctx, EXTENSION_IN_PHONE_MESSAGE);
    } else {
      addTransformIssue(ctx, result.problem === 'short-code' ? SHORT_CODE_MESSAGE : PHONE_MESSAGE);
    }
    return z.NEVER;
  }),
);

/** A web address the app links to: https only (the app is served over https and links out only to https), no user name or password. */
export function isHttpsUrl(raw: string): boolean {
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' && url.hostname.includes('.') && url.username === '' && url.password === '' && !/\s/.test(raw.trim());
  } catch {
    return false;
  }
}
const httpsUrlSchema = z.string().check(z.trim()).check(z.refine(isHttpsUrl, URL_MESSAGE));

/**
 * Descriptors that may follow OFFICIAL-SENSITIVE on the referral and the PDF (legal-and-security
 * §B: only where the organisation's policy uses one). PERSONAL DATA is the descriptor on the 2024
 * central list for information about a person, which is what a referral is; the list's other
 * descriptors (for commercial or location-sensitive information, for example) never describe a
 * Prevent referral, so they are not offered. Add one here only with the security lead's say-so.
 */
export const markingDescriptors = ['PERSONAL DATA'] as const;
export type MarkingDescriptor = (typeof markingDescriptors)[number];
/** Descriptors the 2024 list replaced, with their replacement. */
const supersededDescriptors: Record<string, MarkingDescriptor> = { PERSONAL: 'PERSONAL DATA' };

const descriptorSchema = z.pipe(
  z.string(),
  z.transform((raw, ctx): MarkingDescriptor => {
    const value = raw.trim().replace(/\s+/g, ' ').toUpperCase();
    const known = markingDescriptors.find((descriptor) => descriptor === value);
    if (known) return known;
    const replacement = supersededDescriptors[value];
    addTransformIssue(
      ctx,
      replacement
        ? `"${value}" has been replaced by "${replacement}" on the 2024 list of descriptors: use "${replacement}"`
        : `Use a descriptor from the list (${markingDescriptors.map((d) => `"${d}"`).join(', ')}), or leave it out if your organisation’s policy does not use one`,
    );
    return z.NEVER;
  }),
);

/** One local contact. Any part may be missing (the seeds rarely publish numbers), but not all of them. */
export const contactSchema = z
  .strictObject({
    /** The person's name, when the organisation publishes it; shown on the contacts panel. Often left out: people change, roles do not. */
    name: blankIsAbsent(text(SHORT_TEXT_MAX, 'Enter a name')),
    /** The role or team as the organisation calls it, e.g. "Safeguarding Locality Lead (Designated Nurse)"; shown as the contact's heading and in the pages' copy. */
    role: blankIsAbsent(text(SHORT_TEXT_MAX, 'Enter a role')),
    /** A local telephone number (a switchboard is fine): shown with a tel: link on the contacts panel and the emergency panel, and printed in the PDF. */
    phone: blankIsAbsent(localPhoneSchema),
    /** The extension to ask for at `phone`, digits only: shown after the number, never put in the tel: link. */
    extension: blankIsAbsent(
      z
        .string()
        .check(z.trim())
        .check(z.regex(/^\d{1,6}$/, EXTENSION_MESSAGE)),
    ),
    /** A secure email address (NHSmail or similar): shown on the contacts panel and offered for the covering email. */
    email: blankIsAbsent(emailSchema),
    /** A web page or online form for this contact: linked from the contacts panel. */
    url: blankIsAbsent(httpsUrlSchema),
    /** When the contact can be reached, e.g. "Monday to Friday, 9am to 5pm": shown beside the number, so out-of-hours users look elsewhere. */
    hours: blankIsAbsent(text(SHORT_TEXT_MAX, 'Enter the hours')),
  })
  .check(
    z.superRefine((contact, ctx) => {
      if (contact.extension !== undefined && contact.phone === undefined) {
        ctx.addIssue({ code: 'custom', path: ['extension'], message: 'Add the telephone number the extension belongs to, or remove the extension' });
      }
      if (Object.values(contact).every((value) => value === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'Give at least a role, a name or a way to reach this contact, or leave the contact out' });
      }
    }),
  );
export type Contact = z.infer<typeof contactSchema>;

/**
 * The local contacts directory (domain-spec §4.2, "per organisation"). Each one is optional: the
 * pages show what is there and fall back to "your organisation's safeguarding lead" and so on.
 */
export const contactsSchema = z.strictObject({
  /** Who staff escalate to (BSW: the Safeguarding Locality Lead, a Designated Nurse; MSE: the ICB Safeguarding Team). Read by the "inform the safeguarding lead" pages and the emergency panel. */
  safeguardingLead: z.optional(contactSchema),
  /** The organisation's Prevent Lead (MSE: the ICB Prevent Lead, liaised with before a referral and notified of every one). Read by the MSE liaise and notify steps and the contacts panel. */
  preventLead: z.optional(contactSchema),
  /** Human Resources, for concerns about a member of staff (staff route). Read by the colleague / staff pages. */
  hr: z.optional(contactSchema),
  /** The Caldicott Guardian, for advice on sharing and consent (004 ¶61, ¶70). Read by the consent pages. */
  caldicottGuardian: z.optional(contactSchema),
  /** Information Governance (officer or team), for advice on sharing and consent (004 ¶61, App 4a). Read by the consent pages. */
  informationGovernance: z.optional(contactSchema),
  /** Children's social care (e.g. "First Response"), for urgent safeguarding of a child (004 App 3 Guidance notes). Read by the emergency panel and the MSE notify step. */
  childrensSocialCare: z.optional(contactSchema),
  /** The adult safeguarding team, for urgent safeguarding of an adult (004 App 3 Guidance notes). Read by the emergency panel and the MSE notify step. */
  adultSafeguarding: z.optional(contactSchema),
  /** Who to call out of hours (e.g. an on-call safeguarding rota or the local authority's emergency duty team). Read by the emergency panel. */
  outOfHours: z.optional(contactSchema),
});
export type Contacts = z.infer<typeof contactsSchema>;
export type ContactKey = keyof Contacts;
export const contactKeys = Object.keys(contactsSchema.shape) as ContactKey[];

/** Someone a referral is sent to: the referral's "send to" line, the covering email's To: and the PDF's section A. */
export const recipientSchema = z.strictObject({
  /** Who it is, as the referral names them, e.g. "Local Authority Prevent Lead" or "MASH". */
  label: text(SHORT_TEXT_MAX, 'Enter who the recipient is, like "Local Authority Prevent Lead"'),
  /** Their secure email address, when known: goes in the covering email's To: line. */
  email: blankIsAbsent(emailSchema),
  /** A web address instead of email (e.g. a police referral portal): shown as a link on the export page. */
  url: blankIsAbsent(httpsUrlSchema),
});
export type Recipient = z.infer<typeof recipientSchema>;

/** IG-approved local wording that replaces the model wording of one route (machines/consent-rationale.ts). */
const rationaleOverride = (now: () => Date) =>
  z.strictObject({
    /** The approved paragraph, used instead of the model wording in the rationale and the covering email. */
    text: text(LONG_TEXT_MAX, 'Enter the approved wording'),
    /** Who approved it (name and role, e.g. "A Person, Information Governance Lead"): printed beside the wording. */
    approvedBy: text(SHORT_TEXT_MAX, 'Enter who approved the wording, like "A Person, Information Governance Lead"'),
    /** When it was approved, YYYY-MM-DD, today or earlier: printed beside the wording. */
    approvedOn: z
      .string()
      .check(z.trim())
      .check(
        z.refine(
          (iso) => isoPastDateSchema(now).safeParse(iso).success,
          'Enter the date of approval as YYYY-MM-DD, like 2025-03-01: a real date, today or earlier',
        ),
      ),
  });
export const rationaleOverrideSchema = rationaleOverride(() => new Date());
export type RationaleOverride = z.infer<typeof rationaleOverrideSchema>;

/** The routes whose wording IG may replace: the lawful bases of the consent record. */
export const rationaleRoutes = ['consent', 'bestInterests', 'publicInterest', 'seriousCrime'] as const;
export type RationaleRoute = (typeof rationaleRoutes)[number];
/** Which override a consent outcome uses (forms/consent-record.schema.ts outcome codes). */
export const rationaleRouteFor: Partial<Record<ConsentOutcome, RationaleRoute>> = {
  BASIS_CONSENT: 'consent',
  BASIS_BEST_INTERESTS: 'bestInterests',
  BASIS_PUBLIC_INTEREST: 'publicInterest',
  BASIS_SERIOUS_CRIME: 'seriousCrime',
};

/** Settings only the MSE police-portal pathway reads (002 "Referral Flowchart"). */
export const msePortalSchema = z.strictObject({
  /** The police Prevent page as staff know it, e.g. "Prevent | Essex Police": named on the "refer through the portal" step, always, since a seed may give no address. */
  policePortalName: text(SHORT_TEXT_MAX, 'Enter the name of the police Prevent page, like "Prevent | Essex Police"'),
  /** The portal's address, when known: linked from the "refer through the portal" step. */
  policePortalUrl: blankIsAbsent(httpsUrlSchema),
  /** Where staff notify the Prevent Lead of every referral: shown on the notify step and offered for the notification email. */
  preventLeadEmail: blankIsAbsent(emailSchema),
});
export type MsePortal = z.infer<typeof msePortalSchema>;

/**
 * The pathway models a profile can name, one entry each, with the words the pages use for it: a new
 * model is its machine, its content module, its line in the pathway registry (src/journey/pathways.ts)
 * and its entry here (profiles are checked without the app, so the model's name lives in forms/).
 */
export const pathwayModelWords = {
  'bsw-reporting-chart': {
    label: 'BSW reporting chart',
    policy: 'BSW ICB Prevent Policy',
    hint: 'Concerns go to the safeguarding lead, who makes any referral (BSW ICB Prevent Policy).',
    inSentence: 'the BSW reporting flow chart',
  },
  'mse-police-portal': {
    label: 'MSE police-portal flowchart',
    policy: 'MSE ICB Prevent Policy',
    hint: 'Staff refer through the police portal after liaising with the Prevent Lead (MSE ICB Prevent Policy).',
    inSentence: 'the MSE police-portal flowchart',
  },
} as const;
export type PathwayModel = keyof typeof pathwayModelWords;
export const pathwayModels = Object.keys(pathwayModelWords) as [PathwayModel, ...PathwayModel[]];

const roleList = (missing: string) => z._default(z.array(text(SHORT_TEXT_MAX, missing)).check(z.maxLength(20, 'List no more than 20')), []);

export const PROFILE_SCHEMA_VERSION = 1;

/** A message for a wrong value that leaves a missing field to the general "This is required". */
const unlessMissing = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? undefined : message);

function buildProfileSchema(now: () => Date) {
  const override = rationaleOverride(now);
  return z
    .strictObject({
      /** The version of this schema the file was written for; read first, so a later app can migrate an older file. */
      schemaVersion: z.literal(PROFILE_SCHEMA_VERSION, {
        error: unlessMissing(`Use ${PROFILE_SCHEMA_VERSION}: the version of the profile format this app reads`),
      }),
      /** A short, stable kebab-case id (e.g. "mse-icb"): the profile picker's value and the file name in public/profiles/. */
      id: z
        .string()
        .check(z.trim())
        .check(z.maxLength(60, 'Keep the id to 60 characters or fewer'))
        .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, PROFILE_ID_MESSAGE)),
      /** The organisation's name: shown in the header, on the profile picker, and on the referral as the referrer's organisation. */
      name: text(SHORT_TEXT_MAX, 'Enter the organisation’s name'),
      /** The title of the organisation's own Prevent policy (e.g. "BSW ICB Prevent Policy"), named wherever the app refers staff to it. Optional: the national default has none. */
      policyTitle: blankIsAbsent(text(SHORT_TEXT_MAX, 'Enter the title of your Prevent policy')),
      /** Which flowchart staff follow: the BSW reporting chart (004) or the MSE police-portal flowchart (002). Chooses the statechart. */
      /** Whether the header shows the NHS logo: only for organisations entitled to use it (NHS identity guidelines). Optional: off unless set. */
      nhsLogo: z.optional(z.boolean({ error: 'Use true or false' })),
      pathwayModel: z.enum(pathwayModels, {
        error: unlessMissing(`Use ${pathwayModels.map((model) => `"${model}" (the ${pathwayModelWords[model].label})`).join(' or ')}`),
      }),
      /** The reading of the BSW flowchart (domain-spec §1.1.3 reading B, the default, or §1.1.4 reading A). BSW reporting chart only. */
      readingVariant: z._default(z.enum(['B', 'A'], { error: 'Use "B" (the default) or "A"' }), 'B'),
      /** Who completes the referral: the safeguarding lead only (BSW: "Safeguarding Designated Nurse only"), or any member of staff after liaising with the Prevent Lead (MSE). Gates the referral form (domain-spec B7). */
      referralCompletedBy: z.enum(['safeguarding-lead', 'any-staff-after-liaison'], {
        error: unlessMissing('Use "safeguarding-lead" or "any-staff-after-liaison"'),
      }),
      /** Who referrals go to (MASH, Local Authority Prevent Lead, police Prevent team, a portal): the referral's "send to" line, section A of the PDF and the covering email. */
      recipients: z._default(z.array(recipientSchema).check(z.maxLength(10, 'List no more than 10 recipients')), []),
      /** Local contacts (domain-spec §4.2): the contacts panel, the emergency panel, the pages that say who to tell, and the PDF. */
      contacts: z._default(contactsSchema, {}),
      /** The roles that look at a concern about a member of staff (BSW: line manager, safeguarding lead, HR; MSE: line manager, HR, Deputy Director of Nursing for Safeguarding). Named on the staff-route pages and in the log's "who". */
      staffRouteRoles: roleList('Enter the role'),
      /** Who must be told of every referral (MSE: the ICB Prevent Lead; local authority children's and adults' social care). Listed on the MSE notify step. */
      notifyOnReferral: roleList('Enter who is notified'),
      /** A descriptor after OFFICIAL-SENSITIVE, only where local policy uses one (legal-and-security §B). Printed in the marking on every page of the PDF and in the email subject. */
      markingDescriptor: blankIsAbsent(descriptorSchema),
      /** IG-approved wording that replaces the model rationale wording, per lawful-basis route (machines/consent-rationale.ts). */
      rationaleOverrides: z.optional(
        z.strictObject({
          /** Referral with the person's (or a parent's) consent. */
          consent: z.optional(override),
          /** Referral in the best interests of a person who lacks capacity (Mental Capacity Act 2005). */
          bestInterests: z.optional(override),
          /** Referral without consent in the public interest. */
          publicInterest: z.optional(override),
          /** Sharing where there is concern of planning or undertaking terrorist acts (004 ¶60). */
          seriousCrime: z.optional(override),
        }),
      ),
      /** Settings of the MSE police-portal pathway; required with "mse-police-portal", not allowed with the BSW chart. */
      mse: z.optional(msePortalSchema),
      /** The documents this profile was built from (e.g. "002 MSE ICB PREVENT Policy v1.0, 'Referral Flowchart'"): shown on the settings page, so a reviewer can check it. */
      sources: z._default(z.array(text(LONG_TEXT_MAX, 'Enter the source document')).check(z.maxLength(20, 'List no more than 20 sources')), []),
      /** Anything a reviewer should know, e.g. what the source leaves blank: shown on the settings page only. */
      notes: blankIsAbsent(text(LONG_TEXT_MAX, 'Enter the notes')),
    })
    .check(
      z.superRefine(
        (profile, ctx) => {
          if (profile.pathwayModel === 'mse-police-portal' && profile.mse === undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['mse'],
              message: 'Add the "mse" settings (at least "policePortalName"): the police-portal pathway needs them',
            });
          }
          if (profile.pathwayModel === 'bsw-reporting-chart' && profile.mse !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: ['mse'],
              message: 'Remove the "mse" settings, or set "pathwayModel" to "mse-police-portal": only the police-portal pathway reads them',
            });
          }
          if (profile.pathwayModel === 'mse-police-portal' && profile.readingVariant !== 'B') {
            ctx.addIssue({
              code: 'custom',
              path: ['readingVariant'],
              message: 'Leave this out: the reading of the flowchart applies to the BSW reporting chart only',
            });
          }
          // Checked even when other fields have errors, so a deployer sees every problem at once; it reads only the three fields it compares.
        },
        { when: () => true },
      ),
    );
}

/** The organisation profile, read strictly. */
export const profileSchema = buildProfileSchema(() => new Date());
export type OrganisationProfile = z.output<typeof profileSchema>;
/** A profile as written in JSON: defaults (reading B, empty lists) may be left out. */
export type OrganisationProfileInput = z.input<typeof profileSchema>;

// ---------------------------------------------------------------------------------------------
// Errors in plain words.
// ---------------------------------------------------------------------------------------------

export interface ProfileError {
  /** The field, as a dotted path into the JSON ("contacts.safeguardingLead.phone"; "" for the whole file): for the settings page to put the message against its field. */
  path: string;
  /** What is wrong and what to do, starting with the field's name in plain words. */
  message: string;
}

export type ProfileResult = { ok: true; profile: OrganisationProfile } | { ok: false; errors: ProfileError[] };

const fieldNames: Record<string, string> = {
  schemaVersion: 'Schema version',
  id: 'Profile id',
  name: 'Organisation name',
  pathwayModel: 'Pathway model',
  nhsLogo: 'NHS logo in the header',
  readingVariant: 'Reading of the flowchart',
  referralCompletedBy: 'Who completes the referral',
  recipients: 'Recipients',
  contacts: 'Contacts',
  staffRouteRoles: 'Staff route roles',
  notifyOnReferral: 'Notified of every referral',
  markingDescriptor: 'Marking descriptor',
  rationaleOverrides: 'Approved rationale wording',
  mse: 'MSE police-portal settings',
  sources: 'Source documents',
  policyTitle: 'Prevent policy title',
  notes: 'Notes',
  // contacts
  safeguardingLead: 'Safeguarding lead',
  preventLead: 'Prevent Lead',
  hr: 'HR',
  caldicottGuardian: 'Caldicott Guardian',
  informationGovernance: 'Information Governance',
  childrensSocialCare: 'Children’s social care',
  adultSafeguarding: 'Adult safeguarding',
  outOfHours: 'Out of hours',
  role: 'role',
  phone: 'telephone number',
  extension: 'extension',
  email: 'email address',
  url: 'web address',
  hours: 'hours',
  label: 'who it is',
  // rationale overrides
  consent: 'Consent',
  bestInterests: 'Best interests',
  publicInterest: 'Public interest',
  seriousCrime: 'Serious crime',
  text: 'wording',
  approvedBy: 'approved by',
  approvedOn: 'date approved',
  // mse
  policePortalName: 'police portal name',
  policePortalUrl: 'police portal web address',
  preventLeadEmail: 'Prevent Lead email address',
};

/** One list item, in words: "Recipient 2", "Staff route role 1". */
const itemNames: Record<string, string> = {
  recipients: 'Recipient',
  staffRouteRoles: 'Staff route role',
  notifyOnReferral: 'Notified of every referral, item',
  sources: 'Source document',
};

/** "contacts.safeguardingLead.phone" in words: "Contacts › Safeguarding lead › telephone number". */
export function describeProfilePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'Profile';
  const words: string[] = [];
  path.forEach((key, i) => {
    if (typeof key === 'number') {
      const list = String(path[i - 1]);
      words.pop();
      words.push(`${itemNames[list] ?? fieldNames[list] ?? list} ${key + 1}`);
    } else {
      words.push(fieldNames[String(key)] ?? `"${String(key)}"`);
    }
  });
  return words.join(' › ');
}

/** The known field closest to a typo, when it is close enough to be a likely slip. */
function closest(key: string, known: readonly string[]): string | null {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
        previous = current;
      }
    }
    return row[b.length]!;
  };
  let best: { key: string; d: number } | null = null;
  for (const candidate of known) {
    const d = distance(key, candidate);
    if (!best || d < best.d) best = { key: candidate, d };
  }
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.key : null;
}

/** The keys an object schema at `path` accepts, for the "did you mean" of an unknown key. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodMiniType = profileSchema;
  for (const key of path) {
    schema = unwrap(schema);
    if (typeof key === 'number' && schema instanceof z.ZodMiniArray) schema = schema._zod.def.element as z.ZodMiniType;
    else if (schema instanceof z.ZodMiniObject) schema = (schema.shape as Record<string, z.ZodMiniType>)[String(key)] ?? z.never();
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodMiniObject ? Object.keys(schema.shape) : [];
}
function unwrap(schema: z.ZodMiniType): z.ZodMiniType {
  let current: z.ZodMiniType = schema;
  for (;;) {
    if (current instanceof z.ZodMiniOptional || current instanceof z.ZodMiniDefault) current = current._zod.def.innerType as z.ZodMiniType;
    else if (current instanceof z.ZodMiniPipe)
      current = (current._zod.def.in instanceof z.ZodMiniTransform ? current._zod.def.out : current._zod.def.in) as z.ZodMiniType;
    else return current;
  }
}

const typeWords: Record<string, string> = {
  string: 'Enter text in double quotes',
  array: 'Enter a list in square brackets [ ]',
  object: 'Enter a group of fields in curly brackets { }',
  number: 'Enter a number',
};

/** Messages for the issues the schemas leave to zod: a missing field, the wrong JSON type, a value not on a list. */
const plainWords: z.core.$ZodErrorMap = (issue) => {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'This is required: add it';
  if (issue.code === 'invalid_type') return typeWords[issue.expected] ?? `Enter a value of type ${issue.expected}`;
  if (issue.code === 'invalid_value') return `Use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return undefined;
};

function toProfileErrors(error: z.core.$ZodError): ProfileError[] {
  return error.issues.flatMap((issue): ProfileError[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(issue.path);
      return issue.keys.map((key) => {
        const suggestion = closest(key, known);
        return {
          path: [...issue.path, key].join('.'),
          message: `${describeProfilePath(issue.path)}: "${key}" is not a field the app knows${suggestion ? `. Did you mean "${suggestion}"?` : '. Check the spelling, or remove it'}`,
        };
      });
    }
    return [{ path: issue.path.join('.'), message: `${describeProfilePath(issue.path)}: ${issue.message}` }];
  });
}

/**
 * Reads a profile (already parsed from JSON): the profile with its defaults filled in, or every
 * problem found, each with its path and a message naming the field in plain words. `now` is for
 * tests: an approval date may not be in the future.
 */
export function parseProfile(json: unknown, now?: () => Date): ProfileResult {
  const schema = now ? buildProfileSchema(now) : profileSchema;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, errors: [{ path: '', message: 'Profile: the file must hold one JSON object, starting with { and ending with }' }] };
  }
  const result = schema.safeParse(json, { error: plainWords });
  return result.success ? { ok: true, profile: result.data } : { ok: false, errors: toProfileErrors(result.error) };
}

/** Reads a profile from the text of a JSON file (the settings page's import, the deployment file). */
export function parseProfileJson(source: string, now?: () => Date): ProfileResult {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    const detail = error instanceof SyntaxError ? ` (${error.message})` : '';
    return { ok: false, errors: [{ path: '', message: `Profile: the file is not valid JSON${detail}. Check for a missing comma, quote or bracket` }] };
  }
  return parseProfile(json, now);
}

/**
 * The neutral default, in its own module without zod so the app's first page can fall back to it
 * without loading the schema (forms/national-default.profile.ts).
 */
export { nationalDefaultProfile } from './national-default.profile';
