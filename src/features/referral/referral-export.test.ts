import { describe, expect, it } from 'vitest';
import type { DocSection } from '../../../forms/document';
import { referralSchema } from '../../../forms/referral-form.schema';
import { completeDraft } from '../../../tests/fixtures/referral-draft';
import { buildReferralDocument, formatDateTime } from './referral-export';
import { sampleConsentRecord } from '../../../tests/fixtures/consent-record';

describe('the referral as one document', () => {
  const referral = referralSchema.parse(completeDraft());
  const document = buildReferralDocument({
    referral,
    reference: 'PP-20261123-4F7Q',
    recipients: ['mash@nhs.net', 'prevent.lead@nhs.net'],
    consent: sampleConsentRecord(),
    consentLog: [{ question: 'Did they consent?', answer: 'Yes', notes: '', at: '2026-11-05T10:00:00Z', who: 'Safeguarding lead' }],
    concernLog: [],
    generatedAt: new Date('2026-11-05T12:00:00Z'),
  });

  it('is marked OFFICIAL-SENSITIVE and carries the reference and form version, never a name, in its identity', () => {
    expect(document.marking).toBe('OFFICIAL-SENSITIVE');
    expect(document.reference).toBe('PP-20261123-4F7Q');
    expect(document.formVersion).toBe(referral.formVersion);
    expect(JSON.stringify([document.title, document.reference])).not.toMatch(/Ashdown|Robin/);
  });

  it('runs A to L in order, with the recipients filled into the referral process box', () => {
    expect(document.sections.map((s) => s.heading.slice(0, 2))).toEqual(['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'I.', 'J.', 'K.', 'L.']);
    expect(document.sections[0]!.intro!.join(' ')).toContain('please email it to: mash@nhs.net; prevent.lead@nhs.net');
    const individual = document.sections[1]!.rows;
    expect(individual.find((row) => row.label === 'Date of Birth')?.value).toBe('14/06/1991');
  });

  it('appends the consent record and the decision logs', () => {
    expect(document.appendices.map((a) => a.heading)).toEqual(['Consent and lawful basis for sharing', 'Consent and lawful basis: decision log']);
    const consent = document.appendices[0] as DocSection;
    expect(consent.rows.find((row) => row.label === 'Has the individual been told about the referral?')?.value).toBe('Yes');
  });

  it('prints times as DD/MM/YYYY HH:MM', () => {
    expect(formatDateTime('2026-11-05T09:07:00')).toBe('05/11/2026 09:07');
    expect(formatDateTime('not a time')).toBe('not a time');
  });
});

describe('the consent appendix', () => {
  it('prints every item the decision table asked for, under its own label', () => {
    const consent = sampleConsentRecord();
    const appendix = buildReferralDocument({
      referral: referralSchema.parse(completeDraft()),
      reference: 'PP-20261123-4F7Q',
      recipients: [],
      consent,
      consentLog: [],
      concernLog: [],
      generatedAt: new Date(),
    }).appendices[0] as DocSection;
    for (const [label, value] of Object.entries(consent.items)) {
      expect(appendix.rows).toContainEqual(expect.objectContaining({ label, value }));
    }
    for (const row of appendix.rows) {
      expect(typeof row.label).toBe('string');
      expect(typeof row.value).toBe('string');
    }
  });
});

describe('the local contacts appendix', () => {
  const input = {
    referral: referralSchema.parse(completeDraft()),
    reference: 'PP-20261123-4F7Q',
    recipients: [],
    consent: sampleConsentRecord(),
    consentLog: [],
    concernLog: [],
    generatedAt: new Date(),
  };

  it('lists the profile’s local contacts last, each under its role, with how to reach them', () => {
    const document = buildReferralDocument({
      ...input,
      localContacts: {
        organisation: 'Northshire ICB',
        contacts: { outOfHours: { phone: '01632 960999' }, safeguardingLead: { role: 'Designated Nurse', phone: '01632 960123', extension: '45', email: 'dn@nhs.net' } },
      },
    });
    const local = document.appendices.at(-1) as DocSection;
    expect(local.heading).toBe('Local contacts: Northshire ICB');
    expect(local.intro?.[0]).toContain('Anti-Terrorist Hotline 0800 789 321');
    expect(local.rows).toEqual([
      { label: 'Designated Nurse', value: '01632 960123, extension 45\ndn@nhs.net', field: 'profile.contacts.safeguardingLead' },
      { label: 'Out of hours', value: '01632 960999', field: 'profile.contacts.outOfHours' },
    ]);
  });

  it('is left out when the profile has no local contacts', () => {
    const document = buildReferralDocument({ ...input, localContacts: { organisation: 'National default', contacts: {} } });
    expect(document.appendices.map((a) => a.heading)).not.toContain('Local contacts: National default');
    expect(document.appendices).toHaveLength(2);
  });
});
