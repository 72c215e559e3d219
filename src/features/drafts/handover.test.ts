// @vitest-environment node
// The hand-over file end to end: sealed by one "device", opened as a File by another (legal-and-security §E 1–4, 22).
import { describe, expect, it } from 'vitest';
import { createVault, encryptJson, MAX_ENVELOPE_BYTES } from '../../storage/crypto';
import type { StorageErrorCode } from '../../storage/storage-error';
import { initialEntry, storedJourney } from '../../journey/journey-storage';
import { newReferralState, storedReferral } from '../../storage/referral-storage';
import { handoverFileName, openHandover, sealHandover } from './handover';

const passphrase = 'harbour violet tractor';
const concern = storedJourney([initialEntry()]);
const referral = storedReferral(newReferralState(new Date(2026, 10, 23)));

const asFile = (text: string | Uint8Array) => new File([text as BlobPart], 'handover.prevent.json', { type: 'application/json' });

async function sealed(kind: 'concern' | 'referral', data: unknown) {
  const result = await sealHandover(kind, data, passphrase, new Date(2026, 10, 23));
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

async function expectRefused(file: Parameters<typeof openHandover>[0], code: StorageErrorCode, pass = passphrase) {
  const opened = await openHandover(file, pass);
  expect(opened.ok ? 'opened' : opened.error.code).toBe(code);
  if (!opened.ok) expect(opened.error.action).toMatch(/Nothing on this device has been changed|Check you chose/);
}

describe('the hand-over file', () => {
  it('names the kind and the date, never the person', async () => {
    expect(handoverFileName('referral', new Date(2026, 0, 5))).toBe('prevent-pathway-referral-2026-01-05.prevent.json');
    const file = await sealed('concern', concern);
    expect(file.name).toBe('prevent-pathway-concern-2026-11-23.prevent.json');
    expect(file.text.startsWith('{"format":"PREVENT-PATHWAY","version":1,"kind":"concern"')).toBe(true);
  });

  it.each([
    ['concern', concern],
    ['referral', referral],
  ] as const)('opens on another device exactly as it was sealed: %s (§E 22)', async (kind, data) => {
    const file = await sealed(kind, data);
    const opened = await openHandover(asFile(file.text), passphrase);
    expect(opened).toEqual({ ok: true, value: { kind, data: JSON.parse(JSON.stringify(data)) } });
  });

  it('a wrong passphrase, five times, gives the same clear message each time (§E 3)', async () => {
    const file = asFile((await sealed('concern', concern)).text);
    for (let attempt = 0; attempt < 5; attempt++) await expectRefused(file, 'wrong-passphrase-or-tampered', `wrong passphrase ${attempt}`);
    expect((await openHandover(file, passphrase)).ok).toBe(true);
  });

  it('one flipped byte in the ciphertext is refused, nothing opened (§E 1)', async () => {
    const { text } = await sealed('referral', referral);
    const at = text.indexOf('"ciphertext":"') + 20;
    const flipped = text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    await expectRefused(asFile(flipped), 'wrong-passphrase-or-tampered');
  });

  it('lowered iterations are refused before any decryption (§E 4)', async () => {
    const { text } = await sealed('concern', concern);
    await expectRefused(asFile(text.replace('"iterations":600000', '"iterations":1')), 'below-policy');
  });

  it('a file from a newer version of the app is refused with "newer version" (envelope or content)', async () => {
    const { text } = await sealed('concern', concern);
    await expectRefused(asFile(text.replace('"version":1', '"version":2')), 'newer-version');
    const vault = await createVault(passphrase);
    const newer = await encryptJson(vault, 'concern', { schemaVersion: 3, id: 'x', kind: 'concern', revision: 1, updatedAt: '', data: concern });
    await expectRefused(asFile(newer.ok ? newer.value : ''), 'newer-version');
  });

  it('an oversized file is refused without being read', async () => {
    let read = false;
    const huge = { size: MAX_ENVELOPE_BYTES + 1, arrayBuffer: async () => ((read = true), new ArrayBuffer(0)) };
    await expectRefused(huge, 'too-large');
    expect(read).toBe(false);
  });

  it('an unrelated file is told apart from a damaged one', async () => {
    await expectRefused(asFile('%PDF-1.7 not a hand-over file'), 'not-a-prevent-file');
    await expectRefused(asFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])), 'not-a-prevent-file');
    const { text } = await sealed('concern', concern);
    await expectRefused(asFile(text.slice(0, text.length / 2)), 'corrupt');
  });

  it('content that decrypts but is not a record is refused by the schemas (§E 2)', async () => {
    const vault = await createVault(passphrase);
    for (const data of [{ version: 1, entries: [{ step: 'start', snapshot: { value: 'nowhere' } }] }, { version: 1, state: { reference: '<script>' } }, null]) {
      const payload = { schemaVersion: 2, id: 'x', kind: 'concern', revision: 1, updatedAt: '', data };
      const file = await encryptJson(vault, 'concern', payload);
      await expectRefused(asFile(file.ok ? file.value : ''), 'invalid-content');
    }
  });

  it('the device check record is not a hand-over file', async () => {
    const vault = await createVault(passphrase);
    const check = await encryptJson(vault, 'vault-check', { purpose: 'vault-check' });
    await expectRefused(asFile(check.ok ? check.value : ''), 'not-a-prevent-file');
  });
});
