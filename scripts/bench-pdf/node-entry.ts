// Node side of `npm run bench:pdf`: bundled by Vite for Node, then imported by scripts/bench-pdf.mjs.
import { buildReferralPdf } from '../../src/pdf/build-referral-pdf';
import type { FontId } from '../../src/pdf/font-files';
import { createNodeFontLoader } from '../../src/pdf/node-font-loader';
import { BENCH_CASES, summarise, type BenchCase, type CaseResult } from './cases';

export async function runCase(name: BenchCase, runs: number): Promise<CaseResult> {
  const doc = BENCH_CASES[name];
  const loader = createNodeFontLoader();
  const sizes = new Map<FontId, number>();
  const counting = async (id: FontId): Promise<Uint8Array> => {
    const bytes = await loader(id);
    sizes.set(id, bytes.byteLength);
    return bytes;
  };
  let start = performance.now();
  const first = await buildReferralPdf(doc, { loadFont: counting });
  const firstRunMs = performance.now() - start;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    await buildReferralPdf(doc, { loadFont: counting });
    times.push(performance.now() - start);
  }
  const fontBytesFetched = [...sizes.values()].reduce((a, b) => a + b, 0);
  return summarise(times, firstRunMs, { bytes: first.bytes.length, pages: first.pageCount, fonts: first.fonts, fontBytesFetched });
}
