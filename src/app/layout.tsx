import { Suspense, type ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { settingsLinkText } from '../content/profile.content';
import { uiText } from '../content/ui.content';
import { SessionSlot } from '../ui/session-slot';
import { lockText } from '../content/lock.content';
import { NhsLogo } from './nhs-logo';
import { Frame } from './frame';
import { UpdateNotice } from '../pwa/update-notice';
import { useProfile, useProfileChecked } from '../profile/profile-context';

/** The app shell: the shared frame with the organisation, the lock controls, the update notice and settings. */
function Shell({ children }: { children: ReactNode }) {
  const profile = useProfile();
  // Until the start-up check is done the national default stands in: its name is not shown, so the
  // header never flashes one organisation's name before another's.
  const checked = useProfileChecked();
  return (
    <Frame
      logo={checked && profile.nhsLogo ? <NhsLogo /> : null}
      home={
        <>
          <Link className="nhsuk-header__service-name" to="/">
            {uiText.appName}
          </Link>
          <span className="header__organisation">{checked ? profile.name : null}</span>
        </>
      }
      header={
        <div className="header__controls no-print">
          <SessionSlot />
        </div>
      }
      afterPanel={<UpdateNotice />}
      footer={
        <>
          <p className="nhsuk-body-s">{lockText.exitExplained}</p>
          <p className="nhsuk-body-s">
            <Link to="/settings">{settingsLinkText}</Link>
          </p>
        </>
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
    <p className="nhsuk-body" role="status">
      {uiText.loading}
    </p>
  );
}
