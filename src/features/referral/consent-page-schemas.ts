import { z } from 'zod';
import {
  bestInterestsSchema,
  capacityAssessmentSchema,
  consentGivenSchema,
  conditionsFor,
  consentRefusedSchema,
  familyImplicatedSchema,
  hasText,
  igConsultationSchema,
  consentDetailsSchema,
  missingForExport,
  noSignificantHarmSchema,
  significantHarmSchema,
  type LawfulBasisChoice,
  type ScheduleOneCondition,
  policeContactSchema,
  preConsentSharingSchema,
  publicInterestSchema,
  recordsSearchSchema,
  type ConsentDetails,
} from '../../../forms/consent-record.schema';
import { emptyDateParts, fromIsoDate, pastDateSchema, todayIso, type DateParts } from '../../../forms/date-input.schema';
import { withDetails, type ConsentEvent, type ConsentSnapshot, type ConsentStepId } from '../../../machines/consent.machine';
import { consentWizardText, type FieldText, type YesNoContent } from '../../content/consent.content';

/**
 * The consent pages' forms, built from the payload schemas the machine's guards use (so the error
 * messages are the real rules'), with the page-only parts wrapped: a date is typed as day, month and
 * year and sent as an ISO date; the decision time as a date and a 24-hour time; the legal gateways
 * as one per line. Each page's schema ends with the machine's own check: `snapshot.can(event)`.
 */

type Answered = { prompt: string; at: string };
type PayloadSchema = z.ZodObject;

// ---------------------------------------------------------------------------------------------
// What kind of field a payload schema's field is: the page draws one component per kind.
// ---------------------------------------------------------------------------------------------

export type FieldKind =
  | { kind: 'shortText' }
  | { kind: 'longText' }
  | { kind: 'date' }
  | { kind: 'dateTime' }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'person' }
  | { kind: 'lines' };

/** Text up to this length is a one-line input; longer text is a text area. */
const SHORT_TEXT = 500;

export function fieldKind(schema: z.ZodType): FieldKind {
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : schema;
  if (inner instanceof z.ZodEnum) return { kind: 'choice', values: inner.options as string[] };
  if (inner instanceof z.ZodArray) return { kind: 'lines' };
  if (inner instanceof z.ZodObject) return { kind: 'person' };
  const format = (inner as { format?: string | null }).format;
  if (format === 'date') return { kind: 'date' };
  if (format === 'datetime') return { kind: 'dateTime' };
  const max = (inner as { maxLength?: number | null }).maxLength;
  return typeof max === 'number' && max <= SHORT_TEXT ? { kind: 'shortText' } : { kind: 'longText' };
}

export const fieldsOf = (schema: PayloadSchema): [string, FieldKind][] =>
  Object.entries(schema.shape).map(([name, field]) => [name, fieldKind(field as z.ZodType)]);

// ---------------------------------------------------------------------------------------------
// Payload ⇄ form values.
// ---------------------------------------------------------------------------------------------

const pad = (n: number) => String(n).padStart(2, '0');

/** A local date and 24-hour time as the page shows them, from an ISO date-time (or now). */
function dateTimeParts(iso: string | undefined, now: Date): { date: DateParts; time: string } {
  const when = iso ? new Date(iso) : now;
  const date = Number.isNaN(when.getTime()) ? now : when;
  return { date: fromIsoDate(todayIso(date)), time: `${pad(date.getHours())}:${pad(date.getMinutes())}` };
}

