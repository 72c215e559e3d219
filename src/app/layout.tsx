import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { uiText } from '../content/ui.content';
import { EmergencyPanel } from '../features/emergency/emergency-panel';

/** The app shell: skip link, header, the emergency panel on every page, main, footer. */
function Shell({ children }: { children: ReactNode }) {
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
        </div>
      </header>
      <EmergencyPanel />
      <div className="width-container">
        <main className="main" id="main" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="footer">
        <div className="width-container">
          <p>{uiText.footer}</p>
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
