import { z } from 'zod/mini';
import { addTransformIssue } from './transform-issue';

/**
 * Telephone numbers and email addresses: strict enough that a referral can be followed up, written
 * the ways people in the UK write them. Pure functions say what is wrong (for tests and for any
 * later, more specific message); the zod schemas turn that into one GOV.UK-style message.
 */

export const PHONE_MESSAGE = 'Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192';
export const PHONE_MISSING_MESSAGE = 'Enter a telephone number';
export const EMAIL_MESSAGE = 'Enter an email address in the correct format, like name@example.com';
export const EMAIL_MISSING_MESSAGE = 'Enter an email address';

/**
 * Characters nobody can see that come along when a number or address is copied from an email
 * signature, Teams or Word: zero-width spaces and joiners, bidirectional marks, the byte-order mark
 * and the soft hyphen. They can never be part of a number or an address, and the user could not
 * find them to delete them, so they are removed before checking rather than reported.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const SPACES = /[\u00A0\u2007\u202F\s]+/g;

export type PhoneProblem =
  | 'empty'
  /** Letters anywhere, including "ext" and words like "mobile". */
  | 'letters'
  /** Anything other than digits, spaces, hyphens, one pair of brackets and a leading +. */
  | 'characters'
  /** 101, 999, 111, 116 123: numbers for services, not a way to reach a person. */
  | 'short-code'
  | 'too-short'
  | 'too-long'
  /** The right length but not a UK number: a missing 0, an unused range (04, 06) or a 07 with 10 digits. */
  | 'not-uk';

export type PhoneCheck =
  | {
      ok: true;
      kind: 'uk' | 'international';
      /** As typed, with invisible characters removed and runs of spaces made one. */
      value: string;
      /** E.164 form, e.g. +447700900982: for comparing and for tel: links. */
      e164: string;
    }
  | { ok: false; problem: PhoneProblem };

/** UK numbers by their second digit: how many digits the whole national number (with its 0) has. */
const ukLengths: Record<string, readonly number[]> = {
  '1': [10, 11], // most geographic numbers are 11; a few areas still have 10 (e.g. 016977 x xxx)
  '2': [11],
  '3': [11],
  '5': [10, 11],
  '7': [11],
  '8': [10, 11], // 0800 numbers can be 10 or 11 digits
  '9': [11],
};

function checkUkNational(national: string): PhoneProblem | null {
  if (national.length < 10) return 'too-short';
  if (national.length > 11) return 'too-long';
  const lengths = ukLengths[national.charAt(1)];
  if (!lengths || !lengths.includes(national.length)) return 'not-uk';
  return null;
}

/**
 * A telephone number a person can be reached on. Accepts "01632 960 001", "(01632) 960001",
 * "07700-900-123", "+44 7700 900123", "+44 (0)7700 900123", "0044 7700 900123", "0800 789 321" and
 * international numbers written with + or 00 and 8 to 15 digits. Refuses letters, stray characters,
 * short codes such as 101 and 999, and numbers with too few or too many digits.
 */
