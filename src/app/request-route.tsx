import { useProfile } from '../features/profile/profile-context';
import { RequestRoute } from '../features/request/request-pages';

/** The request pages, given the organisation profile's contacts (the consult step names its Caldicott Guardian and IG). */
export function RequestRouteWithProfile() {
  const profile = useProfile();
  return <RequestRoute contacts={profile.contacts} />;
}
