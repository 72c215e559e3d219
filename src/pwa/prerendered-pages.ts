/**
 * The addresses the build draws as HTML (src/prerender-plugin.ts), each with its file in the build:
 * nginx, the test server and the service worker answer the address with it. Every other address gets
 * index.html, the shell.
 */
export const PRERENDERED_FILES = {
  '/': 'home.html',
  '/concern/start': 'concern/start.html',
  '/referral/section/individual': 'referral/section/individual.html',
} as const;

/** Run before a prerendered record page paints (a classic script in its head, src/prerender-plugin.ts). */
export const DRAFTS_KEPT_SCRIPT = 'drafts-kept.js';
