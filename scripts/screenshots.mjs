// `npm run screenshots`: every page of the production build at 375 px and 1280 px wide, and the
// trainer at 1024×768, into screenshots/ (git-ignored). Build first (npm run build), or point
// E2E_DIST_DIR at another build. Look at them: that is what they are for.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import { launchChromium } from './chromium.mjs';
import { chooseProfile, otherPages, pathwayProfiles, picks, walkPathway } from './page-walker.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = resolve(root, 'screenshots');
mkdirSync(outDir, { recursive: true });
const server = await preview({
  root,
  mode: 'production',
  logLevel: 'warn',
  build: { outDir: resolve(root, process.env.E2E_DIST_DIR ?? 'dist') },
  preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
});
const baseUrl = server.resolvedUrls.local[0];
const browser = await launchChromium();
const name = (text) => text.replace(/^\/+/, '').replace(/[^\w.-]+/g, '_') || 'home';
let taken = 0;

async function shoot(viewport, profile, paths) {
  const context = await browser.newContext({ viewport });
  await chooseProfile(context, profile.choice);
  const page = await context.newPage();
  const shot = async (p, path) => {
    await p.screenshot({ path: `${outDir}/${viewport.width}-${profile.name}-${name(path)}.png`, fullPage: true });
    taken++;
  };
  for (const path of paths) {
    await page.goto(new URL(path.replace(/^\//, ''), baseUrl).href);
    await page.locator('h1').first().waitFor({ timeout: 10_000 });
    await shot(page, path);
  }
  const done = new Set();
  for (const pick of picks) {
    await walkPathway(page, baseUrl, pick, async (p, path) => {
      if (done.has(path)) return;
      done.add(path);
      await shot(p, path);
    });
  }
  await context.close();
}

try {
  for (const width of [375, 1280]) {
    for (const profile of pathwayProfiles) await shoot({ width, height: width === 375 ? 812 : 900 }, profile, profile.choice ? [] : otherPages);
  }
  // The trainer on an old projector.
  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.goto(new URL('training', baseUrl).href);
  await page.locator('h1').first().waitFor();
  await page.screenshot({ path: `${outDir}/1024x768-training.png` });
  taken++;
  const first = page.locator('main a[href*="/training/"]').first();
  if ((await first.count()) > 0) {
    await first.click();
    await page.locator('h1').first().waitFor();
    await page.screenshot({ path: `${outDir}/1024x768-training-${name(new URL(page.url()).pathname)}.png` });
    taken++;
    // The first question, with the flowchart beside it (projector mode).
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${outDir}/1024x768-training-${name(new URL(page.url()).pathname)}.png` });
    taken++;
  }
  await context.close();
  console.log(`${taken} screenshots in ${outDir}`);
} finally {
  await browser.close();
  await server.close();
}
