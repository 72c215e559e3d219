import { z } from 'zod/mini';
import type { FieldMeta } from '../../../forms/field-meta';
import { textLines } from '../../../forms/text-lines';
import {
  checklistKeys,
  citedPowers,
  competentAnswers,
  decisionsOpen,
  missingFromRequest,
  missingKeys,
  requesterKinds,
  requestPurposes,
  type RequestDecision,
  type RequestDraft,
} from '../../../forms/information-request.schema';
import type { RequestEvent, RequestSnapshot, RequestStepId } from '../../../machines/information-request.machine';
import {
  checklistQuestions,
  decisionLabels,
  missingLabels,
  powerLabels,
  purposeLabels,
  requesterKindLabels,
  requestSteps,
  requestText as t,
} from '../../content/request.content';

/**
 * Each form step of the request: the fields it draws (field registry), the page schema (with the
 * words a user acts on) and the one event a valid page sends. The page schema also puts the event to
 * the machine (`snapshot.can`), so an answer the page accepts is never then refused.
 */

type Values = Record<string, unknown>;
type Shown = { prompt: string; at: string };

export interface FormStep {
  /** A single choice whose legend is the h1; otherwise the page draws its own h1. */
  headingField?: string;
  fields: (draft: RequestDraft) => readonly FieldMeta[];
  schema: (draft: RequestDraft) => z.ZodMiniType<Values>;
  toEvent: (values: Values, shown: Shown, draft: RequestDraft) => RequestEvent;
  /** What the page starts with: the answer given before, or what the record already says. */
  defaults: (draft: RequestDraft, before: RequestEvent | null) => Values;
}

const text = (message: string = t.needsText) => z.string({ error: message }).check(z.trim()).check(z.minLength(1, message));
const optional = z._default(z.string().check(z.trim()), '');
const choose = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: t.needsAnswer });
const yesNoOptions = [
  { value: 'yes', label: t.yes },
  { value: 'no', label: t.no },
];
const str = (value: unknown) => (typeof value === 'string' ? value : '');

