import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isOutcome, stepMeta } from '../../../machines/concern.machine';
import { pathwayText } from '../../content/concern.content';
import { uiText } from '../../content/ui.content';
import { answered } from './answered';
import { useJourney } from './journey';
import { Progress } from './progress';

/**
 * Every step page: back link, progress, the storage notice when needed, the page itself, the
 * "this has become an emergency" control while the pathway allows it, and the seed source.
 */
export function StepFrame({ children, source }: { children: ReactNode; source: string }) {
  const { step, snapshot, send, backUrl, storage } = useJourney();
  const canDeclareEmergency = snapshot.can({ type: 'IMMEDIATE_RISK_IDENTIFIED', ...answered('') });
  return (
    <>
      {backUrl && !isOutcome(step) && (
        <Link to={backUrl} className="back-link">
          {uiText.back}
        </Link>
      )}
      <Progress phase={stepMeta[step].phase} />
      {storage !== 'ok' && (
        <div className="notification" role="status">
          <p>{storage === 'unavailable' ? pathwayText.storageUnavailable : pathwayText.storageUnreadable}</p>
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
      <p className="source">
        {pathwayText.sourceLabel} {source}
      </p>
    </>
  );
}
