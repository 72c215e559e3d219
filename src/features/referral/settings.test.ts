import { describe, expect, it } from 'vitest';
import { nationalDefaultProfile } from '../../../forms/national-default.profile';
import type { OrganisationProfile } from '../../../forms/organisation-profile.schema';
import { effectiveRecipients, emptySettings } from './settings';

const profile: OrganisationProfile = {
  ...nationalDefaultProfile,
  recipients: [
    { label: 'Northshire MASH', email: 'mash@nhs.net' },
    { label: 'Police Prevent', url: 'https://police.example.org/prevent' },
    { label: 'Local Authority Prevent Lead' },
  ],
};

describe('who the referral goes to', () => {
  it('is the organisation profile’s recipients by default: named in section A, addressed in the email', () => {
    expect(effectiveRecipients(emptySettings, profile)).toEqual({
      sendTo: ['Northshire MASH (mash@nhs.net)', 'Police Prevent (https://police.example.org/prevent)', 'Local Authority Prevent Lead'],
      emails: ['mash@nhs.net'],
      from: 'profile',
    });
  });

  it('is this device’s saved addresses when there are any, keeping the profile’s name for an address it knows', () => {
    expect(effectiveRecipients({ recipients: ['MASH@nhs.net', 'other@council.gov.uk'], signOff: '' }, profile)).toEqual({
      sendTo: ['Northshire MASH (MASH@nhs.net)', 'other@council.gov.uk'],
      emails: ['MASH@nhs.net', 'other@council.gov.uk'],
      from: 'device',
    });
  });

  it('is nobody with neither, so section A keeps the form’s placeholder', () => {
    expect(effectiveRecipients(emptySettings, nationalDefaultProfile)).toEqual({ sendTo: [], emails: [], from: 'profile' });
  });
});
