import type { ConsentRecord } from '../../../forms/consent-record.schema';
import { rationaleRouteFor, type OrganisationProfile, type RationaleOverride } from '../../../forms/organisation-profile.schema';
import { emailBasisWording, MODEL_WORDING_NOTE, modelBasisParagraph } from '../../../machines/consent-rationale';
import { approvedWordingNote } from '../../content/profile.content';

/** The IG-approved wording the profile holds for this record's lawful-basis route, if any. */
export function overrideFor(record: ConsentRecord, profile: OrganisationProfile): RationaleOverride | null {
  const route = rationaleRouteFor[record.outcome];
  return (route && profile.rationaleOverrides?.[route]) || null;
}

/** The model basis paragraph the rationale opened with. */
const modelBasis = (record: ConsentRecord): string => modelBasisParagraph(record, record.subject);

/**
 * The record as exported under the organisation's IG-approved wording (issue 6): where the lead kept
 * the model basis paragraph, it is replaced by the approved one, and the model-wording note by who
 * approved it and when. A rationale the lead rewrote is theirs, and is left as written.
 */
export function withApprovedWording(record: ConsentRecord, profile: OrganisationProfile): ConsentRecord {
  const override = overrideFor(record, profile);
  if (!override) return record;
  const basis = modelBasis(record);
  const keptModel = basis !== '' && record.rationale.startsWith(basis);
  return {
    ...record,
    rationale: keptModel ? `${override.text}${record.rationale.slice(basis.length)}` : record.rationale,
    rationaleWordingApproved:
      keptModel && record.rationaleWordingApproved.trim() === MODEL_WORDING_NOTE
        ? approvedWordingNote(override, profile.name)
        : record.rationaleWordingApproved,
  };
}

/**
 * The covering email's basis wording (null when none is needed). Always the wording generated from the
 * record, sentence by sentence, as the referral prints it: the email leaves the building, so it may
 * say only what the record holds (legal-and-security §A.1 item 7). A profile's approved wording is a
 * fixed paragraph that cannot follow the record (whether the person was told, which Article 9
 * condition was chosen), so it stays in the internal record's rationale and never goes out.
 */
export function approvedEmailBasisWording(record: ConsentRecord, _profile: OrganisationProfile): string | null {
  return emailBasisWording(record);
}
