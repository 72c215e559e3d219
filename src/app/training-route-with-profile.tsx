import { useProfile } from '../profile/profile-context';
import { ConcernStep } from '../features/pathway/concern-step';
import { TrainingRoute } from '../features/training/training-route';
import { RecordKeeperContext } from '../features/training/record-page';
import { trainingRecordKeeper } from './training-record-keeper';

/** Trainer mode, given the organisation profile's name and pathway model (the scenarios, chart and handouts follow it) and the real pathway's step pages. */
const trainingPages = { ConcernStep };

export function TrainingRouteWithProfile() {
  const profile = useProfile();
  // The completion record can be saved as an encrypted draft like any other record (src/app/training-record-keeper.tsx).
  return (
    <RecordKeeperContext.Provider value={trainingRecordKeeper}>
      <TrainingRoute organisation={{ name: profile.name, pathwayModel: profile.pathwayModel }} pages={trainingPages} />
    </RecordKeeperContext.Provider>
  );
}
