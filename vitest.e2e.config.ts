import { defineConfig } from 'vitest/config';

// Browser journeys: Chromium (playwright-core) against the PRODUCTION build in dist/, served by
// Vite's preview server from tests/e2e/global-setup.ts. Run `npm run build` first.
// Deliberately separate from vite.config.ts: no jsdom, no React plugin, no unit-test setup file.
export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser at a time: the CI machine has 2 cores and Chromium wants both.
    fileParallelism: false,
    // Hang guards, never speed checks: CI may run on a busy machine, where a journey takes three
    // or four times as long as on a quiet one.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // A flaky journey should be fixed, not retried into green.
    retry: 0,
  },
});
