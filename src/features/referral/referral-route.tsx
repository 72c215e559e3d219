import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/not-found-page';
import { CheckAnswersPage } from './check-answers-page';
import { ConsentPage } from './consent-page';
import { ExportPage } from './export-page';
import { ReferralProvider } from './referral-store';
import { ReferralViewPage } from './referral-view-page';
import { SectionPage } from './section-page';
import { TaskListPage } from './task-list-page';

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
