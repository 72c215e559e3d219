import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { nationalDefaultProfile } from '../../forms/national-default.profile';
import type { OrganisationProfile } from '../../forms/organisation-profile.schema';
import { writeChoice, type LoadedProfile, type ProfileChoice, type ProfileOrigin } from './load-profile';

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

export interface ProfileSettings {
  loaded: LoadedProfile;
  /**
   * Puts a checked profile in force on this device and remembers the choice (null: go back to the
   * deployment default). Returns false when the browser would not store the choice: the profile
   * still applies until the page is reloaded.
   */
  apply: (choice: ProfileChoice | null, profile: OrganisationProfile) => boolean;
}

const fallbackSettings: ProfileSettings = {
  loaded: {
    profile: nationalDefaultProfile,
    origin: { kind: 'built-in' },
    deployment: { profile: nationalDefaultProfile, origin: { kind: 'built-in' } },
  },
  apply: () => false,
};
const ProfileSettingsContext = createContext<ProfileSettings>(fallbackSettings);

/** The settings page's view of the profile: where it came from, and how to change it. */
export function useProfileSettings(): ProfileSettings {
  return useContext(ProfileSettingsContext);
}

/** False while the start-up check is still running (the national default stands in). */
const ProfileCheckedContext = createContext(true);

/** Whether the profile in force has been checked: the header leaves the organisation blank until then. */
export function useProfileChecked(): boolean {
  return useContext(ProfileCheckedContext);
}

/**
 * Above the router: the profile read at start-up, changeable from the settings page. With `later`,
 * the page draws at once with `initial` and the checked profile is swapped in when it arrives.
 */
export function ProfileRoot({ initial, later, children }: { initial: LoadedProfile; later?: Promise<LoadedProfile | null>; children: ReactNode }) {
  const [loaded, setLoaded] = useState(initial);
  const [checked, setChecked] = useState(!later);
  useEffect(() => {
    if (!later) return;
    let live = true;
    void later.then((result) => {
      if (!live || !result) return;
      setLoaded(result);
      setChecked(true);
    });
    return () => {
      live = false;
    };
  }, [later]);
  const apply = useCallback((choice: ProfileChoice | null, profile: OrganisationProfile) => {
    const stored = writeChoice(choice);
    setLoaded((current) => {
      const origin: ProfileOrigin =
        choice === null ? current.deployment.origin : choice.source === 'shipped' ? { kind: 'shipped', id: choice.id } : { kind: 'custom' };
      return { profile, origin, deployment: current.deployment };
    });
    return stored;
  }, []);
  const settings = useMemo(() => ({ loaded, apply }), [loaded, apply]);
  return (
    <ProfileCheckedContext.Provider value={checked}>
      <ProfileSettingsContext.Provider value={settings}>
        <ProfileProvider profile={loaded.profile}>{children}</ProfileProvider>
      </ProfileSettingsContext.Provider>
    </ProfileCheckedContext.Provider>
  );
}
