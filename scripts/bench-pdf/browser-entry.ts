// Browser side of `npm run bench:pdf`: the builder is imported on demand, as the app's export
// button does, and fonts come from the built assets through the session font loader.
import { fontTexts } from '../../src/pdf/font-texts';
import { createBrowserFontLoader } from '../../src/pdf/fonts';
import { BENCH_CASES, summarise, type BenchCase, type CaseResult } from './cases';

async function runCase(name: BenchCase, runs: number): Promise<CaseResult> {
  const doc = BENCH_CASES[name];
  const session = createBrowserFontLoader(); // a fresh session: every font this case needs is fetched once
  let start = performance.now();
  const { buildReferralPdf } = await import('../../src/pdf/build-referral-pdf');
  // As the app does: DejaVu and the Chinese font with only the outlines this document's text uses.
  const loader = session.forText(fontTexts(doc));
  const first = await buildReferralPdf(doc, { loadFont: loader });
  const firstRunMs = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    await buildReferralPdf(doc, { loadFont: loader });
    times.push(performance.now() - start);
  }
  return summarise(times, firstRunMs, {
    bytes: first.bytes.length,
    pages: first.pageCount,
    fonts: first.fonts,
    fontBytesFetched: session.stats().bytesFetched,
  });
}

(window as unknown as { benchPdf: typeof runCase }).benchPdf = runCase;
document.body.dataset.ready = 'yes';

/**
 * For `npm run bench` (scripts/bench.mjs), one export per fresh page: the first export of a
 * session, either cold (the click loads the PDF code and fonts) or prepared (as the export page
 * and Check your answers do at idle: code and this document's fonts fetched, the document built
 * once and the bytes thrown away; then the click builds it), and warm.
 */
async function firstExport(name: BenchCase, prepared: boolean): Promise<{ ms: number; fontBytes: number; fonts: string[] }> {
  const doc = BENCH_CASES[name];
  const session = createBrowserFontLoader();
  const loader = session.forText(fontTexts(doc));
  // Prepared: what the export page does at idle on opening (src/pdf/download-pdf.ts).
  if (prepared) await (await import('../../src/pdf/download-pdf')).preparePdfNow(doc, session);
  const start = performance.now();
  const { buildReferralPdf } = await import('../../src/pdf/build-referral-pdf');
  const pdf = await buildReferralPdf(doc, { loadFont: loader });
  return { ms: performance.now() - start, fontBytes: session.stats().bytesFetched, fonts: pdf.fonts };
}

(window as unknown as { firstExport: typeof firstExport }).firstExport = firstExport;
