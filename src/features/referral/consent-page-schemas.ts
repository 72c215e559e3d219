import { z } from 'zod/mini';
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
  socialCareReferralOptions,
  type LawfulBasisChoice,
  type ScheduleOneCondition,
  policeContactSchema,
  preConsentSharingSchema,
  publicInterestSchema,
  recordsSearchSchema,
  type ConsentDetails,
} from '../../../forms/consent-record.schema';
import { textLines } from '../../../forms/text-lines';
import { emptyDateParts, fromIsoDate, pastDateSchema, todayIso, type DateParts } from '../../../forms/date-input.schema';
import { withDetails, type ConsentEvent, type ConsentSnapshot, type ConsentStepId } from '../../../machines/consent.machine';
import type { FieldMeta } from '../../../forms/field-meta';
import { consentWizardText, type FieldText, type YesNoContent } from '../../content/consent.content';
import { uiText } from '../../content/ui.content';

/**
 * The consent pages' forms, built from the payload schemas the machine's guards use (so the error
 * messages are the real rules'), with the page-only parts wrapped: a date is typed as day, month and
 * year and sent as an ISO date; the decision time as a date and a 24-hour time; the legal gateways
 * as one per line. Each page's schema ends with the machine's own check: `snapshot.can(event)`.
 */

type Answered = { prompt: string; at: string };
type PayloadSchema = z.ZodMiniObject;

// ---------------------------------------------------------------------------------------------
// Each payload's fields, declared as data: what kind of field each is (a one-line input, a text
// area, a date…), never guessed from the schema's internals. The page's form values, its schema's
// wrapping and the fields it draws (`pageFields`, the shared field registry) all read these.
// ---------------------------------------------------------------------------------------------

export type PayloadField =
  | { kind: 'text' }
  | { kind: 'longtext' }
  | { kind: 'date' }
  /** A date and a 24-hour time, sent as one ISO date-time. */
  | { kind: 'dateTime' }
  /** A name and a role. */
  | { kind: 'person' }
  /** A text area sent as one item per line. */
  | { kind: 'lines' }
  | { kind: 'choice'; values: readonly string[] };

/** Every field of a payload, declared: a field the schema gains without a declaration fails the type check. */
export type PayloadFields<S extends PayloadSchema> = { [K in keyof z.input<S> & string]-?: PayloadField };

const oneLine = { kind: 'text' } as const;
const paragraph = { kind: 'longtext' } as const;
const date = { kind: 'date' } as const;
const choice = (values: readonly string[]) => ({ kind: 'choice', values }) as const;
const yesOrNo = choice(['yes', 'no']);

const payloadFields = <S extends PayloadSchema>(_schema: S, fields: PayloadFields<S>): PayloadFields<S> => fields;

/** The fields of a payload, in the order the page shows them. */
export const fieldsOf = (fields: Record<string, PayloadField>): [string, PayloadField][] => Object.entries(fields);

const yesNoLabels: Partial<Record<string, string>> = { yes: uiText.yes, no: uiText.no };

/**
 * A payload's fields as the field registry draws them: labels and hints from content keyed by the
 * payload's field names; `prefix` nests them (`yes.whoConsented`).
 */
