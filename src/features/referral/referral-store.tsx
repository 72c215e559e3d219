import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ReferralDraft, ReferralSectionId } from '../../../forms/referral-form.schema';
import { draftSession } from '../../storage/draft-session';
import { newReferralState, parseStoredReferral, storedReferral, type ReferralState } from '../../storage/referral-storage';

/** 'newer-version': the open draft was saved by a later release; it is left on the device as it was. */
type StorageState = 'ok' | 'unreadable' | 'newer-version';

interface ReferralValue {
  state: ReferralState;
  storage: StorageState;
  updateSection: <K extends ReferralSectionId>(id: K, values: ReferralDraft['sections'][K]) => void;
  update: (change: (state: ReferralState) => ReferralState) => void;
  reset: () => void;
}

const ReferralContext = createContext<ReferralValue | null>(null);

export function useReferral(): ReferralValue {
  const value = useContext(ReferralContext);
  if (!value) throw new Error('useReferral must be used inside <ReferralProvider>');
  return value;
}

function initial(): { state: ReferralState; storage: StorageState } {
  const loaded = parseStoredReferral(draftSession.get('referral'));
  switch (loaded.status) {
    case 'loaded':
      return { state: loaded.state, storage: 'ok' };
    case 'empty':
      return { state: newReferralState(), storage: 'ok' };
    case 'unreadable':
      return { state: newReferralState(), storage: loaded.reason === 'newer-version' ? 'newer-version' : 'unreadable' };
  }
}

/**
 * The referral being prepared: this tab's open 'referral' draft, saved on every change (encrypted,
 * once the user has unlocked; src/features/drafts/draft-session.ts).
 */
export function ReferralProvider({ children }: { children: ReactNode }) {
  const [{ state, storage }, setStore] = useState(initial);

  const update = useCallback((change: (state: ReferralState) => ReferralState) => {
    setStore((store) => {
      const next = change(store.state);
      // A draft this release could not open is never written over: the new referral becomes a new draft.
      if (store.storage !== 'ok' && draftSession.get('referral') !== undefined && parseStoredReferral(draftSession.get('referral')).status === 'unreadable') {
        draftSession.detach('referral');
      }
      draftSession.put('referral', storedReferral(next));
      return { state: next, storage: store.storage };
    });
  }, []);

  const updateSection = useCallback(
    <K extends ReferralSectionId>(id: K, values: ReferralDraft['sections'][K]) =>
      update((current) => ({ ...current, draft: { ...current.draft, sections: { ...current.draft.sections, [id]: values } } })),
    [update],
  );

  const reset = useCallback(() => {
    void draftSession.discard('referral');
    setStore({ state: newReferralState(), storage: 'ok' });
  }, []);

  const value = useMemo(() => ({ state, storage, updateSection, update, reset }), [state, storage, updateSection, update, reset]);
  return <ReferralContext.Provider value={value}>{children}</ReferralContext.Provider>;
}
