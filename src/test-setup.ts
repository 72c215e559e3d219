import '@testing-library/jest-dom/vitest';
// A browser has IndexedDB; jsdom does not. Each test gets an empty one, as a new device would.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { draftSession } from './features/drafts/draft-session';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Lazy routes and the draft session start asynchronously; on a busy 2-core machine 1 s is not enough to find a page.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
  draftSession.reset();
  globalThis.indexedDB = new IDBFactory();
});
