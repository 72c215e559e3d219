/**
 * Registers the service worker and tells the page when a new version is waiting. No React: the
 * notice (update-notice.tsx) subscribes to it. Kept tiny, because it is on the first page's script.
 */
import { SKIP_WAITING } from './offline-routes';

/** The parts of the browser's API used here (the tests pass fakes). */
export type WorkerLike = Pick<ServiceWorker, 'state' | 'postMessage' | 'addEventListener'>;
export interface RegistrationLike extends Pick<ServiceWorkerRegistration, 'addEventListener' | 'update'> {
  readonly waiting: WorkerLike | null;
  readonly installing: WorkerLike | null;
}
export interface ContainerLike extends Pick<ServiceWorkerContainer, 'addEventListener'> {
  readonly controller: unknown;
  register(url: string, options: RegistrationOptions): Promise<RegistrationLike>;
}

/** How often an open page asks whether there is a new version (a day-long shift is common). */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

type Listener = () => void;
let waiting: WorkerLike | null = null;
let container: Pick<ContainerLike, 'controller' | 'addEventListener'> | null = null;
const listeners = new Set<Listener>();
let started = false;
let applying = false;

/** The new version's worker, once it has installed and is waiting; null until then. */
export const waitingWorker = (): WorkerLike | null => waiting;

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setWaiting(worker: WorkerLike) {
  waiting = worker;
  for (const listener of listeners) listener();
}

/**
 * Watches a registration for a new version. A worker that installs while another controls the
 * page is an update; the first install (no controller yet) is not.
 */
export function watchRegistration(registration: RegistrationLike, serviceWorker: Pick<ContainerLike, 'controller' | 'addEventListener'>): void {
  container = serviceWorker;
  if (registration.waiting && serviceWorker.controller) setWaiting(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && serviceWorker.controller) setWaiting(worker);
    });
  });
}

/** "Reload to update": the waiting worker takes over, then (only then) the page reloads. */
export function applyUpdate(reload: () => void = () => location.reload()): void {
  if (!waiting || !container || applying) return;
  applying = true;
  container.addEventListener('controllerchange', () => reload(), { once: true });
  waiting.postMessage({ type: SKIP_WAITING });
}

let markPainted: () => void = () => {};
/** Resolves once the first page's own content (not just the shell) has painted: main.tsx says when. */
const firstPagePainted = new Promise<void>((resolve) => (markPainted = resolve));

/** Called once the first route has rendered and a frame has gone by. */
export function firstPageHasPainted(): void {
  markPainted();
}

/** The longest the worker waits for that signal (a page that never paints a question still gets offline use). */
export const FIRST_PAINT_WAIT_MS = 10_000;

/**
 * Then it waits until the user has left the page alone this long: the precache (about 4 MB fetched,
 * unpacked and stored) would otherwise run beside the first answers and slow the next step on an
 * old 2-core PC...
 */
export const QUIET_MS = 3_000;
/** ...but never longer than this after the first paint, so someone who never pauses still gets offline use. */
export const QUIET_WAIT_MAX_MS = 30_000;
/** What counts as the user at work (scrolling and reading do not). */
const INPUT_EVENTS = ['pointerdown', 'keydown'] as const;

type IdleWindow = Pick<Window, 'addEventListener' | 'removeEventListener' | 'setInterval' | 'setTimeout' | 'clearTimeout'> & {
  document: Pick<Document, 'readyState'>;
  requestIdleCallback?: Window['requestIdleCallback'];
};

/** Resolves once no input has come for QUIET_MS, or QUIET_WAIT_MAX_MS after it was asked. */
function quiet(win: IdleWindow): Promise<void> {
  return new Promise((resolve) => {
    let timer: number | undefined;
    const done = () => {
      for (const type of INPUT_EVENTS) win.removeEventListener(type, restart, { capture: true });
      win.clearTimeout(timer);
      win.clearTimeout(cap);
      resolve();
    };
    const restart = () => {
      win.clearTimeout(timer);
      timer = win.setTimeout(done, QUIET_MS);
    };
    for (const type of INPUT_EVENTS) win.addEventListener(type, restart, { capture: true, passive: true });
    const cap = win.setTimeout(done, QUIET_WAIT_MAX_MS);
    restart();
  });
}

/**
 * Registers /service-worker.js once the page has loaded, the first page has painted, the user has
 * left the page alone for a moment and the main thread is idle, so its precache (about 4 MB) never
 * competes with the first question or the first answers; then checks for a new version every
 * hour. Does nothing twice, or without service workers.
 */
export function startServiceWorker(
  serviceWorker: ContainerLike | undefined = navigator.serviceWorker as ContainerLike | undefined,
  win: IdleWindow = window,
  painted: Promise<void> = firstPagePainted,
): void {
  if (started || !serviceWorker) return;
  started = true;
  const register = () => {
    serviceWorker
      .register('/service-worker.js', { scope: '/' })
      .then((registration) => {
        watchRegistration(registration, serviceWorker);
        // Offline, or the server is away: try again next time.
        win.setInterval(() => void registration.update().catch(() => {}), UPDATE_CHECK_MS);
      })
      .catch(() => {
        // No worker (private browsing, a blocked origin): the app still works online.
      });
  };
  const loaded = new Promise<void>((resolve) => {
    if (win.document.readyState === 'complete') resolve();
    else win.addEventListener('load', () => resolve(), { once: true });
  });
  const paintedOrTired = Promise.race([painted, new Promise<void>((resolve) => win.setTimeout(resolve, FIRST_PAINT_WAIT_MS))]);
  void Promise.all([loaded, paintedOrTired])
    .then(() => quiet(win))
    .then(() => {
      if (win.requestIdleCallback) win.requestIdleCallback(register, { timeout: 2_000 });
      else win.setTimeout(register, 0);
    });
}

/** For tests: forget the waiting worker and allow another start. */
export function resetForTests(): void {
  waiting = null;
  container = null;
  started = false;
  applying = false;
  listeners.clear();
}
