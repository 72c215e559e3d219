import { z } from 'zod/mini';

/**
 * What the MSE pathway's two new page kinds collect (002 "Referral Flowchart"; domain-spec §1.2):
 * a three-way decision with its rationale, and the actions done outside the app that the referrer
 * confirms. The options and items are the machine's, passed in, so this module stays free of
 * machines/ (imports flow forms ← machines ← src). Messages say what to do.
 */

const LONG_TEXT_MAX = 20_000;
const SHORT_TEXT_MAX = 500;
const text = (max: number) => z.string().check(z.trim(), z.maxLength(max, `Keep this to ${max.toLocaleString('en-GB')} characters or fewer`));

/** One of the options, with `notes` (the rationale) required for the options in `rationaleRequired`. */
export const choiceAnswerSchema = <C extends string>(spec: {
  options: readonly [C, ...C[]];
  rationaleRequired: readonly string[];
  choose: string;
  notesMissing?: string;
}) =>
  z
    .object({
      choice: z.enum(spec.options as unknown as [C, ...C[]], { error: spec.choose }),
      notes: text(LONG_TEXT_MAX),
    })
    .check(
      z.superRefine((value, ctx) => {
        if (spec.rationaleRequired.includes(value.choice) && value.notes === '') {
          ctx.addIssue({ code: 'custom', path: ['notes'], message: spec.notesMissing ?? 'Explain your decision' });
        }
      }),
    );
export type ChoiceAnswer<C extends string = string> = z.infer<ReturnType<typeof choiceAnswerSchema<C>>>;

/**
 * Every item ticked (each is something the referrer must have done before going on), an optional
 * reference and notes. One message for the group: the first item not ticked, in the page's order.
 */
export const confirmAnswerSchema = <I extends string>(spec: { items: readonly { id: I; missing: string }[] }) =>
  z
    .object({
      // A form with one checkbox gives its value or false, not a list.
      confirmed: z.pipe(
        z.transform((value: unknown) => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : [])),
        z.array(z.enum(spec.items.map((item) => item.id) as [I, ...I[]])),
      ),
      reference: text(SHORT_TEXT_MAX),
      notes: text(LONG_TEXT_MAX),
    })
    .check(
      z.superRefine((value, ctx) => {
        const missing = spec.items.find((item) => !value.confirmed.includes(item.id));
        if (missing) ctx.addIssue({ code: 'custom', path: ['confirmed'], message: missing.missing });
      }),
    );
export type ConfirmAnswer<I extends string = string> = z.infer<ReturnType<typeof confirmAnswerSchema<I>>>;
