import '../../pdf/node-test-env';
import { describe, expect, it } from 'vitest';
import { buildReferralPdf, referralFileName } from '../../pdf/build-referral-pdf';
import { createNodeFontLoader } from '../../pdf/node-font-loader';
import { nonEmptyLines, pdftotext } from '../../pdf/pdf-test-helpers';
import { completionCsv, completionDocument, countsByLevel, parseAttendees, refresherDates, type CompletionRecord } from './completion-record';

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF rows. Throws on anything else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') endField();
    else if (char === '\r' && text[index + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      index += 1;
    } else if (char === '"' || char === '\n') throw new Error(`Bad CSV at ${index}`);
    else field += char;
  }
  if (field !== '' || row.length > 0) throw new Error('The last row does not end with CRLF');
  return rows;
}

const record: CompletionRecord = {
  date: '2027-03-24',
  levels: ['3'],
  attendees: parseAttendees('A. Okafor\nStaff 40211; "Lee, Sam"\t=HYPERLINK("x")\n\nLee, Sam\nA. Okafor\n'),
  covered: 'S02 on the MSE model; level 3 knowledge check',
};

describe('the training completion record', () => {
  it('reads attendees typed or pasted: one a line, or separated by semicolons or tabs, each once; “Surname, Forename” stays one name', () => {
    expect(record.attendees).toEqual(['A. Okafor', 'Staff 40211', '"Lee, Sam"', '=HYPERLINK("x")', 'Lee, Sam']);
  });

  it('sets the annual update one year on and the refresher three years on (29 February falls back to the 28th)', () => {
    expect(refresherDates('2027-03-24')).toEqual({ annualUpdate: '2028-03-24', refresher: '2030-03-24' });
    expect(refresherDates('2028-02-29')).toEqual({ annualUpdate: '2029-02-28', refresher: '2031-02-28' });
  });

  it('exports a CSV that parses, one row per attendee and level, with the refresher dates; a formula is never live', () => {
    const rows = parseCsv(completionCsv({ ...record, levels: ['2', '3'] }));
    expect(rows[0]).toEqual(['Session date', 'Level', 'Attendee', 'Annual update due', 'Three-yearly refresher due']);
    expect(rows).toHaveLength(1 + 5 * 2);
    expect(rows.map((row) => row[2])).toContain('Lee, Sam');
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(5);
      expect(row[3]).toBe('2028-03-24');
      expect(row[4]).toBe('2030-03-24');
    }
    expect(rows.map((row) => row[2])).toContain('\'=HYPERLINK("x")');
    expect(rows.slice(1).map((row) => row[1])).toEqual(['2', '3', '2', '3', '2', '3', '2', '3', '2', '3']);
  });

  it('counts attendees by level for the quarterly return, with no names', () => {
    expect(countsByLevel([record, { ...record, levels: ['1', '3'], attendees: ['X'] }])).toEqual({ '1': 1, '2': 0, '3': 6, '4': 0, '5': 0, '6': 0 });
  });

  it('exports a PDF marked OFFICIAL on every page, with each refresher date, never named a referral', async () => {
    const doc = completionDocument(record, new Date('2027-03-24T12:00:00Z'));
    expect(referralFileName(doc)).toBe('prevent-training-record-RECORD-20270324.pdf');
    const pdf = await buildReferralPdf(doc, { loadFont: createNodeFontLoader() });
    const pages = pdftotext(pdf.bytes);
    for (const page of pages) {
      expect(nonEmptyLines(page)[0]).toBe('OFFICIAL');
      expect(nonEmptyLines(page).at(-1)).toBe('OFFICIAL');
    }
    const all = pages.join('\n');
    expect(all).not.toMatch(/OFFICIAL-SENSITIVE|referral/i);
    for (const expected of ['24/03/2028', '24/03/2030', 'Staff 40211', 'Level 3: 5']) expect(all).toContain(expected);
  });
});
