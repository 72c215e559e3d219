import type { DraftKind } from '../../storage/migrations';

/**
 * A record kind kept in drafts and hand-over files whose feature the drafts feature does not import
 * (features do not import each other): the app registers it (src/app/record-kinds.ts), giving the
 * same check its own pages make on what is kept, where it opens, and what the drafts list says of it (its name is in src/content/drafts.content.ts).
 */
export interface RecordKind {
  /** Whether kept data is a record of this kind the app can open. */
  isUsable(data: unknown): boolean;
  /** The page it opens on. */
  urlFor(data: unknown): string;
  /** The lines under its name in the drafts list. */
  describe(data: unknown): string[];
}

const registered = new Map<DraftKind, RecordKind>();

export function registerRecordKind(kind: DraftKind, spec: RecordKind): void {
  registered.set(kind, spec);
}

/** The registered record kind, or undefined for the kinds the drafts feature knows itself (concern, referral). */
export function recordKind(kind: DraftKind): RecordKind | undefined {
  return registered.get(kind);
}