/** The values a page's form starts with: the payload given before (or the page's defaults), as the fields hold them. */
export function toFormValues(schema: PayloadSchema, payload: Record<string, unknown> | undefined, now = new Date()): Record<string, unknown> {
  return Object.fromEntries(
    fieldsOf(schema).map(([name, { kind }]) => {
      const value = payload?.[name];
      switch (kind) {
        case 'date':
          return [name, typeof value === 'string' ? fromIsoDate(value) : { ...emptyDateParts }];
        case 'dateTime':
          return [name, dateTimeParts(typeof value === 'string' && value ? value : undefined, now)];
        case 'choice':
          return [name, typeof value === 'string' ? value : undefined];
        case 'person': {
          const person = (value ?? {}) as { name?: string; role?: string };
          return [name, { name: person.name ?? '', role: person.role ?? '' }];
        }
        case 'lines':
          return [name, Array.isArray(value) ? value.join('\n') : ''];
        default:
          return [name, typeof value === 'string' ? value : ''];
      }
    }),
  );
}

/** The message the payload's own rule gives for a field left empty. */
function emptyMessage(field: z.ZodType): string {
  return field.safeParse('').error?.issues[0]?.message ?? '';
}

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** Day, month, year and a 24-hour time, sent as the ISO date-time the payload rule checks. */
function dateTimeField(field: z.ZodType<unknown, string>) {
  const text = consentWizardText.decidedAt;
  return z
    .object({
      date: pastDateSchema({ missing: text.dateMissing, name: text.dateName }),
      time: z
        .string()
        .trim()
        .min(1, text.timeMissing)
        .regex(TIME, text.timeInvalid),
    })
    .transform(({ date, time }) => {
      const [, hours, minutes] = TIME.exec(time)!;
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      return new Date(year, month - 1, day, Number(hours), Number(minutes)).toISOString();
    })
    .pipe(field);
}

/**
 * The page schema for a payload schema: date fields typed as day, month and year (the payload's
 * own message when empty, "must be a real date" when not a date), the date-time and the lines
 * wrapped likewise. A payload with nothing to wrap is the page schema as it is.
 */
export function pageSchemaFor(schema: PayloadSchema, texts: Partial<Record<string, FieldText>>): PayloadSchema {
  const wrapped: Record<string, z.ZodType> = {};
  for (const [name, { kind }] of fieldsOf(schema)) {
    const field = schema.shape[name] as z.ZodType<unknown, string>;
    if (kind === 'date') wrapped[name] = pastDateSchema({ missing: emptyMessage(field), name: texts[name]?.label ?? name }).pipe(field);
    if (kind === 'dateTime') wrapped[name] = dateTimeField(field);
    if (kind === 'lines')
      wrapped[name] = z
        .string()
        .transform((text) => text.split('\n').map((line) => line.trim()).filter(Boolean))
        .pipe(schema.shape[name] as z.ZodType<unknown, string[]>);
  }
  return Object.keys(wrapped).length === 0 ? schema : schema.extend(wrapped);
}

// ---------------------------------------------------------------------------------------------
// The machine has the last word: a page's answer that it refuses is shown as an error.
// ---------------------------------------------------------------------------------------------

interface Refusal {
  path: (string | number)[];
  message: string;
}

/** Adds the machine's check to a page schema: when `snapshot.can(event)` is false, the answer is refused. */
export function refusedByMachine<S extends z.ZodType>(
  schema: S,
  snapshot: ConsentSnapshot,
  toEvent: (value: z.output<S>) => ConsentEvent,
  explain: (value: z.output<S>) => Refusal[],
) {
  return schema.superRefine(
    (value, ctx) => {
      if (snapshot.can(toEvent(value))) return;
      for (const { path, message } of explain(value)) ctx.addIssue({ code: 'custom', path, message });
    },
    // Only a page that passes its own rules is put to the machine: until then the page's messages say what to do.
    { when: (payload) => payload.issues.length === 0 },
  );
}

/** A refusal the page cannot pin on one field, shown against the first. */
export const refusedAt = (path: (string | number)[]): Refusal[] => [{ path, message: consentWizardText.refused }];

// ---------------------------------------------------------------------------------------------
// The kinds of page.
// ---------------------------------------------------------------------------------------------

