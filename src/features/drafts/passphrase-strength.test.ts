import { describe, expect, it } from 'vitest';
import { passphraseText as lengthText } from '../../content/drafts.content';
import { passphraseStrengthText as passphraseText } from '../../content/passphrase-strength.content';
import { newPassphraseSchema } from './passphrase-field';
import { checkPassphraseStrength } from './passphrase-strength';

describe('a new passphrase is checked for strength (@zxcvbn-ts/core)', () => {
  it.each([
    ['password123', passphraseText.weakBecause.common],
    ['qwertyuiop', passphraseText.weakBecause.topHundred],
    ['aaaaaaaaaaaa', passphraseText.weakBecause.simpleRepeat],
    ['abcdefghij', passphraseText.weakBecause.sequences],
    ['Password2024', passphraseText.weakBecause.similarToCommon],
  ])('refuses %j with the reason', async (weak, reason) => {
    const strength = await checkPassphraseStrength(weak);
    expect(strength.ok).toBe(false);
    if (!strength.ok) expect(strength.reason).toBe(passphraseText.weak(reason));
  });

  it('accepts three random words', async () => {
    expect(await checkPassphraseStrength('harbour violet tractor')).toMatchObject({ ok: true });
  });

  it('the form refuses a weak passphrase on the passphrase field, and accepts a strong one', async () => {
    const weak = await newPassphraseSchema.safeParseAsync({ passphrase: 'password123', confirm: 'password123' });
    expect(weak.success).toBe(false);
    expect(weak.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['passphrase', passphraseText.weak(passphraseText.weakBecause.common)],
    ]);
    const strong = await newPassphraseSchema.safeParseAsync({ passphrase: 'harbour violet tractor', confirm: 'harbour violet tractor' });
    expect(strong.success).toBe(true);
  });

  it('a short passphrase gets only the length message', async () => {
    const short = await newPassphraseSchema.safeParseAsync({ passphrase: 'abc', confirm: 'abc' });
    expect(short.error?.issues.map((issue) => issue.message)).toEqual([lengthText.tooShort]);
  });
});
