import { useEffect, useState } from 'react';
import { lockText } from '../content/lock.content';

const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;

/** Blank the page and its title at once, then replace it (not a new history entry: Back does not return here). */
export function exitThisPage() {
  document.title = '.';
  window.location.replace(lockText.exitTo);
}

/**
 * "Exit this page" (the GOV.UK pattern): fixed in view on every page; the button or Shift pressed
 * three times covers the page, clears its title and replaces it with a neutral site, so the title
 * and address go too. It replaces the old "Hide screen", which left the app one click away.
 */
export function ExitThisPage() {
  const [leaving, setLeaving] = useState(false);
  const leave = () => {
    setLeaving(true);
    exitThisPage();
  };

  useEffect(() => {
    let presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Shift') {
        presses = [];
        return;
      }
      if (event.repeat) return;
      const now = event.timeStamp;
      presses = [...presses.filter((at) => now - at < SHIFT_WINDOW_MS), now];
      if (presses.length >= SHIFT_PRESSES) {
        presses = [];
        setLeaving(true);
        exitThisPage();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="exit-this-page no-print">
      <button type="button" className="nhsuk-button nhsuk-button--warning exit-this-page__button" aria-describedby="exit-this-page-explained" onClick={leave}>
        {lockText.exitThisPage}
      </button>
      <span className="nhsuk-u-visually-hidden" id="exit-this-page-explained">
        {lockText.exitExplained}
      </span>
      {leaving && <div className="exit-this-page__cover" />}
    </div>
  );
}
