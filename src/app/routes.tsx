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
        lazy: async () => ({ Component: (await import('../features/pathway/concern-route')).ConcernRoute }),
      },
      {
        path: 'referral/*',
        lazy: async () => ({ Component: (await import('../features/referral/referral-route')).ReferralRoute }),
      },
      {
        path: 'training/*',
        lazy: async () => ({ Component: (await import('../features/training/training-route')).TrainingRoute }),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
