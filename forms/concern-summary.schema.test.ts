import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { concernSummarySchema, storedConcernSchema, type ConcernSummary } from './concern-summary.schema';

/** Referrals saved before the summary existed: the BSW and MSE machines' whole contexts, as the app kept them. */
const savedContext = (pathway: 'bsw' | 'mse'): Record<string, unknown> =>
  JSON.parse(readFileSync(`${process.cwd()}/tests/fixtures/referral-drafts/pathway-context/${pathway}-context.json`, 'utf8')).state.concern;

describe('the concern summary a pathway hands to the referral', () => {
  it('reads back a summary exactly as written', () => {
    const context = savedContext('bsw');
    const summary: ConcernSummary = {
      pathway: 'bsw',
      subject: 'colleague',
      record: context.record as ConcernSummary['record'],
      log: context.log as ConcernSummary['log'],
      preventLeadAdvice: null,
      leadAgreement: null,
    };
    expect(storedConcernSchema.parse(JSON.parse(JSON.stringify(summary)))).toEqual(summary);
    expect(storedConcernSchema.parse(null)).toBeNull();
  });

  it('carries a BSW pathway context forward: its record, subject and log, no Prevent Lead advice', () => {
    const context = savedContext('bsw');
    const summary = storedConcernSchema.parse(context);
    expect(summary).toEqual({ pathway: 'bsw', subject: 'patient', record: context.record, log: context.log, preventLeadAdvice: null, leadAgreement: null });
    expect(summary?.log.map((entry) => entry.step)).toEqual([
      'start',
      'immediateRisk',
      'isConcern',
      'patientOrColleague',
      'patientDiscussAndRecord',
      'patientEscalate',
      'patientInformLead',
    ]);
  });

  it('carries an MSE pathway context forward with the Prevent Lead’s advice and, without consent, the lead who agreed', () => {
    const context = savedContext('mse');
    const summary = storedConcernSchema.parse(context);
    expect(summary).toMatchObject({
      pathway: 'mse',
      subject: 'patient',
      record: context.record,
      preventLeadAdvice: { referralAdvised: true, notes: 'Prevent Lead advised a referral' },
      leadAgreement: { name: 'Jo Prevent', agreedAt: '05/11/2026 09:30' },
    });
    expect(summary?.log).toEqual(context.log);
    expect(concernSummarySchema.safeParse(summary).success).toBe(true);
  });

  it('refuses what is neither: a log entry that is not one, or a record without what happened', () => {
    const context = savedContext('bsw');
    expect(storedConcernSchema.safeParse({ ...context, log: [{ step: 'start' }] }).success).toBe(false);
    expect(storedConcernSchema.safeParse({ ...context, record: { ...(context.record as object), whatHappened: '' } }).success).toBe(false);
    expect(storedConcernSchema.safeParse({ subject: 'colleague' }).success).toBe(false);
    expect(storedConcernSchema.safeParse('a concern').success).toBe(false);
  });
});
