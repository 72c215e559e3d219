import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { settingsLinkText } from '../content/profile.content';
import { uiText } from '../content/ui.content';
import { HideScreen, SessionSlot } from './session-slot';
import { Frame } from './frame';
import { UpdateNotice } from '../pwa/update-notice';
import { useProfile } from '../features/profile/profile-context';

/** The app shell: the shared frame with the organisation, the lock controls, the update notice and settings. */
function Shell({ children }: { children: ReactNode }) {
  const profile = useProfile();
  return (
    <Frame
      home={
        <Link className="header__name" to="/">
          {uiText.appName}
        </Link>
      }
      header={
        <>
          <span className="header__organisation">{profile.name}</span>
          <div className="header__controls no-print">
            <SessionSlot />
            <HideScreen />
          </div>
        </>
      }
      afterPanel={<UpdateNotice />}
      footer={
        <p>
          <Link to="/settings">{settingsLinkText}</Link>
        </p>
      }
    >
      {children}
    </Frame>
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
