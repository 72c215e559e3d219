import { useState } from 'react';
import { Link } from 'react-router';
import { citeSource } from '../../../forms/source-citation';
import { scenarios } from '../../../machines/scenarios.data';
import { handoutsText as text, trainingText } from '../../content/training.content';
import { concernDiagramModel, mseDiagramModel } from './diagrams';
import { Flowchart } from './flowchart';
import { TrainerTitle } from './trainer-parts';
import { useTrainingOrganisation } from './training-organisation';
import { TRAINING_ROOT } from './training-urls';

type Part = keyof typeof text.parts;

/** The mark every handout carries: training, fictional; never OFFICIAL-SENSITIVE. */
function HandoutMark() {
  return (
    <p className="handout__mark">
      {text.mark} <span className="hint">{text.markDetail}</span>
    </p>
  );
}

/**
 * Handouts to print: scenario cards (what the room sees, never the expected answer), the
 * organisation's flowchart on one page, and a debrief sheet. Printed from the browser: the page's
 * title, and so the saved file's name, never says "referral".
 */
export function HandoutsPage() {
  const organisation = useTrainingOrganisation();
  const [chosen, setChosen] = useState<string>(scenarios[1]?.id ?? scenarios[0]!.id);
  const [parts, setParts] = useState<Record<Part, boolean>>({ cards: true, flowchart: true, debrief: true });
  const scenario = scenarios.find((candidate) => candidate.id === chosen)!;
  const model = organisation.pathwayModel;
  const diagram = model === 'mse-police-portal' ? mseDiagramModel() : concernDiagramModel();
  const start = diagram.graph.nodes.find((node) => node.id === 'mseStart' || node.id === 'start')?.id ?? diagram.graph.nodes[0]!.id;

  return (
    <div className="trainer__main trainer__main--single handouts">
      <div className="handouts__controls">
        <TrainerTitle tabTitle={text.tabTitle}>{text.title}</TrainerTitle>
        <p className="body">{text.intro}</p>
        <div className="form-group">
          <label className="label" htmlFor="handout-scenario">
            {text.scenarioLegend}
          </label>
          <select className="nhsuk-select" id="handout-scenario" value={chosen} onChange={(event) => setChosen(event.target.value)}>
            {scenarios.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {trainingText.scenarioPanel.summary(candidate.id, candidate.title)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="nhsuk-fieldset">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{text.include}</legend>
          <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
            {(Object.keys(text.parts) as Part[]).map((part) => (
              <div className="nhsuk-checkboxes__item" key={part}>
                <input
                  className="nhsuk-checkboxes__input"
                  type="checkbox"
                  id={`handout-${part}`}
                  checked={parts[part]}
                  onChange={() => setParts({ ...parts, [part]: !parts[part] })}
                />
                <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`handout-${part}`}>
                  {text.parts[part]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className="button-group">
          <button type="button" className="button" onClick={() => window.print()}>
            {text.print}
          </button>
          <Link className="button button--secondary" to={TRAINING_ROOT}>
            {text.back}
          </Link>
        </div>
      </div>

      {parts.cards && (
        <section className="handout" aria-labelledby="handout-card-title">
          <HandoutMark />
          <h2 className="heading-m" id="handout-card-title">
            {text.cardsHeading}: {scenario.id} “{scenario.title}”
          </h2>
          <p className="body">
            <strong>{trainingText.briefing.settingLabel}:</strong> {scenario.setting}
          </p>
          {scenario.vignette.map((line) => (
            <p key={line} className="body">
              {line}
            </p>
          ))}
          <ol className="list">
            {text.cardQuestions.map((question) => (
              <li key={question}>{question}</li>
            ))}
          </ol>
        </section>
      )}

      {parts.flowchart && (
        <section className="handout handout--flowchart" aria-labelledby="handout-flowchart-title">
          <HandoutMark />
          <h2 className="heading-m" id="handout-flowchart-title">
            {text.flowchartHeading(organisation.name, text.models[model])}
          </h2>
          <p className="trainer__source">({citeSource(text.modelSource[model])})</p>
          <Flowchart diagram={diagram} history={[start]} index={0} taken={new Set()} next={[]} zoom={0.8} />
        </section>
      )}

      {parts.debrief && (
        <section className="handout" aria-labelledby="handout-debrief-title">
          <HandoutMark />
          <h2 className="heading-m" id="handout-debrief-title">
            {text.debriefHeading(scenario.id, scenario.title)}
          </h2>
          <h3 className="heading-s">{text.debriefPoints}</h3>
          <ul className="list">
            {scenario.debrief.map((point) => (
              <li key={point.text}>
                {point.text} {citeSource(point.source) && <span className="trainer__source">({citeSource(point.source)})</span>}
              </li>
            ))}
          </ul>
          <h3 className="heading-s">{text.pitfalls}</h3>
          <ul className="list">
            {scenario.pitfalls.map((point) => (
              <li key={point.text}>
                {point.text} {citeSource(point.source) && <span className="trainer__source">({citeSource(point.source)})</span>}
              </li>
            ))}
          </ul>
          <h3 className="heading-s">{text.notes}</h3>
          <div className="handout__lines" aria-hidden="true" />
        </section>
      )}
    </div>
  );
}
