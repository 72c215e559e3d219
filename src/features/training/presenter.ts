import { useEffect } from 'react';
import { ZOOM, type TrainingSession } from './session-store';

export interface PresenterActions {
  back: (() => void) | null;
  forward: (() => void) | null;
  restart: () => void;
  toggleFullScreen: () => void;
  toggleNotes: () => void;
  zoom: (change: 'in' | 'out' | 'reset') => void;
}

/** Typing in a field, or choosing a radio with the arrow keys, is never a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

/** The shortcuts listed on screen: ← → R F N + − 0. */
export function usePresenterKeys(actions: PresenterActions) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const act = (action: (() => void) | null) => {
        if (!action) return;
        event.preventDefault();
        action();
      };
      switch (event.key) {
        case 'ArrowLeft':
          return act(actions.back);
        case 'ArrowRight':
          return act(actions.forward);
        case 'r':
        case 'R':
          return act(actions.restart);
        case 'f':
        case 'F':
          return act(actions.toggleFullScreen);
        case 'n':
        case 'N':
          return act(actions.toggleNotes);
        case '+':
        case '=':
          return act(() => actions.zoom('in'));
        case '-':
        case '_':
        case '−':
          return act(() => actions.zoom('out'));
        case '0':
          return act(() => actions.zoom('reset'));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}

export function nextZoom(zoom: number, change: 'in' | 'out' | 'reset'): number {
  if (change === 'reset') return ZOOM.initial;
  const next = zoom + (change === 'in' ? ZOOM.step : -ZOOM.step);
  return Math.min(ZOOM.max, Math.max(ZOOM.min, next));
}

/**
 * Full screen with the Fullscreen API; where the browser refuses (or has no API), the presentation
 * layout alone (no header or footer, full width), and the trainer is told to press F11.
 */
export async function toggleFullScreen(session: TrainingSession): Promise<void> {
  const { presenting } = session.getSnapshot().presenter;
  if (document.fullscreenElement) {
    await document.exitFullscreen().catch(() => undefined);
    return;
  }
  if (!presenting && document.fullscreenEnabled && typeof document.documentElement.requestFullscreen === 'function') {
    try {
      await document.documentElement.requestFullscreen();
      session.setPresenter({ presenting: true, fallback: false });
      return;
    } catch {
      // Refused (no user gesture, a policy, an embedded frame): fall back to the layout.
    }
  }
  session.setPresenter({ presenting: !presenting, fallback: !presenting });
}

/** Leaving full screen with Esc (or the browser's own controls) ends presenting too. */
export function useFullScreenSync(session: TrainingSession) {
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement && !session.getSnapshot().presenter.fallback) session.setPresenter({ presenting: false });
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [session]);
}
