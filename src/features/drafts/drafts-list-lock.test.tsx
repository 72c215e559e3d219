import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { draftSession } from '../../storage/draft-session';
import { useDecryptedDrafts } from './drafts-route';
import { useDraftSession } from './use-session';

const passphrase = 'harbour violet tractor';

describe('the drafts list after the app locks', () => {
  it('holds no decrypted draft in its state: locking forgets them, not just hides them', async () => {
    await draftSession.start();
    draftSession.put('concern', { version: 1, note: 'Saw a leaflet on the ward' });
    expect((await draftSession.setPassphrase(passphrase)).ok).toBe(true);
    await draftSession.settled();

    const { result } = renderHook(() => useDecryptedDrafts(useDraftSession()));
    await waitFor(() => expect(result.current.rows).toHaveLength(1));
    expect(result.current.rows![0]!.data).toEqual({ version: 1, note: 'Saw a leaflet on the ward' });

    await act(() => draftSession.lock());
    expect(result.current.rows).toBeNull();
    expect(JSON.stringify(result.current)).not.toContain('leaflet');

    // Unlocking reads them again.
    await act(async () => void (await draftSession.unlock(passphrase)));
    await waitFor(() => expect(result.current.rows).toHaveLength(1));
  });
});
