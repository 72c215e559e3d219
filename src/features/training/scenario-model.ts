import type { PathwayModel } from '../../../forms/organisation-profile.schema';
import type { Scenario } from '../../../machines/scenarios.schema';
import { pathwayOfEntries, pathways } from '../../journey/pathways';
import type { SessionState } from './session-store';

/**
 * The pathway model a scenario's concern stage runs on: the organisation's own (its profile's
 * `pathwayModel`) when the scenario gives a path on it, else the model the scenario was written for
 * (the first of its `models`), which the briefing then says plainly.
 */
export function scenarioModel(scenario: Pick<Scenario, 'models'>, organisationModel: PathwayModel): PathwayModel {
  return scenario.models.includes(organisationModel) ? organisationModel : scenario.models[0]!;
}

/**
 * The model a session ran: the chart its concern stage's steps are on, once the room has answered
 * there (a journey keeps the chart it began on); before that, the one it will run on.
 */
export function sessionModel(
  scenario: Pick<Scenario, 'models' | 'stages'>,
  state: Pick<SessionState, 'stages'>,
  organisationModel: PathwayModel,
): PathwayModel {
  const concern = scenario.stages.find((stage) => stage.kind === 'concern');
  const entries = concern ? state.stages[concern.id] : undefined;
  const pathway = entries && entries.length > 1 ? pathwayOfEntries(entries) : null;
  return pathway ? pathways[pathway].model : scenarioModel(scenario, organisationModel);
}
