import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { capacityAssessmentSchema, consentDetailsSchema } from '../../../forms/consent-record.schema';
import { consentMachine, consentStepIds, initialConsentContext, type ConsentStepId } from '../../../machines/consent.machine';
import { consentContent, type YesNoContent } from '../../content/consent.content';
import {
  choiceSteps,
  detailsPage,
  detailsPayloadFields,
  fieldsOf,
  formSteps,
  pageFields,
  pageSchemaFor,
  toFormValues,
  yesNoSchema,
} from './consent-page-schemas';

const adultAt = (step: ConsentStepId) => consentMachine.resolveState({ value: step, context: initialConsentContext({ age: 41, subject: 'patient' }) });
const at = { prompt: '', at: '2025-03-01T10:00:00.000Z' };

describe('the consent pages’ forms', () => {
  it('draw each payload field by its declared kind', () => {
    expect(fieldsOf(formSteps.capacityAssessment.fields).map(([name, { kind }]) => [name, kind])).toEqual([
      ['assessor', 'text'],
      ['assessedOn', 'date'],
      ['support', 'longtext'],
      ['outcome', 'choice'],
      ['reasoning', 'longtext'],
    ]);
    expect(detailsPayloadFields.decisionMaker.kind).toBe('person');
    expect(detailsPayloadFields.decidedAt.kind).toBe('dateTime');
    expect(detailsPayloadFields.legalGateways.kind).toBe('lines');
  });

  it('declare every field of every payload, in the schema’s order, and nothing else', () => {
    const declared: [string, z.ZodMiniObject, Record<string, unknown>][] = [
      ...Object.entries(formSteps).map(([step, { schema, fields }]): [string, z.ZodMiniObject, Record<string, unknown>] => [step, schema, fields]),
      ...Object.entries(choiceSteps).flatMap(([step, { yes, no }]): [string, z.ZodMiniObject, Record<string, unknown>][] => [
        [`${step}.yes`, yes.schema, yes.fields],
        [`${step}.no`, no.schema, no.fields],
      ]),
      ['details', consentDetailsSchema, detailsPayloadFields],
    ];
    for (const [page, schema, fields] of declared) expect(Object.keys(fields), page).toEqual(Object.keys(schema.shape));
  });

  it('draw the fields through the field registry: one-line inputs, text areas and a name-and-role group, labelled from content', () => {
    const police = pageFields(formSteps.terrorismShare.fields, consentContent.terrorismShare.fields);
    expect(police.map(({ kind, name }) => [name, kind])).toEqual([
      ['contactedAt', 'text'],
      ['contacted', 'text'],
      ['whatShared', 'longtext'],
    ]);
    expect(police[1]).toMatchObject({ label: 'Who you contacted', hint: '999, the Anti-Terrorist Hotline or a named officer, and any reference number.' });
    const details = pageFields(detailsPage(false).fields, consentContent.details.fields);
    expect(details.map(({ name }) => name)).not.toContain('parentsTold');
    expect(details.find(({ name }) => name === 'decisionMaker')).toMatchObject({
      kind: 'group',
      fields: [
        { kind: 'text', name: 'decisionMaker.name' },
        { kind: 'text', name: 'decisionMaker.role' },
      ],
    });
    expect(pageFields(detailsPage(true).fields, consentContent.details.fields).at(-1)?.name).toBe('parentsTold');
  });

  it('type dates as day, month and year, with the payload’s own message when empty and a clear one when not a date', () => {
    const page = pageSchemaFor(capacityAssessmentSchema, formSteps.capacityAssessment.fields, consentContent.capacityAssessment.fields);
    const values = { assessor: 'A', support: 'B', outcome: 'lacks-capacity', reasoning: 'C' };
    const problem = (assessedOn: unknown) => page.safeParse({ ...values, assessedOn }).error?.issues.map((issue) => issue.message);
    expect(problem({ day: '', month: '', year: '' })).toEqual(['Enter the date of the capacity assessment']);
    expect(problem({ day: '31', month: '2', year: '2025' })).toEqual(['Date of the assessment must be a real date']);
    expect(page.parse({ ...values, assessedOn: { day: '27', month: '2', year: '2025' } })).toMatchObject({ assessedOn: '2025-02-27' });
  });

  it('send the decision time as an ISO date-time, and the gateways one per line', () => {
    const page = pageSchemaFor(consentDetailsSchema, detailsPayloadFields, consentContent.details.fields);
    const values = toFormValues(detailsPayloadFields, { legalGateways: ['First', 'Second'], decidedAt: '2025-03-01T11:30:00.000Z' });
    expect(values.legalGateways).toBe('First\nSecond');
    const parsed = page.parse({ ...values, legalGateways: 'First\n\n  Second  \n' });
    expect(parsed.legalGateways).toEqual(['First', 'Second']);
    expect(parsed.decidedAt).toBe('2025-03-01T11:30:00.000Z');
    const badTime = page.safeParse({ ...values, decidedAt: { date: { day: '1', month: '3', year: '2025' }, time: '25:00' } });
    expect(badTime.error?.issues[0]).toMatchObject({ path: ['decidedAt', 'time'], message: 'Enter a real time using the 24-hour clock, for example 14:30' });
  });

  it('label every choice a form page offers', () => {
    for (const step of Object.keys(formSteps) as (keyof typeof formSteps)[]) {
      const texts = consentContent[step].fields as Record<string, { options?: Record<string, unknown> }>;
      for (const [name, kind] of fieldsOf(formSteps[step].fields)) {
        if (kind.kind !== 'choice') continue;
        for (const value of kind.values)
          expect(value === 'yes' || value === 'no' || Boolean(texts[name]?.options?.[value]), `${step}.${name}: ${value}`).toBe(true);
      }
    }
  });

  it.each(consentStepIds.filter((step) => consentContent[step].kind === 'yesNo'))('%s: the page requires a note exactly when the machine does', (step) => {
    const content = consentContent[step] as YesNoContent;
    const snapshot = adultAt(step);
    for (const answer of ['yes', 'no'] as const) {
      const type = answer === 'yes' ? 'ANSWER_YES' : 'ANSWER_NO';
      const pageAccepts = yesNoSchema(content).safeParse({ answer, yesNotes: '', noNotes: '' }).success;
      expect(pageAccepts, `${answer} without notes`).toBe(snapshot.can({ type, ...at }));
      expect(snapshot.can({ type, notes: 'Written down', ...at }), `${answer} with notes`).toBe(true);
    }
  });
});
