import { describe, expect, it } from 'vitest';
import { buildCoveringEmail, isNhsMail } from './covering-email';

const base = {
  reference: 'PP-20261123-4F7Q',
  attachmentName: 'prevent-referral-PP-20261123-4F7Q.pdf',
  recipients: ['prevent.lead@nhs.net'],
  basisWording: null,
  signOff: 'Alex Morgan, Safeguarding Lead',
};

describe('the covering email', () => {
  it('starts the subject with OFFICIAL-SENSITIVE and names no one', () => {
    const email = buildCoveringEmail(base);
    expect(email.subject).toBe('OFFICIAL-SENSITIVE – Prevent referral PP-20261123-4F7Q');
    expect(email.to).toBe('prevent.lead@nhs.net');
    expect(email.needsSecureTag).toBe(false);
  });

  it('names one attachment, the referral, and never the internal decision record', () => {
    const email = buildCoveringEmail(base);
    expect(email.body).toContain('prevent-referral-PP-20261123-4F7Q.pdf');
    expect(email.body).not.toMatch(/internal|\.pdf.*\.pdf/s);
    expect(email.body.match(/\.pdf/g)).toHaveLength(1);
  });

  it('adds [secure] when any recipient is outside NHSmail', () => {
    const email = buildCoveringEmail({ ...base, recipients: ['prevent.lead@nhs.net', 'mash@council.gov.uk'] });
    expect(email.subject).toMatch(/^OFFICIAL-SENSITIVE .* \[secure\]$/);
    expect(email.to).toBe('prevent.lead@nhs.net; mash@council.gov.uk');
    expect(isNhsMail(' someone@NHS.NET ')).toBe(true);
    expect(isNhsMail('someone@nhs.uk')).toBe(false);
  });

  it('includes the basis wording whenever it is given, and the mailto link carries everything', () => {
    const wording = 'This referral is being made without seeking the prior consent of the patient.';
    const email = buildCoveringEmail({ ...base, basisWording: wording });
    expect(email.body).toContain(wording);
    const url = new URL(email.mailto);
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe('prevent.lead@nhs.net');
    expect(url.searchParams.get('subject')).toBe(email.subject);
    expect(url.searchParams.get('body')).toBe(email.body);
  });

  it('leaves the basis out when the person consented, and a placeholder when there is no sign-off', () => {
    const email = buildCoveringEmail({ ...base, signOff: '  ' });
    expect(email.body).not.toContain('basis');
    expect(email.body).toContain('[Your name, role, organisation and telephone number]');
  });

  it('puts the organisation profile’s marking descriptor after OFFICIAL-SENSITIVE in the subject', () => {
    expect(buildCoveringEmail({ ...base, descriptor: 'PERSONAL DATA' }).subject).toBe('OFFICIAL-SENSITIVE PERSONAL DATA – Prevent referral PP-20261123-4F7Q');
  });
});
