import { describe, expect, it } from 'vitest';
import { shownOnce } from './draft-gate';

describe('"Only in this tab" is said once', () => {
  it('shows on the first page it applies to, and on no later step', () => {
    expect(shownOnce('concern:no-passphrase', '/concern/start')).toBe(true);
    expect(shownOnce('concern:no-passphrase', '/concern/start')).toBe(true);
    expect(shownOnce('concern:no-passphrase', '/concern/immediate-risk')).toBe(false);
    expect(shownOnce('concern:no-passphrase', '/concern/patient-discuss-and-record')).toBe(false);
  });

  it('is said again for another kind of work or another mode', () => {
    expect(shownOnce('referral:no-passphrase', '/referral')).toBe(true);
    expect(shownOnce('concern:skipped', '/concern/immediate-risk')).toBe(true);
  });
});
