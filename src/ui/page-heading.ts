import { createContext, useEffect, useRef } from 'react';
import { uiText } from '../content/ui.content';

/**
 * The page the app opened on keeps focus at the top of the document, so the skip link and 999 are
 * the first Tabs; every later page moves focus to its h1, so a screen-reader user hears where they
 * are after each step (a single-page app does not reload the page). The first page is the first
 * heading drawn under its first title: a StrictMode re-run or a re-render keeps it the first.
 */
let firstPage: { ref: object; title: string } | null = null;
let moved = false;

export function usePageHeading(tabTitle: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${tabTitle} – ${uiText.appName}`;
    if (!moved) {
      firstPage ??= { ref, title: tabTitle };
      if (firstPage.ref === ref && firstPage.title === tabTitle) return;
      moved = true;
    }
    ref.current?.focus({ preventScroll: false });
  }, [tabTitle]);
  return ref;
}

/** Unit tests start each render as a later page (focus on the h1) unless they ask for a first load. */
export function resetPageFocus({ firstLoad }: { firstLoad: boolean }) {
  firstPage = null;
  moved = !firstLoad;
}

/** Where the error summary goes: first in `main`, above the back link and any guidance. */
export const ErrorSummarySlot = createContext<HTMLElement | null>(null);
