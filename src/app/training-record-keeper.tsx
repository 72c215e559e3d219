import { useEffect, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { statusText } from '../content/drafts.content';
import { completionText } from '../content/training-record.content';
import { parseCompletionRecord, type CompletionRecord } from '../features/training/completion-record';
import type { KeptRecord, RecordKeeper } from '../features/training/record-page';
import { recordUrl } from '../features/training/training-urls';
import { draftSession } from '../storage/draft-session';
import { OPEN_DRAFTS_KEY } from '../storage/open-drafts';
import { tabKeyExpected } from '../storage/tab-key-id';

const KIND = 'training-record';
const text = completionText.draft;
/** "from" for the drafts pages: they come back here (same-app paths only, src/features/drafts/safe-return.ts). */
const from = encodeURIComponent(recordUrl);

/**
 * Whether this tab kept drafts before (their ids, or its encrypted copy's key): then the record page
 * starts the session to reopen them. Otherwise it starts nothing until the trainer saves, so opening
 * the page writes nothing to the browser's storage.
 */
function tabKeptDrafts(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(OPEN_DRAFTS_KEY) != null || tabKeyExpected();
  } catch {
    return false;
  }
}

const useSession = () => useSyncExternalStore(draftSession.subscribe, draftSession.getState);

/**
 * The completion record as this tab's open 'training-record' draft, as the concern, the referral and
 * the request are theirs: saved encrypted once the device is unlocked, listed in the saved drafts,
 * carried in a hand-over file. Checked through the record's schema whenever it comes back.
 */
export const trainingRecordKeeper: RecordKeeper = {
  load(): KeptRecord {
    const data = draftSession.get(KIND);
    if (data === undefined) return { status: 'none' };
    const record = parseCompletionRecord(data);
    if (record) return { status: 'loaded', record };
    // Not a record this release reads: leave it saved as it is; what is typed now becomes a new draft.
    draftSession.detach(KIND);
    return { status: 'unreadable' };
  },
  async save(record: CompletionRecord) {
    await draftSession.start();
    const state = draftSession.getState();
    // Locked with a saved record open (ids only): this record is a new draft, not a write over that one.
    if (state.open[KIND] && state.open[KIND].data === undefined) draftSession.detach(KIND);
    draftSession.put(KIND, record);
    const mode = draftSession.getState().mode;
    if (mode === 'no-passphrase') return `/drafts/passphrase?from=${from}`;
    if (mode === 'locked' || mode === 'skipped') return `/drafts/unlock?from=${from}`;
    return null;
  },
  update(record: CompletionRecord) {
    draftSession.put(KIND, record);
  },
  Status: KeepingStatus,
};

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** Where the record is kept, said plainly, with what to do next. */
function KeepingStatus() {
  const state = useSession();
  useEffect(() => {
    if (tabKeptDrafts()) void draftSession.start();
  }, []);
  const open = state.open[KIND];
  const handover = (
    <Link className="link" to={`/drafts/export?kind=${KIND}&from=${from}`}>
      {text.handover}
    </Link>
  );
  if (open && open.data === undefined && state.mode === 'locked') {
    return (
      <p className="body">
        {text.lockedSaved}{' '}
        <Link className="link" to={`/drafts/unlock?from=${from}`}>
          {text.unlockToOpen}
        </Link>
      </p>
    );
  }
  return (
    <>
      {state.fault && (
        <p className="error-message">
          {state.fault.message} {state.fault.action}
        </p>
      )}
      {state.conflict === KIND && (
        <p className="error-message">
          {statusText.conflictBody}{' '}
          <Link className="link" to="/drafts">
            {text.drafts}
          </Link>
        </p>
      )}
      {/* A live region present from the first render: "Saving…" and "Saved at …" are announced. */}
      <p className="body" role="status">
        {open?.data !== undefined &&
          state.mode === 'unlocked' &&
          (!open.unsaved && state.savedAt[KIND] ? text.saved(timeOf(state.savedAt[KIND])) : text.saving)}
        {open?.data !== undefined && state.mode === 'no-passphrase' && text.keptInTab}
        {open?.data !== undefined && state.mode === 'unavailable' && text.memoryOnly}
      </p>
      {open?.data !== undefined && (
        <p className="body">
          {state.mode === 'no-passphrase' && (
            <>
              <Link className="link" to={`/drafts/passphrase?from=${from}`}>
                {text.setPassphrase}
              </Link>
              {' · '}
            </>
          )}
          {(state.mode === 'locked' || state.mode === 'skipped') && (
            <>
              <Link className="link" to={`/drafts/unlock?from=${from}`}>
                {text.unlockToSave}
              </Link>
              {' · '}
            </>
          )}
          {handover}
          {state.mode === 'unlocked' && (
            <>
              {' · '}
              <Link className="link" to="/drafts">
                {text.drafts}
              </Link>
            </>
          )}
        </p>
      )}
    </>
  );
}
