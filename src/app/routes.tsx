import { Navigate, type RouteObject } from 'react-router';
import { urlForStep } from '../features/pathway/urls';
import { ErrorPage } from './error-page';
import { HomePage } from './home-page';
import { Layout, LoadingPage } from './layout';
import { NotFoundPage } from './not-found-page';

/**
 * Routes as data. One URL per step of the concern pathway: /concern/<step>. The pathway (statechart,
 * forms, schemas) is loaded when first needed; the shell with the emergency panel never waits for it.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <ErrorPage />,
    hydrateFallbackElement: <LoadingPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'concern', element: <Navigate to={urlForStep('start')} replace /> },
      {
        path: 'concern/:step',
        lazy: async () => {
          const [{ ConcernRoute }, { withDraftGate }] = await Promise.all([import('../features/pathway/concern-route'), import('../features/drafts/draft-gate')]);
          return { Component: withDraftGate('concern', ConcernRoute) };
        },
      },
      {
        path: 'referral/*',
        lazy: async () => {
          const [{ ReferralRoute }, { withDraftGate }] = await Promise.all([import('../features/referral/referral-route'), import('../features/drafts/draft-gate')]);
          return { Component: withDraftGate('referral', ReferralRoute) };
        },
      },
      {
        path: 'drafts/*',
        lazy: async () => ({ Component: (await import('../features/drafts/drafts-route')).DraftsRoute }),
      },
      {
        path: 'training/*',
        lazy: async () => ({ Component: (await import('../features/training/training-route')).TrainingRoute }),
      },
      {
        path: 'settings',
        lazy: async () => ({ Component: (await import('../features/profile/settings-page')).SettingsPage }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
