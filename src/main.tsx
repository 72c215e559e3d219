import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
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
let forgetEarlyInput: () => void = () => undefined;
async function takeOver(pathname: string) {
  forgetEarlyInput = keepEarlyInput(container);
  await preloadRoute(pathname);
  if (await matchesPrerender(pathname)) {
    rootMade(hydrateRoot(container, app(pendingProfile, checked)));
    return showPrerendered();
  }
  forgetEarlyInput();
  const startup = await startupProfile();
  const root = createRoot(container);
  rootMade(root);
  // Drawn at once, already right (its code is loaded), before the question hidden on a device that
  // keeps drafts is shown: the lock screen never comes after a glimpse of the question.
  if (startup.status === 'ready') flushSync(() => root.render(app(startup.loaded)));
  showPrerendered();
}

/** drafts-kept.js hid a record page's question until it was known which page comes first. */
const showPrerendered = () => document.documentElement.classList.remove('drafts-kept');

if (container.dataset.prerendered === window.location.pathname) {
  // If the page's code cannot load (a release replaced it, the connection dropped), the app is drawn
  // as at any other address, and the route's error page says what to do.
  takeOver(window.location.pathname).catch(() => {
    forgetEarlyInput();
    const root = createRoot(container);
    rootMade(root);
    flushSync(() => root.render(app(pendingProfile, checked)));
    showPrerendered();
  });
} else {
  // Any other address, served the shell (header, 999, footer, "Loading…"): the first render draws
  // the same over it, then the page when its code is there.
  const root = createRoot(container);
  rootMade(root);
  root.render(app(pendingProfile, checked));
}
