import { contactKeys, rationaleRoutes, type ContactKey, type ProfileError, type RationaleRoute } from '../../../forms/organisation-profile.schema';

/**
 * The settings page's form for a profile, and the way between it and the profile's JSON. The form
 * holds text only (every field a string, lists one item a line); the schema stays the one judge:
 * the form's values become profile JSON, parseProfile checks it, and each ProfileError's path is
 * mapped back to the field it names.
 */

export const contactFields = ['role', 'name', 'phone', 'extension', 'email', 'url', 'hours'] as const;
export type ContactField = (typeof contactFields)[number];
export const recipientFields = ['label', 'email', 'url'] as const;
export const overrideFields = ['text', 'approvedBy', 'approvedOn'] as const;
export const mseFields = ['policePortalName', 'policePortalUrl', 'preventLeadEmail'] as const;
/** Lists typed one item a line. */
export const lineListFields = ['staffRouteRoles', 'notifyOnReferral', 'sources'] as const;
const simpleFields = ['id', 'name', 'policyTitle', 'pathwayModel', 'readingVariant', 'referralCompletedBy', 'markingDescriptor', 'notes'] as const;

type Texts<K extends string> = Record<K, string>;
export interface ProfileFormValues {
  id: string;
  name: string;
  policyTitle: string;
  pathwayModel: string;
  readingVariant: string;
  referralCompletedBy: string;
  markingDescriptor: string;
  recipients: Texts<(typeof recipientFields)[number]>[];
  contacts: Record<ContactKey, Texts<ContactField>>;
  staffRouteRoles: string;
  notifyOnReferral: string;
  mse: Texts<(typeof mseFields)[number]>;
  rationaleOverrides: Record<RationaleRoute, Texts<(typeof overrideFields)[number]>>;
  sources: string;
  notes: string;
}

/** A general problem (the whole file, a field the form has no place for): listed at the top of the form. */
export const GENERAL_FIELD = 'profile';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A value as the form shows it: text as it is, anything else as its JSON, so a wrong type is visible, not lost. */
const asText = (value: unknown): string => (value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value));
const texts = <K extends string>(keys: readonly K[], value: unknown): Texts<K> => {
  const object = isRecord(value) ? value : {};
  return Object.fromEntries(keys.map((key) => [key, asText(object[key])])) as Texts<K>;
};
const lines = (value: unknown) => (Array.isArray(value) ? value.map(asText).join('\n') : asText(value));

export const emptyRecipient = () => texts(recipientFields, {});

/** The form's values for a profile, or for any JSON a file held (read loosely: the schema judges it on save). */
export function toFormValues(json: unknown): ProfileFormValues {
  const profile = isRecord(json) ? json : {};
  const contacts = isRecord(profile.contacts) ? profile.contacts : {};
  const overrides = isRecord(profile.rationaleOverrides) ? profile.rationaleOverrides : {};
  return {
    id: asText(profile.id),
    name: asText(profile.name),
    policyTitle: asText(profile.policyTitle),
    pathwayModel: asText(profile.pathwayModel),
    readingVariant: asText(profile.readingVariant ?? 'B'),
    referralCompletedBy: asText(profile.referralCompletedBy),
    markingDescriptor: asText(profile.markingDescriptor),
    recipients: Array.isArray(profile.recipients) ? profile.recipients.map((r) => texts(recipientFields, r)) : [],
    contacts: Object.fromEntries(contactKeys.map((key) => [key, texts(contactFields, contacts[key])])) as ProfileFormValues['contacts'],
    staffRouteRoles: lines(profile.staffRouteRoles),
    notifyOnReferral: lines(profile.notifyOnReferral),
    mse: texts(mseFields, profile.mse),
    rationaleOverrides: Object.fromEntries(
      rationaleRoutes.map((route) => [route, texts(overrideFields, overrides[route])]),
    ) as ProfileFormValues['rationaleOverrides'],
    sources: lines(profile.sources),
    notes: asText(profile.notes),
  };
}