/** Yes or no, with each answer's notes (required when the content says the machine needs them). */
export function yesNoSchema(content: YesNoContent) {
  return z
    .object({ answer: z.enum(['yes', 'no'], { error: content.chooseError }), yesNotes: z.string(), noNotes: z.string() })
    .superRefine((value, ctx) => {
      if (value.answer !== 'yes' && value.answer !== 'no') return;
      const notes = content[value.answer].notes;
      const typed = value.answer === 'yes' ? value.yesNotes : value.noNotes;
      if (notes?.required && !hasText(typed))
        ctx.addIssue({ code: 'custom', path: [`${value.answer}Notes`], message: notes.missingError ?? notes.label });
    });
}
export type YesNoValues = z.output<ReturnType<typeof yesNoSchema>>;

export function yesNoEvent(value: YesNoValues, answered: Answered): ConsentEvent {
  const notes = value.answer === 'yes' ? value.yesNotes : value.noNotes;
  return { type: value.answer === 'yes' ? 'ANSWER_YES' : 'ANSWER_NO', ...(hasText(notes) ? { notes } : {}), ...answered };
}

const otherSupportSchema = z.object({ otherSupport: z.string().trim().max(20_000).min(1, consentWizardText.otherSupportMissing) });

interface FormStep {
  schema: PayloadSchema;
  toEvent: (payload: never, answered: Answered) => ConsentEvent;
  /** The payload an earlier answer on this page sent, to prefill the page when the lead comes back. */
  fromEvent: (event: ConsentEvent) => Record<string, unknown> | undefined;
}

const formStep = <S extends PayloadSchema>(
  schema: S,
  toEvent: (payload: z.output<S>, answered: Answered) => ConsentEvent,
  fromEvent: (event: ConsentEvent) => z.output<S> | undefined,
): FormStep => ({ schema, toEvent, fromEvent: fromEvent as FormStep['fromEvent'] });

/** The pages that collect one record, by step: the payload schema, the event it sends, and how to read it back. */
export const formSteps = {
  recordsSearch: formStep(
    recordsSearchSchema,
    (search, a) => ({ type: 'RECORDS_SEARCHED', search, ...a }),
    (e) => (e.type === 'RECORDS_SEARCHED' ? e.search : undefined),
  ),
  terrorismShare: formStep(
    policeContactSchema,
    (contact, a) => ({ type: 'POLICE_CONTACTED', contact, ...a }),
    (e) => (e.type === 'POLICE_CONTACTED' ? e.contact : undefined),
  ),
  urgentTriageShare: formStep(
    preConsentSharingSchema,
    (sharing, a) => ({ type: 'PRE_CONSENT_SHARED', sharing, ...a }),
    (e) => (e.type === 'PRE_CONSENT_SHARED' ? e.sharing : undefined),
  ),
  capacityAssessment: formStep(
    capacityAssessmentSchema,
    (assessment, a) => ({ type: 'CAPACITY_ASSESSED', assessment, ...a }),
    (e) => (e.type === 'CAPACITY_ASSESSED' ? e.assessment : undefined),
  ),
  bestInterests: formStep(
    bestInterestsSchema,
    (decision, a) => ({ type: 'BEST_INTERESTS_DECIDED', decision, ...a }),
    (e) => (e.type === 'BEST_INTERESTS_DECIDED' ? e.decision : undefined),
  ),
  publicInterest: formStep(
    publicInterestSchema,
    (decision, a) => ({ type: 'PUBLIC_INTEREST_DECIDED', decision, ...a }),
    (e) => (e.type === 'PUBLIC_INTEREST_DECIDED' ? e.decision : undefined),
  ),
  doNotShare: formStep(
    otherSupportSchema,
    ({ otherSupport }, a) => ({ type: 'NOT_SHARING_CONFIRMED', otherSupport, ...a }),
    (e) => (e.type === 'NOT_SHARING_CONFIRMED' ? { otherSupport: e.otherSupport } : undefined),
  ),
  caldicottConsulted: formStep(
    igConsultationSchema,
    (consultation, a) => ({ type: 'IG_CONSULTED', consultation, ...a }),
    (e) => (e.type === 'IG_CONSULTED' ? e.consultation : undefined),
  ),
} satisfies Partial<Record<ConsentStepId, FormStep>>;
export type FormStepId = keyof typeof formSteps;

