// Setting the device passphrase and unlocking, as a person does, for journeys that reload.
import { expect } from 'vitest';
import type { Pathway } from './pathway-driver';

export const passphrase = 'harbour violet tractor';

/** From a pathway page: "Keep a locked copy on this device", set the passphrase, come back. */
export async function keepLockedCopy(p: Pathway, back: string | RegExp) {
  await p.page.getByRole('link', { name: 'Keep a locked copy on this device' }).click();
  await p.expectPage('Keep a locked copy on this device');
  await p.page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await p.page.getByLabel('Type the passphrase again').fill(passphrase);
  await p.continue('Save and lock with this passphrase');
  await p.expectPage(back);
  await expect.poll(() => p.page.getByText(/Saved on this device, encrypted, at \d\d:\d\d\./).count()).toBe(1);
}

/** On the lock screen: unlock, and expect to land on `next`. */
export async function unlock(p: Pathway, next: string | RegExp, pass = passphrase) {
  await p.expectPage('Unlock your saved work');
  await p.page.getByLabel('Passphrase', { exact: true }).fill(pass);
  await p.continue('Unlock');
  await p.expectPage(next);
}
