import { useMemo, useState, type ComponentType, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { draftsText, handoverLinkText, passphraseText, statusText } from '../../content/drafts.content';
import type { DraftKind } from '../../storage/migrations';
import { Form } from '../../ui/form';
import { FormAutosaveContext, type FormAutosave } from '../../ui/form-autosave';
import { usePageHeading } from '../../ui/page-heading';
import { Problem, StorageProblem } from './problem';
import { draftSession, type SessionState } from '../../storage/draft-session';
import { PassphraseField, passphraseSchema } from './passphrase-field';
import { useDraftSession, useLeaveWarning } from './use-session';
// Puts Lock now and the auto-lock in the header as soon as a record page loads.
import './auto-lock';

/**
 * Wraps the pages that show a record (the concern pathway, the referral): while the device is
 * locked they ask for the passphrase instead; otherwise they show, above the page, whether the
 * work is being kept and any storage problem. The pages remount whenever the open draft is replaced
 * from outside (unlock, resume, another tab), so they always show what the session holds.
 */
export function withDraftGate(kind: DraftKind, Page: ComponentType) {
  return function DraftGate() {
    const state = useDraftSession();
    useLeaveWarning(state);
    if (state.mode === 'starting') {
      return (
        <p className="body" role="status">
          {draftsText.unlocking}
        </p>
      );
    }
    if (state.mode === 'locked') return <UnlockPage />;
    return (
      <>
        <DraftNotices kind={kind} state={state} />
        <TypedAutosave kind={kind}>
          <Page key={state.generation} />
        </TypedAutosave>
        <DraftActions kind={kind} state={state} />
      </>
    );
  };
}

/**
 * The concern pathway saves its answers when a step is submitted; what is typed before that is
 * kept in the same draft, against the page's path, so a lock, a crash or a closed tab loses none
 * of it (legal-and-security §E 8–9). The referral's section pages save every change already.
 */
function TypedAutosave({ kind, children }: { kind: DraftKind; children: ReactNode }) {
  const { pathname } = useLocation();
  const autosave = useMemo<FormAutosave | null>(
    () =>
      kind === 'concern'
        ? {
            initial() {
              const typing = (draftSession.get(kind) as { typing?: { path?: unknown; values?: unknown } } | undefined)?.typing;
              return typing?.path === pathname && typeof typing.values === 'object' && typing.values !== null && !Array.isArray(typing.values)
                ? (typing.values as Record<string, unknown>)
                : undefined;
            },
            save(values) {
              const data = draftSession.get(kind);
              if (typeof data === 'object' && data !== null) draftSession.put(kind, { ...data, typing: { path: pathname, values } });
            },
          }
        : null,
    [kind, pathname],
  );
  return <FormAutosaveContext.Provider value={autosave}>{children}</FormAutosaveContext.Provider>;
}

/** "from" for the draft pages: where to come back to. Same-app paths only. */
export function fromHere(pathname: string, search: string): string {
  return encodeURIComponent(`${pathname}${search}`);
}

export { safeReturn } from './safe-return';

/**
 * Problems (another tab, a full disk, a wipe elsewhere) and "not saved" above the page; the
 * controls below it, so the page's heading stays a few Shift+Tabs from 999 in the emergency panel.
 */
function DraftNotices({ kind, state }: { kind: DraftKind; state: SessionState }) {
  const open = state.open[kind];
  const { pathname } = useLocation();
  const notSavedHere = useShownOnce(`${kind}:${state.mode}`, pathname);
  return (
    <div className="draft-status no-print">
      {state.conflict === kind && <ConflictNotice />}
      {state.wipedElsewhere && (
        <Problem>
          <p>{statusText.wipedElsewhere}</p>
        </Problem>
      )}
      {state.fault && <StorageProblem error={state.fault}>{open?.data !== undefined && <HandoverLink kind={kind} />}</StorageProblem>}
      {state.mode === 'no-passphrase' && notSavedHere && (
        <p className="draft-status__line">
          <strong>{statusText.notSaved}</strong> {state.reloadSafe ? statusText.belowPageReloadSafe : statusText.belowPage}
        </p>
      )}
      {state.mode === 'skipped' && notSavedHere && (
        <p className="draft-status__line">
          <strong>{statusText.skipped}</strong>
        </p>
      )}
      {state.mode === 'unlocked' && !open && state.savedOnUnlock > 0 && (
        <div className="notification" role="status">
          <p>
            {statusText.savedElsewhere(state.savedOnUnlock)}{' '}
            <Link className="link" to="/drafts">
              {statusText.openSaved}
            </Link>
          </p>
        </div>
      )}
      {state.mode === 'unlocked' && state.persistence === 'refused' && <p className="draft-status__line">{statusText.persistenceRefused}</p>}
    </div>
  );
}

/**
 * "Only in this tab" is said once, compactly, on the first page it applies to (issue 15): not
 * again on every step. The same words stay at the end of every page, with the link to keep a copy.
 */
const firstShownOn = new Map<string, string>();
export function shownOnce(notice: string, pathname: string): boolean {
  if (!firstShownOn.has(notice)) firstShownOn.set(notice, pathname);
  return firstShownOn.get(notice) === pathname;
}
const useShownOnce = shownOnce;

function HandoverLink({ kind }: { kind: DraftKind }) {
  const location = useLocation();
  return (
    <Link className="link" to={`/drafts/export?kind=${kind}&from=${fromHere(location.pathname, location.search)}`}>
      {statusText.handover}
    </Link>
  );
}

function DraftActions({ kind, state }: { kind: DraftKind; state: SessionState }) {
  const location = useLocation();
  const from = fromHere(location.pathname, location.search);
  const open = state.open[kind];
  const hasWork = open?.data !== undefined;
  return (
    <section className="draft-actions no-print" aria-label={statusText.sectionLabel}>
      {(state.mode === 'no-passphrase' || state.mode === 'skipped') && (
        <p className="body">
          {state.mode === 'no-passphrase' ? (
            <Link className="link" to={`/drafts/passphrase?from=${from}`}>
              {statusText.keepCopy}
            </Link>
          ) : (
            <Link className="link" to={`/drafts/unlock?from=${from}`}>
              {statusText.unlockToSave}
            </Link>
          )}
          {hasWork && (
            <>
              {' · '}
              <HandoverLink kind={kind} />
            </>
          )}
        </p>
      )}
      {state.mode === 'unlocked' && (
        <p className="body">
          {/* "Saving…" and "Saved at …" go into a live region that is there from the first render. */}
          <span role="status">{hasWork && `${saveState(state, kind)} `}</span>
          {hasWork && (
            <>
              <HandoverLink kind={kind} />
              {' · '}
            </>
          )}
          <Link className="link" to="/drafts">
            {statusText.drafts}
          </Link>
        </p>
      )}
      {state.mode === 'unavailable' && hasWork && (
        <p className="body">
          <HandoverLink kind={kind} />
        </p>
      )}
    </section>
  );
}

function saveState(state: SessionState, kind: DraftKind): string {
  const open = state.open[kind]!;
  if (!open.unsaved && state.savedAt[kind]) return statusText.saved(timeOf(state.savedAt[kind]));
  return state.fault || state.conflict === kind ? statusText.latestNotSaved : statusText.saving;
}

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

function ConflictNotice() {
  return (
    <Problem>
      <h2 className="heading-s">{statusText.conflictTitle}</h2>
      <p>{statusText.conflictBody}</p>
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={() => void draftSession.takeTheirs()}>
          {statusText.takeTheirs}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void draftSession.keepMineAsNew()}>
          {statusText.keepMine}
        </button>
      </div>
    </Problem>
  );
}

