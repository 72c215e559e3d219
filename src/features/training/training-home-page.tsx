import { Link } from 'react-router';
import { scenarios } from '../../../machines/scenarios.data';
import { trainingText } from '../../content/training.content';
import { usePageHeading } from '../../ui/page-heading';
import { scenarioModel } from './scenario-model';
import { useTrainingOrganisation } from './training-organisation';
import { briefingUrl, checksUrl, handoutsUrl, levelsUrl, recordUrl, TRAINING_ROOT } from './training-urls';

const toolUrls = { checks: checksUrl(), handouts: handoutsUrl, record: recordUrl } as const;

const text = trainingText.home;

/** Trainer mode's first page: the twelve scenarios, and the training-levels reference. */
export function TrainingHomePage() {
  const heading = usePageHeading(text.tabTitle);
  const organisation = useTrainingOrganisation();
  return (
    <>
      <h1 className="heading-xl" tabIndex={-1} ref={heading}>
        {text.title}
      </h1>
      {text.intro.map((paragraph) => (
        <p key={paragraph} className="body-l">
          {paragraph}
        </p>
      ))}
      <p className="body">{text.complement}</p>
      <h2 className="heading-m">{text.scenariosHeading}</h2>
      <p className="body">{text.scenariosIntro}</p>
      <ul className="scenario-list">
        {scenarios.map((scenario) => (
          <li key={scenario.id} className="scenario-card">
            <h3 className="scenario-card__title">
              <span className="scenario-card__id">{scenario.id}</span> {scenario.title}
            </h3>
            <p className="scenario-card__coverage">{scenario.coverage}</p>
            <p className="scenario-card__meta">{scenario.setting}</p>
            <p className="scenario-card__meta">
              {trainingText.levelList(scenario.levels)} · {scenario.roleTypes.map((type) => trainingText.roleTypes[type]).join(', ')}
            </p>
            {scenarioModel(scenario, organisation.pathwayModel) !== organisation.pathwayModel && (
              <p className="scenario-card__meta">
                <strong>{text.runsOn(trainingText.model.names[scenarioModel(scenario, organisation.pathwayModel)])}</strong>
              </p>
            )}
            <Link className="button button--secondary scenario-card__run" to={briefingUrl(scenario)}>
              {text.run(scenario.title)}
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="heading-m">{text.toolsHeading}</h2>
      <p className="body">{text.modelLine(trainingText.model.names[organisation.pathwayModel])}</p>
      <ul className="list">
        {text.tools.map((tool) => (
          <li key={tool.key}>
            <Link to={toolUrls[tool.key]}>{tool.link}</Link>: {tool.body}
          </li>
        ))}
      </ul>
      <h2 className="heading-m">{text.roomHeading}</h2>
      <p className="body">{text.roomBody}</p>
      <h2 className="heading-m">{text.levelsHeading}</h2>
      <p className="body">{text.levelsBody}</p>
      <p className="body">
        <Link to={levelsUrl}>{text.levelsLink}</Link>
      </p>
    </>
  );
}

export function ScenarioNotFound() {
  const heading = usePageHeading(trainingText.notFound.title);
  return (
    <>
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {trainingText.notFound.title}
      </h1>
      <p className="body">{trainingText.notFound.body}</p>
      <p className="body">
        <Link to={TRAINING_ROOT}>{trainingText.home.title}</Link>
      </p>
    </>
  );
}
