import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { trainingText } from '../../content/training.content';
import { uiText } from '../../content/ui.content';
import { CheckSetPage, ChecksListPage } from './checks-page';
import { LevelsPage } from './levels-page';
import { RecordPage } from './record-page';
import { TrainingOrganisationContext, TrainingPagesContext, type TrainingOrganisation, type TrainingPages } from './training-organisation';
import { TrainingHomePage } from './training-home-page';
import './training.css';

// The session pages bring the statecharts' diagrams and the graph layout (dagre): loaded when a
// scenario is opened, not for the trainer's home page or the levels reference.
const ScenarioSession = lazy(async () => ({
  default: (await import('./scenario-session')).ScenarioSession,
}));
// The room view draws the chart too; the handouts draw the organisation's flowchart.
const RoomPage = lazy(async () => ({
  default: (await import('./room-page')).RoomPage,
}));
const HandoutsPage = lazy(async () => ({
  default: (await import('./handouts-page')).HandoutsPage,
}));

/**
 * Trainer mode: /training/… Every page carries the training mark and a watermark; nothing is
 * stored in the browser; there are no email, print or referral actions.
 */
export function TrainingRoute({ organisation, pages }: { organisation?: TrainingOrganisation; pages: TrainingPages }) {
  const loading = (
    <p className="body" role="status">
      {uiText.loading}
    </p>
  );
  return (
    <TrainingPagesContext.Provider value={pages}>
      <TrainingOrganisationContext.Provider value={organisation ?? defaultOrganisation}>
        <TrainingShell>
          <Routes>
            <Route index element={<TrainingHomePage />} />
            <Route path="levels" element={<LevelsPage />} />
            <Route path="record" element={<RecordPage />} />
            <Route path="checks" element={<ChecksListPage />} />
            <Route path="checks/:level" element={<CheckSetPage />} />
            <Route
              path="room"
              element={
                <Suspense fallback={loading}>
                  <RoomPage />
                </Suspense>
              }
            />
            <Route
              path="handouts"
              element={
                <Suspense fallback={loading}>
                  <HandoutsPage />
                </Suspense>
              }
            />
            <Route
              path=":scenario/*"
              element={
                <Suspense
                  fallback={
                    <p className="body" role="status">
                      {uiText.loading}
                    </p>
                  }
                >
                  <ScenarioSession />
                </Suspense>
              }
            />
          </Routes>
        </TrainingShell>
      </TrainingOrganisationContext.Provider>
    </TrainingPagesContext.Provider>
  );
}

const defaultOrganisation: TrainingOrganisation = {
  name: '',
  pathwayModel: 'bsw-reporting-chart',
};

function TrainingShell({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.classList.add('training-mode');
    return () => document.documentElement.classList.remove('training-mode');
  }, []);
  return (
    <div className="training">
      <div className="training-watermark" aria-hidden="true">
        {trainingText.mark}
      </div>
      <p className="training-mark">
        <strong>{trainingText.mark}</strong> <span>{trainingText.markDetail}</span>
      </p>
      {children}
    </div>
  );
}
