import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { settingsLinkText } from '../content/profile.content';
import { uiText } from '../content/ui.content';
import { HideScreen, SessionSlot } from './session-slot';
import { EmergencyPanel } from '../features/emergency/emergency-panel';
import { UpdateNotice } from '../pwa/update-notice';
import { useProfile } from '../features/profile/profile-context';

/** The app shell: skip link, header, the emergency panel on every page, main, footer. */
function Shell({ children }: { children: ReactNode }) {
  const profile = useProfile();
  return (
    <>
      <a className="skip-link" href="#main">
        {uiText.skipToMain}
      </a>
      <header className="header">
        <div className="width-container">
          <Link className="header__name" to="/">
            {uiText.appName}
          </Link>
          <span className="header__organisation">{profile.name}</span>
          <div className="header__controls no-print">
            <SessionSlot />
            <HideScreen />
          </div>
        </div>
      </header>
      <EmergencyPanel />
      <UpdateNotice />
      <div className="width-container">
        <main className="main" id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p>{uiText.footer}</p>
          <p>
            <Link to="/settings">{settingsLinkText}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}

export function Layout() {
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

/** While a page's code loads on a direct visit: the shell, with 999, is already there. */
export function LoadingPage() {
  return (
    <Shell>
      <p className="body" role="status">
        {uiText.loading}
      </p>
    </Shell>
  );
}
