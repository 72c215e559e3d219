import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { config as configureZod } from 'zod/v4/core';
import { routes } from './app/routes';
import { loadStartupProfile } from './features/profile/load-profile';
import { ProfileRoot } from './features/profile/profile-context';
import { ProfileStartupError } from './features/profile/profile-startup-error';
import './styles.css';

// The deployed Content-Security-Policy has no 'unsafe-eval' (deploy/prevent-pathway/security-headers.conf).
// Without this, zod probes for `new Function` on its first parse, and the CSP reports the probe.
configureZod({ jitless: true });

const root = createRoot(document.getElementById('root')!);

// The organisation profile decides the local contacts on every page, so it is read (and checked)
// before the first page draws: two small same-origin files, no wait on anything else.
void loadStartupProfile().then((startup) => {
  if (startup.status === 'invalid-deployment') {
    root.render(
      <StrictMode>
        <ProfileStartupError path={startup.path} errors={startup.errors} />
      </StrictMode>,
    );
    return;
  }
  const router = createBrowserRouter(routes);
  root.render(
    <StrictMode>
      <ProfileRoot initial={startup.loaded}>
        <RouterProvider router={router} />
      </ProfileRoot>
    </StrictMode>,
  );
});
