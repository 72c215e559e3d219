import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { ErrorBoundary } from './app/error-page';
import { AppRoutes, matchesPrerender, preloadRoute } from './app/routes';
import { pendingProfile, startupProfile, type LoadedProfile } from './profile/load-profile';
import { ProfileRoot } from './profile/profile-context';
import { keepEarlyInput } from './ui/hydration';
import './styles/main.scss';

const container = document.getElementById('root')!;

// Paint first, check the profile alongside: the shell and the first page draw at once with the
// national default; the organisation profile (two small same-origin files and the schema) is read
// and checked in parallel and swapped in when ready. Pages that depend on it (every lazy route)
// await the same check beside their own code (src/app/routes.tsx), so none draws with the wrong one.
// A broken deployment profile replaces the app with its error page, which still has 999 on it.
let rootMade!: (root: Root) => void;
const rootReady = new Promise<Root>((resolve) => (rootMade = resolve));
const checked = startupProfile().then(async (startup) => {
  if (startup.status === 'ready') return startup.loaded;
  const [{ ProfileStartupError }, root] = await Promise.all([import('./app/profile-startup-error'), rootReady]);
  root.render(
    <StrictMode>
      <ProfileStartupError path={startup.path} errors={startup.errors} />
    </StrictMode>,
  );
  return null;
});

// Navigations render at once (useTransitions={false}): a step change is one synchronous render, not
// a time-sliced transition that waits behind other work.
const app = (initial: LoadedProfile, later?: Promise<LoadedProfile | null>) => (
  <StrictMode>
    <ProfileRoot initial={initial} later={later}>
      <BrowserRouter useTransitions={false}>
        <ErrorBoundary>
          <AppRoutes />
        </ErrorBoundary>
      </BrowserRouter>
    </ProfileRoot>
  </StrictMode>
);

/**
 * The build prerendered this address (src/prerender-plugin.ts): its question is already painted.
 * With the page's code, the profile check and the draft session loaded, React takes that HTML over
 * (hydration: anything typed or ticked meanwhile stays) if its first render draws the same; if this
 * tab has something to restore or another profile is in force, the page is drawn afresh over it,
 * already right, never a wrong page on the way.
 */
async function takeOver(pathname: string) {
  const forgetEarlyInput = keepEarlyInput(container);
  await preloadRoute(pathname);
  if (await matchesPrerender(pathname)) return rootMade(hydrateRoot(container, app(pendingProfile, checked)));
  forgetEarlyInput();
  const startup = await startupProfile();
  const root = createRoot(container);
  rootMade(root);
  if (startup.status === 'ready') root.render(app(startup.loaded));
}

if (container.dataset.prerendered === window.location.pathname) {
  void takeOver(window.location.pathname);
} else {
  // Any other address, served the shell (header, 999, footer, "Loading…"): the first render draws
  // the same over it, then the page when its code is there.
  const root = createRoot(container);
  rootMade(root);
  root.render(app(pendingProfile, checked));
}
