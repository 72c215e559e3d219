import '@testing-library/jest-dom/vitest';
// A browser has IndexedDB; jsdom does not. Each test gets an empty one, as a new device would.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { draftSession } from './storage/draft-session';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { resetPageFocus } from './ui/page-heading';

// Lazy routes and the draft session start asynchronously; on a busy 2-core machine 1 s is not enough to find a page.
configure({ asyncUtilTimeout: 5_000 });

// Each test's page is a later page (focus on its h1); a test of the first load asks for one.
beforeEach(() => resetPageFocus({ firstLoad: false }));

afterEach(() => {
  cleanup();
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
  draftSession.reset();
  globalThis.indexedDB = new IDBFactory();
});
