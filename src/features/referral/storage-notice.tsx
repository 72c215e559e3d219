import { referralText } from '../../content/referral.content';
import { useReferral } from './referral-store';

/** Tells the user when an earlier draft could not be read. (Saving itself is the draft status bar's.) */
export function StorageNotice() {
  const { storage } = useReferral();
  if (storage === 'ok') return null;
  return (
    <div className="notification" role="status">
      <p>{storage === 'newer-version' ? referralText.storageNewerVersion : referralText.storageUnreadable}</p>
    </div>
  );
}
