/** How long a task waits for a frame and idle time at most. */
export const AFTER_PAINT_LATEST_MS = 100;

/** A task waiting for the next paint: `flush` runs it now (if it has not run), `cancel` drops it. */
export interface AfterPaint {
  flush: () => void;
  cancel: () => void;
}

/**
 * Runs `task` once the browser has drawn the next frame and has nothing more urgent to do (an idle
 * period), or after `latestMs` at the latest: a tab in the background draws no frames, and some
 * browsers have no idle callbacks.
 */
export function afterNextPaint(task: () => void, latestMs = AFTER_PAINT_LATEST_MS): AfterPaint {
  let done = false;
  const timer = setTimeout(() => run(), latestMs);
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    task();
  };
  if (typeof requestAnimationFrame === 'function' && typeof requestIdleCallback === 'function')
    requestAnimationFrame(() => requestIdleCallback(run, { timeout: latestMs }));
  return {
    flush: run,
    cancel: () => {
      done = true;
      clearTimeout(timer);
    },
  };
}
