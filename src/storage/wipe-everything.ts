import { DRAFT_DB_NAME } from './encrypted-store';
import type { WipeStep } from './storage.content';

/**
 * "Wipe everything on this device": forget the key, unregister the service worker (so it cannot
 * re-cache), delete every Cache Storage cache, delete every IndexedDB database of this origin, and
 * clear localStorage and sessionStorage. Every step runs even if one fails, and each is reported, so
 * the UI can say exactly what is left (ASVS 14.3.1; legal-and-security.md §E case 20).
 */
export type WipeStatus = 'done' | 'not-supported' | 'failed' | 'blocked';

export interface WipeStepReport {
  step: WipeStep;
  status: WipeStatus;
  /** How many things this step removed. */
  count: number;
}

export interface WipeReport {
  /** True when nothing was left behind. */
  complete: boolean;
  steps: WipeStepReport[];
}

export interface WipeOptions {
  /** Drops the in-memory vault (the UI's state). */
  forgetKeys?: () => void;
  indexedDB?: IDBFactory | undefined;
  caches?: CacheStorage | undefined;
  serviceWorker?: Pick<ServiceWorkerContainer, 'getRegistrations'> | undefined;
  webStorage?: Array<Pick<Storage, 'clear' | 'length'> | undefined>;
  /** How long to wait for other tabs to let go of a database once deletion is blocked. */
  blockedTimeoutMs?: number;
}

export async function wipeEverything(options: WipeOptions = {}): Promise<WipeReport> {
  const pick = <K extends keyof WipeOptions>(key: K, fallback: () => WipeOptions[K]) => (key in options ? options[key] : safely(fallback));
  const steps: WipeStepReport[] = [];
  const run = async (step: WipeStep, supported: boolean, action: () => Promise<number | { status: WipeStatus; count: number }>) => {
    if (!supported) return void steps.push({ step, status: 'not-supported', count: 0 });
    try {
      const outcome = await action();
      steps.push(typeof outcome === 'number' ? { step, status: 'done', count: outcome } : { step, ...outcome });
    } catch {
      steps.push({ step, status: 'failed', count: 0 });
    }
  };

  const forgetKeys = options.forgetKeys;
  await run('in-memory-keys', forgetKeys !== undefined, async () => (forgetKeys!(), 1));

  const serviceWorker = pick('serviceWorker', () => globalThis.navigator?.serviceWorker);
  await run('service-workers', serviceWorker !== undefined, async () => {
    const registrations = await serviceWorker!.getRegistrations();
    const results = await Promise.all(registrations.map((registration) => registration.unregister()));
    return results.every(Boolean) ? results.length : { status: 'failed', count: results.filter(Boolean).length };
  });

  const caches = pick('caches', () => globalThis.caches);
  await run('cache-storage', caches !== undefined, async () => {
    const names = await caches!.keys();
    const results = await Promise.all(names.map((name) => caches!.delete(name)));
    return results.filter(Boolean).length;
  });

  const factory = pick('indexedDB', () => globalThis.indexedDB);
  await run('indexeddb', factory !== undefined, async () => {
    const listed = typeof factory!.databases === 'function' ? (await factory!.databases()).map((db) => db.name) : [];
    const names = [...new Set([DRAFT_DB_NAME, ...listed.filter((name): name is string => typeof name === 'string')])];
    const results = await Promise.all(names.map((name) => deleteDatabase(factory!, name, options.blockedTimeoutMs ?? 5_000)));
    const status = results.includes('failed') ? 'failed' : results.includes('blocked') ? 'blocked' : 'done';
    return { status, count: results.filter((result) => result === 'done').length };
  });

  const webStorage = pick('webStorage', () => [globalThis.localStorage, globalThis.sessionStorage])?.filter((storage) => storage !== undefined) ?? [];
  await run('web-storage', webStorage.length > 0, async () => {
    let cleared = 0;
    for (const storage of webStorage) {
      cleared += storage!.length;
      storage!.clear();
    }
    return cleared;
  });

  return { complete: steps.every((step) => step.status === 'done' || step.status === 'not-supported'), steps };
}

function deleteDatabase(factory: IDBFactory, name: string, blockedTimeoutMs: number): Promise<'done' | 'blocked' | 'failed'> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const settle = (result: 'done' | 'blocked' | 'failed') => {
      clearTimeout(timer);
      resolve(result);
    };
    try {
      const request = factory.deleteDatabase(name);
      request.onsuccess = () => settle('done');
      request.onerror = () => settle('failed');
      // Another tab still holds it open; the deletion completes when it lets go, if it does in time.
      request.onblocked = () => (timer ??= setTimeout(() => settle('blocked'), blockedTimeoutMs));
    } catch {
      settle('failed');
    }
  });
}

/** Reading some of these globals throws where storage is blocked (sandboxed frames, some privacy modes). */
function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
