import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the app and its unit and component tests. The browser journeys have their own
// (vitest.e2e.config.ts) because they run against the production build, not jsdom.
export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  preview: { host: '127.0.0.1', strictPort: false },
  server: { host: '127.0.0.1' },
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
