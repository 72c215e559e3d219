import { useEffect, useRef, useState } from 'react';
import { lockText } from '../../content/lock.content';
import { registerSessionControls } from '../../ui/session-slot';
import { draftSession } from '../../storage/draft-session';
import { useDraftSession } from './use-session';

/**
 * Auto-lock (issue 4.3; WCAG 2.2 SC 2.2.1 Timing Adjustable): after the chosen time without use the
 * key is forgotten and records are hidden behind the passphrase. A warning comes WARNING_SECONDS
 * before, with one button to stay; any key press or click also counts as use. The time is a
 * setting on this device (the drafts page), not personal data.
 */
export const lockAfterOptions = [5, 10, 15, 30, 60] as const;
export const DEFAULT_LOCK_MINUTES = 15;
export const WARNING_SECONDS = 60;
const KEY = 'prevent-pathway:lock-after-minutes';

export function loadLockMinutes(storage: Storage | undefined = globalThis.localStorage): number {
  try {
    const value = Number(storage?.getItem(KEY));
    return (lockAfterOptions as readonly number[]).includes(value) ? value : DEFAULT_LOCK_MINUTES;
  } catch {
    return DEFAULT_LOCK_MINUTES;
  }
}

export function saveLockMinutes(minutes: number, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, String(minutes));
  } catch {
    // The default applies.
  }
}

const activity = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/** Lock now, and the idle timer with its warning; shown in the header while unlocked. */
export function SessionControls() {
  const state = useDraftSession();
  const unlocked = state.mode === 'unlocked';
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const stayRef = useRef<HTMLButtonElement>(null);
  const lastUse = useRef(Date.now());

  useEffect(() => {
    if (!unlocked) return setSecondsLeft(null);
    const limitMs = loadLockMinutes() * 60_000;
    lastUse.current = Date.now();
    const used = () => {
      lastUse.current = Date.now();
    };
    for (const type of activity) window.addEventListener(type, used, { capture: true, passive: true });
    // Checked every second against the clock, so a sleeping laptop locks as soon as it wakes.
    const timer = setInterval(() => {
      const left = Math.ceil((limitMs - (Date.now() - lastUse.current)) / 1000);
      if (left <= 0) {
        setSecondsLeft(null);
        void draftSession.lock();
      } else setSecondsLeft(left <= WARNING_SECONDS ? left : null);
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const type of activity) window.removeEventListener(type, used, { capture: true });
    };
  }, [unlocked]);

  const warning = secondsLeft !== null;
  useEffect(() => {
    if (warning) stayRef.current?.focus();
  }, [warning]);

  if (!unlocked) return null;
  return (
    <>
      <button type="button" className="header__button" onClick={() => void draftSession.lock()}>
        {lockText.lockNow}
      </button>
      {warning && (
        <div className="lock-warning" role="alertdialog" aria-modal="false" aria-labelledby="lock-warning-title" aria-describedby="lock-warning-body">
          <h2 className="heading-s" id="lock-warning-title">
            {lockText.warningTitle}
          </h2>
          <p className="body" id="lock-warning-body">
            {lockText.warning(secondsLeft)}
          </p>
          <button
            ref={stayRef}
            type="button"
            className="button"
            onClick={() => {
              lastUse.current = Date.now();
              setSecondsLeft(null);
            }}
          >
            {lockText.stay}
          </button>
        </div>
      )}
    </>
  );
}

registerSessionControls(SessionControls);
