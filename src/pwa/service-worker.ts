/// <reference lib="webworker" />
/**
 * The service worker: after the first visit the whole app works with the network off, PDF export
 * included. Built by vite-plugin-pwa (injectManifest), which writes the precache list of the build's
 * files (hashed names, and a revision for the others) into self.__WB_MANIFEST.
 *
 * It writes to Cache Storage only while installing (the precache) and when answering a fetch, and
 * only while its precache still exists: "Wipe everything" deletes every cache and unregisters the
 * worker, which still answers this page's requests until it is closed, and must not fill the
 * caches again.
 */
import { cacheNames, clientsClaim } from 'workbox-core';
import { addRoute, cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precache, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { isFetchedOnFirstUse, isLiveFile, RUNTIME_CACHE, SKIP_WAITING } from './offline-routes';
import { PRERENDERED_FILES } from './prerendered-pages';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

// A new version waits until the user chooses "Reload to update" (src/pwa/update-notice.tsx): a
// page must never change under someone who is typing.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SKIP_WAITING) void self.skipWaiting();
});
// The first install takes over the open page at once, so it is ready for offline use without a reload.
clientsClaim();
cleanupOutdatedCaches();

/** Keeps a copy, unless the caches have been wiped since this worker installed. */
async function keep(request: Request, response: Response): Promise<void> {
  if (!response.ok || !(await caches.has(cacheNames.precache))) return;
  await (await caches.open(RUNTIME_CACHE)).put(request, response);
  // A wipe between the check and the write: leave nothing behind.
  if (!(await caches.has(cacheNames.precache))) await caches.delete(RUNTIME_CACHE);
}

const sameOrigin = (url: URL) => url.origin === self.location.origin;

// Registered before the precache route, so these win for the profiles the precache also holds.
registerRoute(
  ({ url, request }) => sameOrigin(url) && request.method === 'GET' && isLiveFile(url.pathname),
  async ({ request }) => {
    try {
      const response = await fetch(request, { cache: 'no-cache' });
      await keep(request, response.clone());
      return response;
    } catch (error) {
      const cached = (await caches.match(request, { cacheName: RUNTIME_CACHE })) ?? (await matchPrecache(new URL(request.url).pathname));
      if (cached) return cached;
      throw error;
    }
  },
);

registerRoute(
  ({ url }) => sameOrigin(url) && isFetchedOnFirstUse(url.pathname),
  async ({ request }) => {
    const cached = await caches.match(request, { cacheName: RUNTIME_CACHE });
    if (cached) return cached;
    const response = await fetch(request);
    await keep(request, response.clone());
    return response;
  },
);

precache(self.__WB_MANIFEST);

// The pages the build drew (src/prerender-plugin.ts) answer their own address, as nginx does: they
// paint before the script has run. Registered before the precache route, which would give / index.html.
for (const [path, file] of Object.entries(PRERENDERED_FILES)) {
  registerRoute(({ url, request }) => sameOrigin(url) && request.mode === 'navigate' && url.pathname === path, createHandlerBoundToURL(`/${file}`));
}

addRoute();

// Every other page address (/concern/..., /referral/...) is the single-page app: its index.html.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html')));
