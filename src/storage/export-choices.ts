import { z } from 'zod/mini';

/**
 * What the safeguarding lead chose to add to the referral from the internal decision record
 * (legal-and-security §A.1 item 9: never by default). Each part is named and carries the lead's
 * reason, which the referral prints above it. Kept with the referral's saved state; drafts saved
 * before this choice existed have none, and anything unreadable is read as none.
 */
export const internalParts = ['capacity', 'recordsSearch', 'igAdvice', 'consentLog', 'pathwayLog'] as const;
export type InternalPart = (typeof internalParts)[number];

export const REASON_MAX = 2000;

export const includedPartSchema = z.object({
  part: z.enum(internalParts),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(REASON_MAX)),
});
export type IncludedPart = z.infer<typeof includedPartSchema>;

/** The saved choice, read back as untrusted input: one entry per part at most, in the record's order. */
export function readIncludedParts(value: unknown): IncludedPart[] {
  if (!Array.isArray(value)) return [];
  const chosen = new Map<InternalPart, IncludedPart>();
  for (const item of value) {
    const parsed = includedPartSchema.safeParse(item);
    if (parsed.success && !chosen.has(parsed.data.part)) chosen.set(parsed.data.part, parsed.data);
  }
  return internalParts.flatMap((part) => (chosen.has(part) ? [chosen.get(part)!] : []));
}

/** The export page's "include a part" form: the parts ticked, each with its reason. */
export function includeFormSchema(labels: Record<InternalPart, string>, messages: { missing: (part: string) => string; tooLong: string }) {
  const reason = z.string().check(z.trim(), z.maxLength(REASON_MAX, messages.tooLong));
  const form = z.object({
    parts: z.catch(z.array(z.enum(internalParts)), []),
    reasons: z.object({ capacity: reason, recordsSearch: reason, igAdvice: reason, consentLog: reason, pathwayLog: reason }),
  });
  return z.pipe(
    form.check(
      z.superRefine((values, ctx) => {
        for (const part of values.parts) {
          if (values.reasons[part] === '') ctx.addIssue({ code: 'custom', path: ['reasons', part], message: messages.missing(labels[part]) });
        }
      }),
    ),
    z.transform((values: z.output<typeof form>): IncludedPart[] => readIncludedParts(values.parts.map((part) => ({ part, reason: values.reasons[part] })))),
  );
}

/** The form's starting values from what was saved. */
export function includeFormDefaults(saved: readonly IncludedPart[]) {
  const reasons: Record<InternalPart, string> = { capacity: '', recordsSearch: '', igAdvice: '', consentLog: '', pathwayLog: '' };
  for (const { part, reason } of saved) reasons[part] = reason;
  return { parts: saved.map(({ part }) => part) as InternalPart[], reasons };
}
