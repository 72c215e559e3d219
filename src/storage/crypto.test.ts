// @vitest-environment node
// Node's WebCrypto wants this realm's typed arrays, not jsdom's.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ENVELOPE_FORMAT,
  IV_BYTES,
  MAX_ENVELOPE_BYTES,
  PBKDF2_MIN_ITERATIONS,
  createVault,
  decryptJson,
  deriveKey,
  encryptJson,
  fromBase64,
  openEnvelope,
  toBase64,
  type Vault,
} from './crypto';
import type { Result, StorageErrorCode } from './storage-error';

const passphrase = 'correct horse battery staple';
const record = { name: 'Jordan Ellis', concern: 'Repeated comments supporting violence', notes: 'ü 名字 🙂' };

type Mutable = {
  version: number;
  kind: string;
  kdf: { name: string; iterations: number; salt: string };
  cipher: { name: string; iv: string };
  ciphertext: string;
};

function tamper(envelope: string, change: (e: Mutable) => void): string {
  const parsed = JSON.parse(envelope) as Mutable;
  change(parsed);
  return JSON.stringify(parsed);
}

function flipByte(base64: string, index = 0): string {
  const bytes = fromBase64(base64)!;
  bytes[index] = bytes[index]! ^ 0x01;
  return toBase64(bytes);
}

function expectError(result: Result<unknown>, code: StorageErrorCode) {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(20);
  expect(result.error.action.length).toBeGreaterThan(20);
  expect(result).not.toHaveProperty('value');
}

