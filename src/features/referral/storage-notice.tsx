import { referralText } from '../../content/referral.content';
import { useReferral } from './referral-store';

/** Tells the user when this tab cannot keep their answers, or an earlier draft could not be read. */
export function StorageNotice() {
  const { storage } = useReferral();
  if (storage === 'ok') return null;
  return (
    <div className="notification" role="status">
      <p>{storage === 'unavailable' ? referralText.storageUnavailable : referralText.storageUnreadable}</p>
    </div>
  );
}
