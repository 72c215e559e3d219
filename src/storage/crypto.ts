import { z } from 'zod/mini';
import { IV_BYTES, MAX_ENVELOPE_BYTES } from './envelope-limits';
import { fail, ok, type Result } from './storage-error';

export { IV_BYTES, MAX_ENVELOPE_BYTES } from './envelope-limits';

/**
 * Passphrase-based encryption for drafts at rest and for the hand-over file, with WebCrypto only.
 *
 * Key: PBKDF2-HMAC-SHA-256 (≥ 600,000 iterations, OWASP Password Storage cheat sheet) from the
 * passphrase and a random salt, giving a NON-extractable AES-GCM-256 key that lives in memory only.
 * Each encryption: a fresh random 12-byte IV (never reused with a key, ASVS 11.3.4), and the header
 * (format, version, kind, KDF, salt, iterations, cipher) as associated data, so changing any of them
 * fails authentication just as a flipped ciphertext byte does.
 *
 * The envelope: one JSON object, ASCII only, "format" first so the magic string sits in the first
 * bytes of the file and an unrelated file is told apart from a damaged one:
 *
 *   {"format":"PREVENT-PATHWAY","version":1,"kind":"referral",
 *    "kdf":{"name":"PBKDF2-HMAC-SHA-256","iterations":600000,"salt":"<base64, 16 bytes>"},
 *    "cipher":{"name":"AES-GCM-256","iv":"<base64, 12 bytes>"},
 *    "ciphertext":"<base64: AES-GCM output, 16-byte tag at the end>"}
 *
 * The same string is an IndexedDB record's body and the hand-over file's content. Reading checks,
 * in order: size → magic → JSON → version → shape → algorithms and parameters against policy →
 * base64 → decryption → JSON of the plaintext. Stored data is untrusted input throughout.
 */

export const ENVELOPE_FORMAT = 'PREVENT-PATHWAY';
export const ENVELOPE_VERSION = 1;
export const KDF_NAME = 'PBKDF2-HMAC-SHA-256';
export const CIPHER_NAME = 'AES-GCM-256';
/** Policy floor: stored parameters below this are refused (OWASP; ASVS 5.0 appendix C). */
export const PBKDF2_MIN_ITERATIONS = 600_000;
/** What new vaults use; raise it over time, never lower it below the floor. */
export const PBKDF2_ITERATIONS = PBKDF2_MIN_ITERATIONS;
/** Far above anything this app writes: a file asking for more is damaged or hostile (it would hang the tab). */
export const PBKDF2_MAX_ITERATIONS = 10_000_000;
export const SALT_BYTES = 16;
export const MIN_SALT_BYTES = 16;
const GCM_TAG_BYTES = 16;
/** How far into a file the magic string is looked for. */
const MAGIC_WINDOW = 64;

export const envelopeKinds = ['concern', 'referral', 'request', 'training-record', 'vault-check'] as const;
export type EnvelopeKind = (typeof envelopeKinds)[number];

export interface EnvelopeHeader {
  format: typeof ENVELOPE_FORMAT;
  version: number;
  kind: EnvelopeKind;
  kdf: { name: string; iterations: number; salt: string };
  cipher: { name: string; iv: string };
}

export interface OpenedEnvelope {
  header: EnvelopeHeader;
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** A key and the parameters it was derived with; the passphrase itself is never kept. */
export interface Vault {
  readonly key: CryptoKey;
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly iterations: number;
}

export type EnvelopeInput = string | Uint8Array | ArrayBuffer;

const subtle = () => globalThis.crypto.subtle;

/** Derives a non-extractable AES-GCM-256 key. Throws on parameters below policy: callers check first. */
export async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  if (!meetsPolicy(salt.byteLength, iterations)) throw new RangeError('Key derivation parameters are below policy');
  // NFC so the same passphrase typed on another system (which may compose accents differently) still works.
  const material = await subtle().importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** A new vault: fresh random salt, policy iterations, key derived from the passphrase. */
export async function createVault(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<Vault> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const key = await deriveKey(passphrase, salt, iterations);
  return Object.freeze({ key, salt, iterations });
}

/** Re-derives the vault an envelope was sealed under, after checking its header against policy. */
export async function vaultForEnvelope(passphrase: string, envelope: EnvelopeInput): Promise<Result<Vault>> {
  const opened = openEnvelope(envelope);
  if (!opened.ok) return opened;
  const { salt, header } = opened.value;
  const key = await deriveKey(passphrase, salt, header.kdf.iterations);
  return ok(Object.freeze({ key, salt, iterations: header.kdf.iterations }));
}

/** Seals a JSON value. Fails only with 'too-large'; a value JSON cannot represent is a bug and throws. */
export async function encryptJson(vault: Vault, kind: EnvelopeKind, value: unknown): Promise<Result<string>> {
  const plaintext = JSON.stringify(value);
  if (plaintext === undefined) throw new TypeError('encryptJson: value is not representable as JSON');
  const plainBytes = new TextEncoder().encode(plaintext);
  // Base64 grows by 4/3; refuse early what could never be read back.
  if ((plainBytes.byteLength * 4) / 3 > MAX_ENVELOPE_BYTES) return fail('too-large', 'plaintext over limit');
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header: EnvelopeHeader = {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    kind,
    kdf: { name: KDF_NAME, iterations: vault.iterations, salt: toBase64(vault.salt) },
    cipher: { name: CIPHER_NAME, iv: toBase64(iv) },
  };
  const sealed = await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: associatedData(header), tagLength: 128 }, vault.key, plainBytes);
  const envelope = JSON.stringify({ ...header, ciphertext: toBase64(new Uint8Array(sealed)) });
  if (envelope.length > MAX_ENVELOPE_BYTES) return fail('too-large', 'envelope over limit');
  return ok(envelope);
}

