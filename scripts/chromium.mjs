// Debian's Chromium, as the benchmarks, the screenshots and the browser tests launch it: headless,
// with the flags that work on this kind of machine (no sandbox as root, no GPU, no QUIC, nothing
// fetched in the background), so every measurement talks to the app's own server only.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium() {
  if (!existsSync(chromiumPath)) {
    throw new Error(`No Chromium at ${chromiumPath}. Install Debian's (bash scripts/install-test-deps.sh), or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
