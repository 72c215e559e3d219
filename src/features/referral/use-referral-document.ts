import { useMemo } from 'react';
import { j3Answer, missingForExport } from '../../../forms/consent-record.schema';
import { getReferralSection, referralSchema, type ReferralSectionId } from '../../../forms/referral-form.schema';
import { exportPageText, exportText } from '../../content/referral-export.content';
import { useProfile } from '../../profile/profile-context';
import { withApprovedWording } from './rationale-override';
import { consentDecisionLog, consentRecordFrom } from './consent-state';
import { RECIPIENTS_PLACEHOLDER } from '../../../forms/referral-document';
import { readIncludedParts } from '../../storage/export-choices';
import { buildInternalRecordDocument, buildReferralDocument, type ReferralExportInput } from './referral-export';
import { useReferral } from './referral-store';

/** Where the recipients are set: the export page's own form. */
export const RECIPIENTS_HREF = '/referral/export#recipients-title';

export interface ExportProblem {
  text: string;
  href: string;
}

/**
 * The referral and the internal decision record, or what stops them: every problem in words the lead can act on,
 * each linking to where to fix it. Export is blocked until there are none, J3 included (the form's
 * "Have you informed the Individual…?" must agree with the consent record). The organisation
 * profile supplies the marking descriptor, the local contacts and any IG-approved rationale wording.
 */
export function useReferralDocument(recipients: readonly string[]) {
  const { state } = useReferral();
  const profile = useProfile();
  return useMemo(() => {
    const problems: ExportProblem[] = [];
    const parsed = referralSchema.safeParse(state.draft);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const id = issue.path[1] as ReferralSectionId | undefined;
        const section = id ? getReferralSection(id) : undefined;
        problems.push({
          text: section ? exportPageText.sectionProblem(section.letter, issue.message) : issue.message,
          href: section ? `/referral/section/${section.id}` : '/referral',
        });
      }
    }
    const consent = consentRecordFrom(state.consent);
    if (!consent) problems.push({ text: exportPageText.consentMissing, href: '/referral/consent' });
    else for (const text of missingForExport(consent)) problems.push({ text, href: '/referral/consent' });

    // Section A must name who the referral goes to, never the form's own placeholder.
    if (recipients.length === 0) problems.push({ text: exportPageText.noRecipient, href: RECIPIENTS_HREF });
    else if (recipients.some((line) => line.includes(RECIPIENTS_PLACEHOLDER) || /\[insert\b/i.test(line)))
      problems.push({ text: exportPageText.templateRecipient, href: RECIPIENTS_HREF });

    const j3 = state.draft.sections.safeguarding.informedIndividual;
    const j3FromRecord = consent ? j3Answer(consent) : null;
    const j3Mismatch = j3FromRecord !== null && j3.answer !== j3FromRecord;
    const input: ReferralExportInput | null =
      parsed.success && consent && problems.length === 0 && !j3Mismatch
        ? {
            referral: parsed.data,
            reference: state.reference,
            recipients,
            consent: withApprovedWording(consent, profile),
            consentLog: consentDecisionLog(state.consent).map((entry) => ({ ...entry, who: exportText.consentLogWho })),
            concernLog: state.concern?.log ?? [],
            generatedAt: new Date(),
            descriptor: profile.markingDescriptor,
            localContacts: { organisation: profile.name, contacts: profile.contacts },
            includedParts: readIncludedParts(state.includedParts),
          }
        : null;
    // Two documents from the same input: the referral that is sent, the internal record that is kept.
    const document = input && buildReferralDocument(input);
    const internalRecord = input && buildInternalRecordDocument(input);
    return { problems, consent, j3, j3FromRecord, j3Mismatch, document, internalRecord, hasPathwayLog: (input?.concernLog.length ?? 0) > 0 };
  }, [state.draft, state.consent, state.concern, state.reference, state.includedParts, recipients, profile]);
}
