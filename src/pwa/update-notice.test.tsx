import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { FakeContainer, FakeWorker } from './fake-service-worker';
import { SKIP_WAITING } from './offline-routes';
import { pwaText } from './pwa.content';
import { resetForTests, watchRegistration } from './service-worker-updates';
import { UpdateNotice } from './update-notice';

afterEach(() => resetForTests());

function newVersionInstalls(container: FakeContainer): FakeWorker {
  const worker = container.registration.found();
  act(() => worker.becomes('installed'));
  return worker;
}

test('says nothing until a new version is ready; the status region is there to announce it', () => {
  const container = new FakeContainer(new FakeWorker());
  watchRegistration(container.registration, container);
  render(<UpdateNotice register={false} />);
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
  expect(screen.queryByRole('button', { name: pwaText.reload })).toBeNull();
});

test('when a new version is waiting: a polite notice and "Reload to update", which asks the worker to take over and reloads only then', async () => {
  const container = new FakeContainer(new FakeWorker());
  watchRegistration(container.registration, container);
  render(<UpdateNotice register={false} />);

  const worker = newVersionInstalls(container);
  expect(screen.getByRole('status')).toHaveTextContent('A new version of Prevent Pathway is ready');
  const button = screen.getByRole('button', { name: 'Reload to update' });

  // jsdom cannot reload; what matters is that the page reloads only after the takeover.
  let reloaded = 0;
  const original = window.location;
  Object.defineProperty(window, 'location', { configurable: true, value: { ...original, reload: () => (reloaded += 1) } });
  try {
    await userEvent.click(button);
    expect(worker.messages).toEqual([{ type: SKIP_WAITING }]);
    expect(reloaded).toBe(0);
    act(() => container.takeOver(worker));
    expect(reloaded).toBe(1);
  } finally {
    Object.defineProperty(window, 'location', { configurable: true, value: original });
  }
});

test('the button is reachable and usable from the keyboard', async () => {
  const container = new FakeContainer(new FakeWorker());
  watchRegistration(container.registration, container);
  render(<UpdateNotice register={false} />);
  const worker = newVersionInstalls(container);
  await userEvent.tab();
  expect(screen.getByRole('button', { name: 'Reload to update' })).toHaveFocus();
  await userEvent.keyboard('{Enter}');
  expect(worker.messages).toEqual([{ type: SKIP_WAITING }]);
});

test('the first install is not announced as an update', () => {
  const container = new FakeContainer(null);
  watchRegistration(container.registration, container);
  render(<UpdateNotice register={false} />);
  newVersionInstalls(container);
  expect(screen.getByRole('status')).toBeEmptyDOMElement();
});
