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
  /** Paragraphs printed under the heading before the table (e.g. why it was included). */
  intro?: readonly string[];
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/**
 * Which of the two documents made from the same data (legal-and-security §A.1 item 9): the referral,
 * sent to the police and the local authority, or the internal decision record, kept by the
 * organisation and never sent.
 */
export type DocumentKind = 'referral' | 'internal-record';

export interface ReferralDocument {
  /** The referral when absent (training documents and older callers). */
  kind?: DocumentKind;
  /** Goes in the PDF's title metadata after the marking, e.g. "National Prevent Referral Form". */
  title: string;
  /**
   * The marking printed at the top and bottom of every page: "OFFICIAL-SENSITIVE" for anything about
   * a Prevent concern; "TRAINING – FICTIONAL" for training material, which holds no real information;
   * "OFFICIAL" for a training completion record (staff names and dates, nothing about a case).
   */
  marking: 'OFFICIAL-SENSITIVE' | 'OFFICIAL' | typeof TRAINING_MARKING;
  /** An optional descriptor after the marking where local policy uses one, e.g. "PERSONAL DATA". */
  descriptor?: string;
  /** A reference with no personal data in it, used in the file name: e.g. "PP-20261123-4F7Q". */
  reference: string;
  /** ISO timestamp of generation. */
  generatedAt: string;
  /** The form version id the data was entered against. */
  formVersion: string;
  sections: readonly DocSection[];
  /** Parts that each start a page, after the sections: in the referral, only what the lead chose to include, with why. */
  appendices: readonly (DocSection | DocTable)[];
  /** What each appendix is called before its letter: "Appendix" when absent, "Annex" in the referral. */
  appendixName?: string;
  /** Appendices run on after what precedes them instead of each starting a page (the internal record's logs). */
  appendicesRunOn?: boolean;
  /** Training mode: a watermark on every page; never a real referral. */
  training?: boolean;
  /** How the file name starts where it is not a referral or internal record (never with "referral"), e.g. "prevent-training-session". */
  fileStem?: string;
}

/** The marking of training material: fictional, so not OFFICIAL-SENSITIVE. */
export const TRAINING_MARKING = 'TRAINING – FICTIONAL';

export const NOT_GIVEN = 'Not given';
