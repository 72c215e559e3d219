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
      keptModel && record.rationaleWordingApproved.trim() === MODEL_WORDING_NOTE ? approvedWordingNote(override, profile.name) : record.rationaleWordingApproved,
  };
}

/** The covering email's basis wording: the approved wording for the route, or the model wording (null when none is needed). */
export function approvedEmailBasisWording(record: ConsentRecord, profile: OrganisationProfile): string | null {
  const model = emailBasisWording(record);
  if (model === null) return null;
  return overrideFor(record, profile)?.text ?? model;
}
