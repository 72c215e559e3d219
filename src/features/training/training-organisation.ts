import { createContext, useContext } from 'react';
import type { PathwayModel } from '../../../forms/organisation-profile.schema';

/**
 * The organisation trainer mode runs for: its name and the pathway model its profile names, given
 * by the app (src/app composes the profile and trainer mode; a feature does not read another's).
 */
export interface TrainingOrganisation {
  name: string;
  pathwayModel: PathwayModel;
}

export const TrainingOrganisationContext = createContext<TrainingOrganisation>({ name: '', pathwayModel: 'bsw-reporting-chart' });

export const useTrainingOrganisation = () => useContext(TrainingOrganisationContext);