export function checkPhone(raw: string): PhoneCheck {
  const value = raw.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
  if (value === '') return { ok: false, problem: 'empty' };
  if (/\p{L}/u.test(value)) return { ok: false, problem: 'letters' };
  if (!/^[+(\d](?:[\d ()-]*\d)?$/.test(value) || /-{2,}/.test(value)) return { ok: false, problem: 'characters' };
  const opens = value.split('(').length - 1;
  const closes = value.split(')').length - 1;
  if (opens > 1 || closes > 1 || opens !== closes || (opens === 1 && !/\(\s*\d[\d ]*\)/.test(value))) {
    return { ok: false, problem: 'characters' };
  }

  const international = value.startsWith('+') || value.startsWith('00');
  // "+44 (0)20 …": the bracketed 0 is the trunk prefix dialled from inside the country.
  const digits = (international ? value.replace(/\(\s*0\s*\)/, '') : value).replace(/\D/g, '');

  if (!international) {
    if (!digits.startsWith('0')) return { ok: false, problem: digits.length <= 6 ? 'short-code' : 'not-uk' };
    const problem = checkUkNational(digits);
    return problem ? { ok: false, problem } : { ok: true, kind: 'uk', value, e164: `+44${digits.slice(1)}` };
  }

  const withCountry = value.startsWith('+') ? digits : digits.slice(2);
  if (withCountry.startsWith('0')) return { ok: false, problem: 'characters' };
  if (withCountry.startsWith('44')) {
    const national = `0${withCountry.slice(2)}`;
    // "+44 07700 …" is a 0 too many: the national number never starts 00 after +44.
    if (national.startsWith('00')) return { ok: false, problem: 'not-uk' };
    const problem = checkUkNational(national);
    return problem ? { ok: false, problem } : { ok: true, kind: 'uk', value, e164: `+${withCountry}` };
  }
  if (withCountry.length < 8) return { ok: false, problem: 'too-short' };
  if (withCountry.length > 15) return { ok: false, problem: 'too-long' };
  return { ok: true, kind: 'international', value, e164: `+${withCountry}` };
}

export const isValidPhone = (raw: string) => checkPhone(raw).ok;

export type EmailProblem = 'empty' | 'spaces' | 'too-long' | 'at-sign' | 'local-part' | 'domain';
export type EmailCheck = { ok: true; value: string } | { ok: false; problem: EmailProblem };

// Letters and digits in any script (internationalised addresses) and the printable ASCII symbols
// RFC 5322 allows unquoted. Quoted local parts ("john smith"@…) are legal but never seen in practice.
const LOCAL_ATOM = /^[\p{L}\p{M}\p{N}!#$%&'*+/=?^_`{|}~-]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;
const TOP_LEVEL = /^(?:[\p{L}\p{M}]{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/**
 * A strict-but-practical email check: one @, a local part of 1 to 64 characters without leading,
 * trailing or double dots, a domain with at least one dot whose labels are letters, digits and
 * hyphens, a top-level domain of letters, no spaces anywhere, and no more than 254 characters.
 */
export function checkEmail(raw: string): EmailCheck {
  const value = raw.replace(INVISIBLE, '').trim();
  if (value === '') return { ok: false, problem: 'empty' };
  if (/\s/.test(value)) return { ok: false, problem: 'spaces' };
  if (value.length > 254) return { ok: false, problem: 'too-long' };
  const parts = value.split('@');
  if (parts.length !== 2) return { ok: false, problem: 'at-sign' };
  const [local, domain] = parts as [string, string];
  if (local.length < 1 || local.length > 64 || !local.split('.').every((atom) => LOCAL_ATOM.test(atom))) {
    return { ok: false, problem: 'local-part' };
  }
  const labels = domain.split('.');
  if (domain.length > 253 || labels.length < 2 || !labels.every((label) => DOMAIN_LABEL.test(label)) || !TOP_LEVEL.test(labels.at(-1) ?? '')) {
    return { ok: false, problem: 'domain' };
  }
  return { ok: true, value };
}

export const isValidEmail = (raw: string) => checkEmail(raw).ok;

function contactSchema<P extends string>(
  check: (raw: string) => { ok: true; value: string } | { ok: false; problem: P | 'empty' },
  messages: { missing: string; format: string },
  optional: boolean,
) {
  return z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const result = check(raw);
      if (result.ok) return result.value;
      if (result.problem === 'empty') {
        if (optional) return '';
        addTransformIssue(ctx, messages.missing);
      } else {
        addTransformIssue(ctx, messages.format);
      }
      return z.NEVER;
    }),
  );
}

const phoneMessages = { missing: PHONE_MISSING_MESSAGE, format: PHONE_MESSAGE };
const emailMessages = { missing: EMAIL_MISSING_MESSAGE, format: EMAIL_MESSAGE };

/** A required telephone number; outputs the number as typed, tidied. */
export const phoneSchema = contactSchema(checkPhone, phoneMessages, false);
/** A telephone number that may be left blank (outputs ''), checked when given. */
export const optionalPhoneSchema = contactSchema(checkPhone, phoneMessages, true);
/** A required email address; outputs the address as typed, trimmed. */
export const emailSchema = contactSchema(checkEmail, emailMessages, false);
/** An email address that may be left blank (outputs ''), checked when given. */
export const optionalEmailSchema = contactSchema(checkEmail, emailMessages, true);
