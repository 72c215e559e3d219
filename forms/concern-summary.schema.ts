import { z } from 'zod/mini';
import { beginAnswerSchema, storedConcernRecordSchema } from './pathway-answers.schema';

/**
 * What a concern pathway hands to the referral: every pathway model (the BSW reporting chart, the
 * MSE referral flowchart, any added later) produces one from its context (`concernSummary` in
 * machines/concern.machine.ts, `mseConcernSummary` in machines/mse.machine.ts), and the referral
 * keeps it and reads it back (src/features/referral/referral-storage.ts). It holds only what the
 * referral needs: the record of concern (to fill the form), who it is about (the consent questions),
 * the decision log (the internal record's pathway log) and, on the MSE chart, the Prevent Lead's
 * advice and, for a referral without consent, the lead who agreed.
 */

export const pathwayModelIds = ['bsw', 'mse'] as const;

/** One entry of a pathway's decision log, whichever chart wrote it. */
export const pathwayLogEntrySchema = z.object({
  step: z.string(),
  question: z.string(),
  answer: z.string(),
  notes: z.string(),
  role: z.nullable(beginAnswerSchema.shape.role),
  actor: z.string(),
  at: z.string(),
  source: z.string(),
});
export type PathwayLogEntryRecord = z.infer<typeof pathwayLogEntrySchema>;

/** The ICB Prevent Lead's advice after liaison (MSE box 3). */
export const preventLeadAdviceSchema = z.object({ referralAdvised: z.boolean(), notes: z.string() });

/** Who agreed to a referral without consent, and when (as the referrer wrote it). */
export const leadAgreementSchema = z.object({ name: z.string(), agreedAt: z.string() });

export const concernSummarySchema = z.object({
  /** The pathway model that made it. */
  pathway: z.enum(pathwayModelIds),
  subject: z.nullable(z.enum(['patient', 'colleague'])),
  record: z.nullable(storedConcernRecordSchema),
  log: z.array(pathwayLogEntrySchema),
  /** MSE only; null on other charts and before the liaison. */
  preventLeadAdvice: z.nullable(preventLeadAdviceSchema),
  /** MSE only: a referral without consent, agreed by the Prevent Lead. */
  leadAgreement: z.nullable(leadAgreementSchema),
});
export type ConcernSummary = z.infer<typeof concernSummarySchema>;

/**
 * What referrals saved before the summary existed kept instead: the pathway machine's whole context.
 * Only the fields the summary takes are read; an MSE context is told apart by its Prevent Lead
 * advice and consent decision, which the BSW context never has.
 */
const contextFields = {
  subject: concernSummarySchema.shape.subject,
  record: concernSummarySchema.shape.record,
  log: concernSummarySchema.shape.log,
};
const mseContextObject = z.object({
  ...contextFields,
  advice: z.nullable(preventLeadAdviceSchema),
  consent: z.nullable(z.object({ choice: z.string(), leadAgreement: z.optional(leadAgreementSchema) })),
});
const mseContextSchema = z.pipe(
  mseContextObject,
  z.transform(({ subject, record, log, advice, consent }: z.output<typeof mseContextObject>): ConcernSummary => ({
    pathway: 'mse',
    subject,
    record,
    log,
    preventLeadAdvice: advice,
    leadAgreement: consent?.leadAgreement ?? null,
  })),
);
const bswContextObject = z.looseObject(contextFields).check(z.refine((context) => !('advice' in context) && !('consent' in context)));
const bswContextSchema = z.pipe(
  bswContextObject,
  z.transform(({ subject, record, log }: z.output<typeof bswContextObject>): ConcernSummary => ({
    pathway: 'bsw',
    subject,
    record,
    log,
    preventLeadAdvice: null,
    leadAgreement: null,
  })),
);

/** A pathway context as referrals saved before the summary kept it, carried forward into a summary. */
export const pathwayContextSchema = z.union([mseContextSchema, bswContextSchema]);

/** The concern a saved referral holds: a summary, one kept in the older shape (carried forward), or none. */
export const storedConcernSchema = z.nullable(z.union([concernSummarySchema, pathwayContextSchema]));
