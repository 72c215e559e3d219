import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from './app/error-page';
import { AppRoutes } from './app/routes';
import { pendingProfile, startupProfile } from './profile/load-profile';
import { ProfileRoot } from './profile/profile-context';
import './styles/main.scss';

const root = createRoot(document.getElementById('root')!);

// Paint first, check the profile alongside: the shell and the first page draw at once with the
// national default; the organisation profile (two small same-origin files and the schema) is read
// and checked in parallel and swapped in when ready. Pages that depend on it (every lazy route)
// await the same check beside their own code (src/app/routes.tsx), so none draws with the wrong one.
// A broken deployment profile replaces the app with its error page, which still has 999 on it.
const checked = startupProfile().then(async (startup) => {
  if (startup.status === 'ready') return startup.loaded;
  const { ProfileStartupError } = await import('./app/profile-startup-error');
  root.render(
    <StrictMode>
      <ProfileStartupError path={startup.path} errors={startup.errors} />
    </StrictMode>,
  );
  return null;
});

// Navigations render at once (useTransitions={false}): a step change is one synchronous render, not
// a time-sliced transition that waits behind other work.
root.render(
  <StrictMode>
    <ProfileRoot initial={pendingProfile} later={checked}>
      <BrowserRouter useTransitions={false}>
        <ErrorBoundary>
          <AppRoutes />
        </ErrorBoundary>
      </BrowserRouter>
    </ProfileRoot>
  </StrictMode>,
);
