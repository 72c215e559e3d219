import { useProfile } from '../profile/profile-context';
import { ConcernStep } from '../features/pathway/concern-step';
import { TrainingRoute } from '../features/training/training-route';

/** Trainer mode, given the organisation profile's name and pathway model (the scenarios, chart and handouts follow it) and the real pathway's step pages. */
const trainingPages = { ConcernStep };

export function TrainingRouteWithProfile() {
  const profile = useProfile();
  return <TrainingRoute organisation={{ name: profile.name, pathwayModel: profile.pathwayModel }} pages={trainingPages} />;
}
