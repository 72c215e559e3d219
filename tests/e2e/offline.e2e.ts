// Offline use in real Chromium, with the build served by real nginx and the deployed headers:
// after the first visit the whole job works with the network off (concern → referral → consent →
// PDF, a reload, deep links); a new version waits for the user's "Reload to update"; and after a
// wipe the service worker that still answers the page puts nothing back in Cache Storage.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations, expectNoBrowserProblems, launchBrowser, newPage, screenshot, type AppPage, type Browser, type Page } from './browser';
import { distDir, startNginx, type NginxServer } from './nginx-server';
import { Pathway, sampleRecord } from './pathway-driver';
import { Referral } from './referral-driver';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const UPDATE_READY = 'A new version of Prevent Pathway is ready';

let browser: Browser;
let nginx: NginxServer;

beforeAll(async () => {
  [browser, nginx] = await Promise.all([launchBrowser(), startNginx()]);
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

/** Every file of a build folder, relative to it ("assets/index-abc.js"). */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The first visit: the page loads, the worker installs (precaching everything) and takes control. */
async function firstVisit(app: AppPage, path = '/'): Promise<void> {
  await app.goto(path);
  await app.page.getByRole('heading', { level: 1 }).waitFor();
  // Activated means installed, and installing means every precached file fetched and stored. The
  // worker registers once the page has been left alone for 3 s; the timeout is a hang guard only.
  await app.page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 90_000 });
}

/** What Cache Storage holds, as paths (workbox's ?__WB_REVISION__ dropped), by cache. */
function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const result: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      result[name] = requests.map((request) => new URL(request.url).pathname.slice(1)).sort();
    }
    return result;
  });
}

/** A fetch from the page (and so through the service worker): the status, or "failed". */
function fetchStatus(page: Page, path: string): Promise<number | 'failed'> {
  return page.evaluate(
    (url) =>
      fetch(url).then(
        (response) => response.status,
        () => 'failed' as const,
      ),
    path,
  );
}