function sealed(result: Result<string>): string {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('encrypting a record with a passphrase', () => {
  let vault: Vault;
  let envelope: string;

  beforeAll(async () => {
    vault = await createVault(passphrase);
    envelope = sealed(await encryptJson(vault, 'concern', record));
  });

  it('round-trips with the in-memory key', async () => {
    expect(await decryptJson(vault, envelope)).toEqual({ ok: true, value: record });
  });

  it('round-trips from the passphrase alone, as on another device (hand-over file)', async () => {
    expect(await decryptJson(passphrase, envelope)).toEqual({ ok: true, value: record });
  });

  it('reads the same envelope from a file’s bytes or ArrayBuffer', async () => {
    const bytes = new TextEncoder().encode(envelope);
    expect(await decryptJson(vault, bytes)).toEqual({ ok: true, value: record });
    expect(await decryptJson(vault, bytes.buffer)).toEqual({ ok: true, value: record });
  });

  it('writes a self-describing header with the policy parameters and no plaintext', () => {
    expect(envelope.startsWith(`{"format":"${ENVELOPE_FORMAT}","version":1,"kind":"concern"`)).toBe(true);
    const opened = openEnvelope(envelope);
    expect(opened.ok && opened.value.header.kdf).toMatchObject({ name: 'PBKDF2-HMAC-SHA-256', iterations: PBKDF2_MIN_ITERATIONS });
    expect(opened.ok && opened.value.salt.byteLength).toBe(16);
    expect(opened.ok && opened.value.iv.byteLength).toBe(IV_BYTES);
    expect(envelope).not.toContain('Jordan');
    expect(envelope).not.toContain(btoa('Jordan'));
  });

  it('uses a fresh IV each time: the same value encrypts differently', async () => {
    const again = sealed(await encryptJson(vault, 'concern', record));
    expect(again).not.toBe(envelope);
    const ivs = [envelope, again].map((e) => (JSON.parse(e) as Mutable).cipher.iv);
    expect(ivs[0]).not.toBe(ivs[1]);
  });

  it('derives a key that cannot be exported', async () => {
    expect(vault.key.extractable).toBe(false);
    expect(vault.key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    expect([...vault.key.usages].sort()).toEqual(['decrypt', 'encrypt']);
    await expect(crypto.subtle.exportKey('raw', vault.key)).rejects.toThrow();
    await expect(crypto.subtle.exportKey('jwk', vault.key)).rejects.toThrow();
  });

  it('refuses to derive a key below policy', async () => {
    await expect(deriveKey(passphrase, new Uint8Array(16), 1)).rejects.toThrow(RangeError);
    await expect(deriveKey(passphrase, new Uint8Array(8), PBKDF2_MIN_ITERATIONS)).rejects.toThrow(RangeError);
  });

  describe('a changed envelope is rejected, with nothing returned (§E case 1)', () => {
    it('one flipped ciphertext byte, at the start or in the tag', async () => {
      expectError(
        await decryptJson(
          vault,
          tamper(envelope, (e) => (e.ciphertext = flipByte(e.ciphertext))),
        ),
        'wrong-passphrase-or-tampered',
      );
      const last = fromBase64((JSON.parse(envelope) as Mutable).ciphertext)!.byteLength - 1;
      expectError(
        await decryptJson(
          vault,
          tamper(envelope, (e) => (e.ciphertext = flipByte(e.ciphertext, last))),
        ),
        'wrong-passphrase-or-tampered',
      );
    });

    it('a flipped IV byte', async () => {
      expectError(
        await decryptJson(
          vault,
          tamper(envelope, (e) => (e.cipher.iv = flipByte(e.cipher.iv))),
        ),
        'wrong-passphrase-or-tampered',
      );
    });

    it('a changed kind (the header is authenticated)', async () => {
      expectError(
        await decryptJson(
          vault,
          tamper(envelope, (e) => (e.kind = 'referral')),
        ),
        'wrong-passphrase-or-tampered',
      );
    });

    it('a changed salt of the same length, with the key or the passphrase', async () => {
      const changed = tamper(envelope, (e) => (e.kdf.salt = flipByte(e.kdf.salt)));
      expectError(await decryptJson(vault, changed), 'wrong-passphrase-or-tampered');
      expectError(await decryptJson(passphrase, changed), 'wrong-passphrase-or-tampered');
    });

    it('a raised iteration count', async () => {
      expectError(
        await decryptJson(
          vault,
          tamper(envelope, (e) => (e.kdf.iterations += 1)),
        ),
        'wrong-passphrase-or-tampered',
      );
    });
  });

  describe('parameters below policy are refused before any key is derived (§E case 4)', () => {
    it.each([
      ['iterations = 1', (e: Mutable) => (e.kdf.iterations = 1)],
      ['iterations one below the floor', (e: Mutable) => (e.kdf.iterations = PBKDF2_MIN_ITERATIONS - 1)],
      ['an 8-byte salt', (e: Mutable) => (e.kdf.salt = toBase64(new Uint8Array(8)))],
      ['an empty salt', (e: Mutable) => (e.kdf.salt = '')],
      ['an unknown KDF', (e: Mutable) => (e.kdf.name = 'PBKDF2-HMAC-SHA-1')],
      ['an unknown cipher', (e: Mutable) => (e.cipher.name = 'AES-CBC-256')],
      ['a 16-byte IV', (e: Mutable) => (e.cipher.iv = toBase64(new Uint8Array(16)))],
      ['envelope version 0', (e: Mutable) => (e.version = 0)],
    ])('%s → below-policy, for the key and the passphrase', async (_label, change) => {
      const changed = tamper(envelope, change);
      expectError(openEnvelope(changed), 'below-policy');
      expectError(await decryptJson(vault, changed), 'below-policy');
      expectError(await decryptJson(passphrase, changed), 'below-policy');
    });

    it('an absurd iteration count (would hang the tab) → corrupt', async () => {
      expectError(
        await decryptJson(
          passphrase,
          tamper(envelope, (e) => (e.kdf.iterations = 1e12)),
        ),
        'corrupt',
      );
    });
  });

  it('a file from a newer version of the app → newer-version', async () => {
    expectError(
      await decryptJson(
        passphrase,
        tamper(envelope, (e) => (e.version = 2)),
      ),
      'newer-version',
    );
  });

  it('a wrong passphrase, five times → the same generic error each time, the envelope unchanged (§E case 3)', async () => {
    const before = envelope;
    const attempts = await Promise.all(['wrong', 'Correct horse battery staple', '', passphrase + ' ', 'hunter2'].map((p) => decryptJson(p, envelope)));
    for (const attempt of attempts) expectError(attempt, 'wrong-passphrase-or-tampered');
    expect(new Set(attempts.map((a) => !a.ok && a.error.message)).size).toBe(1);
    expect(envelope).toBe(before);
  });

  describe('files that are not ours, or are damaged', () => {
    it('a PNG → not-a-prevent-file', async () => {
      const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
      expectError(await decryptJson(passphrase, png), 'not-a-prevent-file');
    });

    it.each([
      ['random JSON', '{"name":"a spreadsheet","rows":[1,2,3]}'],
      ['plain text', 'Dear colleague,'],
      ['an empty file', ''],
      ['a JSON array', '[1,2]'],
    ])('%s → not-a-prevent-file', (_label, text) => expectError(openEnvelope(text), 'not-a-prevent-file'));

    it('JSON mentioning the magic string in another field → not-a-prevent-file', () => {
      expectError(openEnvelope('{"title":"PREVENT-PATHWAY notes"}'), 'not-a-prevent-file');
    });

    it('a file cut short → corrupt', () => {
      expectError(openEnvelope(envelope.slice(0, envelope.length / 2)), 'corrupt');
    });

    it('invalid base64 or a missing field → corrupt', () => {
      expectError(openEnvelope(tamper(envelope, (e) => (e.ciphertext = 'not base64!'))), 'corrupt');
      expectError(openEnvelope(tamper(envelope, (e) => (e.cipher.iv = `${e.cipher.iv}\n`))), 'corrupt');
      expectError(openEnvelope(tamper(envelope, (e) => delete (e as Partial<Mutable>).kdf)), 'corrupt');
      expectError(openEnvelope(tamper(envelope, (e) => (e.ciphertext = ''))), 'corrupt');
    });

    it('a file over 5 MB → too-large, before it is parsed', async () => {
      const big = new Uint8Array(MAX_ENVELOPE_BYTES + 1);
      expectError(await decryptJson(passphrase, big), 'too-large');
      expectError(openEnvelope(envelope + ' '.repeat(MAX_ENVELOPE_BYTES)), 'too-large');
    });

    it('a value too large to save → too-large, nothing written', async () => {
      expectError(await encryptJson(vault, 'concern', { text: 'x'.repeat(MAX_ENVELOPE_BYTES) }), 'too-large');
    });
  });

  describe('the decrypted content is untrusted input (§E case 2)', () => {
    it('is validated by a schema when one is given', async () => {
      const schema = z.object({ name: z.string(), concern: z.string(), notes: z.string() });
      expect(await decryptJson(vault, envelope, { schema })).toEqual({ ok: true, value: record });
      expectError(await decryptJson(vault, envelope, { schema: z.object({ reference: z.string() }) }), 'invalid-content');
    });

    it('drops __proto__ keys and keeps script as a plain string', async () => {
      const hostile = sealed(await encryptJson(vault, 'referral', JSON.parse('{"__proto__":{"polluted":true},"name":"<script>alert(1)</script>"}')));
      const result = await decryptJson(vault, hostile);
      expect(result).toEqual({ ok: true, value: { name: '<script>alert(1)</script>' } });
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(result.ok && result.value)).toBe(Object.prototype);
    });
  });
});

it('a passphrase pasted in another Unicode form (as from a password manager) still opens the file (§E case 5)', async () => {
  const decomposed = 'cafe\u0301 olé naïve'.normalize('NFD');
  const vault = await createVault(decomposed);
  const envelope = sealed(await encryptJson(vault, 'referral', { ok: 1 }));
  expect(await decryptJson(decomposed.normalize('NFC'), envelope)).toEqual({ ok: true, value: { ok: 1 } });
});
