import { useSyncExternalStore, type ComponentType } from 'react';

/**
 * The header's place for the draft session's controls (Lock now, the auto-lock warning). They live
 * with the drafts code, which loads only with a page that keeps records, so the first page stays
 * light: that code registers its component here when it loads.
 */
let Controls: ComponentType | null = null;
const listeners = new Set<() => void>();

export function registerSessionControls(component: ComponentType) {
  Controls = component;
  for (const listener of listeners) listener();
}

export function SessionSlot() {
  const Registered = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    () => Controls,
    // The same at build time (src/prerender.tsx) and when the page takes over that HTML.
    () => Controls,
  );
  return Registered ? <Registered /> : null;
}
