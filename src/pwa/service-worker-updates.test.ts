import { afterEach, describe, expect, test, vi } from 'vitest';
import { FakeContainer, FakeWorker } from './fake-service-worker';
import { SKIP_WAITING } from './offline-routes';
import {
  applyUpdate,
  FIRST_PAINT_WAIT_MS,
  QUIET_MS,
  QUIET_WAIT_MAX_MS,
  resetForTests,
  startServiceWorker,
  subscribe,
  UPDATE_CHECK_MS,
  waitingWorker,
  watchRegistration,
} from './service-worker-updates';

afterEach(() => {
  resetForTests();
  vi.useRealTimers();
});

describe('a new version is waiting', () => {
  test('the first install (nothing controls the page yet) is not an update', () => {
    const container = new FakeContainer(null);
    watchRegistration(container.registration, container);
    container.registration.found().becomes('installed');
    expect(waitingWorker()).toBeNull();
  });

  test('a worker that installs while the old one controls the page is an update, and listeners hear of it', () => {
    const container = new FakeContainer(new FakeWorker());
    const heard = vi.fn();
    subscribe(heard);
    watchRegistration(container.registration, container);
    const worker = container.registration.found();
    expect(waitingWorker()).toBeNull();
    worker.becomes('installed');
    expect(waitingWorker()).toBe(worker);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  test('a worker already waiting when the page opens (an update found in another tab) is an update', () => {
    const container = new FakeContainer(new FakeWorker());
    const worker = new FakeWorker();
    worker.state = 'installed';
    container.registration.waiting = worker;
    watchRegistration(container.registration, container);
    expect(waitingWorker()).toBe(worker);
  });

  test('an unsubscribed listener hears nothing more', () => {
    const container = new FakeContainer(new FakeWorker());
    const heard = vi.fn();
    subscribe(heard)();
    watchRegistration(container.registration, container);
    container.registration.found().becomes('installed');
    expect(heard).not.toHaveBeenCalled();
  });
});

describe('Reload to update', () => {
  test('asks the waiting worker to take over, and reloads only once it has', () => {
    const container = new FakeContainer(new FakeWorker());
    watchRegistration(container.registration, container);
    const worker = container.registration.found();
    worker.becomes('installed');
    const reload = vi.fn();

    applyUpdate(reload);
    expect(worker.messages).toEqual([{ type: SKIP_WAITING }]);
    expect(reload).not.toHaveBeenCalled();

    container.takeOver(worker);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('a second click sends nothing more and reloads once', () => {
    const container = new FakeContainer(new FakeWorker());
    watchRegistration(container.registration, container);
    const worker = container.registration.found();
    worker.becomes('installed');
    const reload = vi.fn();
    applyUpdate(reload);
    applyUpdate(reload);
    container.takeOver(worker);
    expect(worker.messages).toHaveLength(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('the page never reloads on its own: a takeover it did not ask for does nothing', () => {
    const container = new FakeContainer(new FakeWorker());
    watchRegistration(container.registration, container);
    const worker = container.registration.found();
    worker.becomes('installed');
    const reload = vi.fn();
    container.takeOver(worker);
    expect(reload).not.toHaveBeenCalled();
    expect(worker.messages).toEqual([]);
  });

  test('with nothing waiting, does nothing', () => {
    const reload = vi.fn();
    applyUpdate(reload);
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('registering the worker', () => {
  const fakeWindow = (readyState: DocumentReadyState) => {
    const target = new EventTarget();
    const intervals: Array<{ run: () => void; ms: number }> = [];
    return {
      intervals,
      document: { readyState },
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
      load: () => target.dispatchEvent(new Event('load')),
      input: (type: 'pointerdown' | 'keydown') => target.dispatchEvent(new Event(type)),
      setInterval: ((run: () => void, ms: number) => intervals.push({ run, ms })) as unknown as Window['setInterval'],
      // The quiet wait is the next tests' subject: here it is over at once.
      setTimeout: ((run: () => void, ms: number) =>
        setTimeout(run, ms === FIRST_PAINT_WAIT_MS || ms === QUIET_WAIT_MAX_MS ? 60_000 : ms === QUIET_MS ? 0 : ms)) as unknown as Window['setTimeout'],
      clearTimeout: ((id: number) => clearTimeout(id)) as Window['clearTimeout'],
    };
  };

  test('waits for the page to load, registers /service-worker.js at the root once, then checks for updates hourly', async () => {
    const container = new FakeContainer(null);
    const win = fakeWindow('loading');
    startServiceWorker(container, win, Promise.resolve());
    startServiceWorker(container, win, Promise.resolve());
    expect(container.registered).toEqual([]);

    win.load();
    await vi.waitFor(() => expect(win.intervals).toHaveLength(1));
    expect(container.registered).toEqual([{ url: '/service-worker.js', options: { scope: '/' } }]);
    expect(win.intervals[0]!.ms).toBe(UPDATE_CHECK_MS);
    win.intervals[0]!.run();
    expect(container.registration.updateChecks).toBe(1);
  });

  test('registers at once when the page has already loaded, and watches for updates', async () => {
    const container = new FakeContainer(new FakeWorker());
    startServiceWorker(container, fakeWindow('complete'), Promise.resolve());
    await vi.waitFor(() => expect(container.registered).toHaveLength(1));
    await Promise.resolve();
    container.registration.found().becomes('installed');
    expect(waitingWorker()).not.toBeNull();
  });

  test('waits for the first page to paint, even after the load event, so the precache never competes with it', async () => {
    const container = new FakeContainer(null);
    let painted!: () => void;
    startServiceWorker(container, fakeWindow('complete'), new Promise<void>((resolve) => (painted = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.registered).toEqual([]);
    painted();
    await vi.waitFor(() => expect(container.registered).toHaveLength(1));
  });

  test('without service workers (an old browser, an insecure origin) does nothing and throws nothing', () => {
    const win = fakeWindow('complete');
    expect(() => startServiceWorker(undefined, win)).not.toThrow();
    expect(win.intervals).toEqual([]);
  });

  describe('after the user has left the page alone for a moment', () => {
    afterEach(() => vi.useRealTimers());
    const realTimeWindow = () => {
      const win = fakeWindow('complete');
      return { ...win, setTimeout: ((run: () => void, ms: number) => setTimeout(run, ms)) as unknown as Window['setTimeout'] };
    };

    test('waits QUIET_MS with no input after the first paint; each click or key press starts the wait again', async () => {
      vi.useFakeTimers();
      const container = new FakeContainer(null);
      const win = realTimeWindow();
      startServiceWorker(container, win, Promise.resolve());
      await vi.advanceTimersByTimeAsync(QUIET_MS - 100);
      win.input('pointerdown');
      await vi.advanceTimersByTimeAsync(QUIET_MS - 100);
      win.input('keydown');
      await vi.advanceTimersByTimeAsync(QUIET_MS - 100);
      expect(container.registered).toEqual([]);
      await vi.advanceTimersByTimeAsync(200);
      expect(container.registered).toHaveLength(1);
    });

    test('someone who never pauses still gets offline use: at most QUIET_WAIT_MAX_MS after the first paint', async () => {
      vi.useFakeTimers();
      const container = new FakeContainer(null);
      const win = realTimeWindow();
      startServiceWorker(container, win, Promise.resolve());
      for (let waited = 0; waited < QUIET_WAIT_MAX_MS - 1_000; waited += 1_000) {
        await vi.advanceTimersByTimeAsync(1_000);
        win.input('keydown');
      }
      expect(container.registered).toEqual([]);
      await vi.advanceTimersByTimeAsync(1_100);
      expect(container.registered).toHaveLength(1);
      // Input after that changes nothing: it registered once.
      win.input('pointerdown');
      await vi.advanceTimersByTimeAsync(QUIET_WAIT_MAX_MS);
      expect(container.registered).toHaveLength(1);
    });
  });

  test('a refused registration is not an error the user sees', async () => {
    const container = new FakeContainer(null);
    container.register = async () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const win = fakeWindow('complete');
    startServiceWorker(container, win, Promise.resolve());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(win.intervals).toEqual([]);
  });
});
