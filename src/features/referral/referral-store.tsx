import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ReferralDraft, ReferralSectionId } from '../../../forms/referral-form.schema';
import { clearReferral, loadReferral, newReferralState, saveReferral, type ReferralState } from './referral-storage';

type StorageState = 'ok' | 'unavailable' | 'unreadable';

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
  const loaded = loadReferral();
  switch (loaded.status) {
    case 'loaded':
      return { state: loaded.state, storage: 'ok' };
    case 'empty':
      return { state: newReferralState(), storage: 'ok' };
    case 'unreadable':
      clearReferral();
      return { state: newReferralState(), storage: 'unreadable' };
    case 'unavailable':
      return { state: newReferralState(), storage: 'unavailable' };
  }
}

/** The referral being prepared, saved on every change within this tab. */
export function ReferralProvider({ children }: { children: ReactNode }) {
  const [{ state, storage }, setStore] = useState(initial);

  const update = useCallback((change: (state: ReferralState) => ReferralState) => {
    setStore((store) => {
      const next = change(store.state);
      const saved = saveReferral(next);
      return { state: next, storage: saved ? (store.storage === 'unreadable' ? 'unreadable' : 'ok') : 'unavailable' };
    });
  }, []);

  const updateSection = useCallback(
    <K extends ReferralSectionId>(id: K, values: ReferralDraft['sections'][K]) =>
      update((current) => ({ ...current, draft: { ...current.draft, sections: { ...current.draft.sections, [id]: values } } })),
    [update],
  );

  const reset = useCallback(() => {
    clearReferral();
    const fresh = newReferralState();
    const saved = saveReferral(fresh);
    setStore({ state: fresh, storage: saved ? 'ok' : 'unavailable' });
  }, []);

  const value = useMemo(() => ({ state, storage, updateSection, update, reset }), [state, storage, updateSection, update, reset]);
  return <ReferralContext.Provider value={value}>{children}</ReferralContext.Provider>;
}
