import { Suspense, type ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { settingsLinkText } from '../content/profile.content';
import { uiText } from '../content/ui.content';
import { HideScreen, SessionSlot } from './session-slot';
import { Frame } from './frame';
import { UpdateNotice } from '../pwa/update-notice';
import { useProfile, useProfileChecked } from '../features/profile/profile-context';

/** The app shell: the shared frame with the organisation, the lock controls, the update notice and settings. */
function Shell({ children }: { children: ReactNode }) {
  const profile = useProfile();
  // Until the start-up check is done the national default stands in: its name is not shown, so the
  // header never flashes one organisation's name before another's.
  const checked = useProfileChecked();
  return (
    <Frame
      home={
        <Link className="header__name" to="/">
          {uiText.appName}
        </Link>
      }
      header={
        <>
          <span className="header__organisation">{checked ? profile.name : null}</span>
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
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </Shell>
  );
}

/** While a page's code loads: the shell, with 999, is already there. */
function Loading() {
  return (
    <p className="body" role="status">
      {uiText.loading}
    </p>
  );
}