describe('after the first visit, with the network off', () => {
  let app: AppPage;
  /** Responses the page received while offline that the service worker did not give. */
  const notFromWorker: string[] = [];

  beforeAll(async () => {
    app = await newPage(browser, { baseUrl: nginx.baseUrl, contextOptions: { acceptDownloads: true } });
    await firstVisit(app);
    await app.context.setOffline(true);
    app.page.on('response', (response) => {
      if (!response.fromServiceWorker() && !response.url().startsWith('blob:') && !response.url().startsWith('data:')) notFromWorker.push(response.url());
    });
  });
  afterAll(async () => {
    await app?.close();
  });

  test('the precache holds every file of the build except the worker itself, the Chinese font (its outline-less copy and pieces) and the gzip copies the server sends', async () => {
    const cached = await cachedPaths(app.page);
    const precache = Object.entries(cached).find(([name]) => name.includes('precache'));
    expect(precache, `a precache among ${Object.keys(cached).join(', ')}`).toBeDefined();
    // The build's name.gz copies are for nginx's gzip_static: the browser gets them as name, unpacked.
    expect(filesOf(distDir).some((file) => file.endsWith('.gz'))).toBe(true);
    const expected = filesOf(distDir).filter((file) => file !== 'service-worker.js' && !/NotoSansSC.*\.(ttf|bin)$/.test(file) && !file.endsWith('.gz'));
    expect(expected).toContain('manifest.webmanifest');
    expect(expected.filter((file) => file.endsWith('.ttf'))).toHaveLength(4);
    expect(precache![1]).toEqual(expected);
  });

  test('the network really is off, for the service worker too: a file it does not hold cannot be fetched', async () => {
    expect(await fetchStatus(app.page, '/favicon.svg?not-in-any-cache')).toBe('failed');
    // Chromium logs that failure; it was meant, so it is not one of the page's problems.
    const meant = (error: string) => error.includes('not-in-any-cache');
    await expect.poll(() => app.consoleErrors.some(meant)).toBe(true);
    app.consoleErrors.splice(0, Infinity, ...app.consoleErrors.filter((error) => !meant(error)));
    // ...while the same file by its own name comes from the cache.
    expect(await fetchStatus(app.page, '/favicon.svg')).toBe(200);
  });

  test('the whole job: concern → referral → consent → PDF, then reloads and deep links', async () => {
    const { page } = app;
    const pathway = new Pathway(app);
    const referral = new Referral(pathway);

    // A reload of the first page, offline.
    await page.reload();
    await pathway.expectPage('Worried someone may be drawn into terrorism?');

    await referral.openFromEscalatedConcern();
    await referral.completeSections({ forenames: 'Łukasz', surname: 'Ashdown-Nowak' });
    await referral.recordConsentOfAdultWhoConsents();
    await referral.toExportWithRecipients();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the referral (PDF)' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'offline-referral-')), download.suggestedFilename());
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const expected of ['OFFICIAL-SENSITIVE', 'Łukasz', 'Ashdown-Nowak', sampleRecord.whatHappened.slice(0, 40), 'CONSENT AND THE BASIS FOR SHARING']) {
      expect(text, expected).toContain(expected);
    }

    // Deep links typed into the address bar: a lazy route never opened online (then reloaded), a
    // step of the pathway, and an unknown address.
    await app.goto('/training');
    await pathway.expectPage('Trainer mode');
    await page.reload();
    await pathway.expectPage('Trainer mode');
    await app.goto('/concern/immediate-risk');
    await pathway.expectPage(/^(You are worried about someone|Is anyone in immediate danger, or do you think an attack may be about to happen\?)$/);
    await app.goto('/no/such/page');
    await pathway.expectPage('Page not found');

    expect(notFromWorker, 'responses that came from the network while offline').toEqual([]);
    expectNoBrowserProblems(app);
  }, 180_000);

  test('the PDF fonts for Latin and Arabic text are there offline, byte for byte', async () => {
    const fonts = filesOf(distDir).filter((file) => /(DejaVuSans|NotoSansArabic).*\.ttf$/.test(file));
    expect(fonts).toHaveLength(4);
    for (const font of fonts) {
      const length = await app.page.evaluate(
        (url) =>
          fetch(url)
            .then((r) => r.arrayBuffer())
            .then((b) => b.byteLength),
        `/${font}`,
      );
      expect(length, font).toBe(readFileSync(join(distDir, font)).byteLength);
    }
  });

  test('the organisation and bundled profiles come from the cache when the network is off', async () => {
    for (const file of filesOf(distDir).filter((f) => /^(profiles\/[^/]+|organisation-profile)\.json$/.test(f))) {
      const body = await app.page.evaluate((url) => fetch(url).then((r) => r.text()), `/${file}`);
      expect(body, file).toBe(readFileSync(join(distDir, file), 'utf8'));
    }
  });
});

