import type { ReactNode } from 'react';
import { uiText } from '../content/ui.content';
import { EmergencyPanel } from '../features/emergency/emergency-panel';

/**
 * The page frame every screen shares: skip link, header, the emergency panel, main, footer. Free of
 * the router and the profile, so the start-up error page (drawn before either exists) uses it too.
 */
export function Frame({ home, header, afterPanel, footer, children }: { home: ReactNode; header?: ReactNode; afterPanel?: ReactNode; footer?: ReactNode; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        {uiText.skipToMain}
      </a>
      <header className="header">
        <div className="width-container">
          {home}
          {header}
        </div>
      </header>
      <EmergencyPanel />
      {afterPanel}
      <div className="width-container">
        <main className="main" id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p>{uiText.footer}</p>
          {footer}
        </div>
      </footer>
    </>
  );
}
