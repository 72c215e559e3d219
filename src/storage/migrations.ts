import { z } from 'zod/mini';
import { fail, ok, type Result } from './storage-error';

/**
 * The schema of a draft's plaintext (what is inside the encryption), and the chain that carries
 * older plaintext forward to it. Each step takes version n to n + 1 and is a pure function, so a
 * record written by any earlier release opens in this one; a record from a later release is
 * refused with 'newer-version' rather than guessed at.
 *
 * Version 1 is the shape the tab kept in sessionStorage before drafts were encrypted:
 * `{ version: 1, ...body }` (src/features/pathway/journey-storage.ts: `{ version, entries }`;
 * src/features/referral/referral-storage.ts: `{ version, state }`). Version 2 wraps the body with
 * what the encrypted store needs to detect swapped records and other tabs' saves.
 */
export const DRAFT_SCHEMA_VERSION = 2;

export const draftKinds = ['concern', 'referral', 'request', 'training-record'] as const;
export type DraftKind = (typeof draftKinds)[number];

export const draftPayloadSchema = z.object({
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
  id: z.string().check(z.minLength(1)),
  kind: z.enum(draftKinds),
  revision: z.int().check(z.positive()),
  updatedAt: z.string(),
  data: z.unknown(),
});
export type DraftPayload = z.infer<typeof draftPayloadSchema>;

/** What a record's plaintext metadata says; older payloads that lack it take it from here. */
export interface MigrationContext {
  id: string;
  kind: DraftKind;
  revision: number;
  updatedAt: string;
}

type Payload = Record<string, unknown>;
type Migration = (payload: Payload, context: MigrationContext) => Payload;

/** Index n migrates version n + 1 to n + 2 (so the first entry is v1 → v2). */
export const migrations: readonly Migration[] = [
  // The v1 body is what the tab kept, `{ version, entries }` or `{ version, state }`: kept whole,
  // its own `version` included, because the journey and referral readers check it.
  function v1ToV2(payload, context) {
    return { schemaVersion: 2, id: context.id, kind: context.kind, revision: context.revision, updatedAt: context.updatedAt, data: payload };
  },
];

/** The version a payload says it is: `schemaVersion` from v2 on, `version` in v1. */
export function payloadVersion(payload: unknown): number | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const { schemaVersion, version } = payload as { schemaVersion?: unknown; version?: unknown };
  const found = schemaVersion ?? version;
  return typeof found === 'number' && Number.isInteger(found) && found >= 1 ? found : null;
}

export function migrateDraftPayload(payload: unknown, context: MigrationContext): Result<DraftPayload> {
  const current = DRAFT_SCHEMA_VERSION;
  let version = payloadVersion(payload);
  if (version === null) return fail('corrupt', 'payload has no schema version');
  if (version > current) return fail('newer-version', `payload schema version ${version}`);
  let migrated = payload as Payload;
  for (; version < current; version++) migrated = migrations[version - 1]!(migrated, context);
  const parsed = draftPayloadSchema.safeParse(migrated);
  return parsed.success ? ok(parsed.data) : fail('corrupt', 'payload shape after migration');
}