interface ChoiceBranch {
  schema: PayloadSchema;
  toEvent: (payload: never, answered: Answered) => ConsentEvent;
}
interface ChoiceStep {
  yes: ChoiceBranch;
  no: ChoiceBranch;
  fromEvent: (event: ConsentEvent) => { answer: 'yes' | 'no'; payload: Record<string, unknown> } | undefined;
}

const branch = <S extends PayloadSchema>(schema: S, toEvent: (payload: z.output<S>, answered: Answered) => ConsentEvent): ChoiceBranch => ({ schema, toEvent });

/** The choices whose answers each send their own event with their own fields. */
export const choiceSteps = {
  familyImplicated: {
    yes: branch(familyImplicatedSchema, (family, a) => ({ type: 'FAMILY_IMPLICATED', family, ...a })),
    no: branch(z.object({}), (_, a) => ({ type: 'ANSWER_NO', ...a })),
    fromEvent: (e) => (e.type === 'FAMILY_IMPLICATED' ? { answer: 'yes', payload: e.family } : e.type === 'ANSWER_NO' ? { answer: 'no', payload: {} } : undefined),
  },
  consentGiven: {
    yes: branch(consentGivenSchema, (consent, a) => ({ type: 'CONSENT_GIVEN', consent, ...a })),
    no: branch(consentRefusedSchema, (refusal, a) => ({ type: 'CONSENT_REFUSED', refusal, ...a })),
    fromEvent: (e) =>
      e.type === 'CONSENT_GIVEN' ? { answer: 'yes', payload: e.consent } : e.type === 'CONSENT_REFUSED' ? { answer: 'no', payload: e.refusal } : undefined,
  },
  significantHarm: {
    yes: branch(significantHarmSchema, (harm, a) => ({ type: 'SIGNIFICANT_HARM', harm, ...a })),
    no: branch(noSignificantHarmSchema, ({ reasons }, a) => ({ type: 'ANSWER_NO', notes: reasons, ...a })),
    fromEvent: (e) =>
      e.type === 'SIGNIFICANT_HARM' ? { answer: 'yes', payload: e.harm } : e.type === 'ANSWER_NO' ? { answer: 'no', payload: { reasons: e.notes ?? '' } } : undefined,
  },
} satisfies Partial<Record<ConsentStepId, ChoiceStep>>;
export type ChoiceStepId = keyof typeof choiceSteps;

/** Yes or no, each answer with its own fields under it (`yes.*`, `no.*`); only the chosen answer's are checked. */
export function choiceSchema(step: ChoiceStep, texts: { yes: Partial<Record<string, FieldText>>; no: Partial<Record<string, FieldText>> }, chooseError: string) {
  return z.discriminatedUnion(
    'answer',
    [
      z.object({ answer: z.literal('yes'), yes: pageSchemaFor(step.yes.schema, texts.yes) }),
      z.object({ answer: z.literal('no'), no: pageSchemaFor(step.no.schema, texts.no) }),
    ],
    { error: chooseError },
  );
}
export type ChoiceValues = { answer: 'yes'; yes: Record<string, unknown> } | { answer: 'no'; no: Record<string, unknown> };

export function choiceEvent(step: ChoiceStep, value: ChoiceValues, answered: Answered): ConsentEvent {
  return value.answer === 'yes' ? step.yes.toEvent(value.yes as never, answered) : step.no.toEvent(value.no as never, answered);
}

// ---------------------------------------------------------------------------------------------
// The last page: the mandatory items. When the record would still lack something for export, the
// machine refuses; `missingForExport` says what, and each sentence is linked to the field that
// clears it where there is one.
// ---------------------------------------------------------------------------------------------

