// The size budget, run by `npm test` right after the production build: fails when the JavaScript
// the first page loads (gzip, zlib level 9) has grown past the budget in size-budget.json.
// To raise the budget, measure (`npm run bench:size`), then edit size-budget.json in the same
// change and say why in the commit.
import { readFileSync } from 'node:fs';
import { firstPageSize } from './bench-size.mjs';

const budgetFile = new URL('../size-budget.json', import.meta.url);
const { firstPageJsGzipBytes: budget } = JSON.parse(readFileSync(budgetFile, 'utf8'));
if (!Number.isInteger(budget) || budget <= 0) {
  console.error(`size-budget.json: firstPageJsGzipBytes must be a positive whole number of bytes, got ${budget}.`);
  process.exit(2);
}

// E2E_DIST_DIR: check a build made into another folder (vite build --outDir <dir>), as the browser tests do.
const { firstPage } = firstPageSize(process.env.E2E_DIST_DIR ? `${process.env.E2E_DIST_DIR.replace(/\/$/, '')}/` : undefined);
const measured = firstPage.js.gzip;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const files = firstPage.files.filter((f) => f.file.endsWith('.js')).map((f) => `  ${f.file}: ${f.gzip} B gzip (${f.raw} B raw)`);

if (measured > budget) {
  console.error(
    [
      `Size budget exceeded: the first page's JavaScript is ${measured} B gzip (${kb(measured)}), over the budget of ${budget} B (${kb(budget)}) by ${measured - budget} B.`,
      ...files,
      'Load the new code on demand (a lazy route or import()), or raise firstPageJsGzipBytes in size-budget.json and say why.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Size budget: first page JavaScript ${measured} B gzip (${kb(measured)}) of ${budget} B (${kb(budget)}); ${budget - measured} B to spare.`);
