import { useNavigate } from 'react-router';
import { trainingText } from '../../content/training.content';
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
          [trainingText.home.learnersLabel, `${trainingText.levelList(scenario.levels)}; ${scenario.roleTypes.map((type) => trainingText.roleTypes[type]).join(', ')}`],
          [trainingText.home.coverageLabel, scenario.coverage],
        ]}
      />
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
