// Serves the production build (dist/) with Vite's preview server on 127.0.0.1 and a free port,
// and hands its URL to the tests: `inject('baseUrl')` (or just use newPage()/appUrl() from ./browser).
// The preview server gives SPA fallback, so deep links like /report/step-2 load index.html (the
// shell), except the addresses the build prerendered, which get their own page as nginx serves them
// (deploy/prevent-pathway/site.conf: / is home.html, /concern/start is concern/start.html).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { PRERENDERED_FILES } from '../../src/prerender-plugin';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The app's root URL on the preview server, always ending in "/" (e.g. http://127.0.0.1:41234/). */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // E2E_DIST_DIR serves another build (npm run build -- --outDir <dir>), so two people can test at once.
  const outDir = resolve(root, process.env.E2E_DIST_DIR ?? 'dist');
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`${outDir}/index.html is missing. Run npm run build first: the browser tests only run against the production build.`);
  }

  const server = await preview({
    root,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    plugins: [
      {
        name: 'prerendered-pages',
        configurePreviewServer(server) {
          server.middlewares.use((request, _response, next) => {
            const [path = '', query] = (request.url ?? '').split('?');
            const file = (PRERENDERED_FILES as Record<string, string>)[path];
            if (file && (request.method === 'GET' || request.method === 'HEAD') && existsSync(join(outDir, file)))
              request.url = `/${file}${query === undefined ? '' : `?${query}`}`;
            next();
          });
        },
      },
    ],
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
