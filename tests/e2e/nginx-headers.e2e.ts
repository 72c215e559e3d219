// What real nginx sends for the production build with the deployed config (deploy/): the security
// headers on every kind of response, the cache rules, the SPA fallback, gzip and MIME types.
// Plain HTTP from Node, no browser: these are the bytes on the wire.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deployDir, distDir, get, makeConfDir, nginxBinary, sandboxDirectives, startNginx, type NginxServer, type RawResponse } from './nginx-server';

let nginx: NginxServer;
beforeAll(async () => {
  nginx = await startNginx();
});
afterAll(async () => {
  await nginx?.stop();
});

const indexHtml = readFileSync(join(distDir, 'index.html'), 'utf8');
const entryScript = /<script type="module" crossorigin src="\/(assets\/[^"]+\.js)"/.exec(indexHtml)?.[1];
const stylesheet = /<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)"/.exec(indexHtml)?.[1];
const gzip = { 'accept-encoding': 'gzip' };
const fetchPath = (path: string, headers: Record<string, string> = gzip) => get(`${nginx.baseUrl}${path}`, headers);

/** The policy as a map: directive → sources. */
function parseCsp(header: string): Map<string, string[]> {
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

function expectSecurityHeaders(response: RawResponse, what: string) {
  const h = response.headers;
  const csp = parseCsp(h['content-security-policy'] ?? '');
  expect(Object.fromEntries(csp), `${what}: Content-Security-Policy`).toEqual({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
  });
  expect(h['content-security-policy'], what).not.toMatch(/unsafe-(inline|eval|hashes)|\*/);
  expect(h['referrer-policy'], what).toBe('no-referrer');
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['x-frame-options'], what).toBe('DENY');
  expect(h['cross-origin-opener-policy'], what).toBe('same-origin');
  expect(h['cross-origin-resource-policy'], what).toBe('same-origin');
  expect(h['strict-transport-security'], what).toBe('max-age=31536000');
  expect(h.server, `${what}: no version in Server`).toBe('nginx');

  const permissions = new Map((h['permissions-policy'] ?? '').split(/,\s*/).map((item) => item.split('=') as [string, string]));
  for (const feature of [
    'camera',
    'microphone',
    'geolocation',
    'payment',
    'usb',
    'interest-cohort',
    'browsing-topics',
    'clipboard-read',
    'display-capture',
    'serial',
    'hid',
  ]) {
    expect(permissions.get(feature), `${what}: Permissions-Policy ${feature}`).toBe('()');
  }
  // Trainer mode goes full screen; the export page copies the covering email.
  expect(permissions.get('fullscreen'), what).toBe('(self)');
  expect(permissions.get('clipboard-write'), what).toBe('(self)');
  const allowed = [...permissions].filter(([, allow]) => allow !== '()').map(([feature]) => feature);
  expect(allowed.sort(), `${what}: only these features are allowed`).toEqual(['clipboard-write', 'fullscreen']);
}

