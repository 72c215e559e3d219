import { useState } from 'react';
import { Link } from 'react-router';
import { referralText, viewText } from '../../content/referral.content';
import { usePageHeading } from '../../ui/page-heading';
import { DocumentView } from './document-view';
import { loadSettings } from './settings';
import { useReferralDocument } from './use-referral-document';

/** /referral/view: the referral as accessible HTML, for screen readers and printing. */
export function ReferralViewPage() {
  const heading = usePageHeading(viewText.tabTitle);
  const [settings] = useState(loadSettings);
  const { document } = useReferralDocument(settings.recipients);
  return (
    <>
      <Link to="/referral/export" className="back-link no-print">
        {referralText.backToExport}
      </Link>
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {viewText.title}
      </h1>
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
    </>
  );
}
