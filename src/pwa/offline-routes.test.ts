// @vitest-environment node
// The precache list as the build makes it: workbox-build (what vite-plugin-pwa runs) over a
// folder laid out like dist/, with this app's patterns.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getManifest } from 'workbox-build';
import { afterAll, describe, expect, test } from 'vitest';
import { PRECACHE_GLOBS, PRECACHE_IGNORES } from '../../vite.config';
import { isFetchedOnFirstUse, isLiveFile } from './offline-routes';

describe('what the service worker answers network-first', () => {
  test.each(['/organisation-profile.json', '/profiles/bsw-icb.json', '/profiles/national-default.json'])('%s: a deployer may change it', (path) => {
    expect(isLiveFile(path)).toBe(true);
  });
  test.each(['/', '/index.html', '/assets/index-AbC123.js', '/profiles/', '/profiles/a/b.json', '/manifest.webmanifest', '/organisation-profile.json.bak'])(
    '%s: no',
    (path) => {
      expect(isLiveFile(path)).toBe(false);
    },
  );
});

describe('what is kept on first use instead of precached', () => {
  test('the Chinese font: its outline-less copy and each piece of outlines', () => {
    expect(isFetchedOnFirstUse('/assets/NotoSansSC-outline-0a1b2c3d4e.ttf')).toBe(true);
    expect(isFetchedOnFirstUse('/assets/NotoSansSC-0a1b2c3d4e-417.bin')).toBe(true);
  });
  test.each([
    '/assets/NotoSansArabic_400Regular-DQZ_1etK.ttf',
    '/assets/DejaVuSans-CHjR2eXl.ttf',
    '/assets/DejaVuSans-5f6e7d8c9b-0.bin',
    '/NotoSansSC.ttf',
    '/assets/NotoSansSC.js',
    '/assets/other-1.bin',
  ])('%s: no', (path) => {
    expect(isFetchedOnFirstUse(path)).toBe(false);
  });
});

describe('the precache list', () => {
  const dist = mkdtempSync(join(tmpdir(), 'pwa-precache-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const files = [
    'index.html',
    // The pages the build prerenders, and the script their record pages run first (src/prerender-plugin.ts).
    'home.html',
    'concern/start.html',
    'referral/section/individual.html',
    'drafts-kept.js',
    'service-worker.js',
    'favicon.svg',
    'icon-192.png',
    'icon-512.png',
    'manifest.webmanifest',
    'organisation-profile.json',
    'profiles/bsw-icb.json',
    'assets/index-AbC123de.js',
    'assets/referral-route-XyZ98765.js',
    'assets/index-Qq11Ww22.css',
    'assets/DejaVuSans-outline-5f6e7d8c9b.ttf',
    'assets/DejaVuSans-5f6e7d8c9b-0.bin',
    'assets/DejaVuSans-Bold-outline-1a2b3c4d5e.ttf',
    'assets/DejaVuSans-Bold-1a2b3c4d5e-195.bin',
    'assets/NotoSansArabic_700Bold-wyNei96I.ttf',
    'assets/NotoSansSC-outline-0a1b2c3d4e.ttf',
    'assets/NotoSansSC-0a1b2c3d4e-0.bin',
    'assets/NotoSansSC-0a1b2c3d4e-1.bin',
  ];
  for (const file of files) {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), `contents of ${file}`);
  }

  test('every file the app needs offline (DejaVu Sans’s outline-less copies and every piece), except the Chinese font and the worker itself', async () => {
    const { manifestEntries, warnings } = await getManifest({ globDirectory: dist, globPatterns: PRECACHE_GLOBS, globIgnores: PRECACHE_IGNORES });
    expect(warnings).toEqual([]);
    const urls = (manifestEntries ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.url)).sort();
    expect(urls).toEqual(files.filter((file) => file !== 'service-worker.js' && !file.includes('NotoSansSC')).sort());
  });
});
