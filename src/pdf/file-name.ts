import type { ReferralDocument } from '../../forms/document';

/**
 * e.g. "prevent-referral-PP-20261123-4F7Q.pdf" for the referral and
 * "prevent-internal-record-PP-20261123-4F7Q.pdf" for the internal decision record: the reference
 * only, never a name.
 */
export function referralFileName(doc: ReferralDocument): string {
  const reference = doc.reference
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const stem = doc.training ? 'prevent-referral-training' : doc.kind === 'internal-record' ? 'prevent-internal-record' : 'prevent-referral';
  return reference ? `${stem}-${reference}.pdf` : `${stem}.pdf`;
}