/** The lock screen: what a locked device shows in place of a record. */
export function UnlockPage({ onUnlocked }: { onUnlocked?: () => void }) {
  const heading = usePageHeading(draftsText.unlockTabTitle);
  return (
    <>
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {draftsText.unlockTitle}
      </h1>
      <p className="body">{draftsText.unlockBody}</p>
      <UnlockForm onUnlocked={onUnlocked} />
      <p className="body">
        <button type="button" className="link-button" onClick={() => draftSession.skip()}>
          {draftsText.continueWithout}
        </button>
      </p>
      <p className="body">
        {handoverLinkText.leadPrompt}{' '}
        <Link className="link" to="/drafts/import">
          {handoverLinkText.unlockInstead}
        </Link>
      </p>
      <p className="body">
        <Link className="link" to="/drafts/wipe">
          {draftsText.forgotten}
        </Link>
      </p>
    </>
  );
}

export function UnlockForm({ onUnlocked }: { onUnlocked?: () => void }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      {problem && (
        <Problem>
          <p>{problem}</p>
        </Problem>
      )}
      <Form
        schema={passphraseSchema}
        defaultValues={{ passphrase: '' }}
        submitLabel={busy ? draftsText.unlocking : draftsText.unlockSubmit}
        onValid={async ({ passphrase }) => {
          setBusy(true);
          const result = await draftSession.unlock(passphrase);
          setBusy(false);
          if (result.ok) return onUnlocked?.();
          setProblem(result.error.code === 'wrong-passphrase-or-tampered' ? passphraseText.wrong : `${result.error.message} ${result.error.action}`);
        }}
      >
        <PassphraseField name="passphrase" label={passphraseText.label} autoComplete="current-password" />
      </Form>
    </>
  );
}
