import { useEffect, useState, type ReactNode } from 'react';
import { Link, Route, Routes, useNavigate, useSearchParams } from 'react-router';
import { stepContent } from '../../content/concern.content';
import { draftsText, passphraseText } from '../../content/drafts.content';
import { handoverText } from '../../content/handover.content';
import { wipeText } from '../../content/wipe.content';
import { wipeStepLabels } from '../../storage/storage.content';
import type { DraftSummary } from '../../storage/encrypted-store';
import { draftKinds, type DraftKind } from '../../storage/migrations';
import type { WipeReport } from '../../storage/wipe-everything';
import { Form } from '../../ui/form';
import { usePageHeading } from '../../ui/page-heading';
import { NotFoundPage } from '../../ui/not-found-page';
import { parseStoredJourney } from '../../journey/journey-storage';
import { urlForStep } from '../../journey/urls';
import { parseStoredReferral } from '../../storage/referral-storage';
import { recordKind } from './record-kinds';
import { lockAfterOptions, loadLockMinutes, saveLockMinutes } from './auto-lock';
import { Problem, StorageProblem } from './problem';
import { draftSession, type SessionState } from '../../storage/draft-session';
import { safeReturn, UnlockForm, UnlockPage } from './draft-gate';
import { openHandover, sealHandover } from './handover';
import { newPassphraseSchema, PassphraseField } from './passphrase-field';
import { loadStrengthChecker } from './passphrase-strength';
import { useDraftSession } from './use-session';
import { z } from 'zod/mini';
import { StatusMessage } from '../../ui/status-message';

