import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { citeSource } from '../../../forms/source-citation';
import { otherPathwayText, pathwayNames, pathwayText } from '../../content/concern.content';
import { uiText } from '../../content/ui.content';
import { answered } from '../../journey/answered';
import { useJourney } from '../../journey/pathway-journey';
import { Progress } from './progress';

/**
 * Every step page: back link, progress, the storage notice when needed, the page itself, the
 * "this has become an emergency" control while the pathway allows it, and the seed source.
 */
export function StepFrame({ children, source }: { children: ReactNode; source: string }) {
  const journey = useJourney();
  const { snapshot, send, backUrl, storage, profilePathway } = journey;
  const canDeclareEmergency = snapshot.can({ type: 'IMMEDIATE_RISK_IDENTIFIED', ...answered('') });
  const { isOutcome, phase } = journey.stepFacts;
  const cited = citeSource(source);
  return (
    <>
      {/* The back link and the progress share one row: the question starts higher on a phone. */}
      <div className="step-top">
        {backUrl && !isOutcome && (
          <Link to={backUrl} className="back-link">
            {uiText.back}
          </Link>
        )}
        <Progress phase={phase} />
      </div>
      {storage !== 'ok' && (
        <div className="notification" role="status">
          <p>{storage === 'unavailable' ? pathwayText.storageUnavailable : pathwayText.storageUnreadable}</p>
        </div>
      )}
      {profilePathway && (
        <div className="notification" role="status">
          <p>
            <strong>{otherPathwayText.title}</strong> {otherPathwayText.body(pathwayNames[journey.pathway], pathwayNames[profilePathway])}
          </p>
        </div>
      )}
      {children}
      {canDeclareEmergency && (
        <div className="emergency-declare">
          <button
            type="button"
            className="button button--warning"
            aria-describedby="emergency-declare-hint"
            onClick={() => send({ type: 'IMMEDIATE_RISK_IDENTIFIED', ...answered(pathwayText.emergency) })}
          >
            {pathwayText.emergency}
          </button>
          <p className="hint" id="emergency-declare-hint">
            {pathwayText.emergencyHint}
          </p>
        </div>
      )}
      {cited && (
        <p className="source">
          {pathwayText.sourceLabel} {cited}
        </p>
      )}
    </>
  );
}
