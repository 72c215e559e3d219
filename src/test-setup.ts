import '@testing-library/jest-dom/vitest';
// A browser has IndexedDB; jsdom does not. Each test gets an empty one, as a new device would.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { draftSession } from './features/drafts/draft-session';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  if (typeof sessionStorage !== 'undefined') sessionStorage.clear();
  draftSession.reset();
  globalThis.indexedDB = new IDBFactory();
});
