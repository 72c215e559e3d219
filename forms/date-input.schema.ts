import { z } from 'zod/mini';
import { addTransformIssue } from './transform-issue';

/**
 * A date entered as three fields (the GOV.UK date-input pattern), never the browser's date picker,
 * whose format follows the machine's locale. Kept as the strings typed so nothing is lost on error;
 * `toIsoDate` turns a valid entry into `YYYY-MM-DD` for storage and `formatUkDate` shows DD/MM/YYYY.
 */
export const datePartsSchema = z.object({
  day: z.string(),
  month: z.string(),
  year: z.string(),
});
export type DateParts = z.infer<typeof datePartsSchema>;

export const emptyDateParts: DateParts = { day: '', month: '', year: '' };

const digits = /^\d{1,4}$/;

/** The ISO date for a real calendar date, or null (31/02/2024, 00/01/2024 and letters are not dates). */
export function toIsoDate(parts: DateParts): string | null {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (![day, month, year].every((p) => digits.test(p)) || year.length !== 4) return null;
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (m < 1 || m > 12 || d < 1) return null;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > daysInMonth) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function fromIsoDate(iso: string | undefined | null): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return { ...emptyDateParts };
  const [, y, m, d] = match as unknown as [string, string, string, string];
  return { day: String(Number(d)), month: String(Number(m)), year: y };
}

/** DD/MM/YYYY, the form's own format, used on screen and in every export. */
export function formatUkDate(iso: string | undefined | null): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return '';
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** Today's date in the user's own time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

interface DateRuleText {
  /** What to ask for when nothing was entered, e.g. "Enter the date you noticed this". */
  missing: string;
  /** The field's name in sentence case, e.g. "The date you noticed this". */
  name: string;
}

/**
 * A required date that must be real and not in the future. Messages follow the GOV.UK
 * date-input guidance: say what is wrong and how to put it right.
 */
export function pastDateSchema(text: DateRuleText, now: () => Date = () => new Date()) {
  return z.pipe(
    datePartsSchema.check(
      z.superRefine((parts, ctx) => {
        const blank = [parts.day, parts.month, parts.year].map((p) => p.trim() === '');
        if (blank.every(Boolean)) {
          ctx.addIssue({ code: 'custom', message: text.missing });
          return;
        }
        const missingPart = (['day', 'month', 'year'] as const).filter((_, i) => blank[i]);
        if (missingPart.length > 0) {
          ctx.addIssue({ code: 'custom', message: `${text.name} must include a ${missingPart.join(' and ')}` });
          return;
        }
        if (parts.year.trim().length !== 4) {
          ctx.addIssue({ code: 'custom', message: `${text.name} must include a year with 4 numbers, like 2024` });
          return;
        }
        const iso = toIsoDate(parts);
        if (!iso) {
          ctx.addIssue({ code: 'custom', message: `${text.name} must be a real date` });
          return;
        }
        if (iso > todayIso(now())) {
          ctx.addIssue({ code: 'custom', message: `${text.name} must be today or in the past` });
        }
      }),
    ),
    z.transform((parts: DateParts) => toIsoDate(parts) as string),
  );
}

/** A stored date (ISO `YYYY-MM-DD`) that is real and not in the future: for data read back, not typed. */
export const isoPastDateSchema = (now: () => Date = () => new Date()) =>
  z.string().check(z.refine((iso) => toIsoDate(fromIsoDate(iso)) === iso && iso <= todayIso(now()), 'Expected a real date, today or earlier, as YYYY-MM-DD'));

/** True when day, month and year are all left empty (spaces count as empty). */
export const isBlankDate = (parts: DateParts) => [parts.day, parts.month, parts.year].every((p) => p.trim() === '');

/**
 * A date that may be left blank (output `null`), or else must be real and not in the future, with
 * the same messages as `pastDateSchema`.
 */
export function optionalPastDateSchema(text: Pick<DateRuleText, 'name'>, now: () => Date = () => new Date()) {
  const given = pastDateSchema({ missing: '', name: text.name }, now);
  return z.pipe(
    datePartsSchema,
    z.transform((parts: DateParts, ctx): string | null => {
      if (isBlankDate(parts)) return null;
      const result = given.safeParse(parts);
      if (result.success) return result.data;
      for (const issue of result.error.issues) addTransformIssue(ctx, issue.message);
      return z.NEVER;
    }),
  );
}

/**
 * Completed years from one ISO date to another: the age on `toIso` of someone born on `fromIso`.
 * Someone born on 29 February is a year older on 1 March in other years (as in UK law).
 * Null when either date is not a real date or `toIso` is before `fromIso`.
 */
export function wholeYearsBetween(fromIso: string, toIso: string): number | null {
  if (toIsoDate(fromIsoDate(fromIso)) !== fromIso || toIsoDate(fromIsoDate(toIso)) !== toIso || toIso < fromIso) return null;
  const years = Number(toIso.slice(0, 4)) - Number(fromIso.slice(0, 4));
  return toIso.slice(5) < fromIso.slice(5) ? years - 1 : years;
}