test('the app can be installed: Chromium reads the manifest without errors and finds nothing stopping an install', async () => {
  const app = await newPage(browser, { baseUrl: nginx.baseUrl });
  try {
    await firstVisit(app);
    const cdp = await app.context.newCDPSession(app.page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({ name: 'Prevent Pathway', start_url: '/', display: 'standalone', theme_color: '#005eb8' });
    // Every test context is an incognito profile, where Chromium never installs: that one is the test's, not the app's.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  } finally {
    await app.close();
  }
});

test('the Chinese font, not precached, is kept the first time a PDF needs it and works offline from then on', async () => {
  const app = await newPage(browser, { baseUrl: nginx.baseUrl });
  try {
    await firstVisit(app);
    const cjk = `/${filesOf(distDir).find((file) => /NotoSansSC.*\.ttf$/.test(file))}`;
    await app.context.setOffline(true);
    expect(await fetchStatus(app.page, cjk), 'not there before first use').toBe('failed');
    await app.context.setOffline(false);
    expect(await fetchStatus(app.page, cjk)).toBe(200);
    await app.context.setOffline(true);
    expect(await fetchStatus(app.page, cjk), 'kept on first use').toBe(200);
  } finally {
    await app.close();
  }
});

test('a profile changed by the deployer is picked up online (network first), not served stale from the cache', async () => {
  // Its own copy of the build, so the change cannot touch the other tests' server.
  const root = mkdtempSync(join(tmpdir(), 'offline-profile-'));
  cpSync(distDir, root, { recursive: true });
  const server = await startNginx({ root });
  const app = await newPage(browser, { baseUrl: server.baseUrl });
  try {
    await firstVisit(app);
    const profile = 'profiles/national-default.json';
    const original = readFileSync(join(root, profile), 'utf8');
    const changed = original.replace(/\}\s*$/, ', "deployerNote": "changed"}\n');
    writeFileSync(join(root, profile), changed);
    const read = () => app.page.evaluate((url) => fetch(url).then((r) => r.text()), `/${profile}`);
    expect(await read()).toBe(changed);
    await app.context.setOffline(true);
    expect(await read(), 'offline: the latest copy seen').toBe(changed);
  } finally {
    await app.close();
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
});

test('after a wipe (worker unregistered, caches deleted), the worker still answering the page writes nothing back', async () => {
  const app = await newPage(browser, { baseUrl: nginx.baseUrl });
  try {
    await firstVisit(app);
    const cjk = `/${filesOf(distDir).find((file) => /NotoSansSC.*\.ttf$/.test(file))}`;
    // What src/storage/wipe-everything.ts does for these two steps.
    const left = await app.page.evaluate(async () => {
      await Promise.all((await navigator.serviceWorker.getRegistrations()).map((r) => r.unregister()));
      await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
      return { controlled: navigator.serviceWorker.controller !== null, caches: await caches.keys() };
    });
    expect(left).toEqual({ controlled: true, caches: [] });
    // The page goes on using the app: the routes that cache at runtime, and a page's own files.
    for (const path of ['/profiles/bsw-icb.json', cjk, '/favicon.svg', '/manifest.webmanifest']) {
      expect(await fetchStatus(app.page, path), path).toBe(200);
    }
    await app.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await app.page.evaluate(() => caches.keys())).toEqual([]);
    expect(await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  } finally {
    await app.close();
  }
});

describe('a new version', () => {
  let root: string;
  let second: string;
  let server: NginxServer;

  beforeAll(async () => {
    // The deployed version, and a second build that differs (a marker in index.html), as a release would.
    root = mkdtempSync(join(tmpdir(), 'offline-update-'));
    cpSync(distDir, root, { recursive: true });
    second = mkdtempSync(join(tmpdir(), 'offline-update-second-'));
    await build({
      root: repoRoot,
      logLevel: 'error',
      build: { outDir: second, emptyOutDir: true },
      plugins: [
        { name: 'second-release', transformIndexHtml: (html) => html.replace('</head>', '<meta name="prevent-pathway-release" content="second" />\n</head>') },
      ],
    });
    server = await startNginx({ root });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    for (const dir of [root, second]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('is announced, never loaded under someone mid-answer, and runs after "Reload to update"', async () => {
    const app = await newPage(browser, { baseUrl: server.baseUrl });
    try {
      const { page } = app;
      const pathway = new Pathway(app);
      await firstVisit(app);
      await pathway.start();
      const status = page.locator('.update-notice[role="status"]');
      await expect(status.innerText()).resolves.toBe('');

      // Mid-answer when the new release is deployed and the page checks for it.
      await pathway.choose(/^No$/);
      cpSync(second, root, { recursive: true });
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect.poll(() => status.innerText(), { timeout: 20_000 }).toContain(UPDATE_READY);
      await expectNoAxeViolations(page, 'the update notice');
      await screenshot(page, 'offline-update-notice');

      // Nothing reloaded: still the old release, the answer still chosen, the emergency panel still first.
      await page.waitForTimeout(500);
      expect(await page.locator('meta[name="prevent-pathway-release"]').count()).toBe(0);
      await expect(page.getByRole('radio', { name: /^No$/ }).isChecked()).resolves.toBe(true);
      expect(
        await page.evaluate(() => {
          const emergency = document.querySelector('.emergency');
          const notice = document.querySelector('.update-notice');
          return Boolean(emergency && notice && emergency.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING);
        }),
      ).toBe(true);

      // The user chooses to update, from the keyboard. (What a reload keeps of unsaved answers is
      // the drafts' business: this page may start again from the pathway's first question.)
      await page.getByRole('button', { name: 'Reload to update' }).focus();
      await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
      await pathway.expectPage(/^(You are worried about someone|Is anyone in immediate danger, or do you think an attack may be about to happen\?)$/);
      expect(await page.locator('meta[name="prevent-pathway-release"]').getAttribute('content')).toBe('second');
      await expect(status.innerText()).resolves.toBe('');

      // The new release works offline too.
      await app.context.setOffline(true);
      await app.goto('/');
      await pathway.expectPage('Worried someone may be drawn into terrorism?');
      expect(await page.locator('meta[name="prevent-pathway-release"]').getAttribute('content')).toBe('second');
      expectNoBrowserProblems(app);
    } finally {
      await app.close();
    }
  }, 120_000);
});
