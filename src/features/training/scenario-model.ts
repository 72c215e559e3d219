import type { PathwayModel } from '../../../forms/organisation-profile.schema';
import type { Scenario } from '../../../machines/scenarios.schema';

/**
 * The pathway model a scenario's concern stage runs on. Every scenario's expected path is written
 * on the BSW reporting chart (domain-spec §7: "Expected paths use the BSW profile unless an MSE
 * variant is given"), so each says so plainly; its MSE variant, where it has one, is shown to MSE
 * organisations beside it.
 */
export function scenarioModel(scenario: Pick<Scenario, 'profile'>): PathwayModel {
  return scenario.profile === 'MSE' ? 'mse-police-portal' : 'bsw-reporting-chart';
}
