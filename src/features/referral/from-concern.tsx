import { useMemo, useState } from 'react';
import { referralText } from '../../content/referral.content';
import { defaultJourneyStore } from '../../storage/journey-draft-store';
import type { ConcernSummary } from '../../../forms/concern-summary.schema';
import { concernSummaryOf } from '../../journey/pathways';
import { prefillFromConcern } from './prefill-from-concern';
import { useReferral } from './referral-store';
import { StatusMessage } from '../../ui/status-message';

/** The record of concern kept in this tab by the pathway (any model), if there is one with a record. */
function concernInThisTab(): ConcernSummary | null {
  const loaded = defaultJourneyStore().load();
  if (loaded.status !== 'loaded') return null;
  // The store checked every entry against its pathway's machine (parseStoredJourney).
  const summary = concernSummaryOf(loaded.pathway, loaded.entries);
  return summary.record ? summary : null;
}

/** Offers to fill the form from the record of concern made in this tab (WCAG 3.3.7 Redundant Entry). */
export function FromConcern() {
  const { state, update } = useReferral();
  const concern = useMemo(concernInThisTab, []);
  const [done, setDone] = useState(false);
  // The live region is there before the button is pressed; the offer it replaces goes.
  const status = <StatusMessage box="notification notification--success">{done && <p>{referralText.fromConcernDone}</p>}</StatusMessage>;
  if (done || !concern || state.concern) return status;
  return (
    <>
      {status}
      <div className="inset-text">
        <h2 className="heading-s">{referralText.fromConcernTitle}</h2>
        <p className="body">{referralText.fromConcernBody}</p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            update((current) => ({ ...current, draft: prefillFromConcern(current.draft, concern), concern }));
            setDone(true);
          }}
        >
          {referralText.fromConcernButton}
        </button>
      </div>
    </>
  );
}
