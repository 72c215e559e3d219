import { useEffect, useSyncExternalStore } from 'react';
import { draftSession, type SessionState } from '../../storage/draft-session';

/** This tab's draft session, re-rendering on every change; starts it (opens IndexedDB) on first use. */
export function useDraftSession(): SessionState {
  useEffect(() => void draftSession.start(), []);
  // The server snapshot is the same state: the build prerenders a fresh session, and the page takes
  // over that HTML only when its session is just as fresh (matchesPrerender in src/app/routes.tsx).
  return useSyncExternalStore(draftSession.subscribe, draftSession.getState, draftSession.getState);
}

/** "Leave site?" while closing the tab would lose work (WCAG-friendly: the browser's own dialog). */
export function useLeaveWarning(state: SessionState) {
  const atRisk = state.mode !== 'unlocked' || state.fault !== null || state.conflict !== null;
  useEffect(() => {
    if (!atRisk) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!draftSession.hasUnsavedWork()) return;
      event.preventDefault();
      // Older browsers show nothing without returnValue set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [atRisk]);
}