const blank = (value: string | undefined) => (value ?? '').trim() === '';
/** Only the parts given: an all-blank contact, override or mse group is left out, as the JSON would. */
function given<T extends Record<string, string>>(group: T): Partial<T> | undefined {
  const entries = Object.entries(group).filter(([, value]) => !blank(value));
  return entries.length > 0 ? (Object.fromEntries(entries) as Partial<T>) : undefined;
}
const toLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The profile JSON the form's values describe, for parseProfile to check. */
export function fromFormValues(values: ProfileFormValues): Record<string, unknown> {
  const contacts = Object.fromEntries(contactKeys.flatMap((key) => (given(values.contacts[key]) ? [[key, given(values.contacts[key])]] : [])));
  const overrides = Object.fromEntries(
    rationaleRoutes.flatMap((route) => (given(values.rationaleOverrides[route]) ? [[route, given(values.rationaleOverrides[route])]] : [])),
  );
  const mse = given(values.mse);
  return {
    schemaVersion: 1,
    id: values.id,
    name: values.name,
    ...(blank(values.policyTitle) ? {} : { policyTitle: values.policyTitle }),
    pathwayModel: values.pathwayModel,
    // The reading applies to the BSW chart only; the form hides it for the MSE flowchart.
    readingVariant: values.pathwayModel === 'mse-police-portal' ? 'B' : values.readingVariant || 'B',
    referralCompletedBy: values.referralCompletedBy,
    // Blank rows are kept (and refused by the schema) so each error's index is the form's own row.
    recipients: values.recipients.map((r) => given(r) ?? {}),
    contacts,
    staffRouteRoles: toLines(values.staffRouteRoles),
    notifyOnReferral: toLines(values.notifyOnReferral),
    ...(blank(values.markingDescriptor) ? {} : { markingDescriptor: values.markingDescriptor }),
    ...(Object.keys(overrides).length > 0 ? { rationaleOverrides: overrides } : {}),
    ...(mse ? { mse } : {}),
    sources: toLines(values.sources),
    ...(blank(values.notes) ? {} : { notes: values.notes }),
  };
}

const has = (list: readonly string[], key: string | undefined): key is string => key !== undefined && list.includes(key);

/**
 * The form field a ProfileError belongs to: its own field where the form has one, else the nearest
 * one that holds it (a list's text box, a contact's role, a group's first field), else GENERAL_FIELD.
 */
export function fieldForPath(path: string, values: Pick<ProfileFormValues, 'recipients'>): string {
  const [first, second, third] = path.split('.');
  if (has(simpleFields, first) && second === undefined) return first;
  if (has(lineListFields, first)) return first;
  if (first === 'recipients') {
    const index = Number(second);
    if (second === undefined || !Number.isInteger(index) || index >= values.recipients.length) return 'recipients';
    return `recipients.${index}.${has(recipientFields, third) ? third : 'label'}`;
  }
  if (first === 'contacts' && has(contactKeys, second)) return `contacts.${second}.${has(contactFields, third) ? third : 'role'}`;
  if (first === 'mse') return `mse.${has(mseFields, second) ? second : 'policePortalName'}`;
  if (first === 'rationaleOverrides' && has(rationaleRoutes, second)) return `rationaleOverrides.${second}.${has(overrideFields, third) ? third : 'text'}`;
  return GENERAL_FIELD;
}

/** Each field's messages, in the order found (several problems with one field are joined). */
export function errorsByField(errors: readonly ProfileError[], values: Pick<ProfileFormValues, 'recipients'>): Map<string, string> {
  const byField = new Map<string, string>();
  for (const error of errors) {
    const field = fieldForPath(error.path, values);
    const earlier = byField.get(field);
    byField.set(field, earlier ? `${earlier}. ${error.message}` : error.message);
  }
  return byField;
}
