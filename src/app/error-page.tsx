import { Component, type ReactNode } from 'react';
import { useRouteError } from 'react-router';
import { nationalContacts } from '../content/contacts';
import { errorText } from '../content/error.content';
import { forgetOpenDrafts } from '../storage/open-drafts';
import { usePageHeading } from '../ui/page-heading';

/**
 * Shown instead of a blank screen if anything fails while drawing a page. The emergency numbers
 * are repeated here because the panel above may be what failed.
 */
export function ErrorPage({ error }: { error: unknown }) {
  const heading = usePageHeading(errorText.tabTitle);
  const detail = error instanceof Error ? error.message : String(error ?? '');
  return (
    <div className="width-container">
      <main className="main" id="main">
        <h1 className="heading-l" tabIndex={-1} ref={heading}>
          {errorText.title}
        </h1>
        <p className="body">
          <a href={`tel:${nationalContacts.emergency.tel}`}>{errorText.call999}</a> {errorText.call999When} {nationalContacts.antiTerroristHotline.label}:{' '}
          <a href={`tel:${nationalContacts.antiTerroristHotline.tel}`}>{nationalContacts.antiTerroristHotline.number}</a>.
        </p>
        <p className="body">{errorText.body}</p>
        <button
          type="button"
          className="button"
          onClick={() => {
            forgetOpenDrafts();
            window.location.assign('/');
          }}
        >
          {errorText.startAgain}
        </button>
        {detail && (
          <p className="hint">
            {errorText.detailLabel} {detail}
          </p>
        )}
      </main>
    </div>
  );
}

/** The error page for a data router's errorElement (the component tests' memory routers). */
export function RouteErrorPage() {
  return <ErrorPage error={useRouteError()} />;
}

/** The app's boundary (main.tsx): anything thrown while drawing a page, or a page's code that would not load. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override render() {
    return this.state.failed ? <ErrorPage error={this.state.error} /> : this.props.children;
  }
}
