import { Navigate, useParams } from 'react-router';
import { landingOf } from '../../journey/deep-link';
import { ConcernStageView } from './concern-stage';
import { ConsentStageView } from './consent-stage';
import { DiscussionStageView } from './discussion-stage';
import { RequestStageView } from './request-stage';
import { useSessionNavigation } from './session-navigation';
import { useSession, type ConsentEntry, type DiscussionEntry, type RequestEntry } from './session-store';
import { briefingUrl, stepUrl } from './training-urls';

/**
 * One URL per step: /training/<scenario>/<stage>/<step>. A stage not yet started, or a step not yet
 * reached, redirects to the furthest step the room has reached (the journey's deep-link rule).
 */
export function StagePage() {
  const { stage: stageId, step: slug } = useParams();
  const { session, state } = useSession();
  const { furthest } = useSessionNavigation(null, null);
  const scenario = session.scenario;
  const stage = scenario.stages.find((candidate) => candidate.id === stageId);
  const entries = stage ? state.stages[stage.id] : undefined;
  if (!stage || !entries?.length) return <Navigate to={furthest ?? briefingUrl(scenario)} replace />;
  // The pathway keeps its own place, and redirects deep links itself.
  if (stage.kind === 'concern') return <ConcernStageView stage={stage} />;
  const landing = landingOf(entries, slug);
  if ('redirect' in landing) return <Navigate to={stepUrl(scenario, stage.id, landing.redirect)} replace />;
  const { index } = landing;
  const key = `${state.run}:${index}:${entries[index]!.step}`;
  if (stage.kind === 'request') return <RequestStageView key={key} stage={stage} entries={entries as readonly RequestEntry[]} index={index} />;
  return stage.kind === 'consent' ? (
    <ConsentStageView key={key} stage={stage} entries={entries as readonly ConsentEntry[]} index={index} />
  ) : (
    <DiscussionStageView key={key} stage={stage} entries={entries as readonly DiscussionEntry[]} index={index} />
  );
}