describe('the pages: never stored', () => {
  // The addresses the build prerendered get their own page (src/prerender-plugin.ts); index.html is the shell.
  test.each([
    ['', 'home.html'],
    ['index.html', 'index.html'],
    ['concern/start', 'concern/start.html'],
    ['home.html', 'home.html'],
    ['concern/start.html', 'concern/start.html'],
    ['referral/section/individual', 'referral/section/individual.html'],
    ['referral/section/individual.html', 'referral/section/individual.html'],
  ])('/%s is %s', async (path, file) => {
    const response = await fetchPath(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect((await fetchPath(path, {})).body.toString('utf8')).toBe(readFileSync(join(distDir, file), 'utf8'));
    expectSecurityHeaders(response, `/${path}`);
  });
});

describe('deep links: the SPA fallback answers with index.html (the shell), never stored', () => {
  test.each(['concern/immediate-risk', 'referral/export', 'referral/section/concerns', 'no/such/page', 'concern', 'concern/start/', 'profiles'])(
    '/%s',
    async (path) => {
      const response = await fetchPath(path, {});
      expect(response.status).toBe(200);
      expect(response.body.toString('utf8')).toBe(indexHtml);
      expect(response.headers['cache-control']).toBe('no-store');
      expectSecurityHeaders(response, `/${path}`);
    },
  );
});

describe('hashed assets: cached for a year, immutable, gzipped', () => {
  test('the entry script', async () => {
    expect(entryScript).toBeDefined();
    const response = await fetchPath(entryScript!);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expectSecurityHeaders(response, entryScript!);
  });

  test('the stylesheet', async () => {
    expect(stylesheet).toBeDefined();
    const response = await fetchPath(stylesheet!);
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBe('gzip');
  });

  test("a piece of the Chinese font's outlines (.bin): gzipped, cached for a year", async () => {
    const piece = readdirSync(join(distDir, 'assets')).find((name) => name.endsWith('.bin'));
    expect(piece, 'a .bin font piece in dist/assets').toBeDefined();
    const response = await fetchPath(`assets/${piece}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/octet-stream');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBe('gzip');
    expectSecurityHeaders(response, piece!);
  });

  test('a TrueType font for the PDF: font/ttf, not application/octet-stream', async () => {
    const font = readdirSync(join(distDir, 'assets')).find((name) => name.endsWith('.ttf'));
    expect(font, 'a .ttf file in dist/assets').toBeDefined();
    const response = await fetchPath(`assets/${font}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('font/ttf');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBe('gzip');
    expectSecurityHeaders(response, font!);
  });

  test('a file from public/ (favicon.svg) is revalidated, not cached for a year', async () => {
    const response = await fetchPath('favicon.svg');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(response, 'favicon.svg');
  });
});

describe('offline use: the service worker and the manifest are revalidated on every use', () => {
  test('/service-worker.js: JavaScript, no-cache (so a new version is found), with the security headers', async () => {
    const response = await fetchPath('service-worker.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['content-encoding']).toBe('gzip');
    expectSecurityHeaders(response, 'service-worker.js');
  });

  test('/manifest.webmanifest: application/manifest+json, no-cache', async () => {
    const response = await fetchPath('manifest.webmanifest', {});
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/manifest+json; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(JSON.parse(response.body.toString('utf8'))).toMatchObject({ name: 'Prevent Pathway', start_url: '/', display: 'standalone' });
    expectSecurityHeaders(response, 'manifest.webmanifest');
  });

  test('the app icons are PNG', async () => {
    for (const icon of ['icon-192.png', 'icon-512.png']) {
      const response = await fetchPath(icon);
      expect(response.status, icon).toBe(200);
      expect(response.headers['content-type'], icon).toBe('image/png');
    }
  });
});

describe('errors carry the same headers and are never stored', () => {
  test('a missing asset is a 404, not index.html', async () => {
    const response = await fetchPath('assets/concern-route-0ld0ld.js');
    expect(response.status).toBe(404);
    expect(response.body.toString('utf8')).not.toContain('<div id="root">');
    expect(response.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(response, '404');
  });

  test('a missing page file or asset named .html is a 404, not the shell', async () => {
    for (const path of ['concern/immediate-risk.html', 'assets/missing.html']) {
      const response = await fetchPath(path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString('utf8'), path).not.toContain('<div id="root"');
      expect(response.headers['cache-control'], path).toBe('no-store');
      expectSecurityHeaders(response, `404 ${path}`);
    }
  });

  test('a method a static site does not allow is a 405', async () => {
    const response = await get(`${nginx.baseUrl}referral/export`, {}, 'POST');
    expect(response.status).toBe(405);
    expect(response.headers['cache-control']).toBe('no-store');
    expectSecurityHeaders(response, '405');
  });
});

test('deploy/nginx.conf, the complete config, passes `nginx -t` with the same include files', () => {
  const binary = nginxBinary();
  const dir = makeConfDir(binary);
  try {
    const deployed = readFileSync(join(deployDir, 'nginx.conf'), 'utf8');
    expect(deployed).toMatch(/^\s*include prevent-pathway\/site\.conf;/m);
    // Only where nginx writes changes (pid, logs, temp files): `nginx -t` opens them.
    const sandbox = sandboxDirectives(dir);
    const rendered = deployed
      .replace(/^pid [^;]*;/m, sandbox.pid)
      .replace(/^error_log [^;]*;/m, sandbox.errorLog)
      .replaceAll('/var/log/nginx/', `${dir}/`)
      .replace(/^http \{$/m, `http {\n${sandbox.http}`);
    expect(rendered).not.toMatch(/\/var\/log|\/run\//);
    const file = join(dir, 'nginx.conf');
    writeFileSync(file, rendered);
    const result = spawnSync(binary, ['-t', '-p', dir, '-c', file, '-e', join(dir, 'error.log')], { encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toContain('test is successful');
    expect(result.status).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
