/**
 * A document as labelled rows in sections: what the referral form, the consent record and the
 * decision log become before they are drawn, as a PDF (src/pdf) or as the accessible HTML view.
 * Plain data, already in words: yes/no answers as "Yes" / "No", dates as DD/MM/YYYY.
 */
export interface DocRow {
  /** The field's label as the national form words it. */
  label: string;
  /** The answer as text; may contain newlines. An empty string is shown as "Not given". */
  value: string;
  /** Where the value came from, for warnings: e.g. "individual.forenames". */
  field?: string;
}

export interface DocSection {
  /** E.g. "B. INDIVIDUAL’S BIOGRAPHICAL & CONTACT DETAILS". */
  heading: string;
  /** Paragraphs printed under the heading before the rows (static form text). */
  intro?: readonly string[];
  rows: readonly DocRow[];
}

export interface DocTable {
  heading: string;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

export interface ReferralDocument {
  /** Goes in the PDF's title metadata after the marking, e.g. "National Prevent Referral Form". */
  title: string;
  /** The protective marking, printed at the top and bottom of every page: always "OFFICIAL-SENSITIVE". */
  marking: 'OFFICIAL-SENSITIVE';
  /** An optional descriptor after the marking where local policy uses one, e.g. "PERSONAL DATA". */
  descriptor?: string;
  /** A reference with no personal data in it, used in the file name: e.g. "PP-20261123-4F7Q". */
  reference: string;
  /** ISO timestamp of generation. */
  generatedAt: string;
  /** The form version id the data was entered against. */
  formVersion: string;
  sections: readonly DocSection[];
  /** Appendices: the consent and lawful-basis record, then the decision log. */
  appendices: readonly (DocSection | DocTable)[];
  /** Training mode: a watermark on every page; never a real referral. */
  training?: boolean;
}

export const NOT_GIVEN = 'Not given';
