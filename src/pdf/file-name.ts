import type { ReferralDocument } from '../../forms/document';

/**
 * e.g. "prevent-referral-PP-20261123-4F7Q.pdf" for the referral and
 * "prevent-internal-record-PP-20261123-4F7Q.pdf" for the internal decision record: the reference
 * only, never a name. Training documents: "prevent-training-session-TRAINING-S01-20261123-1105.pdf".
 */
export function referralFileName(doc: ReferralDocument): string {
  const reference = doc.reference
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  // Training material and records (fileStem) are never named a referral.
  const stem = doc.fileStem ?? (doc.training ? 'prevent-training' : doc.kind === 'internal-record' ? 'prevent-internal-record' : 'prevent-referral');
  return reference ? `${stem}-${reference}.pdf` : `${stem}.pdf`;
}
