import type { OrganisationProfile } from './organisation-profile.schema';

/**
 * The neutral default: the BSW reporting chart (reading B, the product's default pathway) with no
 * local contacts or recipients. The app shows the national numbers only. public/profiles/
 * national-default.json is this same profile, for deployers to copy.
 */
export const nationalDefaultProfile: OrganisationProfile = {
  schemaVersion: 1,
  id: 'national-default',
  name: 'National default (no local contacts)',
  pathwayModel: 'bsw-reporting-chart',
  readingVariant: 'B',
  referralCompletedBy: 'safeguarding-lead',
  recipients: [],
  contacts: {},
  staffRouteRoles: ['Line manager', 'Safeguarding lead', 'HR'],
  notifyOnReferral: [],
  sources: [
    'National contacts (999, 101 and the Anti-Terrorist Hotline) are fixed; local contacts are set by each organisation',
    'BSW ICB Prevent Policy, "Reporting flow chart for Raising Concerns" (the app’s default pathway, reading B)',
  ],
  notes:
    'A neutral starting point: national numbers only (999, 101, the Anti-Terrorist Hotline and its textphone, which the app always shows). No local contacts or recipients: add your organisation’s own, or choose your organisation’s profile.',
};
