import { describe, expect, it } from 'vitest';
import {
  EMAIL_MESSAGE,
  EMAIL_MISSING_MESSAGE,
  PHONE_MESSAGE,
  PHONE_MISSING_MESSAGE,
  checkEmail,
  checkPhone,
  emailSchema,
  isValidEmail,
  isValidPhone,
  optionalEmailSchema,
  optionalPhoneSchema,
  phoneSchema,
} from './contact-checks';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? null : result.error?.issues[0]?.message);

describe('a telephone number a person can be reached on', () => {
  it.each([
    ['01632 960 001', '+441632960001'],
    ['(01632) 960001', '+441632960001'],
    ['01632960001', '+441632960001'],
    ['020 7946 0958', '+442079460958'],
    ['07700 900123', '+447700900123'],
    ['07700-900-123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['+447700900123', '+447700900123'],
    ['+44 (0)7700 900123', '+447700900123'],
    ['+44 (0)20 7946 0958', '+442079460958'],
    ['0044 7700 900123', '+447700900123'],
    ['0044 (0)1632 960001', '+441632960001'],
    ['+44 808 157 0192', '+448081570192'],
    ['0800 789 321', '+44800789321'],
    ['0800 0324539', '+448000324539'],
    ['016977 4321', '+44169774321'],
    ['0300 123 4567', '+443001234567'],
    ['+1 202 555 0100', '+12025550100'],
    ['+33 (0)1 23 45 67 89', '+33123456789'],
    ['0033 1 23 45 67 89', '+33123456789'],
    ['+353 1 234 5678', '+35312345678'],
    ['\u00a007700\u00a0900123\u200b ', '+447700900123'],
  ])('accepts %j', (raw, e164) => {
    const result = checkPhone(raw);
    expect(result).toMatchObject({ ok: true, e164 });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['101', 'short-code'],
    ['999', 'short-code'],
    ['111', 'short-code'],
    ['116 123', 'short-code'],
    ['07700 900123 ext 12', 'letters'],
    ['mobile 07700 900123', 'letters'],
    ['O77OO 9OO123', 'letters'],
    ['07700*900123', 'characters'],
    ['07700.900.123', 'characters'],
    ['07700 900123#', 'characters'],
    ['07700 / 900123', 'characters'],
    ['07700--900123', 'characters'],
    ['07700 900123-', 'characters'],
    ['44+7700900123', 'characters'],
    ['((01632)) 960001', 'characters'],
    ['01632) 960001', 'characters'],
    ['()01632 960001', 'characters'],
    ['+0 1234 5678', 'characters'],
    ['07700 900', 'too-short'],
    ['0163 296', 'too-short'],
    ['07700 900 1234', 'too-long'],
    ['07700 90012', 'not-uk'],
    ['020 7946 095', 'not-uk'],
    ['0400 123 4567', 'not-uk'],
    ['0600 123 4567', 'not-uk'],
    ['7700 900123', 'not-uk'],
    ['+44 07700 900123', 'not-uk'],
    ['+44 7700 9001', 'too-short'],
    ['+1 555 010', 'too-short'],
    ['+1', 'too-short'],
    ['+1 202 555 0100 1234 5', 'too-long'],
  ])('refuses %j (%s)', (raw, problem) => {
    expect(checkPhone(raw)).toEqual({ ok: false, problem });
    expect(isValidPhone(raw)).toBe(false);
  });

  it('keeps the number as the user wrote it, tidied', () => {
    expect(phoneSchema.parse('  07700   900123 ')).toBe('07700 900123');
    expect(phoneSchema.parse('(01632) 960001')).toBe('(01632) 960001');
  });

  it('gives one message with examples for any badly written number, and asks for a missing one', () => {
    expect(messageOf(phoneSchema.safeParse('101'))).toBe(PHONE_MESSAGE);
    expect(messageOf(phoneSchema.safeParse('0770O 900123'))).toBe(PHONE_MESSAGE);
    expect(messageOf(phoneSchema.safeParse(''))).toBe(PHONE_MISSING_MESSAGE);
    expect(PHONE_MESSAGE).toBe('Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192');
  });

  it('lets an optional number be left blank but still checks one that is given', () => {
    expect(optionalPhoneSchema.parse('  ')).toBe('');
    expect(messageOf(optionalPhoneSchema.safeParse('999'))).toBe(PHONE_MESSAGE);
  });
});

describe('an email address', () => {
  it.each([
    'name@example.com',
    'first.last@nhs.net',
    'first.last+prevent@example.co.uk',
    "o'brien@example.org",
    'a_b-c@sub-domain.example.com',
    'jürgen@bücher.de',
    'user@xn--bcher-kva.example',
    `${'a'.repeat(64)}@example.com`,
  ])('accepts %j', (raw) => {
    expect(checkEmail(raw)).toEqual({ ok: true, value: raw });
  });

  it.each([
    ['', 'empty'],
    ['name example.com', 'spaces'],
    ['name@exa mple.com', 'spaces'],
    ['name\t@example.com', 'spaces'],
    [`${'a'.repeat(64)}@eeee.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.com`, 'too-long'],
    ['name.example.com', 'at-sign'],
    ['name@@example.com', 'at-sign'],
    ['a@b@example.com', 'at-sign'],
    ['@example.com', 'local-part'],
    [`${'a'.repeat(65)}@example.com`, 'local-part'],
    ['.name@example.com', 'local-part'],
    ['name.@example.com', 'local-part'],
    ['na..me@example.com', 'local-part'],
    ['"name"@example.com', 'local-part'],
    ['name<script>@example.com', 'local-part'],
    ['name\u0007@example.com', 'local-part'],
    ['name@', 'domain'],
    ['name@example', 'domain'],
    ['name@example.', 'domain'],
    ['name@.example.com', 'domain'],
    ['name@example..com', 'domain'],
    ['name@-example.com', 'domain'],
    ['name@example-.com', 'domain'],
    ['name@exa_mple.com', 'domain'],
    ['name@example.c', 'domain'],
    ['name@example.123', 'domain'],
    ['name@[192.168.0.1]', 'domain'],
  ])('refuses %j (%s)', (raw, problem) => {
    expect(checkEmail(raw)).toEqual({ ok: false, problem });
    expect(isValidEmail(raw)).toBe(false);
  });

  it('removes invisible characters copied from a signature and trims', () => {
    expect(emailSchema.parse(' \u200bname@example.com\u200e ')).toBe('name@example.com');
  });

  it('gives the GOV.UK message with an example, and asks for a missing one', () => {
    expect(messageOf(emailSchema.safeParse('name@example'))).toBe('Enter an email address in the correct format, like name@example.com');
    expect(messageOf(emailSchema.safeParse('name@example'))).toBe(EMAIL_MESSAGE);
    expect(messageOf(emailSchema.safeParse(' '))).toBe(EMAIL_MISSING_MESSAGE);
  });

  it('lets an optional address be left blank but still checks one that is given', () => {
    expect(optionalEmailSchema.parse('')).toBe('');
    expect(messageOf(optionalEmailSchema.safeParse('name@'))).toBe(EMAIL_MESSAGE);
  });
});
