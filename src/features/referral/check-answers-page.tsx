import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { parseSection, referralSections, sectionStatus } from '../../../forms/referral-form.schema';
import { sectionRows } from '../../../forms/referral-document';
import { referralText } from '../../content/referral.content';
import { consentRecordFrom } from './consent-state';
import { consentSummaryRows } from './referral-export';
import { useReferral } from './referral-store';
import { ReferralPage } from './referral-page';
import { preparePdf } from '../../pdf/download-pdf';
import { useProfile } from '../../profile/profile-context';
import { effectiveRecipients, loadSettings } from './settings';
import { useReferralDocument } from './use-referral-document';

/**
 * Who the referral is addressed to while it is only being prepared here, when no recipient is set
 * yet (they are set on the export page): a PDF built for preparation is thrown away, never shown.
 */
const PREPARATION_RECIPIENTS = ['recipients@example.org'];

/**
 * The page before the export: gets the referral's first PDF export ready at idle (the PDF code,
 * this referral's fonts, one build thrown away: src/pdf/download-pdf.ts), so the click on the
 * export page does not pay for it. Only once the referral is complete enough to export.
 */
function usePreparedExport(): void {
  const profile = useProfile();
  const recipients = useMemo(() => {
    const set = effectiveRecipients(loadSettings(), profile).sendTo;
    return set.length > 0 ? set : PREPARATION_RECIPIENTS;
  }, [profile]);
  const { document } = useReferralDocument(recipients);
  useEffect(() => {
    if (document) preparePdf(document);
  }, [document]);
}

/** "Check your answers": every section as the export will show it, with a change link per section. */
export function CheckAnswersPage() {
  const { state } = useReferral();
  usePreparedExport();
  return (
    <ReferralPage back={{ to: '/referral', label: referralText.backToTasks }} tabTitle={referralText.checkTitle} title={referralText.checkTitle}>
      {referralSections.map((section) => {
        const parsed = parseSection(section.id, state.draft.sections[section.id]);
        const href = `/referral/section/${section.id}`;
        return (
          <section key={section.id} aria-labelledby={`check-${section.id}`}>
            <h2 className="heading-m" id={`check-${section.id}`}>
              {`${section.letter}. ${referralText.sectionTitles[section.id]}`}
            </h2>
            {parsed.success ? (
              <AnswerList rows={sectionRows(section.id, parsed.data as never)} href={href} />
            ) : (
              <p className="body">
                <strong className={`tag tag--${sectionStatus(state.draft, section.id)}`}>{referralText.status[sectionStatus(state.draft, section.id)]}</strong>{' '}
                <Link to={href}>{referralText.completeSection(section.letter)}</Link>
              </p>
            )}
          </section>
        );
      })}
      <ConsentSummary />
      <Link to="/referral/export" className="button">
        {referralText.continueToExport}
      </Link>
    </ReferralPage>
  );
}

/** The consent and basis record as the referral will state it, with a change link to the consent questions. */
function ConsentSummary() {
  const { state } = useReferral();
  const record = consentRecordFrom(state.consent);
  const href = '/referral/consent';
  return (
    <section aria-labelledby="check-consent">
      <h2 className="heading-m" id="check-consent">
        {referralText.consentHeading}
      </h2>
      {record ? (
        <AnswerList rows={consentSummaryRows(record)} href={href} />
      ) : (
        <p className="body">
          <Link to={href}>{referralText.completeConsent}</Link>
        </p>
      )}
    </section>
  );
}

/** Answers as a summary list, each with a change link to the page that asks it; line breaks kept. */
function AnswerList({ rows, href }: { rows: readonly { label: string; value: string; field?: string }[]; href: string }) {
  return (
    <dl className="summary-list">
      {rows.map((row) => (
        <div className="summary-list__row summary-list__row--actions" key={row.field ?? row.label}>
          <dt className="summary-list__key">{row.label}</dt>
          <dd className="summary-list__value pre-wrap">{row.value || referralText.notGiven}</dd>
          <dd className="summary-list__actions">
            <Link to={href}>
              {referralText.change}
              <span className="visually-hidden"> {row.label}</span>
            </Link>
          </dd>
        </div>
      ))}
    </dl>
  );
}
