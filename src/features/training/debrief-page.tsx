import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { citeSource, citeSources } from '../../../forms/source-citation';
import { trainingText } from '../../content/training.content';
import { DecisionLogTable } from '../../ui/decision-log';
import { basisWords } from './basis-words';
import { SourcedList, TrainerTitle } from './trainer-parts';
import { dataProtectionSummary, sessionResult } from './debrief-rows';
import { ExportPanel } from './export-panel';
import { startStage } from './session-navigation';
import { useSession } from './session-store';
import { TrainerFrame } from './trainer-frame';
import { useTrainingOrganisation } from './training-organisation';
import { trainingDocument } from './training-document';
import { TRAINING_ROOT } from './training-urls';

const text = trainingText.debrief;

/** The debrief: each of the room's choices against the expected path, the lawful basis, pitfalls and sources. */
export function DebriefPage() {
  const { session, state } = useSession();
  const navigate = useNavigate();
  const scenario = session.scenario;
  const organisation = useTrainingOrganisation();
  const result = useMemo(() => sessionResult(scenario, state, organisation.pathwayModel), [scenario, state, organisation.pathwayModel]);
  const { score } = result;
  const runsConsent = scenario.stages.some((stage) => stage.kind === 'consent');
  const basis = scenario.expectedBasis;
  const dataProtection = useMemo(() => dataProtectionSummary(scenario, result), [scenario, result]);

  return (
    <TrainerFrame page="debrief">
      <TrainerTitle tabTitle={text.tabTitle(scenario.id)}>{text.title(scenario.id, scenario.title)}</TrainerTitle>
      <p className="body">{text.intro}</p>
      <p className="body">
        <strong>{trainingText.model.pathwayLine(result.model)}</strong>
      </p>
      <p className="body-l">
        <strong>{text.scoreLine(score.expected, score.accepted, score.differs + score.offPath, score.notReached, score.corrected)}</strong>
      </p>
      <DecisionLogTable
        className="debrief-table"
        caption={text.tableCaption}
        columns={[text.columns.step, text.columns.choice, text.columns.expected, text.columns.verdict, text.columns.why]}
        rows={result.lines.map((line, index) => ({
          key: `${line.stage}-${line.at}-${index}`,
          className: `debrief-table__row--${line.verdict}`,
          cells: [
            { text: line.at, source: line.stage },
            {
              text: (
                <>
                  {line.choice}
                  {line.earlier && <span className="debrief-table__earlier">{line.earlier}</span>}
                </>
              ),
            },
            { text: line.expected },
            { text: <span className={`verdict verdict--${line.verdict}`}>{text.verdicts[line.verdict]}</span> },
            { text: line.why, source: citeSource(line.source) },
          ],
        }))}
      />
      <h2 className="heading-m">{text.basisHeading}</h2>
      <p className="body">
        <strong>{text.basisExpected}</strong> {basisWords(basis.code, basis.row)}
        {basis.alternatives.length > 0 && ` (${text.alternatives} ${basis.alternatives.map((code) => trainingText.basis[code]).join('; ')})`}
      </p>
      <p className="body">
        <strong>{text.basisReached}</strong>{' '}
        {runsConsent ? (result.basis?.code ? basisWords(result.basis.code, result.basis.row) : text.basisNotReached) : text.basisNotModelled}
      </p>
      {dataProtection && (
        <>
          <p className="body">
            <strong>{text.dataProtection.expected}</strong> {dataProtection.expected}
          </p>
          <p className="body">
            <strong>{text.dataProtection.recorded}</strong> {dataProtection.recorded}
          </p>
          {dataProtection.verdict && <p className="body">{dataProtection.verdict}</p>}
          {dataProtection.differences.length > 0 && (
            <ul className="list">
              {dataProtection.differences.map((difference) => (
                <li key={difference}>{difference}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <p className="body">{basis.explanation}</p>
      <p className="source">
        {trainingText.feedback.source} {citeSources(basis.sources)}
      </p>
      <h2 className="heading-m">{text.pitfallsHeading}</h2>
      <SourcedList items={scenario.pitfalls} />
      <h2 className="heading-m">{text.pointsHeading}</h2>
      <SourcedList items={scenario.debrief} />
      {result.model === 'mse-police-portal' && scenario.mseVariant && (
        <>
          <h2 className="heading-m">{text.mseHeading}</h2>
          <p className="body">{scenario.mseVariant}</p>
        </>
      )}
      <ExportPanel document={() => trainingDocument(scenario, result, new Date())} />
      <div className="button-group">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            session.restart(window.location.pathname);
            navigate(startStage(session, scenario.stages[0]!));
          }}
        >
          {text.runAgain}
        </button>
        <Link to={TRAINING_ROOT} className="button button--secondary">
          {text.chooseAnother}
        </Link>
      </div>
    </TrainerFrame>
  );
}
