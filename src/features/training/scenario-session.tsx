import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { scenarios } from '../../../machines/scenarios.data';
import { scenarioSlug, type Scenario } from '../../../machines/scenarios.schema';
import { BriefingPage } from './briefing-page';
import { DebriefPage } from './debrief-page';
import { useFullScreenSync } from './presenter';
import { SessionContext, TrainingSession } from './session-store';
import { StagePage } from './stage-page';
import { ScenarioNotFound } from './training-home-page';

/**
 * One scenario's session: /training/<scenario>/… Loaded on demand with the statecharts and the
 * graph layout, so neither the first page nor the trainer's home page waits for them.
 */
export function ScenarioSession() {
  const { scenario: slug } = useParams();
  const scenario = scenarios.find((candidate) => scenarioSlug(candidate) === slug);
  if (!scenario) return <ScenarioNotFound />;
  return (
    <SessionProvider key={scenario.id} scenario={scenario}>
      <Routes>
        <Route index element={<BriefingPage />} />
        <Route path="debrief" element={<DebriefPage />} />
        <Route path=":stage/:step" element={<StagePage />} />
        <Route path="*" element={<ScenarioNotFound />} />
      </Routes>
    </SessionProvider>
  );
}

function SessionProvider({ scenario, children }: { scenario: Scenario; children: ReactNode }) {
  const [session] = useState(() => new TrainingSession(scenario));
  const presenting = useSyncExternalStore(session.subscribe, () => session.getSnapshot().presenter.presenting);
  useFullScreenSync(session);
  useEffect(() => {
    document.documentElement.classList.toggle('training-presenting', presenting);
    return () => document.documentElement.classList.remove('training-presenting');
  }, [presenting]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
