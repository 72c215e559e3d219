import type { RouteObject } from 'react-router';
import { ConcernJourney } from '../features/pathway/journey';
import { ConcernStep } from '../features/pathway/concern-step';
import { urlForStep } from '../features/pathway/journey-storage';
import { Navigate } from 'react-router';
import { ErrorPage } from './error-page';
import { HomePage } from './home-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

/** Routes as data. One URL per step of the concern pathway: /concern/<step>. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'concern', element: <Navigate to={urlForStep('start')} replace /> },
      {
        path: 'concern/:step',
        element: (
          <ConcernJourney>
            <ConcernStep />
          </ConcernJourney>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