export const formSteps = {
  urgentRecord: {
    fields: () => [
      { kind: 'text', name: 'called', label: t.urgentRecord.called, hint: t.urgentRecord.calledHint },
      { kind: 'text', name: 'calledAt', label: t.urgentRecord.calledAt, width: 'half' },
      { kind: 'longtext', name: 'whatShared', label: t.urgentRecord.whatShared, rows: 4 },
      { kind: 'text', name: 'requester', label: t.urgentRecord.requester, optional: true },
    ],
    schema: () => z.object({ called: text(), calledAt: text(), whatShared: text(), requester: optional }),
    toEvent: (v, shown) => ({
      type: 'URGENT_RECORDED',
      call: { called: str(v.called), calledAt: str(v.calledAt), whatShared: str(v.whatShared), requester: str(v.requester) },
      ...shown,
    }),
    defaults: (_, before) => (before?.type === 'URGENT_RECORDED' ? { ...before.call } : { called: '', calledAt: '', whatShared: '', requester: '' }),
  },
  requester: {
    fields: () => [
      { kind: 'choice', name: 'kind', label: t.requester.kind, options: requesterKinds.map((value) => ({ value, label: requesterKindLabels[value] })) },
      { kind: 'text', name: 'organisation', label: t.requester.organisation },
      { kind: 'text', name: 'contact', label: t.requester.contact },
      { kind: 'text', name: 'theirReference', label: t.requester.theirReference, optional: true, width: 'half' },
    ],
    schema: () => z.object({ kind: choose(requesterKinds), organisation: text(), contact: text(), theirReference: optional }),
    toEvent: (v, shown) => ({
      type: 'REQUESTER_GIVEN',
      requester: {
        kind: v.kind as (typeof requesterKinds)[number],
        organisation: str(v.organisation),
        contact: str(v.contact),
        theirReference: str(v.theirReference),
      },
      ...shown,
    }),
    defaults: (_, before) => (before?.type === 'REQUESTER_GIVEN' ? { ...before.requester } : { organisation: '', contact: '', theirReference: '' }),
  },
  purpose: {
    headingField: 'purpose',
    fields: () => [
      { kind: 'choice', name: 'purpose', label: requestSteps.purpose.title, options: requestPurposes.map((value) => ({ value, ...purposeLabels[value] })) },
    ],
    schema: () => z.object({ purpose: choose(requestPurposes) }),
    toEvent: (v, shown) => ({ type: 'PURPOSE_GIVEN', purpose: v.purpose as (typeof requestPurposes)[number], ...shown }),
    defaults: (_, before) => (before?.type === 'PURPOSE_GIVEN' ? { purpose: before.purpose } : {}),
  },
  format: {
    fields: () =>
      (['inWriting', 'proforma', 'secureEmail'] as const).map((name) => ({ kind: 'choice', name, label: t.format[name], options: yesNoOptions }) as const),
    schema: () => z.object({ inWriting: choose(['yes', 'no']), proforma: choose(['yes', 'no']), secureEmail: choose(['yes', 'no']) }),
    toEvent: (v, shown) => ({
      type: 'FORMAT_CHECKED',
      format: { inWriting: v.inWriting as 'yes', proforma: v.proforma as 'yes', secureEmail: v.secureEmail as 'yes' },
      ...shown,
    }),
    defaults: (_, before) => (before?.type === 'FORMAT_CHECKED' ? { ...before.format } : {}),
  },
  powers: {
    fields: () => [
      {
        kind: 'checkboxes',
        name: 'cited',
        label: t.powers.cited,
        hint: t.powers.none,
        optional: true,
        options: citedPowers.map((value) => ({ value, label: powerLabels[value] })),
      },
      { kind: 'longtext', name: 'notes', label: t.powers.notes, optional: true, rows: 3 },
    ],
    schema: () =>
      z.object({
        cited: z.pipe(
          z.transform((value: unknown) => (Array.isArray(value) ? value : [])),
          z.array(choose(citedPowers)),
        ),
        notes: optional,
      }),
    toEvent: (v, shown) => ({ type: 'POWERS_GIVEN', powers: { cited: v.cited as (typeof citedPowers)[number][], notes: str(v.notes) }, ...shown }),
    defaults: (_, before) => (before?.type === 'POWERS_GIVEN' ? { cited: [...before.powers.cited], notes: before.powers.notes } : { cited: [], notes: '' }),
  },
  reason: {
    headingField: 'given',
    fields: () => [
      {
        kind: 'choice',
        name: 'given',
        label: requestSteps.reason.title,
        options: yesNoOptions,
      },
      { kind: 'longtext', name: 'formOfWords', label: t.reason.formOfWords, hint: t.reason.formOfWordsHint, rows: 4 },
    ],
    schema: () =>
      z.object({ given: choose(['yes', 'no']), formOfWords: optional }).check(
        z.superRefine((v, ctx) => {
          if (v.given === 'yes' && v.formOfWords === '') ctx.addIssue({ code: 'custom', path: ['formOfWords'], message: t.needsText });
        }),
      ),
    toEvent: (v, shown) => ({
      type: 'REASON_CHECKED',
      reason: v.given === 'yes' ? { given: 'yes', formOfWords: str(v.formOfWords) } : { given: 'no', formOfWords: '' },
      ...shown,
    }),
    defaults: (_, before) => (before?.type === 'REASON_CHECKED' ? { ...before.reason } : { formOfWords: '' }),
  },
  items: {
    fields: () => [{ kind: 'longtext', name: 'items', label: t.items.label, rows: 6 }],
    schema: () =>
      z.object({
        items: textLines(z.array(z.string()).check(z.minLength(1, t.items.oneItem)).check(z.maxLength(40))),
      }),
    toEvent: (v, shown) => ({ type: 'ITEMS_LISTED', items: v.items as string[], ...shown }),
    defaults: (draft, before) => ({ items: before?.type === 'ITEMS_LISTED' ? before.items.join('\n') : (draft.items ?? []).join('\n') }),
  },
  competentAuthority: {
    headingField: 'answer',
    fields: () => [
      {
        kind: 'choice',
        name: 'answer',
        label: requestSteps.competentAuthority.title,
        options: competentAnswers.map((value) => ({ value, label: t.competent[value] })),
      },
      { kind: 'longtext', name: 'notes', label: t.competent.notes, optional: true, rows: 3 },
    ],
    schema: () => z.object({ answer: choose(competentAnswers), notes: optional }),
    toEvent: (v, shown) => ({ type: 'COMPETENT_AUTHORITY_CHECKED', competent: { answer: v.answer as 'yes', notes: str(v.notes) }, ...shown }),
    defaults: (_, before) => (before?.type === 'COMPETENT_AUTHORITY_CHECKED' ? { ...before.competent } : { notes: '' }),
  },
  checklist: {
    fields: () => [
      ...checklistKeys.map(
        (name) => ({ kind: 'choice', name, label: checklistQuestions[name], options: [...yesNoOptions, { value: 'unsure', label: t.unsure }] }) as const,
      ),
      { kind: 'longtext', name: 'notes', label: t.checklist.notes, optional: true, rows: 3 },
    ],
    schema: () =>
      z.object({
        ...(Object.fromEntries(checklistKeys.map((key) => [key, choose(['yes', 'no', 'unsure'])])) as Record<
          (typeof checklistKeys)[number],
          z.ZodMiniEnum<{ yes: 'yes'; no: 'no'; unsure: 'unsure' }>
        >),
        notes: optional,
      }),
    toEvent: (v, shown) => ({
      type: 'CHECKLIST_ANSWERED',
      checklist: {
        answers: Object.fromEntries(checklistKeys.map((key) => [key, v[key]])) as Record<(typeof checklistKeys)[number], 'yes'>,
        notes: str(v.notes),
      },
      ...shown,
    }),
    defaults: (_, before) => (before?.type === 'CHECKLIST_ANSWERED' ? { ...before.checklist.answers, notes: before.checklist.notes } : { notes: '' }),
  },
  consult: {
    headingField: 'consulted',
    fields: () => [
      {
        kind: 'choice',
        name: 'consulted',
        label: requestSteps.consult.title,
        options: yesNoOptions,
      },
      { kind: 'text', name: 'who', label: t.consult.who },
      { kind: 'text', name: 'when', label: t.consult.when, width: 'half' },
      { kind: 'longtext', name: 'advice', label: t.consult.advice, rows: 3 },
      { kind: 'longtext', name: 'whyNot', label: t.consult.whyNot, hint: t.consult.whyNotHint, rows: 3 },
    ],
    schema: () =>
      z.object({ consulted: choose(['yes', 'no']), who: optional, when: optional, advice: optional, whyNot: optional }).check(
        z.superRefine((v, ctx) => {
          const need = v.consulted === 'yes' ? (['who', 'when', 'advice'] as const) : (['whyNot'] as const);
          for (const key of need) if (v[key] === '') ctx.addIssue({ code: 'custom', path: [key], message: t.needsText });
        }),
      ),
    toEvent: (v, shown) => ({
      type: 'CONSULTATION_RECORDED',
      consultation:
        v.consulted === 'yes' ? { consulted: 'yes', who: str(v.who), when: str(v.when), advice: str(v.advice) } : { consulted: 'no', whyNot: str(v.whyNot) },
      ...shown,
    }),
    defaults: (_, before) =>
      before?.type === 'CONSULTATION_RECORDED'
        ? { who: '', when: '', advice: '', whyNot: '', ...before.consultation }
        : { who: '', when: '', advice: '', whyNot: '' },
  },
  decision: {
    headingField: 'decision',
    fields: (draft) => [
      {
        kind: 'choice',
        name: 'decision',
        label: requestSteps.decision.title,
        options: decisionsOpen(draft).map((value) => ({ value, ...decisionLabels[value] })),
      },
      { kind: 'longtext', name: 'basis', label: t.decision.basis, hint: t.decision.basisHint, optional: true, rows: 3 },
    ],
    schema: (draft) => z.object({ decision: choose(decisionsOpen(draft) as [RequestDecision, ...RequestDecision[]]), basis: optional }),
    toEvent: (v, shown) => ({ type: 'DECIDED', decision: v.decision as RequestDecision, basis: str(v.basis), ...shown }),
    defaults: (_, before) => (before?.type === 'DECIDED' ? { decision: before.decision, basis: before.basis } : { basis: '' }),
  },
  partial: {
    fields: (draft) =>
      (draft.items ?? []).flatMap((item, index) => [
        {
          kind: 'choice',
          name: `release${index}`,
          label: `${t.partial.item(index + 1)}: ${item}`,
          options: [
            { value: 'yes', label: t.partial.releaseYes },
            { value: 'no', label: t.partial.releaseNo },
          ],
        } as const,
        { kind: 'longtext', name: `reason${index}`, label: t.partial.reason(index + 1), rows: 2 } as const,
      ]),
    schema: (draft) => {
      const items = draft.items ?? [];
      const shape = Object.fromEntries(
        items.flatMap((_, i) => [
          [`release${i}`, choose(['yes', 'no'])],
          [`reason${i}`, optional],
        ]),
      );
      return z.object(shape).check(
        z.superRefine((v: Values, ctx) => {
          items.forEach((_, i) => {
            if (v[`release${i}`] === 'no' && v[`reason${i}`] === '') ctx.addIssue({ code: 'custom', path: [`reason${i}`], message: t.needsText });
          });
          const answers = items.map((_, i) => v[`release${i}`]);
          if (!answers.includes('yes'))
            ctx.addIssue({ code: 'custom', path: ['release0'], message: 'Release at least one item, or go back and decline the request' });
          else if (!answers.includes('no'))
            ctx.addIssue({ code: 'custom', path: ['release0'], message: 'Withhold at least one item, or go back and release as asked' });
        }),
      ) as unknown as z.ZodMiniType<Values>;
    },
    toEvent: (v, shown, draft) => ({
      type: 'ITEMS_DECIDED',
      partial: {
        items: (draft.items ?? []).map((item, i) => ({
          item,
          release: v[`release${i}`] as 'yes',
          reason: v[`release${i}`] === 'no' ? str(v[`reason${i}`]) : '',
        })),
      },
      ...shown,
    }),
    defaults: (draft, before) =>
      Object.fromEntries(
        (draft.items ?? []).flatMap((item, i) => {
          const earlier = before?.type === 'ITEMS_DECIDED' ? before.partial.items[i] : undefined;
          return [
            [`release${i}`, earlier?.release],
            [`reason${i}`, earlier?.reason ?? ''],
          ];
        }),
      ),
  },
  askMore: {
    fields: () => [
      { kind: 'checkboxes', name: 'missing', label: t.askMore.missing, options: missingKeys.map((value) => ({ value, label: missingLabels[value] })) },
      { kind: 'longtext', name: 'notes', label: t.askMore.notes, optional: true, rows: 3 },
    ],
    schema: () =>
      z.object({
        missing: z.pipe(
          z.transform((value: unknown) => (Array.isArray(value) ? value : [])),
          z.array(choose(missingKeys)).check(z.minLength(1, 'Choose what the requester needs to send')),
        ),
        notes: optional,
      }),
    toEvent: (v, shown) => ({ type: 'MISSING_LISTED', askMore: { missing: v.missing as (typeof missingKeys)[number][], notes: str(v.notes) }, ...shown }),
    defaults: (draft, before) =>
      before?.type === 'MISSING_LISTED'
        ? { missing: [...before.askMore.missing], notes: before.askMore.notes }
        : { missing: missingFromRequest(draft), notes: '' },
  },
  decline: {
    fields: () => [{ kind: 'longtext', name: 'reasons', label: t.decline.reasons, rows: 5 }],
    schema: () => z.object({ reasons: text() }),
    toEvent: (v, shown) => ({ type: 'DECLINE_REASONS_GIVEN', reasons: str(v.reasons), ...shown }),
    defaults: (_, before) => ({ reasons: before?.type === 'DECLINE_REASONS_GIVEN' ? before.reasons : '' }),
  },
  signOff: {
    fields: () => [
      { kind: 'text', name: 'decisionMaker', label: t.signOff.decisionMaker },
      { kind: 'text', name: 'role', label: t.signOff.role },
      { kind: 'text', name: 'decidedAt', label: t.signOff.decidedAt, width: 'half' },
      { kind: 'longtext', name: 'rationale', label: t.signOff.rationale, hint: t.signOff.rationaleHint, rows: 4 },
    ],
    schema: () => z.object({ decisionMaker: text(), role: text(), decidedAt: text(), rationale: text() }),
    toEvent: (v, shown) => ({
      type: 'SIGNED_OFF',
      signOff: { decisionMaker: str(v.decisionMaker), role: str(v.role), decidedAt: str(v.decidedAt), rationale: str(v.rationale) },
      ...shown,
    }),
    defaults: (_, before) => (before?.type === 'SIGNED_OFF' ? { ...before.signOff } : { decisionMaker: '', role: '', decidedAt: '', rationale: '' }),
  },
} as const satisfies Partial<Record<RequestStepId, FormStep>>;

export type FormStepId = keyof typeof formSteps;
export const isFormStep = (step: RequestStepId): step is FormStepId => step in formSteps;

/** The page schema, with the machine asked too: a page that passes its own rules is put to the machine. */
export function pageSchema(step: FormStepId, snapshot: RequestSnapshot, shown: () => Shown) {
  const page = formSteps[step] as FormStep;
  const { draft } = snapshot.context;
  return page.schema(draft).check(
    z.superRefine(
      (value, ctx) => {
        if (!snapshot.can(page.toEvent(value, shown(), draft)))
          ctx.addIssue({ code: 'custom', path: [(formSteps[step] as FormStep).fields(snapshot.context.draft)[0]?.name ?? ''], message: t.refused });
      },
      { when: (payload) => payload.issues.length === 0 },
    ),
  );
}
