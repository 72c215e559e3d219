/**
 * Stand-ins for the browser's service worker objects, for the unit tests of the update notice:
 * real EventTargets, driven by the test as the browser would drive them.
 */
import type { ContainerLike, RegistrationLike, WorkerLike } from './service-worker-updates';

export class FakeWorker extends EventTarget implements WorkerLike {
  state: ServiceWorkerState = 'installing';
  readonly messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  /** The browser moves the worker on, and says so. */
  becomes(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

export class FakeRegistration extends EventTarget implements RegistrationLike {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  updateChecks = 0;
  async update() {
    this.updateChecks += 1;
    return this as unknown as ServiceWorkerRegistration;
  }
  /** A new version was found on the server and starts installing. */
  found(): FakeWorker {
    this.installing = new FakeWorker();
    this.dispatchEvent(new Event('updatefound'));
    return this.installing;
  }
}

export class FakeContainer extends EventTarget implements ContainerLike {
  readonly registered: Array<{ url: string; options: RegistrationOptions }> = [];
  constructor(
    public controller: unknown,
    readonly registration = new FakeRegistration(),
  ) {
    super();
  }
  async register(url: string, options: RegistrationOptions) {
    this.registered.push({ url, options });
    return this.registration;
  }
  /** The waiting worker has taken over this page. */
  takeOver(worker: FakeWorker) {
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}
