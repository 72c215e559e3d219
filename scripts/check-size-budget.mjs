// The size budgets, run by `npm test` right after the production build: loads the first page and
// the referral's first question in headless Chromium against the build (served as deployed, by
// scripts/bench-fetched.mjs) and fails when the JavaScript the browser actually fetched (every
// script in the page's Resource Timing, gzip -9 of the same files) is over its budget in
// size-budget.json. Bytes only: no timing is measured or compared here (timings: `npm run bench`).
// To raise a budget, measure (`node scripts/bench-fetched.mjs`), then edit size-budget.json in the
// same change and say why in the commit.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { measureFetched } from './bench-fetched.mjs';
import { defaultDist } from './bench-size.mjs';

const budgetFile = new URL('../size-budget.json', import.meta.url);
const { budgets } = JSON.parse(readFileSync(budgetFile, 'utf8'));
const names = ['firstPage', 'referralFirstQuestion'];
for (const name of names) {
  const budget = budgets?.[name]?.jsGzipBytes;
  if (!Number.isInteger(budget) || budget <= 0) {
    console.error(`size-budget.json: budgets.${name}.jsGzipBytes must be a positive whole number of bytes, got ${budget}.`);
    process.exit(2);
  }
}

// E2E_DIST_DIR: check a build made into another folder (vite build --outDir <dir>), as the browser tests do.
const dist = process.env.E2E_DIST_DIR ? `${process.env.E2E_DIST_DIR.replace(/\/$/, '')}/` : defaultDist;
const { server, pages } = await measureFetched(dist);
// Decimal kilobytes, as the budgets are written (issue 17: first page 100 KB, the referral's first question 160 KB).
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

let over = false;
for (const name of names) {
  const { path, landedOn, js, waves, files } = pages[name];
  const budget = budgets[name].jsGzipBytes;
  const line = `${name} (${path}): ${js.gzip} B gzip (${kb(js.gzip)}) of JavaScript in ${js.files} files, ${waves} fetch waves; budget ${budget} B (${kb(budget)})`;
  if (landedOn !== path) {
    console.error(`${line}\n  The page went to ${landedOn} instead of ${path}: the measurement would not be of the right page.`);
    over = true;
  } else if (js.gzip > budget) {
    over = true;
    console.error(
      [
        `Size budget exceeded: ${line}, over by ${js.gzip - budget} B.`,
        ...files.filter((f) => f.file.endsWith('.js')).map((f) => `  ${f.file}: ${f.gzip} B gzip (${f.raw} B raw), wave ${f.wave}`),
        'Load the new code on demand (a lazy page or import()), or raise the budget in size-budget.json and say why.',
      ].join('\n'),
    );
  } else {
    console.log(`Size budget: ${line}; ${budget - js.gzip} B to spare.`);
  }
}
console.log(`Measured in headless Chromium against ${dist} served by ${server}.`);

// The stylesheets (issue 15: the NHS.UK design system's components used, the app's own rules): every
// CSS file of the build, gzip -9, against budgets.css.gzipBytes.
const cssBudget = budgets?.css?.gzipBytes;
if (!Number.isInteger(cssBudget) || cssBudget <= 0) {
  console.error(`size-budget.json: budgets.css.gzipBytes must be a positive whole number of bytes, got ${cssBudget}.`);
  process.exit(2);
}
const cssFiles = readdirSync(new URL('assets/', `file://${dist}`)).filter((file) => file.endsWith('.css'));
const cssGzip = cssFiles.reduce((sum, file) => sum + gzipSync(readFileSync(new URL(`assets/${file}`, `file://${dist}`)), { level: 9 }).length, 0);
if (cssGzip > cssBudget) {
  over = true;
  console.error(
    `Size budget exceeded: CSS ${cssGzip} B gzip in ${cssFiles.length} files, budget ${cssBudget} B (${kb(cssBudget)}), over by ${cssGzip - cssBudget} B. Import only the design system's components the pages use (src/styles/main.scss).`,
  );
} else {
  console.log(
    `Size budget: CSS ${cssGzip} B gzip (${kb(cssGzip)}) in ${cssFiles.length} files; budget ${cssBudget} B (${kb(cssBudget)}); ${cssBudget - cssGzip} B to spare.`,
  );
}
if (over) process.exit(1);
