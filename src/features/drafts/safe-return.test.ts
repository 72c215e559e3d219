import { describe, expect, it } from 'vitest';
import { safeReturn } from './safe-return';

describe('the drafts pages’ "from" return address', () => {
  it.each(['/concern/start', '/referral/section-b?x=1', '/drafts#list'])('keeps a same-origin path: %s', (path) => {
    expect(safeReturn(path)).toBe(path);
  });

  it.each([
    '/\\example.invalid',
    '/\\/example.invalid',
    '//example.invalid',
    '/\t/example.invalid',
    '/\n/example.invalid',
    'https://example.invalid/',
    'javascript:alert(1)',
    'concern/start',
    '',
    null,
  ])('refuses %j and falls back', (raw) => {
    expect(safeReturn(raw, '/drafts')).toBe('/drafts');
  });

  it('whatever it accepts resolves to this origin', () => {
    for (const raw of ['/a/../b', '/%2F%2Fexample.invalid', '/@example.invalid']) {
      const kept = safeReturn(raw);
      expect(new URL(kept, 'https://here.invalid').origin).toBe('https://here.invalid');
    }
  });
});
