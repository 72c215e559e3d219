// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DRAFT_SCHEMA_VERSION, migrateDraftPayload, migrations, payloadVersion } from './migrations';

const context = { id: 'd1', kind: 'concern', revision: 3, updatedAt: '2026-01-05T09:00:00.000Z' } as const;

describe('draft plaintext migrates forward', () => {
  it('has one step per version, ending at the current schema', () => {
    expect(migrations).toHaveLength(DRAFT_SCHEMA_VERSION - 1);
  });

  it('v1 (the sessionStorage journey body) → current, the body kept whole, its own version included (the journey reader checks it)', () => {
    const entries = [{ step: 'notice', snapshot: { value: 'notice', context: {} } }];
    expect(migrateDraftPayload({ version: 1, entries }, context)).toEqual({
      ok: true,
      value: { schemaVersion: DRAFT_SCHEMA_VERSION, ...context, data: { version: 1, entries } },
    });
  });

  it('a current payload passes through unchanged', () => {
    const payload = { schemaVersion: DRAFT_SCHEMA_VERSION, ...context, data: { a: 1 } };
    expect(migrateDraftPayload(payload, context)).toEqual({ ok: true, value: payload });
  });

  it('a payload from a newer app → newer-version; one with no version or a broken shape → corrupt', () => {
    const code = (payload: unknown) => {
      const result = migrateDraftPayload(payload, context);
      return result.ok ? 'ok' : result.error.code;
    };
    expect(code({ schemaVersion: DRAFT_SCHEMA_VERSION + 1 })).toBe('newer-version');
    expect(code({ data: {} })).toBe('corrupt');
    expect(code([1])).toBe('corrupt');
    expect(code({ schemaVersion: DRAFT_SCHEMA_VERSION, id: 'd1' })).toBe('corrupt');
    expect(payloadVersion({ schemaVersion: 0 })).toBeNull();
  });
});
