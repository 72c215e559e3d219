import { afterEach, describe, expect, test, vi } from 'vitest';
import { FakeContainer, FakeWorker } from './fake-service-worker';
import { SKIP_WAITING } from './offline-routes';
import {
  applyUpdate,
  FIRST_PAINT_WAIT_MS,
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
      load: () => target.dispatchEvent(new Event('load')),
      setInterval: ((run: () => void, ms: number) => intervals.push({ run, ms })) as unknown as Window['setInterval'],
      setTimeout: ((run: () => void, ms: number) => setTimeout(run, ms === FIRST_PAINT_WAIT_MS ? 60_000 : ms)) as unknown as Window['setTimeout'],
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
