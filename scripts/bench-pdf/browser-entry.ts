// Browser side of `npm run bench:pdf`: the builder is imported on demand, as the app's export
// button does, and fonts come from the built assets through the session font loader.
import type { FontId } from '../../src/pdf/font-files';
import { cjkRuns } from '../../src/pdf/cjk-text';
import { createBrowserFontLoader } from '../../src/pdf/fonts';
import { BENCH_CASES, summarise, type BenchCase, type CaseResult } from './cases';

async function runCase(name: BenchCase, runs: number): Promise<CaseResult> {
  const doc = BENCH_CASES[name];
  const session = createBrowserFontLoader(); // a fresh session: every font this case needs is fetched once
  let start = performance.now();
  const { buildReferralPdf } = await import('../../src/pdf/build-referral-pdf');
  // As the app does: the Chinese font with only the outlines this document's text uses.
  const loader = session.forText(cjkRuns(doc));
  const first = await buildReferralPdf(doc, { loadFont: loader });
  const firstRunMs = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    await buildReferralPdf(doc, { loadFont: (id: FontId) => loader(id) });
    times.push(performance.now() - start);
  }
  return summarise(times, firstRunMs, { bytes: first.bytes.length, pages: first.pageCount, fonts: first.fonts, fontBytesFetched: session.stats().bytesFetched });
}

(window as unknown as { benchPdf: typeof runCase }).benchPdf = runCase;
document.body.dataset.ready = 'yes';
