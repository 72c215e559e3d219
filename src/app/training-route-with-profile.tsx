import { useProfile } from '../features/profile/profile-context';
import { TrainingRoute } from '../features/training/training-route';

/** Trainer mode, given the organisation profile's name and pathway model (the scenarios, chart and handouts follow it). */
export function TrainingRouteWithProfile() {
  const profile = useProfile();
  return <TrainingRoute organisation={{ name: profile.name, pathwayModel: profile.pathwayModel }} />;
}
