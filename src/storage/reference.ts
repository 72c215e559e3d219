/** Letters and digits that cannot be mistaken for each other when read aloud or retyped. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * A reference for a referral: the date and four random characters, e.g. PP-20261123-4F7Q. It holds
 * no personal data, so it can name the PDF file and appear in an email subject.
 */
export function newReference(
  now: Date = new Date(),
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer> = (b) => crypto.getRandomValues(b),
): string {
  const date = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
  const suffix = [...random(new Uint8Array(4))].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
  return `PP-${date}-${suffix}`;
}

export const isReference = (value: string) => /^PP-\d{8}-[2-9A-HJ-NP-Z]{4}$/.test(value);
