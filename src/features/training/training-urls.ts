import { scenarioSlug, type Scenario } from '../../../machines/scenarios.schema';
import { slugForStep } from '../../journey/step-slug';

/**
 * Trainer mode's URLs, one per step, as the pathway has: /training/<scenario>/<stage>/<step>.
 * Steps are written in kebab-case, as the pathway writes its own (`patientEscalate` → `patient-escalate`).
 */
export const TRAINING_ROOT = '/training';
export const levelsUrl = `${TRAINING_ROOT}/levels`;
/** The room view, opened in a second window for the projector. */
export const roomUrl = `${TRAINING_ROOT}/room`;
export const recordUrl = `${TRAINING_ROOT}/record`;
export const handoutsUrl = `${TRAINING_ROOT}/handouts`;
export const checksUrl = (level?: string) => (level ? `${TRAINING_ROOT}/checks/${level}` : `${TRAINING_ROOT}/checks`);

export const kebab = slugForStep;

export const briefingUrl = (scenario: Pick<Scenario, 'id'>) => `${TRAINING_ROOT}/${scenarioSlug(scenario)}`;
export const debriefUrl = (scenario: Pick<Scenario, 'id'>) => `${briefingUrl(scenario)}/debrief`;
export const stepUrl = (scenario: Pick<Scenario, 'id'>, stageId: string, step: string) => `${briefingUrl(scenario)}/${stageId}/${kebab(step)}`;
