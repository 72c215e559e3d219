import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../ui/not-found-page';
import { ReferralProvider } from './referral-store';
import { SectionPage } from './section-page';

// Each page loads its own code: a section page needs neither the machines, the consent pages nor
// the export code (the PDF builder, fontkit and the fonts come only with the export page).
const TaskListPage = lazy(() => import('./task-list-page').then((m) => ({ default: m.TaskListPage })));
const CheckAnswersPage = lazy(() => import('./check-answers-page').then((m) => ({ default: m.CheckAnswersPage })));
const ConsentPage = lazy(() => import('./consent-page').then((m) => ({ default: m.ConsentPage })));
const ExportPage = lazy(() => import('./export-page').then((m) => ({ default: m.ExportPage })));
const ReferralViewPage = lazy(() => import('./referral-view-page').then((m) => ({ default: m.ReferralViewPage })));

/** The safeguarding lead's pages, loaded on demand: /referral/... */
export function ReferralRoute() {
  return (
    <ReferralProvider>
      <Routes>
        <Route index element={<TaskListPage />} />
        <Route path="section/:section" element={<SectionPage />} />
        <Route path="check" element={<CheckAnswersPage />} />
        <Route path="consent" element={<ConsentPage />} />
        <Route path="export" element={<ExportPage />} />
        <Route path="view" element={<ReferralViewPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </ReferralProvider>
  );
}
