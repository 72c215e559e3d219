import { useState, type ReactNode } from 'react';
import { uiText } from '../content/ui.content';
import { EmergencyPanel } from '../features/emergency/emergency-panel';
import { ErrorSummarySlot } from '../ui/page-heading';
import { ExitThisPage } from './exit-this-page';

/**
 * The page frame every screen shares, on the NHS.UK design system: skip link, header (service name,
 * organisation, the NHS logo only for an entitled organisation), the emergency band, main (its first
 * child the error summary's place), footer, and "Exit this page". Free of the router and the
 * profile, so the start-up error page (drawn before either exists) uses it too.
 */
export function Frame({
  home,
  header,
  afterPanel,
  footer,
  logo,
  children,
}: {
  home: ReactNode;
  header?: ReactNode;
  afterPanel?: ReactNode;
  footer?: ReactNode;
  logo?: ReactNode;
  children: ReactNode;
}) {
  const [summarySlot, setSummarySlot] = useState<HTMLElement | null>(null);
  return (
    <>
      <a className="nhsuk-skip-link" href="#main">
        {uiText.skipToMain}
      </a>
      <ExitThisPage />
      <header className="nhsuk-header header" role="banner">
        <div className="nhsuk-header__container nhsuk-width-container">
          <div className="nhsuk-header__service">
            {logo}
            {home}
          </div>
          {header}
        </div>
      </header>
      <EmergencyPanel />
      {afterPanel}
      <div className="nhsuk-width-container">
        <main className="main" id="main" tabIndex={-1}>
          <div ref={setSummarySlot} />
          <ErrorSummarySlot value={summarySlot}>{children}</ErrorSummarySlot>
        </main>
      </div>
      <footer className="nhsuk-footer footer" role="contentinfo">
        <div className="nhsuk-width-container">
          <div className="nhsuk-footer__meta footer__meta">
            <p className="nhsuk-body-s">{uiText.footer}</p>
            {footer}
          </div>
        </div>
      </footer>
    </>
  );
}
