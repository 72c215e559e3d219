import { lazy, StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { Route, Routes, StaticRouter } from 'react-router';
import { ErrorBoundary } from './app/error-page';
import { Layout } from './app/layout';
import { AppRoutes, DRAFTS_KEPT_KEY, isRecordAddress, preloadRoute } from './app/routes';
import { pendingProfile } from './profile/load-profile';
import { ProfileRoot } from './profile/profile-context';
import { TAB_COPY_KEY } from './storage/tab-vault';

/**
 * Build time only (src/prerender-plugin.ts): the HTML of the first pages, drawn by the same tree as
 * main.tsx with the shipped profile the client's first render uses, so the question paints before
 * any JavaScript has run and the page takes it over (hydrateRoot) without a change. Which addresses
 * are prerendered, to which files: src/prerender-plugin.ts.
 */

/** Never settles: the shell's main area is the "Loading…" that every lazy page shows first. */
const Pending = lazy(() => new Promise<never>(() => undefined));

function Tree({ location, children }: { location: string; children: ReactNode }) {
  return (
    <StrictMode>
      {/* `later` that never settles: the header stays as before the profile check, as on the client. */}
      <ProfileRoot initial={pendingProfile} later={new Promise(() => undefined)}>
        <StaticRouter location={location}>
          <ErrorBoundary>{children}</ErrorBoundary>
        </StaticRouter>
      </ProfileRoot>
    </StrictMode>
  );
}

async function html(element: ReactNode): Promise<string> {
  // One piece of HTML in page order, however large: by default React moves a large page (section B
  // of the referral is over 12.8 KB) out of place behind "Loading…" with an inline script to swap it
  // in, which the CSP blocks and which would show nothing before the JavaScript has run.
  const { prelude } = await prerender(element, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  return new Response(prelude).text();
}

/** The inside of `<div id="root">` for a prerendered address, with its page's code loaded first. */
export async function renderPage(path: string): Promise<string> {
  await preloadRoute(path);
  return html(
    <Tree location={path}>
      <AppRoutes />
    </Tree>,
  );
}

/**
 * The shell every other address gets: header, the emergency panel with 999, footer, and "Loading…"
 * where the page goes. The client draws its own first render over it (createRoot), which looks the same.
 */
export function renderShell(): string {
  // renderToString draws a boundary whose page is still loading as its fallback at once; the markers
  // React leaves around it matter only to hydration, which the shell never gets.
  return renderToString(
    <Tree location="/">
      <Routes>
        <Route element={<Layout />}>
          <Route path="*" element={<Pending />} />
        </Route>
      </Routes>
    </Tree>,
  );
}

/**
 * Whether this address's page sits behind the draft gate, the key that says this device keeps drafts
 * (src/app/routes.tsx), and the key of this tab's encrypted copy (something to restore on reload).
 */
export { DRAFTS_KEPT_KEY, isRecordAddress, TAB_COPY_KEY };