/** Fields of the last page whose being filled can clear a sentence of `missingForExport`. */
const detailsFields: readonly { path: (string | number)[]; fill: (details: ConsentDetails) => ConsentDetails }[] = [
  ...(['capacityOrCompetenceNotes', 'justification', 'minimumData', 'recipients', 'rationale', 'rationaleWordingApproved', 'parentsTold'] as const).map(
    (name) => ({ path: [name], fill: (details: ConsentDetails) => ({ ...details, [name]: 'x' }) }),
  ),
  { path: ['decisionMaker', 'name'], fill: (d) => ({ ...d, decisionMaker: { ...d.decisionMaker, name: 'x' } }) },
  { path: ['decisionMaker', 'role'], fill: (d) => ({ ...d, decisionMaker: { ...d.decisionMaker, role: 'x' } }) },
];

/** The last page's fields: the basis and gateways follow from the basis page, so they are not asked again. */
export const detailsPageSchema = (withParentsTold: boolean) =>
  withParentsTold ? consentDetailsSchema.omit({ basis: true, legalGateways: true }) : consentDetailsSchema.omit({ basis: true, legalGateways: true, parentsTold: true });

// ---------------------------------------------------------------------------------------------
// The basis page (legal-and-security §A.1 item 4): only the conditions that fit the route are
// offered, so no answer it offers is refused by the machine's check.
// ---------------------------------------------------------------------------------------------

/** The basis page's schema for the conditions that fit the draft's route. */
export function lawfulBasisPageSchema(fits: readonly ScheduleOneCondition[], messages: { article9: string; offenceData: string; article10: string; policy: string }) {
  const condition = (message: string) => z.enum(fits as [ScheduleOneCondition, ...ScheduleOneCondition[]], { error: message });
  return z
    .object({
      article9Condition: condition(messages.article9),
      offenceData: z.enum(['yes', 'no'], { error: messages.offenceData }),
      article10Condition: z.string().optional().nullable(),
      appropriatePolicyDocument: z.enum(['yes', 'no'], { error: messages.policy }),
    })
    .superRefine((value, ctx) => {
      if (value.offenceData === 'yes' && !(fits as readonly string[]).includes(value.article10Condition ?? ''))
        ctx.addIssue({ code: 'custom', path: ['article10Condition'], message: messages.article10 });
    })
    .transform(
      (value): LawfulBasisChoice => ({
        article9Condition: value.article9Condition,
        offenceData: value.offenceData,
        article10Condition: value.offenceData === 'yes' ? (value.article10Condition as ScheduleOneCondition) : null,
        appropriatePolicyDocument: value.appropriatePolicyDocument,
      }),
    );
}

/** The conditions the basis page offers for the snapshot's draft. */
export const offeredConditions = (snapshot: ConsentSnapshot): ScheduleOneCondition[] => conditionsFor(snapshot.context.draft);

/**
 * What the record still lacks with these details, each sentence against the field that clears it
 * (found by filling each field in turn and seeing which sentences go); any others together against
 * `fallback`, since a field shows one error at a time.
 */
export function missingDetails(snapshot: ConsentSnapshot, details: ConsentDetails, fields: readonly string[], fallback: (string | number)[]): Refusal[] {
  const draft = snapshot.context.draft;
  const missing = missingForExport(withDetails(draft, details));
  const shown = detailsFields.filter(({ path }) => fields.includes(String(path[0])));
  const placed: Refusal[] = [];
  const unplaced: string[] = [];
  for (const message of missing) {
    const field = shown.find(({ fill }) => !missingForExport(withDetails(draft, fill(details))).includes(message));
    if (field) placed.push({ path: field.path, message });
    else unplaced.push(message);
  }
  return unplaced.length > 0 ? [{ path: fallback, message: unplaced.join('. ') }, ...placed] : placed.length > 0 ? placed : refusedAt(fallback);
}
