// Browser side of `npm run bench:pdf`: the builder is imported on demand, as the app's export
// button does, and fonts come from the built assets through the session font loader.
import type { FontId } from '../../src/pdf/font-files';
import { createBrowserFontLoader } from '../../src/pdf/fonts';
import { BENCH_CASES, summarise, type BenchCase, type CaseResult } from './cases';

async function runCase(name: BenchCase, runs: number): Promise<CaseResult> {
  const doc = BENCH_CASES[name];
  const loader = createBrowserFontLoader(); // a fresh session: every font this case needs is fetched once
  let start = performance.now();
  const { buildReferralPdf } = await import('../../src/pdf/build-referral-pdf');
  const first = await buildReferralPdf(doc, { loadFont: loader });
  const firstRunMs = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    await buildReferralPdf(doc, { loadFont: (id: FontId) => loader(id) });
    times.push(performance.now() - start);
  }
  return summarise(times, firstRunMs, { bytes: first.bytes.length, pages: first.pageCount, fonts: first.fonts, fontBytesFetched: loader.stats().bytesFetched });
}

(window as unknown as { benchPdf: typeof runCase }).benchPdf = runCase;
document.body.dataset.ready = 'yes';
