import { useEffect, useRef } from 'react';
import { uiText } from '../content/ui.content';

/**
 * Sets the tab title and moves focus to the page's h1 when the page appears, so a screen-reader
 * user hears where they are after each step (a single-page app does not reload the page).
 */
export function usePageHeading(tabTitle: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${tabTitle} – ${uiText.appName}`;
    ref.current?.focus({ preventScroll: false });
  }, [tabTitle]);
  return ref;
}
