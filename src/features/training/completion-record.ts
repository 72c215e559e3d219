import { z } from 'zod/mini';
import type { ReferralDocument } from '../../../forms/document';
import { citeSource } from '../../../forms/source-citation';
import { completionText } from '../../content/training-record.content';

/**
 * The record that a session took place (domain-spec §5.6): the date, the framework levels covered
 * and who attended, each with the refresher dates seed 000 sets ("annual updates and three-yearly
 * refresher training", 000 §5–11). Pure functions: nothing is stored unless the trainer saves it.
 */

export const recordLevels = ['1', '2', '3', '4', '5', '6'] as const;
export type RecordLevel = (typeof recordLevels)[number];

/** Generous bounds: a record kept as a draft or read from a hand-over file is never larger than a real session's. */
const MAX_ATTENDEES = 2000;
const MAX_TEXT = 500;

/**
 * The record as it is kept (an encrypted draft, a hand-over file) and checked when it comes back: the
 * same schema the page's record has, so a draft that does not pass it is refused, not guessed at.
 */
export const completionRecordSchema = z.strictObject({
  /** The session date, YYYY-MM-DD (empty while the trainer has not given one). */
  date: z.union([z.literal(''), z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))]),
  levels: z.readonly(z.array(z.enum(recordLevels)).check(z.maxLength(recordLevels.length))),
  /** Names or staff numbers, one per attendee. */
  attendees: z.readonly(z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT))).check(z.maxLength(MAX_ATTENDEES))),
  /** Optional: the trainer's own note of what was covered (scenarios, checks). */
  covered: z.string().check(z.maxLength(MAX_TEXT)),
});
export type CompletionRecord = z.infer<typeof completionRecordSchema>;

/** A kept record read back (a draft reopened, a hand-over file): the record, or null when it is not one. */
export function parseCompletionRecord(data: unknown): CompletionRecord | null {
  const parsed = completionRecordSchema.safeParse(data);
  return parsed.success && new Set(parsed.data.levels).size === parsed.data.levels.length ? parsed.data : null;
}

/**
 * Attendees typed or pasted: one a line, or separated by semicolons or tabs (a spreadsheet column or
 * row). Commas are kept: "Okafor, Ada" is one name.
 */
export function parseAttendees(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[\n\r;\t]+/)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter((name) => {
      const key = name.toLowerCase();
      if (!name || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** A date N years on, YYYY-MM-DD; 29 February falls back to 28 February. */
export function yearsAfter(date: string, years: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return '';
  const year = Number(match[1]) + years;
  const month = Number(match[2]);
  let day = Number(match[3]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) day = lastDay;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Annual update and three-yearly refresher due dates (000 §5–11; 003). */
export const refresherDates = (date: string) => ({ annualUpdate: yearsAfter(date, 1), refresher: yearsAfter(date, 3) });

/** One quoted CSV field (RFC 4180); a leading =, +, - or @ is prefixed so a spreadsheet never runs it as a formula. */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per attendee per level: date, level, attendee, annual update due, refresher due. */
export function completionCsv(record: CompletionRecord): string {
  const { annualUpdate, refresher } = refresherDates(record.date);
  const header = completionText.csvColumns;
  const rows = record.attendees.flatMap((attendee) => record.levels.map((level) => [record.date, level, attendee, annualUpdate, refresher]));
  return [[header.date, header.level, header.attendee, header.annualUpdate, header.refresher], ...rows]
    .map((row) => row.map(csvField).join(','))
    .join('\r\n')
    .concat('\r\n');
}

/** Counts by level for the quarterly return: attendees trained at each level, names left out. */
export function countsByLevel(records: readonly CompletionRecord[]): Record<RecordLevel, number> {
  const counts = Object.fromEntries(recordLevels.map((level) => [level, 0])) as Record<RecordLevel, number>;
  for (const record of records) for (const level of record.levels) counts[level] += record.attendees.length;
  return counts;
}

/** DD/MM/YYYY, as the exports print dates. */
export const ukDate = (date: string) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date.split('-').reverse().join('/') : date);

/** The completion record as a document for the PDF builder: marked OFFICIAL (real staff, no case), never named a referral. */
export function completionDocument(record: CompletionRecord, generatedAt: Date): ReferralDocument {
  const { annualUpdate, refresher } = refresherDates(record.date);
  const text = completionText.pdf;
  const counts = countsByLevel([record]);
  return {
    title: text.title(ukDate(record.date)),
    // Real staff names and dates, nothing about a case: OFFICIAL, and no "fictional" watermark.
    marking: 'OFFICIAL',
    fileStem: 'prevent-training-record',
    reference: `RECORD-${record.date.replace(/-/g, '')}`,
    generatedAt: generatedAt.toISOString(),
    formVersion: 'training-record-1',
    sections: [
      {
        heading: text.sessionHeading,
        intro: [text.intro],
        rows: [
          { label: text.rows.date, value: ukDate(record.date) },
          { label: text.rows.levels, value: record.levels.map((level) => completionText.levelName(level)).join(', ') },
          { label: text.rows.covered, value: record.covered || text.none },
          { label: text.rows.annualUpdate, value: ukDate(annualUpdate) },
          { label: text.rows.refresher, value: ukDate(refresher) },
          { label: text.rows.source, value: citeSource('000 §5–11') },
          {
            label: text.rows.counts,
            value:
              recordLevels
                .filter((level) => counts[level] > 0)
                .map((level) => `${completionText.levelName(level)}: ${counts[level]}`)
                .join('; ') || text.none,
          },
        ],
      },
    ],
    appendices: [
      {
        heading: text.attendeesHeading,
        columns: [text.columns.attendee, text.columns.levels, text.columns.annualUpdate, text.columns.refresher],
        rows: record.attendees.map((attendee) => [attendee, record.levels.join(', '), ukDate(annualUpdate), ukDate(refresher)]),
      },
    ],
    appendicesRunOn: true,
  };
}
