/**
 * Which requests the service worker (service-worker.ts) answers how. Pure functions of a URL path,
 * used by the worker. What is precached is decided at build time: PRECACHE_GLOBS in vite.config.ts.
 */

/** The message the page posts to a waiting worker when the user chooses "Reload to update". */
export const SKIP_WAITING = 'skip-waiting';

/** Runtime cache: files kept on first use (the CJK font) and the latest copy of the live files. */
export const RUNTIME_CACHE = 'prevent-pathway-runtime';

/**
 * Files a deployer may change without a new build (the organisation's profile and the bundled
 * profiles): asked for from the network first, so a change is picked up at once, and taken from the
 * cache only when the network fails (offline).
 */
export function isLiveFile(pathname: string): boolean {
  return pathname === '/organisation-profile.json' || /^\/profiles\/[^/]+\.json$/.test(pathname);
}

/**
 * The Chinese font (NotoSansSC, about 10.5 MB) is not precached: a PDF needs it only when the
 * referral contains Chinese or Japanese characters, and precaching it would make every first visit
 * download 14 MB instead of 3.5 MB, on NHS networks and phones. It is served split (an outline-less
 * copy and pieces of outlines: src/pdf/font-split.ts), and each part is kept the first time a
 * PDF needs it, so from then on those characters work offline too. Names are hashed: a cached
 * copy never goes stale.
 */
export function isFetchedOnFirstUse(pathname: string): boolean {
  return /^\/assets\/NotoSansSC[^/]*\.(ttf|bin)$/.test(pathname);
}
