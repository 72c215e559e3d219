import { z } from 'zod/mini';
import { emailSchema } from '../../../forms/contact-checks';
import type { OrganisationProfile } from '../../../forms/organisation-profile.schema';

/**
 * The lead's settings on this device: who referrals go to, and the email sign-off. Organisational
 * details, not personal data about the individual, so they are kept in localStorage. Read back
 * through the schema: anything unreadable is ignored, never trusted.
 */
export const settingsSchema = z.object({
  recipients: z.array(z.string().check(z.trim())).check(z.maxLength(10)),
  signOff: z.string().check(z.trim(), z.maxLength(1000)),
});
export type Settings = z.infer<typeof settingsSchema>;

export const emptySettings: Settings = { recipients: [], signOff: '' };
const KEY = 'prevent-pathway:settings';

export function loadSettings(storage: Storage | undefined = globalThis.localStorage): Settings {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return emptySettings;
    const parsed = settingsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : emptySettings;
  } catch {
    return emptySettings;
  }
}

export function saveSettings(settings: Settings, storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    storage?.setItem(KEY, JSON.stringify(settingsSchema.parse(settings)));
    return Boolean(storage);
  } catch {
    return false;
  }
}

/** Who the referral goes to: the "send to" line of section A, and the covering email's To:. */
export interface EffectiveRecipients {
  /** One entry per recipient, as section A names them: "MASH (mash@nhs.net)". */
  sendTo: string[];
  /** The addresses for the covering email's To:. */
  emails: string[];
  /** Whose list it is: this device's saved addresses, or the organisation profile's recipients. */
  from: 'device' | 'profile';
}

/**
 * The organisation profile's recipients are the default; addresses saved on this device replace
 * them (a lead covering another area, say), keeping the profile's name for any address it knows.
 */
export function effectiveRecipients(settings: Settings, profile: OrganisationProfile): EffectiveRecipients {
  const named = (label: string, address: string | undefined) => (address ? `${label} (${address})` : label);
  if (settings.recipients.length > 0) {
    const labelOf = (email: string) => profile.recipients.find((r) => r.email?.toLowerCase() === email.toLowerCase())?.label;
    return {
      sendTo: settings.recipients.map((email) => {
        const label = labelOf(email);
        return label ? named(label, email) : email;
      }),
      emails: settings.recipients,
      from: 'device',
    };
  }
  return {
    sendTo: profile.recipients.map((r) => named(r.label, r.email ?? r.url)),
    emails: profile.recipients.flatMap((r) => (r.email ? [r.email] : [])),
    from: 'profile',
  };
}

/** The recipients field as typed: addresses separated by commas, semicolons or new lines. */
export const recipientsFormSchema = z.object({
  recipients: z.pipe(
    z.pipe(
      z.string(),
      z.transform((text: string) =>
        text
          .split(/[\s,;]+/)
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    ),
    z.array(emailSchema).check(z.minLength(1, 'Enter at least one recipient, like prevent.lead@nhs.net'), z.maxLength(10, 'Enter no more than 10 recipients')),
  ),
  signOff: z.string().check(z.trim(), z.maxLength(1000, 'Keep the sign-off to 1,000 characters or fewer')),
});
