import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-next-paint';

describe('afterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs once after the next frame and an idle period, and not again at the deadline', () => {
    const frames: FrameRequestCallback[] = [];
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idle.push(callback));
    const task = vi.fn();
    afterNextPaint(task);
    expect(task).not.toHaveBeenCalled();
    frames.shift()!(0);
    expect(task).not.toHaveBeenCalled();
    idle.shift()!({ didTimeout: false, timeRemaining: () => 10 });
    expect(task).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1_000);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at the deadline where no frame comes (a tab in the background)', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('requestIdleCallback', () => 0);
    const task = vi.fn();
    afterNextPaint(task, 200);
    vi.advanceTimersByTime(199);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('flush runs it now, once; cancel drops it', () => {
    const flushed = vi.fn();
    afterNextPaint(flushed).flush();
    expect(flushed).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    const waiting = afterNextPaint(cancelled);
    waiting.cancel();
    waiting.flush();
    vi.advanceTimersByTime(1_000);
    expect(flushed).toHaveBeenCalledTimes(1);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