export function pageFields(
  fields: Record<string, PayloadField>,
  texts: Partial<Record<string, FieldText>>,
  { prefix, rows = {} }: { prefix?: string; rows?: Partial<Record<string, number>> } = {},
): FieldMeta[] {
  return fieldsOf(fields).map(([key, field]): FieldMeta => {
    const name = prefix ? `${prefix}.${key}` : key;
    const { label, hint, options } = texts[key] ?? { label: key };
    const group = (parts: FieldMeta[]): FieldMeta => ({ kind: 'group', name, label, hint, fields: parts });
    switch (field.kind) {
      case 'text':
        return { kind: 'text', name, label, hint };
      case 'longtext':
        return { kind: 'longtext', name, label, hint, rows: rows[key] ?? 4 };
      case 'lines':
        return { kind: 'longtext', name, label, hint: hint ?? consentWizardText.legalGatewaysHint, rows: rows[key] ?? 4 };
      case 'date':
        return { kind: 'date', name, label, hint };
      case 'choice':
        return {
          kind: 'choice',
          name,
          label,
          hint,
          options: field.values.map((value) => ({ value, label: options?.[value]?.label ?? yesNoLabels[value] ?? value, hint: options?.[value]?.hint })),
        };
      case 'person':
        return group([
          { kind: 'text', name: `${name}.name`, label: consentWizardText.decisionMaker.name, width: 'half', autoComplete: 'name' },
          { kind: 'text', name: `${name}.role`, label: consentWizardText.decisionMaker.role, width: 'half', autoComplete: 'organization-title' },
        ]);
      case 'dateTime':
        return group([
          { kind: 'date', name: `${name}.date`, label: consentWizardText.decidedAt.date },
          {
            kind: 'text',
            name: `${name}.time`,
            label: consentWizardText.decidedAt.time,
            hint: consentWizardText.decidedAt.timeHint,
            width: 'quarter',
            inputMode: 'text',
          },
        ]);
    }
  });
}

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
export function toFormValues(fields: Record<string, PayloadField>, payload: Record<string, unknown> | undefined, now = new Date()): Record<string, unknown> {
  return Object.fromEntries(
    fieldsOf(fields).map(([name, { kind }]) => {
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
function emptyMessage(field: z.ZodMiniType): string {
  return field.safeParse('').error?.issues[0]?.message ?? '';
}

const TIME = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/;

/** Day, month, year and a 24-hour time, sent as the ISO date-time the payload rule checks. */
function dateTimeField(field: z.ZodMiniType<unknown, string>) {
  const text = consentWizardText.decidedAt;
  return z.pipe(
    z.pipe(
      z.object({
        date: pastDateSchema({ missing: text.dateMissing, name: text.dateName }),
        time: z.string().check(z.trim()).check(z.minLength(1, text.timeMissing)).check(z.regex(TIME, text.timeInvalid)),
      }),
      z.transform(({ date, time }) => {
        const [, hours, minutes] = TIME.exec(time)!;
        const [year, month, day] = date.split('-').map(Number) as [number, number, number];
        return new Date(year, month - 1, day, Number(hours), Number(minutes)).toISOString();
      }),
    ),
    field,
  );
}

/**
 * The page schema for a payload schema and its declared fields: date fields typed as day, month and year (the payload's
 * own message when empty, "must be a real date" when not a date), the date-time and the lines
 * wrapped likewise. A payload with nothing to wrap is the page schema as it is.
 */
export function pageSchemaFor(schema: PayloadSchema, fields: Record<string, PayloadField>, texts: Partial<Record<string, FieldText>>): PayloadSchema {
  const wrapped: Record<string, z.ZodMiniType> = {};
  for (const [name, { kind }] of fieldsOf(fields)) {
    const field = schema.shape[name] as z.ZodMiniType<unknown, string>;
    if (kind === 'date') wrapped[name] = z.pipe(pastDateSchema({ missing: emptyMessage(field), name: texts[name]?.label ?? name }), field);
    if (kind === 'dateTime') wrapped[name] = dateTimeField(field);
    if (kind === 'lines') wrapped[name] = textLines(schema.shape[name] as z.ZodMiniType<string[], string[]>);
  }
  return Object.keys(wrapped).length === 0 ? schema : z.extend(schema, wrapped);
}

// ---------------------------------------------------------------------------------------------
// The machine has the last word: a page's answer that it refuses is shown as an error.
// ---------------------------------------------------------------------------------------------

interface Refusal {
  path: (string | number)[];
  message: string;
}

/** Adds the machine's check to a page schema: when `snapshot.can(event)` is false, the answer is refused. */
export function refusedByMachine<S extends z.ZodMiniType>(
  schema: S,
  snapshot: ConsentSnapshot,
  toEvent: (value: z.output<S>) => ConsentEvent,
  explain: (value: z.output<S>) => Refusal[],
) {
  return schema.check(
    z.superRefine(
      (value, ctx) => {
        if (snapshot.can(toEvent(value))) return;
        for (const { path, message } of explain(value)) ctx.addIssue({ code: 'custom', path, message });
      },
      // Only a page that passes its own rules is put to the machine: until then the page's messages say what to do.
      { when: (payload) => payload.issues.length === 0 },
    ),
  );
}

/** A refusal the page cannot pin on one field, shown against the first. */
export const refusedAt = (path: (string | number)[]): Refusal[] => [{ path, message: consentWizardText.refused }];

// ---------------------------------------------------------------------------------------------
// The kinds of page.
// ---------------------------------------------------------------------------------------------

/** Yes or no, with each answer's notes (required when the content says the machine needs them). */
export function yesNoSchema(content: YesNoContent) {
  return z.object({ answer: z.enum(['yes', 'no'], { error: content.chooseError }), yesNotes: z.string(), noNotes: z.string() }).check(
    z.superRefine((value, ctx) => {
      if (value.answer !== 'yes' && value.answer !== 'no') return;
      const notes = content[value.answer].notes;
      const typed = value.answer === 'yes' ? value.yesNotes : value.noNotes;
      if (notes?.required && !hasText(typed)) ctx.addIssue({ code: 'custom', path: [`${value.answer}Notes`], message: notes.missingError ?? notes.label });
    }),
  );
}
export type YesNoValues = z.output<ReturnType<typeof yesNoSchema>>;

export function yesNoEvent(value: YesNoValues, answered: Answered): ConsentEvent {
  const notes = value.answer === 'yes' ? value.yesNotes : value.noNotes;
  return { type: value.answer === 'yes' ? 'ANSWER_YES' : 'ANSWER_NO', ...(hasText(notes) ? { notes } : {}), ...answered };
}

const otherSupportSchema = z.object({
  otherSupport: z.string().check(z.trim()).check(z.maxLength(20_000)).check(z.minLength(1, consentWizardText.otherSupportMissing)),
});

interface FormStep {
  schema: PayloadSchema;
  fields: Record<string, PayloadField>;
  toEvent: (payload: never, answered: Answered) => ConsentEvent;
  /** The payload an earlier answer on this page sent, to prefill the page when the lead comes back. */
  fromEvent: (event: ConsentEvent) => Record<string, unknown> | undefined;
}

const formStep = <S extends PayloadSchema>(
  schema: S,
  fields: PayloadFields<S>,
  toEvent: (payload: z.output<S>, answered: Answered) => ConsentEvent,
  fromEvent: (event: ConsentEvent) => z.output<S> | undefined,
): FormStep => ({ schema, fields, toEvent, fromEvent: fromEvent as FormStep['fromEvent'] });

/** The pages that collect one record, by step: the payload schema, the event it sends, and how to read it back. */
export const formSteps = {
  recordsSearch: formStep(
    recordsSearchSchema,
    { knownToService: yesOrNo, searchMade: paragraph },
    (search, a) => ({ type: 'RECORDS_SEARCHED', search, ...a }),
    (e) => (e.type === 'RECORDS_SEARCHED' ? e.search : undefined),
  ),
  terrorismShare: formStep(
    policeContactSchema,
    { contactedAt: oneLine, contacted: oneLine, whatShared: paragraph },
    (contact, a) => ({ type: 'POLICE_CONTACTED', contact, ...a }),
    (e) => (e.type === 'POLICE_CONTACTED' ? e.contact : undefined),
  ),
  urgentTriageShare: formStep(
    preConsentSharingSchema,
    { sharedWith: oneLine, whatShared: paragraph, whyUrgent: paragraph },
    (sharing, a) => ({ type: 'PRE_CONSENT_SHARED', sharing, ...a }),
    (e) => (e.type === 'PRE_CONSENT_SHARED' ? e.sharing : undefined),
  ),
  capacityAssessment: formStep(
    capacityAssessmentSchema,
    { assessor: oneLine, assessedOn: date, support: paragraph, outcome: choice(capacityAssessmentSchema.shape.outcome.options), reasoning: paragraph },
    (assessment, a) => ({ type: 'CAPACITY_ASSESSED', assessment, ...a }),
    (e) => (e.type === 'CAPACITY_ASSESSED' ? e.assessment : undefined),
  ),
  bestInterests: formStep(
    bestInterestsSchema,
    { inBestInterests: yesOrNo, reasoning: paragraph, consulted: paragraph },
    (decision, a) => ({ type: 'BEST_INTERESTS_DECIDED', decision, ...a }),
    (e) => (e.type === 'BEST_INTERESTS_DECIDED' ? e.decision : undefined),
  ),
  publicInterest: formStep(
    publicInterestSchema,
    { justified: yesOrNo, harmWeighed: paragraph, whyOutweighs: paragraph, necessaryAndProportionate: paragraph },
    (decision, a) => ({ type: 'PUBLIC_INTEREST_DECIDED', decision, ...a }),
    (e) => (e.type === 'PUBLIC_INTEREST_DECIDED' ? e.decision : undefined),
  ),
  doNotShare: formStep(
    otherSupportSchema,
    { otherSupport: paragraph },
    ({ otherSupport }, a) => ({ type: 'NOT_SHARING_CONFIRMED', otherSupport, ...a }),
    (e) => (e.type === 'NOT_SHARING_CONFIRMED' ? { otherSupport: e.otherSupport } : undefined),
  ),
  caldicottConsulted: formStep(
    igConsultationSchema,
    { consulted: yesOrNo, name: oneLine, advice: paragraph },
    (consultation, a) => ({ type: 'IG_CONSULTED', consultation, ...a }),
    (e) => (e.type === 'IG_CONSULTED' ? e.consultation : undefined),
  ),
} satisfies Partial<Record<ConsentStepId, FormStep>>;
export type FormStepId = keyof typeof formSteps;

interface ChoiceBranch {
  schema: PayloadSchema;
  fields: Record<string, PayloadField>;
  toEvent: (payload: never, answered: Answered) => ConsentEvent;
}
interface ChoiceStep {
  yes: ChoiceBranch;
  no: ChoiceBranch;
  fromEvent: (event: ConsentEvent) => { answer: 'yes' | 'no'; payload: Record<string, unknown> } | undefined;
}

const branch = <S extends PayloadSchema>(
  schema: S,
  fields: PayloadFields<S>,
  toEvent: (payload: z.output<S>, answered: Answered) => ConsentEvent,
): ChoiceBranch => ({
  schema,
  fields,
  toEvent,
});

/** The choices whose answers each send their own event with their own fields. */
export const choiceSteps = {
  familyImplicated: {
    yes: branch(familyImplicatedSchema, { whyParentNotAsked: paragraph, whoDecided: oneLine }, (family, a) => ({ type: 'FAMILY_IMPLICATED', family, ...a })),
    no: branch(z.object({}), {}, (_, a) => ({ type: 'ANSWER_NO', ...a })),
    fromEvent: (e) =>
      e.type === 'FAMILY_IMPLICATED' ? { answer: 'yes', payload: e.family } : e.type === 'ANSWER_NO' ? { answer: 'no', payload: {} } : undefined,
  },
  consentGiven: {
    yes: branch(consentGivenSchema, { whoConsented: oneLine, consentedTo: paragraph, consentDate: date, howInformed: paragraph }, (consent, a) => ({
      type: 'CONSENT_GIVEN',
      consent,
      ...a,
    })),
    no: branch(consentRefusedSchema, { refusedBy: oneLine, reasons: paragraph }, (refusal, a) => ({ type: 'CONSENT_REFUSED', refusal, ...a })),
    fromEvent: (e) =>
      e.type === 'CONSENT_GIVEN' ? { answer: 'yes', payload: e.consent } : e.type === 'CONSENT_REFUSED' ? { answer: 'no', payload: e.refusal } : undefined,
  },
  significantHarm: {
    yes: branch(significantHarmSchema, { harm: paragraph, socialCareReferral: choice(socialCareReferralOptions), socialCareNotes: paragraph }, (harm, a) => ({
      type: 'SIGNIFICANT_HARM',
      harm,
      ...a,
    })),
    no: branch(noSignificantHarmSchema, { reasons: paragraph }, ({ reasons }, a) => ({ type: 'ANSWER_NO', notes: reasons, ...a })),
    fromEvent: (e) =>
      e.type === 'SIGNIFICANT_HARM'
        ? { answer: 'yes', payload: e.harm }
        : e.type === 'ANSWER_NO'
          ? { answer: 'no', payload: { reasons: e.notes ?? '' } }
          : undefined,
  },
} satisfies Partial<Record<ConsentStepId, ChoiceStep>>;
export type ChoiceStepId = keyof typeof choiceSteps;

/** Yes or no, each answer with its own fields under it (`yes.*`, `no.*`); only the chosen answer's are checked. */
export function choiceSchema(
  step: ChoiceStep,
  texts: { yes: Partial<Record<string, FieldText>>; no: Partial<Record<string, FieldText>> },
  chooseError: string,
) {
  return z.discriminatedUnion(
    'answer',
    [
      z.object({ answer: z.literal('yes'), yes: pageSchemaFor(step.yes.schema, step.yes.fields, texts.yes) }),
      z.object({ answer: z.literal('no'), no: pageSchemaFor(step.no.schema, step.no.fields, texts.no) }),
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

/** The last page's payload, every field declared (the page asks all but the basis and gateways). */
export const detailsPayloadFields = payloadFields(consentDetailsSchema, {
  capacityOrCompetenceNotes: paragraph,
  justification: paragraph,
  minimumData: paragraph,
  recipients: paragraph,
  decisionMaker: { kind: 'person' },
  decidedAt: { kind: 'dateTime' },
  rationale: paragraph,
  rationaleWordingApproved: paragraph,
  parentsTold: paragraph,
  basis: paragraph,
  legalGateways: { kind: 'lines' },
});

/** The last page's schema and fields: the basis and gateways follow from the basis page, so they are not asked again. */
export function detailsPage(withParentsTold: boolean): { schema: PayloadSchema; fields: Record<string, PayloadField> } {
  const { basis: _basis, legalGateways: _gateways, parentsTold, ...asked } = detailsPayloadFields;
  return withParentsTold
    ? { schema: z.omit(consentDetailsSchema, { basis: true, legalGateways: true }), fields: { ...asked, parentsTold } }
    : { schema: z.omit(consentDetailsSchema, { basis: true, legalGateways: true, parentsTold: true }), fields: asked };
}

// ---------------------------------------------------------------------------------------------
// The basis page (legal-and-security §A.1 item 4): only the conditions that fit the route are
// offered, so no answer it offers is refused by the machine's check.
// ---------------------------------------------------------------------------------------------

/** The basis page's schema for the conditions that fit the draft's route. */
export function lawfulBasisPageSchema(
  fits: readonly ScheduleOneCondition[],
  messages: { article9: string; offenceData: string; article10: string; policy: string },
) {
  const condition = (message: string) => z.enum(fits as [ScheduleOneCondition, ...ScheduleOneCondition[]], { error: message });
  return z.pipe(
    z
      .object({
        article9Condition: condition(messages.article9),
        offenceData: z.enum(['yes', 'no'], { error: messages.offenceData }),
        article10Condition: z.nullable(z.optional(z.string())),
        appropriatePolicyDocument: z.enum(['yes', 'no'], { error: messages.policy }),
      })
      .check(
        z.superRefine((value, ctx) => {
          if (value.offenceData === 'yes' && !(fits as readonly string[]).includes(value.article10Condition ?? ''))
            ctx.addIssue({ code: 'custom', path: ['article10Condition'], message: messages.article10 });
        }),
      ),
    z.transform((value): LawfulBasisChoice => ({
      article9Condition: value.article9Condition,
      offenceData: value.offenceData,
      article10Condition: value.offenceData === 'yes' ? (value.article10Condition as ScheduleOneCondition) : null,
      appropriatePolicyDocument: value.appropriatePolicyDocument,
    })),
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
