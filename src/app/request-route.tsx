import { draftSession } from '../storage/draft-session';
import { useProfile } from '../profile/profile-context';
import { RequestRoute, type RequestKeeper } from '../features/request/request-pages';
import './record-kinds';

/**
 * The request is this tab's open 'request' draft, as the concern and the referral are theirs: in
 * memory, in the tab's encrypted copy (a reload keeps it) and, once unlocked, saved encrypted on the device.
 */
const draftKeeper: RequestKeeper = {
  load: () => draftSession.get('request'),
  save: (data) => draftSession.put('request', data),
  clear: () => void draftSession.discard('request'),
};

/** The request pages, given the organisation profile's contacts (the consult step names its Caldicott Guardian and IG). */
export function RequestRouteWithProfile() {
  const profile = useProfile();
  return <RequestRoute contacts={profile.contacts} keeper={draftKeeper} />;
}
