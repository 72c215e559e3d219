import type { Phase } from '../../../machines/concern.machine';
import { pathwayText } from '../../content/concern.content';

const phases: readonly Phase[] = ['NOTICE', 'CHECK', 'SHARE'];

/** NOTICE, CHECK, SHARE with the current phase marked (004 App 3); emergency steps stand apart. */
export function Progress({ phase }: { phase: Phase | null }) {
  if (phase === null) {
    return (
      <p className="progress progress--emergency">
        <strong>{pathwayText.emergencyPhase}</strong>
      </p>
    );
  }
  const currentIndex = phases.indexOf(phase);
  return (
    <nav aria-label={pathwayText.progressLabel}>
      <ol className="progress">
        {phases.map((name, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'todo';
          return (
            <li key={name} className={`progress__phase progress__phase--${state}`} aria-current={state === 'current' ? 'step' : undefined}>
              {name}
              {state !== 'todo' && <span className="visually-hidden"> {state === 'done' ? pathwayText.phaseDone : pathwayText.phaseCurrent}</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
