import { useEffect, useState } from 'react';
import { revealText as text } from '../../content/training.content';

/**
 * The room's discussion timer: optional, started by the presenter, counting down on screen. It never
 * reveals anything by itself: only the presenter does.
 */
export function RevealTimer() {
  const [seconds, setSeconds] = useState<number | null>(null);
  useEffect(() => {
    if (seconds === null || seconds <= 0) return;
    const timer = setTimeout(() => setSeconds((left) => (left === null ? null : left - 1)), 1000);
    return () => clearTimeout(timer);
  }, [seconds]);
  const minutes = seconds === null ? '' : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <div className="reveal-timer" role="group" aria-label={text.timerLabel}>
      {text.timerChoices.map((choice) => (
        <button key={choice.seconds} type="button" className="trainer__button" onClick={() => setSeconds(choice.seconds)}>
          {choice.label}
        </button>
      ))}
      {seconds !== null && (
        <>
          <span className="reveal-timer__time" role="timer" aria-live="off">
            {seconds > 0 ? minutes : text.timeUp}
          </span>
          <button type="button" className="trainer__button" onClick={() => setSeconds(null)}>
            {text.stopTimer}
          </button>
        </>
      )}
    </div>
  );
}
