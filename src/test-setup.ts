import '@testing-library/jest-dom/vitest';
// A browser has IndexedDB; jsdom does not. Each test gets an empty one, as a new device would.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { draftSession } from './storage/draft-session';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetPageFocus } from './ui/page-heading';

// Lazy routes, the draft session and the passphrase key (PBKDF2, 600,000 rounds) take their time on a busy
// 2-core machine: finding a page waits up to 15 s. A hang guard only, never a speed check (tests time out at 20 s).
configure({ asyncUtilTimeout: 15_000 });

// Each test's page is a later page (focus on its h1); a test of the first load asks for one.
beforeEach(() => resetPageFocus({ firstLoad: false }));

afterEach(() => {
  cleanup();
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
  draftSession.reset();
  globalThis.indexedDB = new IDBFactory();
});
