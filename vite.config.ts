import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { fontPieces } from './src/pdf/font-pieces-plugin';
import { PRERENDERED_FILES, prerenderPages } from './src/prerender-plugin';
import { purgeCss } from './src/css-purge-plugin';

/**
 * Build output to precache (relative to dist/): the app shell and the prerendered pages, every chunk, styles, the PDF fonts, icons, manifest, profiles.
 * DejaVu Sans in full (its outline-less copies and every piece, 1.2 MB), so any text it draws exports offline.
 */
export const PRECACHE_GLOBS = [
  'index.html',
  ...Object.values(PRERENDERED_FILES),
  'drafts-kept.js',
  'assets/*.{js,css,ttf}',
  'assets/DejaVuSans*.bin',
  '*.{svg,png,webmanifest,json}',
  'profiles/*.json',
];
/** Left out: the Chinese font's outline-less copy and pieces (10.5 MB in all), each kept on first use instead (isFetchedOnFirstUse in src/pwa/offline-routes.ts says why). */
export const PRECACHE_IGNORES = ['**/NotoSansSC*.{ttf,bin}'];

// One config for the app and its unit and component tests. The browser journeys have their own
// (vitest.e2e.config.ts) because they run against the production build, not jsdom.
export default defineConfig({
  plugins: [
    react(),
    // DejaVu Sans and the Chinese font in pieces, so a PDF fetches only the outlines its text uses (src/pdf/font-split.ts).
    fontPieces(),
    // The stylesheet without the design system's rules no page uses (src/css-purge-plugin.ts).
    purgeCss(),
    // The first pages' HTML drawn at build time, so the question paints before the JavaScript has run (src/prerender-plugin.ts).
    prerenderPages(() => [react(), fontPieces()]),
    // The service worker for offline use (src/pwa/service-worker.ts), built to dist/service-worker.js with the
    // list of files to precache written into it. The manifest is public/manifest.webmanifest and the
    // page registers the worker itself (src/pwa/update-notice.tsx), so the plugin injects nothing.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/pwa',
      filename: 'service-worker.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      injectManifest: {
        globPatterns: PRECACHE_GLOBS,
        globIgnores: PRECACHE_IGNORES,
        // The largest precached files are about 0.33 MB (fontkit, the PDF builder); a file over this
        // limit would be left out silently, so the offline browser test checks that none is.
        maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  resolve: {
    // Every `import … from 'zod'` gets zod configured for the CSP (no eval probe), from the module
    // that loads it: the first page, which needs no zod, carries none (src/zod-jitless.ts).
    alias: [{ find: /^zod$/, replacement: fileURLToPath(new URL('./src/zod-jitless.ts', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  preview: { host: '127.0.0.1', strictPort: false },
  // No browser opened: `npm start` prints the address and nothing else (the CLI's --open=false is read as a path to open).
  server: { host: '127.0.0.1', open: false },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'machines/**/*.test.ts', 'forms/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    css: false,
    // Component tests click through whole journeys with user-event in jsdom; on a busy 2-core CI
    // machine a long one can pass the 5 s default without anything being wrong.
    testTimeout: 20_000,
  },
});
