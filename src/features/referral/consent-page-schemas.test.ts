import { describe, expect, it } from 'vitest';
import { capacityAssessmentSchema, consentDetailsSchema } from '../../../forms/consent-record.schema';
import { consentMachine, consentStepIds, initialConsentContext, type ConsentStepId } from '../../../machines/consent.machine';
import { consentContent, type YesNoContent } from '../../content/consent.content';
import { fieldKind, fieldsOf, formSteps, pageSchemaFor, toFormValues, yesNoSchema } from './consent-page-schemas';

const adultAt = (step: ConsentStepId) => consentMachine.resolveState({ value: step, context: initialConsentContext({ age: 41, subject: 'patient' }) });
const at = { prompt: '', at: '2025-03-01T10:00:00.000Z' };

describe('the consent pages’ forms', () => {
  it('draw each payload field by its type', () => {
    expect(fieldsOf(capacityAssessmentSchema).map(([name, { kind }]) => [name, kind])).toEqual([
      ['assessor', 'shortText'],
      ['assessedOn', 'date'],
      ['support', 'longText'],
      ['outcome', 'choice'],
      ['reasoning', 'longText'],
    ]);
    expect(fieldKind(consentDetailsSchema.shape.decisionMaker).kind).toBe('person');
    expect(fieldKind(consentDetailsSchema.shape.decidedAt).kind).toBe('dateTime');
    expect(fieldKind(consentDetailsSchema.shape.legalGateways).kind).toBe('lines');
  });

  it('type dates as day, month and year, with the payload’s own message when empty and a clear one when not a date', () => {
    const page = pageSchemaFor(capacityAssessmentSchema, consentContent.capacityAssessment.fields);
    const values = { assessor: 'A', support: 'B', outcome: 'lacks-capacity', reasoning: 'C' };
    const problem = (assessedOn: unknown) => page.safeParse({ ...values, assessedOn }).error?.issues.map((issue) => issue.message);
    expect(problem({ day: '', month: '', year: '' })).toEqual(['Enter the date of the capacity assessment']);
    expect(problem({ day: '31', month: '2', year: '2025' })).toEqual(['Date of the assessment must be a real date']);
    expect(page.parse({ ...values, assessedOn: { day: '27', month: '2', year: '2025' } })).toMatchObject({ assessedOn: '2025-02-27' });
  });

  it('send the decision time as an ISO date-time, and the gateways one per line', () => {
    const page = pageSchemaFor(consentDetailsSchema, consentContent.details.fields);
    const values = toFormValues(consentDetailsSchema, { legalGateways: ['First', 'Second'], decidedAt: '2025-03-01T11:30:00.000Z' });
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
      for (const [name, kind] of fieldsOf(formSteps[step].schema)) {
        if (kind.kind !== 'choice') continue;
        for (const value of kind.values) expect(value === 'yes' || value === 'no' || Boolean(texts[name]?.options?.[value]), `${step}.${name}: ${value}`).toBe(true);
      }
    }
  });

  it.each(consentStepIds.filter((step) => consentContent[step].kind === 'yesNo'))(
    '%s: the page requires a note exactly when the machine does',
    (step) => {
      const content = consentContent[step] as YesNoContent;
      const snapshot = adultAt(step);
      for (const answer of ['yes', 'no'] as const) {
        const type = answer === 'yes' ? 'ANSWER_YES' : 'ANSWER_NO';
        const pageAccepts = yesNoSchema(content).safeParse({ answer, yesNotes: '', noNotes: '' }).success;
        expect(pageAccepts, `${answer} without notes`).toBe(snapshot.can({ type, ...at }));
        expect(snapshot.can({ type, notes: 'Written down', ...at }), `${answer} with notes`).toBe(true);
      }
    },
  );
});
