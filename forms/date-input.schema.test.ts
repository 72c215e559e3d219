import { describe, expect, it } from 'vitest';
import { formatUkDate, fromIsoDate, pastDateSchema, toIsoDate } from './date-input.schema';

const schema = pastDateSchema({ missing: 'Enter the date you noticed this', name: 'The date you noticed this' }, () => new Date(2026, 10, 23));
const messageFor = (day: string, month: string, year: string) => {
  const result = schema.safeParse({ day, month, year });
  return result.success ? null : result.error.issues[0]?.message;
};

describe('date entered as day, month and year', () => {
  it('accepts a real date in the past and today', () => {
    expect(messageFor('29', '2', '2024')).toBeNull();
    expect(messageFor('23', '11', '2026')).toBeNull();
  });
  it('asks for the date when nothing was entered', () => {
    expect(messageFor('', '', '')).toBe('Enter the date you noticed this');
  });
  it('names the missing part', () => {
    expect(messageFor('3', '', '2024')).toBe('The date you noticed this must include a month');
    expect(messageFor('', '', '2024')).toBe('The date you noticed this must include a day and month');
  });
  it('refuses 31 February, a 29 February outside a leap year, month 13 and letters', () => {
    for (const [d, m, y] of [
      ['31', '2', '2024'],
      ['29', '2', '2023'],
      ['1', '13', '2024'],
      ['a', '1', '2024'],
      ['0', '1', '2024'],
    ]) {
      expect(messageFor(d!, m!, y!)).toBe('The date you noticed this must be a real date');
    }
  });
  it('wants a four-figure year', () => {
    expect(messageFor('1', '1', '24')).toBe('The date you noticed this must include a year with 4 numbers, like 2024');
  });
  it('refuses a date in the future', () => {
    expect(messageFor('24', '11', '2026')).toBe('The date you noticed this must be today or in the past');
  });
  it('converts between the fields, ISO and DD/MM/YYYY', () => {
    expect(toIsoDate({ day: ' 7 ', month: '03', year: '2025' })).toBe('2025-03-07');
    expect(formatUkDate('2025-03-07')).toBe('07/03/2025');
    expect(fromIsoDate('2025-03-07')).toEqual({ day: '7', month: '3', year: '2025' });
    expect(formatUkDate('not a date')).toBe('');
  });
});
