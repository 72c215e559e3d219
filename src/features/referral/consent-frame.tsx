import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { citeSource } from '../../../forms/source-citation';
import { isConsentEnd } from '../../../machines/consent.machine';
import { consentText, consentWizardText } from '../../content/consent.content';
import { uiText } from '../../content/ui.content';
import { Guidance } from '../../ui/step-guidance';
import { useConsentJourney } from './consent-journey';
import { StorageNotice } from './storage-notice';

/** What every consent page says in the frame, so the pages' own guidance need not repeat it. */
const framed: readonly string[] = [consentText.supportNotDecision, consentText.askIfUnsure];

/** True when the frame already says this on every page. */
export const saidByFrame = (text: string | undefined) => text !== undefined && framed.includes(text);

/** Paragraphs of a page's guidance, less what the frame already says; its don'ts as the NHS.UK Don't list. */
export function ConsentGuidance({ paragraphs }: { paragraphs?: readonly string[] }) {
  return <Guidance paragraphs={(paragraphs ?? []).filter((text) => !saidByFrame(text))} />;
}

/**
 * Every consent page: back link, the storage notices, the page (error summary, h1, hint, guidance,
 * fields, Continue), then, compactly, who decides and whom to ask, and the step's source.
 */
export function ConsentFrame({ source, children }: { source: string; children: ReactNode }) {
  const { step, backUrl, unreadable } = useConsentJourney();
  return (
    <>
      {isConsentEnd(step) ? null : (
        <Link to={backUrl} className="back-link">
          {uiText.back}
        </Link>
      )}
      <StorageNotice />
      {unreadable && (
        <div className="notification" role="status">
          <p>{consentWizardText.unreadable}</p>
        </div>
      )}
      {children}
      <aside className="inset-text consent-guidance" aria-label={consentWizardText.guidanceLabel}>
        <p className="body">
          {consentText.supportNotDecision} {consentText.askIfUnsure}
        </p>
      </aside>
      <p className="source">
        {consentWizardText.sourceLabel} {citeSource(`${source}; ${consentText.askIfUnsureSource}`)}
      </p>
    </>
  );
}
