import { useNavigate } from 'react-router';
import { citeSourcesInText } from '../../../forms/source-citation';
import { trainingText } from '../../content/training.content';
import { sessionModel } from './scenario-model';
import { useTrainingOrganisation } from './training-organisation';
import { SummaryList, TrainerTitle } from './trainer-parts';
import { startStage, useSessionNavigation } from './session-navigation';
import { useSession } from './session-store';
import { TrainerFrame } from './trainer-frame';

const text = trainingText.briefing;

/** The scenario as the room first sees it: setting, learners, the vignette, and how it will run. */
export function BriefingPage() {
  const { session } = useSession();
  const navigate = useNavigate();
  const scenario = session.scenario;
  const { furthest } = useSessionNavigation(null, null);
  const start = () => navigate(startStage(session, scenario.stages[0]!));
  const restart = () => {
    session.restart(window.location.pathname);
    start();
  };

  return (
    <TrainerFrame page="briefing" showScenario={false} onContinue={furthest ? () => navigate(furthest) : start}>
      <p className="caption">{text.eyebrow(scenario.id)}</p>
      <TrainerTitle tabTitle={text.tabTitle(scenario.id)} large>
        {scenario.title}
      </TrainerTitle>
      <SummaryList
        rows={[
          [text.settingLabel, scenario.setting],
          [
            trainingText.home.learnersLabel,
            `${trainingText.levelList(scenario.levels)}; ${scenario.roleTypes.map((type) => trainingText.roleTypes[type]).join(', ')}`,
          ],
          [trainingText.home.coverageLabel, scenario.coverage],
        ]}
      />
      <ModelNote />
      <h2 className="heading-m">{text.vignetteHeading}</h2>
      {scenario.vignette.map((line) => (
        <p key={line} className="body-l">
          {line}
        </p>
      ))}
      <h2 className="heading-m">{text.stagesHeading}</h2>
      <ol className="list">
        {scenario.stages.map((stage) => (
          <li key={stage.id}>
            <strong>{stage.title}.</strong> {text.stageKinds[stage.kind]}
          </li>
        ))}
      </ol>
      <div className="button-group">
        {furthest ? (
          <>
            <button type="button" className="button" onClick={() => navigate(furthest)}>
              {text.resume}
            </button>
            <button type="button" className="button button--secondary" onClick={restart}>
              {text.restart}
            </button>
          </>
        ) : (
          <button type="button" className="button button--large" onClick={start}>
            {text.start}
          </button>
        )}
      </div>
    </TrainerFrame>
  );
}

/**
 * The pathway model the scenario runs on: the organisation's own where the scenario gives a path on
 * it; otherwise, plainly, the one it teaches instead and why. On MSE, what the later stages mean there.
 */
export function ModelNote() {
  const { session, state } = useSession();
  const organisation = useTrainingOrganisation();
  const scenario = session.scenario;
  const model = sessionModel(scenario, state, organisation.pathwayModel);
  const text = trainingText.model;
  const hasLaterStages = scenario.stages.some((stage) => stage.kind === 'consent' || stage.kind === 'discussion');
  return (
    <div className="inset-text">
      <p className="body">
        <strong>{text.pathwayLine(model)}</strong>
      </p>
      {model === organisation.pathwayModel ? (
        <p className="body">{text.yours}</p>
      ) : (
        <>
          {scenario.modelNote && <p className="body">{citeSourcesInText(scenario.modelNote)}</p>}
          <p className="body">{text.differs(organisation.pathwayModel)}</p>
        </>
      )}
      {model === 'mse-police-portal' && hasLaterStages && <p className="body">{text.mseLaterStages}</p>}
      {model === 'mse-police-portal' && scenario.mseVariant && (
        <p className="body">
          <strong>{text.mseVariant}</strong> {citeSourcesInText(scenario.mseVariant)}
        </p>
      )}
    </div>
  );
}
