import { createContext, useContext, type ComponentType } from 'react';
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

/**
 * The real pathway's step pages, which trainer mode shows inside its own frame: given by the app, which
 * composes the pathway and trainer mode (a feature does not import another).
 */
export interface TrainingPages {
  /** The page for the pathway journey's current step. */
  ConcernStep: ComponentType;
}

function MissingPages(): never {
  throw new Error('Trainer mode needs the pathway pages: render it through src/app (TrainingRouteWithProfile)');
}

export const TrainingPagesContext = createContext<TrainingPages>({ ConcernStep: MissingPages });

export const useTrainingPages = () => useContext(TrainingPagesContext);
