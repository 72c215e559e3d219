import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageHeading } from '../../ui/page-heading';
import { StorageNotice } from './storage-notice';

/** Every page of the lead's referral: a back link, the storage notice when needed, one focused h1. */
export function ReferralPage({
  back,
  tabTitle,
  title,
  caption,
  children,
}: {
  back?: { to: string; label: string };
  tabTitle: string;
  title: string;
  caption?: string;
  children: ReactNode;
}) {
  const heading = usePageHeading(tabTitle);
  return (
    <>
      {back && (
        <Link to={back.to} className="back-link no-print">
          {back.label}
        </Link>
      )}
      <StorageNotice />
      {caption && <span className="caption">{caption}</span>}
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </>
  );
}
