import { ConcernStep } from './concern-step';
import { ConcernJourney } from '../../journey/pathway-journey';

/** The pathway's route component, loaded on demand so the first page stays light. */
export function ConcernRoute() {
  return (
    <ConcernJourney>
      <ConcernStep />
    </ConcernJourney>
  );
}