export interface DecryptOptions<T> {
  /** Validates the decrypted value (a zod schema from forms/); failure gives 'invalid-content'. */
  schema?: z.ZodMiniType<T>;
}

/**
 * Opens and decrypts an envelope with the in-memory vault (drafts) or a passphrase (a hand-over
 * file from another device). Returns the whole value or an error, never part of it.
 */
export async function decryptJson<T = unknown>(keyOrPassphrase: Vault | string, envelope: EnvelopeInput, options: DecryptOptions<T> = {}): Promise<Result<T>> {
  const opened = openEnvelope(envelope);
  if (!opened.ok) return opened;
  const { header, salt, iv, ciphertext } = opened.value;
  let key: CryptoKey;
  if (typeof keyOrPassphrase === 'string') {
    key = await deriveKey(keyOrPassphrase, salt, header.kdf.iterations);
  } else {
    // Sealed under other parameters: this key cannot open it (and the header is authenticated anyway).
    if (keyOrPassphrase.iterations !== header.kdf.iterations || !equalBytes(keyOrPassphrase.salt, salt)) {
      return fail('wrong-passphrase-or-tampered', 'key parameters differ from envelope');
    }
    key = keyOrPassphrase.key;
  }
  let plainBytes: ArrayBuffer;
  try {
    plainBytes = await subtle().decrypt({ name: 'AES-GCM', iv, additionalData: associatedData(header), tagLength: 128 }, key, ciphertext);
  } catch {
    return fail('wrong-passphrase-or-tampered', 'authentication failed');
  }
  let value: unknown;
  try {
    // The plaintext is authenticated, but may still come from another device: no prototype keys.
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plainBytes), (k, v: unknown) => (k === '__proto__' ? undefined : v));
  } catch {
    return fail('corrupt', 'plaintext is not JSON');
  }
  if (!options.schema) return ok(value as T);
  const parsed = options.schema.safeParse(value);
  return parsed.success ? ok(parsed.data) : fail('invalid-content', 'schema validation failed');
}

const headerSchema = z.object({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  kind: z.enum(envelopeKinds),
  kdf: z.object({ name: z.string(), iterations: z.number(), salt: z.string() }),
  cipher: z.object({ name: z.string(), iv: z.string() }),
  ciphertext: z.string(),
});

/** Parses an envelope and checks it against policy without decrypting: the UI can say what is wrong before asking for a passphrase. */
export function openEnvelope(input: EnvelopeInput): Result<OpenedEnvelope> {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > MAX_ENVELOPE_BYTES) return fail('too-large', `${size} bytes`);
  const bytes = typeof input === 'string' ? null : input instanceof Uint8Array ? input : new Uint8Array(input);
  const start = typeof input === 'string' ? input.slice(0, MAGIC_WINDOW) : String.fromCharCode(...bytes!.subarray(0, MAGIC_WINDOW));
  if (!start.includes(ENVELOPE_FORMAT)) return fail('not-a-prevent-file', 'no magic string');
  let raw: unknown;
  try {
    const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(bytes!);
    raw = JSON.parse(text);
  } catch {
    return fail('corrupt', 'not JSON');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== ENVELOPE_FORMAT) {
    return fail('not-a-prevent-file', 'no format field');
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return fail('corrupt', 'version missing');
  if (version > ENVELOPE_VERSION) return fail('newer-version', `envelope version ${version}`);
  if (version < ENVELOPE_VERSION) return fail('below-policy', `envelope version ${version}`);
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) return fail('corrupt', 'header shape');
  const { ciphertext: body, ...header } = parsed.data;
  if (header.kdf.name !== KDF_NAME || header.cipher.name !== CIPHER_NAME) return fail('below-policy', 'unknown algorithm');
  const { iterations } = header.kdf;
  if (!Number.isSafeInteger(iterations) || iterations > PBKDF2_MAX_ITERATIONS) return fail('corrupt', 'iterations out of range');
  const salt = fromBase64(header.kdf.salt);
  const iv = fromBase64(header.cipher.iv);
  const ciphertext = fromBase64(body);
  if (!salt || !iv || !ciphertext) return fail('corrupt', 'bad base64');
  if (!meetsPolicy(salt.byteLength, iterations)) return fail('below-policy', 'weak key derivation');
  if (iv.byteLength !== IV_BYTES) return fail('below-policy', 'IV length');
  if (ciphertext.byteLength < GCM_TAG_BYTES) return fail('corrupt', 'ciphertext shorter than tag');
  return ok({ header, salt, iv, ciphertext });
}

function meetsPolicy(saltBytes: number, iterations: number): boolean {
  return saltBytes >= MIN_SALT_BYTES && Number.isSafeInteger(iterations) && iterations >= PBKDF2_MIN_ITERATIONS;
}

/** The header as authenticated data, in a fixed order so it serialises the same on every device. */
function associatedData(h: EnvelopeHeader): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify([h.format, h.version, h.kind, h.kdf.name, h.kdf.iterations, h.kdf.salt, h.cipher.name]));
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: spreading megabytes into one call overflows the stack.
  for (let i = 0; i < bytes.byteLength; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Strict, canonical base64 only (atob alone ignores whitespace and accepts some junk). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
