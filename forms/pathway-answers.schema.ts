import { z } from 'zod/mini';
import { isoPastDateSchema, pastDateSchema } from './date-input.schema';
import { indicatorIds, vulnerabilityIds } from './indicators';

/**
 * What each page of the concern pathway collects. The machine's events carry these values, so the
 * decision log holds exactly what the user entered. Messages follow the GOV.UK error-message style:
 * say what to do, not what went wrong.
 */

const LONG_TEXT_MAX = 20_000;
const SHORT_TEXT_MAX = 500;

const optionalText = (max: number) => z.string().check(z.trim(), z.maxLength(max, `Keep this to ${max.toLocaleString('en-GB')} characters or fewer`));
const requiredText = (message: string, max: number) => optionalText(max).check(z.minLength(1, message));

/** A yes/no question; `notes` is the rationale, required where the content says so. */
export const yesNoAnswerSchema = (messages: { choose: string; notesRequiredWhen?: 'yes' | 'no'; notesMissing?: string; allowUnreachable?: boolean }) =>
  z
    .object({
      // "unreachable": "I cannot reach the lead yet", offered only where the page offers it.
      answer: z.enum(['yes', 'no', 'unreachable'], { error: messages.choose }),
      notes: optionalText(LONG_TEXT_MAX),
    })
    .check(
      z.superRefine((value, ctx) => {
        if (value.answer === 'unreachable' && !messages.allowUnreachable) ctx.addIssue({ code: 'custom', path: ['answer'], message: messages.choose });
        if (messages.notesRequiredWhen && value.answer === messages.notesRequiredWhen && value.notes.trim() === '') {
          ctx.addIssue({ code: 'custom', path: ['notes'], message: messages.notesMissing ?? 'Explain your decision' });
        }
      }),
    );
export type YesNoAnswer = z.infer<ReturnType<typeof yesNoAnswerSchema>>;

export const subjectAnswerSchema = z.object({
  subject: z.enum(['patient', 'colleague'], { error: 'Select whether the person is a patient or a colleague' }),
});
export type SubjectAnswer = z.infer<typeof subjectAnswerSchema>;

export const beginAnswerSchema = z.object({
  role: z.enum(['staff', 'manager', 'lead'], { error: 'Select which best describes you' }),
});
export type BeginAnswer = z.infer<typeof beginAnswerSchema>;
export type Role = BeginAnswer['role'];

/**
 * The record of concern (004 flowchart "Make a record of your concerns/observations"; 000 §6.2:
 * keep fact apart from opinion). It also feeds the referral form later (3.3.7 Redundant Entry).
 */
const concernRecordFields = {
  whatHappened: requiredText('Enter what you saw or heard', LONG_TEXT_MAX),
  exactWords: optionalText(LONG_TEXT_MAX),
  opinion: optionalText(LONG_TEXT_MAX),
  indicators: z.array(z.enum(indicatorIds)),
  vulnerabilities: z.array(z.enum(vulnerabilityIds)),
  discussedWith: requiredText('Enter who you discussed this with, for example your line manager', SHORT_TEXT_MAX),
  reporterName: optionalText(SHORT_TEXT_MAX),
  reporterRole: optionalText(SHORT_TEXT_MAX),
};
/** The record as typed on the page: the date as day, month and year. */
export const concernRecordSchema = z.object({
  ...concernRecordFields,
  whenNoticed: pastDateSchema({ missing: 'Enter the date you first noticed this', name: 'The date you first noticed this' }),
});
/** The record as the machine keeps it: the date as ISO `YYYY-MM-DD`, plain JSON. */
export const storedConcernRecordSchema = z.object({ ...concernRecordFields, whenNoticed: isoPastDateSchema() });
export type ConcernRecordInput = z.input<typeof concernRecordSchema>;
export type ConcernRecord = z.output<typeof concernRecordSchema>;

export const policeCalledSchema = z.object({
  calledAt: optionalText(SHORT_TEXT_MAX),
  reference: optionalText(SHORT_TEXT_MAX),
  notes: optionalText(LONG_TEXT_MAX),
});
export type PoliceCalled = z.infer<typeof policeCalledSchema>;

export const leadInformedSchema = z.object({
  informed: z.enum(['yes', 'not-yet'], { error: 'Select whether you have told the safeguarding lead' }),
  leadName: optionalText(SHORT_TEXT_MAX),
  notes: optionalText(LONG_TEXT_MAX),
});
export type LeadInformed = z.infer<typeof leadInformedSchema>;

/**
 * Who was called when the safeguarding lead could not be reached and the concern could not wait
 * (004 ¶63–65: "a significant concern … particularly if it is out of hours"): the organisation's
 * out-of-hours or on-call contact, 101, or the Anti-Terrorist Hotline. The record says who and when.
 */
export const urgentContactRoutes = ['outOfHours', 'policeNonEmergency', 'antiTerroristHotline'] as const;
export type UrgentContactRoute = (typeof urgentContactRoutes)[number];
export const urgentContactSchema = z.object({
  contacted: z.array(z.enum(urgentContactRoutes)).check(z.minLength(1, 'Select who you contacted')),
  spokeTo: optionalText(SHORT_TEXT_MAX),
  contactedAt: requiredText('Enter the time you called, for example 02:40', SHORT_TEXT_MAX),
  reference: optionalText(SHORT_TEXT_MAX),
  notes: optionalText(LONG_TEXT_MAX),
});
export type UrgentContact = z.infer<typeof urgentContactSchema>;

export const emergencyRecordSchema = z.object({
  whatHappened: requiredText('Enter what happened and what you did', LONG_TEXT_MAX),
  exactWords: optionalText(LONG_TEXT_MAX),
});
export type EmergencyRecord = z.infer<typeof emergencyRecordSchema>;

export const discussionSchema = z.object({
  participants: requiredText('Enter who took part, or will take part, in the discussion', SHORT_TEXT_MAX),
  notes: optionalText(LONG_TEXT_MAX),
});
export type Discussion = z.infer<typeof discussionSchema>;
