import { z } from 'zod';
import { emailSchema } from '../../../forms/contact-checks';

/**
 * The lead's settings on this device: who referrals go to, and the email sign-off. Organisational
 * details, not personal data about the individual, so they are kept in localStorage. Read back
 * through the schema: anything unreadable is ignored, never trusted.
 */
export const settingsSchema = z.object({
  recipients: z.array(z.string().trim()).max(10),
  signOff: z.string().trim().max(1000),
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

/** The recipients field as typed: addresses separated by commas, semicolons or new lines. */
export const recipientsFormSchema = z.object({
  recipients: z
    .string()
    .transform((text) => text.split(/[\s,;]+/).map((a) => a.trim()).filter(Boolean))
    .pipe(
      z
        .array(emailSchema)
        .min(1, 'Enter at least one recipient, like prevent.lead@nhs.net')
        .max(10, 'Enter no more than 10 recipients'),
    ),
  signOff: z.string().trim().max(1000, 'Keep the sign-off to 1,000 characters or fewer'),
});
