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

/**
 * Registers /service-worker.js once the page has loaded (so it never competes with the first
 * page), and checks for a new version every hour. Does nothing twice, or without service workers.
 */
export function startServiceWorker(
  serviceWorker: ContainerLike | undefined = navigator.serviceWorker as ContainerLike | undefined,
  win: Pick<Window, 'addEventListener' | 'setInterval'> & { document: Pick<Document, 'readyState'> } = window,
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
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}

/** For tests: forget the waiting worker and allow another start. */
export function resetForTests(): void {
  waiting = null;
  container = null;
  started = false;
  applying = false;
  listeners.clear();
}
