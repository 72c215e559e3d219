import { useState, useSyncExternalStore, type ComponentType } from 'react';
import { lockText } from '../content/lock.content';

/**
 * The header's place for the draft session's controls (Lock now, the auto-lock warning). They live
 * with the drafts code, which loads only with a page that keeps records, so the first page stays
 * light: that code registers its component here when it loads.
 */
let Controls: ComponentType | null = null;
const listeners = new Set<() => void>();

export function registerSessionControls(component: ComponentType) {
  Controls = component;
  for (const listener of listeners) listener();
}

export function SessionSlot() {
  const Registered = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => Controls,
  );
  return Registered ? <Registered /> : null;
}

/**
 * "Hide screen": covers the page at once, for when someone walks up to the screen. Nothing is
 * closed or locked; one button (focused) brings the page back.
 */
export function HideScreen() {
  const [hidden, setHidden] = useState(false);
  return (
    <>
      <button type="button" className="header__button" onClick={() => setHidden(true)}>
        {lockText.hideScreen}
      </button>
      {hidden && (
        <div className="screen-cover" role="dialog" aria-modal="true" aria-labelledby="screen-cover-title">
          <h2 className="heading-m" id="screen-cover-title">
            {lockText.hiddenTitle}
          </h2>
          <p className="body">{lockText.hiddenBody}</p>
          {/* The cover's only control takes focus, so Enter or Space brings the page back. */}
          <button type="button" className="button" autoFocus onClick={() => setHidden(false)}>
            {lockText.showScreen}
          </button>
        </div>
      )}
    </>
  );
}