/** /drafts/...: the saved drafts, the passphrase, hand-over files and the wipe. */
export function DraftsRoute() {
  return (
    <Routes>
      <Route index element={<DraftsPage />} />
      <Route path="passphrase" element={<SetPassphrasePage />} />
      <Route path="unlock" element={<UnlockRoutePage />} />
      <Route path="export" element={<ExportPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path="wipe" element={<WipePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

function Page({ tabTitle, title, children }: { tabTitle: string; title: string; children: ReactNode }) {
  const heading = usePageHeading(tabTitle);
  return (
    <>
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </>
  );
}

function useReturnTo(fallback = '/drafts') {
  const [params] = useSearchParams();
  return safeReturn(params.get('from'), fallback);
}

/** Where a draft opens: the step the journey stands on, or the referral's task list. */
function urlForDraft(kind: DraftKind, data: unknown): string {
  const registered = recordKind(kind);
  if (registered) return registered.urlFor(data);
  if (kind === 'referral') return '/referral';
  const loaded = parseStoredJourney(data);
  return loaded.status === 'loaded' ? urlForStep(loaded.entries.at(-1)!.step as Parameters<typeof urlForStep>[0]) : '/concern';
}

/** What the list calls a draft. */
const draftLabel = (kind: DraftKind) =>
  ({
    concern: draftsText.concernDraft,
    referral: draftsText.referralDraft,
    request: draftsText.requestDraft,
    'training-record': draftsText.trainingRecordDraft,
  })[kind];

function describe(kind: DraftKind, data: unknown): string[] {
  const registered = recordKind(kind);
  if (registered) return registered.describe(data);
  if (kind === 'concern') {
    const loaded = parseStoredJourney(data);
    if (loaded.status !== 'loaded') return [draftsText.unreadableDraft];
    const step = loaded.entries.at(-1)!.step as string;
    const content = (stepContent as Record<string, { tabTitle?: string } | undefined>)[step];
    return [draftsText.atStep(content?.tabTitle ?? step)];
  }
  const loaded = parseStoredReferral(data);
  if (loaded.status !== 'loaded')
    return [loaded.status === 'unreadable' && loaded.reason === 'newer-version' ? draftsText.newerDraft : draftsText.unreadableDraft];
  const sections = Object.values(loaded.state.draft.sections);
  const started = sections.filter((section) => section && Object.values(section as object).some((value) => value !== '' && value !== undefined)).length;
  return [draftsText.reference(loaded.state.reference), draftsText.sectionsStarted(started, sections.length)];
}

export interface Row {
  summary: DraftSummary;
  lines: string[];
  data: unknown;
}

/**
 * The drafts list's decrypted drafts: read while unlocked, and forgotten (not just hidden) the
 * moment the app locks. Exported for the test that checks nothing decrypted stays in memory.
 */
export function useDecryptedDrafts(state: SessionState) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    // Locked: forget every decrypted draft, not just hide it (Standard Notes deletes working memory on lock).
    if (state.mode !== 'unlocked') {
      setRows(null);
      return;
    }
    let live = true;
    void (async () => {
      const listed = await draftSession.list();
      if (!listed.ok) return live && setProblem(`${listed.error.message} ${listed.error.action}`);
      const read: Row[] = [];
      for (const summary of listed.value) {
        const opened = await draftSession.read(summary.id);
        read.push(
          opened.ok
            ? { summary, lines: describe(summary.kind, opened.value.data), data: opened.value.data }
            : { summary, lines: [draftsText.unreadableDraft], data: undefined },
        );
      }
      if (live) setRows(read);
    })();
    return () => void (live = false);
  }, [state.mode, state.savedAt, state.open]);
  return { rows, setRows, problem, setProblem };
}

function DraftsPage() {
  const state = useDraftSession();
  const navigate = useNavigate();
  const { rows, setRows, problem, setProblem } = useDecryptedDrafts(state);
  const [removed, setRemoved] = useState(false);

  return (
    <Page tabTitle={draftsText.listTabTitle} title={draftsText.listTitle}>
      {problem && (
        <Problem>
          <p>{problem}</p>
        </Problem>
      )}
      {/* The row and its button go: the message says so, and takes focus rather than leave it on the page body. */}
      <StatusMessage>{removed ? draftsText.removed : null}</StatusMessage>
      <DraftsBody state={state}>
        {rows === null ? (
          <p className="body" role="status">
            {draftsText.unlocking}
          </p>
        ) : rows.length === 0 ? (
          <p className="body">{draftsText.listEmpty}</p>
        ) : (
          <ul className="draft-list">
            {rows.map(({ summary, lines, data }) => (
              <li key={summary.id} className="draft-list__item">
                <h2 className="heading-s">
                  {draftLabel(summary.kind)}
                  {state.open[summary.kind]?.id === summary.id && <span className="tag">{draftsText.openInThisTab}</span>}
                </h2>
                {lines.map((line) => (
                  <p className="body" key={line}>
                    {line}
                  </p>
                ))}
                <p className="hint">{draftsText.updated(new Date(summary.updatedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }))}</p>
                <div className="button-group">
                  {data !== undefined && (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={async () => {
                        const resumed = await draftSession.resume(summary.id);
                        if (!resumed.ok) return setProblem(`${resumed.error.message} ${resumed.error.action}`);
                        navigate(urlForDraft(summary.kind, data));
                      }}
                    >
                      {draftsText.resume}
                      <span className="visually-hidden">
                        {' '}
                        {draftLabel(summary.kind)} {lines.join(', ')}
                      </span>
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--warning"
                    onClick={async () => {
                      if (!window.confirm(draftsText.removeConfirm)) return;
                      const removed = await draftSession.remove(summary.id);
                      if (!removed.ok) return setProblem(`${removed.error.message} ${removed.error.action}`);
                      setRows((current) => current?.filter((row) => row.summary.id !== summary.id) ?? null);
                      setRemoved(true);
                    }}
                  >
                    {draftsText.remove}
                    <span className="visually-hidden">
                      {' '}
                      {draftLabel(summary.kind)} {lines.join(', ')}
                    </span>
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </DraftsBody>
      <ul className="list">
        <li>
          <Link className="link" to="/drafts/import">
            {draftsText.importLink}
          </Link>
        </li>
        <li>
          <Link className="link" to="/drafts/wipe">
            {draftsText.wipeLink}
          </Link>
        </li>
      </ul>
      <LockSetting />
    </Page>
  );
}

/** The list needs the key: locked → unlock here; no passphrase → nothing saved yet. */
function DraftsBody({ state, children }: { state: SessionState; children: ReactNode }) {
  if (state.mode === 'unlocked') return <>{children}</>;
  if (state.mode === 'locked' || state.mode === 'skipped') {
    return (
      <>
        <p className="body">{draftsText.listLocked}</p>
        <UnlockForm />
      </>
    );
  }
  if (state.mode === 'unavailable' && state.fault) {
    return <StorageProblem error={state.fault} />;
  }
  return <p className="body">{state.mode === 'starting' ? draftsText.unlocking : draftsText.listEmpty}</p>;
}

const lockSettingSchema = z.object({ minutes: z.string() });

function LockSetting() {
  const [saved, setSaved] = useState<number | null>(null);
  return (
    <section aria-labelledby="lock-setting">
      <h2 className="heading-m" id="lock-setting">
        {draftsText.lockSettingTitle}
      </h2>
      <StatusMessage box="notification notification--success">{saved !== null && <p>{draftsText.lockAfterSaved(saved)}</p>}</StatusMessage>
      <Form
        schema={lockSettingSchema}
        defaultValues={{ minutes: String(loadLockMinutes()) }}
        submitLabel={draftsText.lockAfterSave}
        onValid={({ minutes }) => {
          const value = Number(minutes);
          saveLockMinutes(value);
          setSaved(value);
        }}
      >
        {(form) => (
          <div className="form-group">
            <label className="label" htmlFor="minutes">
              {draftsText.lockAfterLabel}
            </label>
            <div className="hint" id="minutes-hint">
              {draftsText.lockAfterHint}
            </div>
            <select className="select" id="minutes" aria-describedby="minutes-hint" {...form.register('minutes')}>
              {lockAfterOptions.map((minutes) => (
                <option key={minutes} value={String(minutes)}>
                  {draftsText.minutes(minutes)}
                </option>
              ))}
            </select>
          </div>
        )}
      </Form>
    </section>
  );
}

function SetPassphrasePage() {
  const state = useDraftSession();
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  const [problem, setProblem] = useState<string | null>(null);
  if (state.mode === 'locked' || state.mode === 'skipped' || state.mode === 'unlocked') {
    return (
      <Page tabTitle={draftsText.setTabTitle} title={draftsText.setTitle}>
        <p className="body">{draftsText.alreadySet}</p>
        {state.mode !== 'unlocked' && <UnlockForm onUnlocked={() => navigate(returnTo)} />}
      </Page>
    );
  }
  return (
    <Page tabTitle={draftsText.setTabTitle} title={draftsText.setTitle}>
      {draftsText.setBody.map((paragraph) => (
        <p className="body" key={paragraph}>
          {paragraph}
        </p>
      ))}
      {problem && (
        <Problem>
          <p>{problem}</p>
        </Problem>
      )}
      <NewPassphraseForm
        submitLabel={draftsText.setSubmit}
        onValid={async (passphrase) => {
          const result = await draftSession.setPassphrase(passphrase);
          if (!result.ok) return setProblem(`${result.error.message} ${result.error.action}`);
          navigate(returnTo);
        }}
      />
    </Page>
  );
}

function UnlockRoutePage() {
  const state = useDraftSession();
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  useEffect(() => {
    if (state.mode === 'unlocked') navigate(returnTo, { replace: true });
  }, [state.mode, navigate, returnTo]);
  return <UnlockPage onUnlocked={() => navigate(returnTo)} />;
}

function ExportPage() {
  const [params] = useSearchParams();
  const kind: DraftKind = draftKinds.find((known) => known === params.get('kind')) ?? 'concern';
  const returnTo = useReturnTo();
  useDraftSession();
  const data = draftSession.get(kind);
  const [done, setDone] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Page tabTitle={handoverText.exportTabTitle} title={`${handoverText.exportTitle}: ${handoverText.kindLabel[kind]}`}>
      {[...handoverText.exportBody, handoverText.deleteDownloads].map((paragraph) => (
        <p className="body" key={paragraph}>
          {paragraph}
        </p>
      ))}
      {data === undefined ? (
        <p className="body">{handoverText.nothingOpen}</p>
      ) : done ? (
        <div className="notification notification--success" role="status">
          <p>{done}</p>
          <p>{handoverText.deleteDownloads}</p>
        </div>
      ) : (
        <>
          {problem && (
            <Problem>
              <p>{problem}</p>
            </Problem>
          )}
          <NewPassphraseForm
            submitLabel={handoverText.exportSubmit}
            onValid={async (passphrase) => {
              const sealed = await sealHandover(kind, data, passphrase);
              if (!sealed.ok) return setProblem(`${sealed.error.message} ${sealed.error.action}`);
              download(sealed.value.name, sealed.value.text);
              setDone(handoverText.exported(sealed.value.name));
            }}
          />
        </>
      )}
      <p className="body">
        <Link className="link" to={returnTo}>
          {returnTo === '/drafts' ? draftsText.listTitle : 'Back'}
        </Link>
      </p>
    </Page>
  );
}

/** A new passphrase, typed twice (the device's, or a hand-over file's). */
function NewPassphraseForm({ submitLabel, onValid }: { submitLabel: string; onValid: (passphrase: string) => Promise<void> }) {
  // Fetch the strength estimator while the user types, so the check on submit is instant.
  useEffect(() => void loadStrengthChecker().catch(() => undefined), []);
  return (
    <Form
      schema={newPassphraseSchema}
      defaultValues={{ passphrase: '', confirm: '' }}
      submitLabel={submitLabel}
      onValid={({ passphrase }) => onValid(passphrase)}
    >
      <PassphraseField name="passphrase" label={passphraseText.label} hint={passphraseText.hint} autoComplete="new-password" />
      <PassphraseField name="confirm" label={passphraseText.confirmLabel} autoComplete="new-password" />
    </Form>
  );
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const importSchema = z.object({
  file: z.custom<FileList>((value) => typeof FileList !== 'undefined' && value instanceof FileList && value.length === 1, handoverText.fileMissing),
  passphrase: z.string().check(z.minLength(1, passphraseText.missing)),
});

function ImportPage() {
  const state = useDraftSession();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<{ message: string; action: string } | null>(null);
  const [openedConcern, setOpenedConcern] = useState<unknown>(undefined);
  const unsaved = draftKinds.filter((kind) => state.mode !== 'unlocked' && state.open[kind]?.data !== undefined && state.open[kind]?.unsaved);
  if (openedConcern !== undefined) {
    // A concern handed over is usually on its way to a referral: offer to start it from the record.
    return (
      <Page tabTitle={handoverText.importedConcernTitle} title={handoverText.importedConcernTitle}>
        <div className="notification notification--success" role="status">
          <p>{handoverText.imported}</p>
        </div>
        <p className="body">{handoverText.importedConcernBody}</p>
        <div className="button-group">
          <Link className="button" to="/referral">
            {handoverText.startReferral}
          </Link>
          <Link className="button button--secondary" to={urlForDraft('concern', openedConcern)}>
            {handoverText.openConcern}
          </Link>
        </div>
      </Page>
    );
  }
  return (
    <Page tabTitle={handoverText.importTabTitle} title={handoverText.importTitle}>
      <p className="body">{handoverText.importBody}</p>
      {unsaved.length > 0 && (
        <div className="notification notification--warning">
          <p>{handoverText.replaceWarning(unsaved.map((kind) => handoverText.kindLabel[kind]).join(' and '))}</p>
        </div>
      )}
      {problem && <StorageProblem error={problem} />}
      <Form
        schema={importSchema}
        defaultValues={{ passphrase: '' }}
        submitLabel={handoverText.importSubmit}
        onValid={async ({ file, passphrase }) => {
          setProblem(null);
          const opened = await openHandover(file[0]!, passphrase);
          if (!opened.ok) return setProblem(opened.error);
          if (state.mode === 'locked') draftSession.skip();
          const adopted = await draftSession.adopt(opened.value.kind, opened.value.data);
          if (!adopted.ok) return setProblem(adopted.error);
          if (opened.value.kind === 'concern') return setOpenedConcern(opened.value.data);
          navigate(urlForDraft(opened.value.kind, opened.value.data));
        }}
      >
        {(form) => {
          const error = form.formState.errors.file?.message;
          return (
            <>
              <div className={`form-group${error ? ' form-group--error' : ''}`}>
                <label className="label" htmlFor="file">
                  {handoverText.fileLabel}
                </label>
                <div className="hint" id="file-hint">
                  {handoverText.fileHint}
                </div>
                {error && (
                  <p className="error-message" id="file-error">
                    <span className="visually-hidden">Error:</span> {String(error)}
                  </p>
                )}
                <input
                  className="file-upload"
                  id="file"
                  type="file"
                  accept=".json,application/json"
                  aria-describedby={error ? 'file-hint file-error' : 'file-hint'}
                  aria-invalid={error ? true : undefined}
                  {...form.register('file')}
                />
              </div>
              <PassphraseField name="passphrase" label={passphraseText.label} autoComplete="off" />
            </>
          );
        }}
      </Form>
    </Page>
  );
}

function WipePage() {
  useDraftSession();
  const [report, setReport] = useState<WipeReport | null>(null);
  const [busy, setBusy] = useState(false);
  const statusWords = { done: wipeText.stepDone, 'not-supported': wipeText.stepNotSupported, failed: wipeText.stepFailed, blocked: wipeText.stepBlocked };
  return (
    <Page tabTitle={wipeText.tabTitle} title={wipeText.title}>
      {report ? (
        <div className={`notification ${report.complete ? 'notification--success' : 'notification--warning'}`} role="alert">
          <p>{report.complete ? wipeText.done : wipeText.incomplete}</p>
          <ul className="list">
            {report.steps.map((step) => (
              <li key={step.step}>
                {wipeStepLabels[step.step]}: {statusWords[step.status]}
              </li>
            ))}
          </ul>
          <p>{wipeText.deleteDownloads}</p>
        </div>
      ) : (
        <>
          {[...wipeText.body, wipeText.deleteDownloads].map((paragraph) => (
            <p className="body" key={paragraph}>
              {paragraph}
            </p>
          ))}
          <button
            type="button"
            className="button button--warning"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setReport(await draftSession.wipe());
              setBusy(false);
            }}
          >
            {wipeText.confirm}
          </button>
        </>
      )}
    </Page>
  );
}
