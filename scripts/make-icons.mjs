// Makes the app's PNG icons (public/icon-192.png, icon-512.png, icon-maskable-512.png) from
// public/favicon.svg with Debian's Chromium, so the installed app's icon is the favicon. Run it
// again after changing favicon.svg:  node scripts/make-icons.mjs
// The maskable icon fills the square (no rounded corners): the platform cuts its own shape, and the
// letter already sits inside the safe zone (the middle 80%).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const publicDir = new URL('../public/', import.meta.url);
const svg = readFileSync(new URL('favicon.svg', publicDir), 'utf8');
const maskable = svg.replace(/ rx="[^"]*"/, '');
if (maskable === svg) throw new Error('favicon.svg: expected a rounded background rect (rx=...) to square off for the maskable icon.');

const icons = [
  { file: 'icon-192.png', size: 192, source: svg },
  { file: 'icon-512.png', size: 512, source: svg },
  { file: 'icon-maskable-512.png', size: 512, source: maskable },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const { file, size, source } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    await page.screenshot({ path: new URL(file, publicDir).pathname, omitBackground: true });
    await page.close();
    console.log(`public/${file}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
