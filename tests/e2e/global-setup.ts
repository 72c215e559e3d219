// Serves the production build (dist/) with Vite's preview server on 127.0.0.1 and a free port,
// and hands its URL to the tests: `inject('baseUrl')` (or just use newPage()/appUrl() from ./browser).
// The preview server gives SPA fallback, so deep links like /report/step-2 load index.html.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app's root URL on the preview server, always ending in "/" (e.g. http://127.0.0.1:41234/). */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(fileURLToPath(new URL('../../dist/index.html', import.meta.url)))) {
    throw new Error('dist/index.html is missing. Run npm run build first: the browser tests only run against the production build.');
  }

  const server = await preview({
    root,
    mode: 'production',
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });

  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) {
    await server.close();
    throw new Error('The Vite preview server did not report a local URL.');
  }
  project.provide('baseUrl', baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);

  return async () => {
    await server.close();
  };
}
