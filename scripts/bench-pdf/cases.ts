/**
 * The two documents the PDF benchmark times (tests/fixtures/referral-documents.ts): a typical
 * referral, and a worst case (10,000+ characters of concern, four scripts, long words, a long table).
 */
import { typicalReferral, worstCaseReferral } from '../../tests/fixtures/referral-documents';

export const BENCH_CASES = { typical: typicalReferral, worstCase: worstCaseReferral } as const;
export type BenchCase = keyof typeof BENCH_CASES;

export interface CaseResult {
  /** Median of the timed runs (fonts already in the session cache), milliseconds. */
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** The first export of the session: fonts fetched (or read), fontkit imported, nothing warm. */
  firstRunMs: number;
  bytes: number;
  pages: number;
  fonts: string[];
  fontBytesFetched: number;
}

export function summarise(times: number[], first: number, rest: Omit<CaseResult, 'medianMs' | 'minMs' | 'maxMs' | 'firstRunMs'>): CaseResult {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const round = (n: number): number => Math.round(n * 10) / 10;
  return { medianMs: round(median), minMs: round(sorted[0]!), maxMs: round(sorted.at(-1)!), firstRunMs: round(first), ...rest };
}
