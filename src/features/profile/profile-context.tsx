import { createContext, useContext, type ReactNode } from 'react';
import { nationalDefaultProfile, type OrganisationProfile } from '../../../forms/organisation-profile.schema';

/**
 * The organisation profile in force: which pathway staff follow and who they call locally
 * (forms/organisation-profile.schema.ts). Pages read it with useProfile(); outside a provider (unit
 * tests of single pages) they get the neutral national default.
 */
const ProfileContext = createContext<OrganisationProfile>(nationalDefaultProfile);

export function useProfile(): OrganisationProfile {
  return useContext(ProfileContext);
}

export function ProfileProvider({ profile, children }: { profile: OrganisationProfile; children: ReactNode }) {
  return <ProfileContext.Provider value={profile}>{children}</ProfileContext.Provider>;
}
