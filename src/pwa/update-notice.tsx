import { useEffect, useSyncExternalStore } from 'react';
import { pwaText } from './pwa.content';
import { applyUpdate, startServiceWorker, subscribe, waitingWorker } from './service-worker-updates';

const noWorker = () => null;

/**
 * "A new version of Prevent Pathway is ready", with a button to reload into it; nothing otherwise.
 * Also registers the service worker, in production builds only (the dev server has no worker).
 * The role=status region is always there, so a screen reader announces the notice when it appears.
 */
export function UpdateNotice({ register = import.meta.env.PROD }: { register?: boolean }) {
  const worker = useSyncExternalStore(subscribe, waitingWorker, noWorker);
  useEffect(() => {
    if (register) startServiceWorker();
  }, [register]);

  return (
    <div className="update-notice" role="status">
      {worker && (
        <div className="width-container">
          <div className="update-notice__inner">
            <p className="update-notice__text">
              <strong>{pwaText.updateReady}</strong> {pwaText.updateHint}
            </p>
            <button type="button" className="button button--secondary update-notice__button" onClick={() => applyUpdate()}>
              {pwaText.reload}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
