import { Link, Outlet } from 'react-router';
import { uiText } from '../content/ui.content';
import { EmergencyPanel } from '../features/emergency/emergency-panel';

/** The app shell: skip links, header, the emergency panel on every page, main, footer. */
export function Layout() {
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
          <Outlet />
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
