import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { referralText } from '../../content/referral.content';
import { viewText } from '../../content/referral-export.content';
import { ReferralPage } from './referral-page';
import { DocumentView } from './document-view';
import { useProfile } from '../../profile/profile-context';
import { effectiveRecipients, loadSettings } from './settings';
import { useReferralDocument } from './use-referral-document';

/**
 * /referral/view: the referral as accessible HTML, for screen readers and printing;
 * /referral/view?document=internal-record: the internal decision record, the same way.
 */
export function ReferralViewPage() {
  const [settings] = useState(loadSettings);
  const [params] = useSearchParams();
  const profile = useProfile();
  const sendTo = useMemo(() => effectiveRecipients(settings, profile).sendTo, [settings, profile]);
  const documents = useReferralDocument(sendTo);
  const internal = params.get('document') === 'internal-record';
  const document = internal ? documents.internalRecord : documents.document;
  return (
    <ReferralPage
      back={{ to: '/referral/export', label: referralText.backToExport }}
      tabTitle={internal ? viewText.internalTabTitle : viewText.tabTitle}
      title={internal ? viewText.internalTitle : viewText.title}
    >
      {document ? (
        <>
          <DocumentView document={document} />
          <button type="button" className="button no-print" onClick={() => window.print()}>
            {viewText.print}
          </button>
        </>
      ) : (
        <p className="body">
          {viewText.blocked} <Link to="/referral/export">{viewText.toExport}</Link>
        </p>
      )}
    </ReferralPage>
  );
}
