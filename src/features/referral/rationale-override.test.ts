import { describe, expect, it } from 'vitest';
import { nationalDefaultProfile } from '../../../forms/national-default.profile';
import type { OrganisationProfile } from '../../../forms/organisation-profile.schema';
import { emailBasisWording, MODEL_WORDING_NOTE } from '../../../machines/consent-rationale';
import { sampleConsentRecord } from '../../../tests/fixtures/consent-record';
import { approvedEmailBasisWording, withApprovedWording } from './rationale-override';

const approved = { text: 'Our approved wording for consent.', approvedBy: 'A Person, Information Governance Lead', approvedOn: '2025-03-01' };
const withOverride: OrganisationProfile = { ...nationalDefaultProfile, name: 'Northshire ICB', rationaleOverrides: { consent: approved } };

describe('IG-approved rationale wording from the profile', () => {
  const record = sampleConsentRecord();

  it('replaces the model basis paragraph the lead kept, keeps what they recorded, and says who approved it', () => {
    expect(record.rationaleWordingApproved).toBe(MODEL_WORDING_NOTE);
    const exported = withApprovedWording(record, withOverride);
    expect(exported.rationale.startsWith(approved.text)).toBe(true);
    expect(exported.rationale).not.toContain('This referral is being made with the informed consent');
    expect(exported.rationale).toContain('Who consented: The patient.');
    expect(exported.rationaleWordingApproved).toBe(
      'Local wording approved by A Person, Information Governance Lead on 01/03/2025 (organisation profile: Northshire ICB).',
    );
  });

  it('leaves the record alone without an override for its route, and leaves a rationale the lead rewrote', () => {
    expect(withApprovedWording(record, nationalDefaultProfile)).toBe(record);
    expect(withApprovedWording(record, { ...withOverride, rationaleOverrides: { publicInterest: approved } })).toBe(record);
    const rewritten = { ...record, rationale: 'My own words.', rationaleWordingApproved: 'Approved by our IG lead, 2024' };
    expect(withApprovedWording(rewritten, withOverride)).toEqual(rewritten);
  });

  it('keeps the approved wording out of the covering email: the email says what the record holds, as the referral does', () => {
    expect(approvedEmailBasisWording(record, withOverride)).toBeNull();
    const notTold = { ...record, informed: 'no' as const };
    expect(emailBasisWording(notTold)).not.toBeNull();
    expect(approvedEmailBasisWording(notTold, withOverride)).toBe(emailBasisWording(notTold));
    expect(approvedEmailBasisWording(notTold, withOverride)).not.toContain(approved.text);
    expect(approvedEmailBasisWording(notTold, nationalDefaultProfile)).toBe(emailBasisWording(notTold));
  });
});
