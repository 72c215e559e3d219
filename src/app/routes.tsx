import { createElement, lazy, useEffect, type ComponentType, type ReactNode } from 'react';
import { Navigate, useRoutes, type RouteObject } from 'react-router';
import { pendingProfile, startupProfile } from '../profile/load-profile';
import { urlForStep } from '../journey/urls';
import type { DraftKind } from '../storage/migrations';
import { firstPageHasPainted } from '../pwa/service-worker-updates';
import { RouteErrorPage } from './error-page';
import { HomePage } from './home-page';
import { Layout } from './layout';
import { NotFoundPage } from '../ui/not-found-page';

/**
 * A lazy route's page: its code, the organisation profile check (started by main.tsx beside the
 * first render) and, for pages that show a record, the draft session's first look at IndexedDB, all
 * at once. The page draws once, with the right profile, and never shows "Unlocking…" on the way.
 */
async function page<T>(code: Promise<T>, pick: (module: T) => ComponentType): Promise<{ Component: ComponentType }> {
  const [module] = await Promise.all([code, startupProfile()]);
  return { Component: pick(module) };
}

async function recordPage<T>(kind: DraftKind, code: Promise<T>, pick: (module: T) => ComponentType): Promise<{ Component: ComponentType }> {
  const gate = import('../features/drafts/draft-gate');
  const session = watchDraftsKept().then((draftSession) => draftSession.start());
  const [module, { withDraftGate }] = await Promise.all([code, gate, session, startupProfile()]);
  return { Component: withDraftGate(kind, pick(module)) };
}

/** Once a page (not just the shell or "Loading…") has drawn and a frame has gone by: the service worker may start. */
function Painted({ children }: { children: ReactNode }) {
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(firstPageHasPainted));
  }, []);
  return children;
}

/**
 * A page whose code loads when first visited. React.lazy under the layout's Suspense rather than
 * the data router's `lazy`, so the app can use the declarative router (about 16 KB gzip less on
 * every first page) and render each navigation at once, not as a time-sliced transition.
 */
const early = new Map<string, () => Promise<unknown>>();

/**
 * Starts loading the page for this address at once, before the first render: Vite's
 * loader puts a modulepreload hint in the head for every file of the route, all in one wave.
 */
export function preloadRoute(pathname: string): Promise<unknown> | undefined {
  const prefix = pathname.split('/')[1] ?? '';
  return early.get(prefix)?.();
}

/**
 * Whether the first render of this address, with everything it needs loaded (await preloadRoute
 * first), draws what the build prerendered for it (src/prerender.tsx): nothing restored in this tab
 * (no draft, no encrypted reload copy, no passphrase set), and the profile in force is the shipped
 * national default. If not, main.tsx draws the page afresh instead of taking over the prerendered HTML.
 */
export async function matchesPrerender(pathname: string): Promise<boolean> {
  const startup = await startupProfile();
  if (startup.status !== 'ready' || JSON.stringify(startup.loaded.profile) !== JSON.stringify(pendingProfile.profile)) return false;
  if (!isRecordAddress(pathname)) return true;
  const { draftSession } = await import('../storage/draft-session');
  const state = draftSession.getState();
  return (
    state.mode === 'no-passphrase' &&
    Object.keys(state.open).length === 0 &&
    state.reloadSafe &&
    !state.fault &&
    !state.conflict &&
    !state.wipedElsewhere &&
    state.generation === 0
  );
}

/**
 * Whether this device keeps drafts behind a passphrase, noted in localStorage (no content, no
 * passphrase: only that the lock screen may come first) so the build's prerendered record pages can
 * hide their question before any of the app's code has run (drafts-kept.js, src/prerender-plugin.ts)
 * instead of showing it and then the lock screen. Kept up to date whenever the session changes.
 */
export const DRAFTS_KEPT_KEY = 'prevent-pathway:drafts-kept';
let watchingDraftsKept: Promise<typeof import('../storage/draft-session').draftSession> | null = null;
function watchDraftsKept() {
  return (watchingDraftsKept ??= import('../storage/draft-session').then(({ draftSession }) => {
    let noted: string | null = null;
    const note = () => {
      const { mode } = draftSession.getState();
      // Written when the mode changes, not on every answer (and tried again next time if it failed).
      if (mode === noted) return;
      try {
        if (mode === 'locked' || mode === 'unlocked' || mode === 'skipped') localStorage.setItem(DRAFTS_KEPT_KEY, '1');
        else if (mode === 'no-passphrase') localStorage.removeItem(DRAFTS_KEPT_KEY);
        noted = mode;
      } catch {
        // Without storage the prerendered page shows its question until the lock screen replaces it.
      }
    };
    draftSession.subscribe(note);
    note();
    return draftSession;
  }));
}

/** Addresses whose page sits behind the draft gate (recordPage). */
const recordPrefixes = new Set<string>();
export const isRecordAddress = (pathname: string) => recordPrefixes.has(pathname.split('/')[1] ?? '');

function lazyPage(prefix: string, load: () => Promise<{ Component: ComponentType }>, record = false): ReactNode {
  let loading: Promise<{ Component: ComponentType }> | null = null;
  // Once loaded, the page draws synchronously (no Suspense on the way): a page whose code was
  // loaded before the first render (main.tsx) takes over its prerendered HTML in one pass.
  let loaded: ComponentType | null = null;
  const once = () =>
    (loading ??= load().then((module) => {
      loaded = module.Component;
      return module;
    }));
  early.set(prefix, once);
  if (record) recordPrefixes.add(prefix);
  const Lazy = lazy(async () => ({ default: (await once()).Component }));
  const Page = () => (loaded ? createElement(loaded) : <Lazy />);
  return (
    <Painted>
      <Page />
    </Painted>
  );
}

/**
 * Routes as data. One URL per step of the concern pathway: /concern/<step>. The pathway (statechart,
 * forms, schemas) is loaded when first needed; the shell with the emergency panel never waits for it.
 * The app draws them with useRoutes (AppRoutes); the component tests give them to a memory data router.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        index: true,
        element: (
          <Painted>
            <HomePage />
          </Painted>
        ),
      },
      { path: 'concern', element: <Navigate to={urlForStep('start')} replace /> },
      {
        path: 'concern/:step',
        element: lazyPage('concern', () => recordPage('concern', import('../features/pathway/concern-route'), (m) => m.ConcernRoute), true),
      },
      {
        path: 'referral/*',
        element: lazyPage('referral', () => recordPage('referral', import('../features/referral/referral-route'), (m) => m.ReferralRoute), true),
      },
      { path: 'drafts/*', element: lazyPage('drafts', () => (void watchDraftsKept(), page(import('./drafts-route-with-kinds'), (m) => m.DraftsRoute))) },
      { path: 'training/*', element: lazyPage('training', () => page(import('./training-route-with-profile'), (m) => m.TrainingRouteWithProfile)) },
      { path: 'request', element: <Navigate to="/request/urgent" replace /> },
      { path: 'request/:step', element: lazyPage('request', () => recordPage('request', import('./request-route'), (m) => m.RequestRouteWithProfile), true) },
      { path: 'settings', element: lazyPage('settings', () => page(import('../features/profile/settings-page'), (m) => m.SettingsPage)) },
      {
        path: '*',
        element: (
          <Painted>
            <NotFoundPage />
          </Painted>
        ),
      },
    ],
  },
];

/** The routes, for the app's declarative router (main.tsx). */
export function AppRoutes() {
  return useRoutes(routes);
}

// The address is known as soon as this module runs, before the first render: start its page now.
if (typeof window !== 'undefined' && import.meta.env.PROD) void preloadRoute(window.location.pathname);
