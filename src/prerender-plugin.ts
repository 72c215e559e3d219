import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzipSync } from 'node:zlib';
import { build, type Plugin, type PluginOption, type ResolvedConfig } from 'vite';

import { DRAFTS_KEPT_SCRIPT, PRERENDERED_FILES } from './pwa/prerendered-pages';

export { PRERENDERED_FILES };

const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * The head in the order the first paint needs it: the stylesheet (which blocks the paint) asked for
 * before the module script and its preload hints (which do not block it, and were otherwise asked
 * for, and compressed by the server, before the stylesheet). drafts-kept.js, on a record page, goes
 * before the stylesheet: it is tiny, and once it has run the parser reads the body while the
 * stylesheet is still on its way (a script after the stylesheet would wait for it, measured slower).
 */
export function stylesheetsFirst(html: string): string {
  const links = html.match(/\n[ \t]*<link rel="stylesheet"[^>]*>/g) ?? [];
  if (!links.length || !html.includes('</title>')) return html;
  const without = links.reduce((rest, link) => rest.replace(link, ''), html);
  return without.replace('</title>', `</title>${links.join('')}`);
}

/** The build's text files that the first pages fetch, also written gzip -9 beside them (`name.gz`) for nginx's gzip_static. */
const PRECOMPRESSED = /\.(?:html|js|css)$/;

/**
 * `file.gz` beside each page, script and stylesheet (gzip -9): nginx sends it as it is
 * (`gzip_static on`, deploy/prevent-pathway/site.conf) instead of compressing the file again on every
 * request, and it is a little smaller than the on-the-fly gzip (level 6).
 */
export function precompress(outDir: string, files: string[]): void {
  for (const file of files) {
    const path = join(outDir, file);
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }));
  }
}

/**
 * The first pages' HTML drawn at build time (issue 17): after the client build is written, the
 * same tree is built once more for Node (src/prerender.tsx), run, and its HTML put into copies of
 * the built index.html (same head: stylesheet, module script, no inline script for the CSP):
 * index.html becomes the shell (header, 999, footer, "Loading…") that every other address gets,
 * and each address in PRERENDERED_FILES its own file. `data-prerendered` says which address the
 * HTML was drawn for; main.tsx takes it over only at that address.
 */
export function prerenderPages(serverPlugins: () => PluginOption[]): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'prevent-pathway:prerender',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    // Before the service worker's precache list is made (vite-plugin-pwa works at closeBundle).
    writeBundle: {
      sequential: true,
      async handler() {
        const outDir = resolve(config.root, config.build.outDir);
        // Inside the project so the server bundle's imports (react, react-router…) resolve from
        // node_modules; one folder per process, so two builds at once never share it.
        const serverDir = join(config.root, 'node_modules', `.prerender-${process.pid}`);
        try {
          await build({
            configFile: false,
            root: config.root,
            mode: config.mode,
            logLevel: 'warn',
            plugins: serverPlugins(),
            resolve: { alias: config.resolve.alias },
            build: { ssr: 'src/prerender.tsx', outDir: serverDir, emptyOutDir: true, copyPublicDir: false, minify: false, target: 'node20' },
          });
          // Run in its own Node process, which exits when done: the page's code keeps a storage
          // channel and timers open that would keep the build from ending.
          const pages = await renderInNode(join(serverDir, 'prerender.js'), Object.keys(PRERENDERED_FILES));
          const template = stylesheetsFirst(readFileSync(join(outDir, 'index.html'), 'utf8'));
          if (!template.includes(ROOT_ELEMENT)) throw new Error(`prerender: ${ROOT_ELEMENT} not found in the built index.html`);
          const page = (html: string, path: string | null) =>
            template.replace(ROOT_ELEMENT, `<div id="root"${path === null ? '' : ` data-prerendered="${path}"`}>${html}</div>`);
          // A record page (behind the draft gate) on a device that keeps drafts behind a passphrase
          // may have to show the lock screen instead, and in a tab with an encrypted copy (a reload)
          // the answers it restores: this script, run before the first paint (the CSP allows it: a
          // file of our own), marks the page so the stylesheet hides the blank question until the app
          // has decided (src/main.tsx). Nothing else waits for it.
          const [kept, tabCopy] = [JSON.stringify(pages.draftsKeptKey), JSON.stringify(pages.tabCopyKey)];
          writeFileSync(
            join(outDir, DRAFTS_KEPT_SCRIPT),
            `try { if (localStorage.getItem(${kept}) || sessionStorage.getItem(${tabCopy})) document.documentElement.classList.add('drafts-kept'); } catch (e) {}\n`,
          );
          for (const [path, file] of Object.entries(PRERENDERED_FILES)) {
            const target = join(outDir, file);
            mkdirSync(dirname(target), { recursive: true });
            const { html, record } = pages.pages[path]!;
            // First in the head, before the stylesheet: the parser goes on with the body as soon as this
            // tiny script has run, while the stylesheet is still on its way.
            const withHint = record ? page(html, path).replace('</title>', `</title>\n    <script src="/${DRAFTS_KEPT_SCRIPT}"></script>`) : page(html, path);
            writeFileSync(target, withHint);
          }
          writeFileSync(join(outDir, 'index.html'), page(pages.shell, null));
          // Not service-worker.js: vite-plugin-pwa writes its precache list into it after this hook.
          const assets = readdirSync(join(outDir, 'assets')).filter((name) => PRECOMPRESSED.test(name));
          precompress(outDir, ['index.html', DRAFTS_KEPT_SCRIPT, ...Object.values(PRERENDERED_FILES), ...assets.map((name) => `assets/${name}`)]);
        } finally {
          rmSync(serverDir, { recursive: true, force: true });
        }
      },
    },
  };
}

interface Rendered {
  pages: Record<string, { html: string; record: boolean }>;
  shell: string;
  draftsKeptKey: string;
  tabCopyKey: string;
}

/**
 * The server bundle's HTML for each address and the shell, from a child Node process: the draft
 * session's first look at storage as in a browser that has never kept anything (fake-indexeddb).
 */
async function renderInNode(bundle: string, paths: string[]): Promise<Rendered> {
  const script = `
    import 'fake-indexeddb/auto';
    const server = await import(${JSON.stringify(pathToFileURL(bundle).href)});
    const pages = {};
    for (const path of ${JSON.stringify(paths)}) pages[path] = { html: await server.renderPage(path), record: server.isRecordAddress(path) };
    const out = { pages, shell: server.renderShell(), draftsKeptKey: server.DRAFTS_KEPT_KEY, tabCopyKey: server.TAB_COPY_KEY };
    process.stdout.write(JSON.stringify(out), () => process.exit(0));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dirname(bundle),
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return JSON.parse(stdout) as Rendered;
}
