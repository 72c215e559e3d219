import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { z } from 'zod/mini';
import { citeSource } from '../../../forms/source-citation';
import { contactKeys, parseProfile, parseProfileJson, type OrganisationProfile, type ProfileError } from '../../../forms/organisation-profile.schema';
import { contactLabels } from '../../content/profile.content';
import { settingsText } from '../../content/settings.content';
import { uiText } from '../../content/ui.content';
import { describedBy, errorId, fieldId, hintId } from '../../ui/field-ids';
import { Choices } from '../../ui/fields';
import { Form } from '../../ui/form';
import { usePageHeading } from '../../ui/page-heading';
import { fetchProfileFile, shippedProfileIds, shippedProfilePath, type ProfileChoice, type ShippedProfileId } from '../../profile/load-profile';
import { useProfileSettings } from '../../profile/profile-context';
import { ProfileEditor } from './profile-editor';
import { toFormValues, type ProfileFormValues } from './profile-form';

/** A profile is a few kilobytes; anything much bigger is the wrong file. */
export const MAX_IMPORT_BYTES = 200_000;

type Status = { kind: 'success' | 'warning'; message: string } | null;

/** The editor's starting point: the profile in use, or a rejected file's contents with its problems. */
interface EditorSeed {
  values: ProfileFormValues;
  errors?: readonly ProfileError[];
  version: number;
}

/** Reads an imported file: the profile, or what is wrong, as a message for the file field or errors for the form. */
export async function readProfileFile(
  file: Pick<File, 'size' | 'text'>,
): Promise<{ ok: true; profile: OrganisationProfile } | { ok: false; message: string } | { ok: false; json: unknown; errors: ProfileError[] }> {
  const words = settingsText.importFile;
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, message: words.tooLarge(Math.round(MAX_IMPORT_BYTES / 1000)) };
  let source: string;
  try {
    source = await file.text();
  } catch {
    return { ok: false, message: words.unreadable };
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    // parseProfileJson's message says where the JSON breaks.
    const result = parseProfileJson(source);
    return { ok: false, message: result.ok ? words.notJson : `${words.notJson}. ${result.errors[0]?.message ?? ''}`.trim() };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, message: words.notJson };
  const result = parseProfile(json);
  return result.ok ? result : { ok: false, json, errors: result.errors };
}

function downloadJson(profile: OrganisationProfile) {
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(profile, null, 2)}\n`], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `${profile.id}.json` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function InUse() {
  const { loaded } = useProfileSettings();
  const { profile, origin, choiceProblem } = loaded;
  const words = settingsText.inUse;
  const contacts = contactKeys.flatMap((key) => (profile.contacts[key] ? [profile.contacts[key]!.role ?? contactLabels[key]] : []));
  const rows: [string, string][] = [
    [words.name, profile.name],
    ...(profile.policyTitle ? [[words.policyTitle, profile.policyTitle] as [string, string]] : []),
    [words.from, settingsText.origins[origin.kind]],
    [words.pathway, settingsText.pathwayModels[profile.pathwayModel]],
    [words.recipients, profile.recipients.map((r) => (r.email ? `${r.label} (${r.email})` : r.label)).join('\n') || words.noRecipients],
    [words.contacts, contacts.join('\n') || words.noContacts],
    ...(profile.sources.length > 0 ? [[words.sources, profile.sources.map(citeSource).filter(Boolean).join('\n')] as [string, string]] : []),
    ...(profile.notes ? [[words.notes, profile.notes] as [string, string]] : []),
  ];
  return (
    <section aria-labelledby="in-use-title">
      <h2 className="heading-m" id="in-use-title">
        {words.heading}
      </h2>
      {choiceProblem && (
        <div className="warning-text">
          <p>{settingsText.choiceProblems[choiceProblem.kind]}</p>
        </div>
      )}
      <dl className="summary-list">
        {rows.map(([label, value]) => (
          <div className="summary-list__row" key={label}>
            <dt className="summary-list__key">{label}</dt>
            <dd className="summary-list__value pre-wrap">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const pickerSchema = z.object({ choice: z.string({ error: settingsText.picker.required }).check(z.minLength(1, settingsText.picker.required)) });

function Picker({ onApplied }: { onApplied: (profile: OrganisationProfile, choice: ProfileChoice | null, status: Status) => void }) {
  const { loaded } = useProfileSettings();
  const words = settingsText.picker;
  const [shipped, setShipped] = useState<{ id: ShippedProfileId; profile: OrganisationProfile }[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    void Promise.all(
      shippedProfileIds.map(async (id) => {
        const source = await fetchProfileFile(shippedProfilePath(id));
        const result = source === null ? null : parseProfileJson(source);
        return result?.ok ? [{ id, profile: result.profile }] : [];
      }),
    ).then((lists) => live && setShipped(lists.flat()));
    return () => {
      live = false;
    };
  }, []);

  const current = loaded.origin.kind === 'shipped' ? loaded.origin.id : loaded.origin.kind === 'custom' ? '' : 'deployment';
  const options = [
    { value: 'deployment', label: words.deployment(loaded.deployment.profile.name), hint: words.deploymentHint },
    // A shipped profile the deployment default already is would be the same choice twice.
    ...(shipped ?? [])
      .filter(({ id }) => id !== loaded.deployment.profile.id)
      .map(({ id, profile }) => ({ value: id, label: profile.name, hint: words.shippedHint })),
  ];
  return (
    <section aria-labelledby="picker-title">
      <h2 className="heading-m" id="picker-title">
        {words.heading}
      </h2>
      {shipped === null && (
        <p className="body" role="status">
          {words.loading}
        </p>
      )}
      {failed && <p className="error-message">{words.failed}</p>}
      <Form
        key={`${current}-${shipped?.length ?? 0}`}
        schema={pickerSchema}
        defaultValues={{ choice: current }}
        submitLabel={words.submit}
        onValid={({ choice }) => {
          setFailed(false);
          if (choice === 'deployment') {
            onApplied(loaded.deployment.profile, null, null);
            return;
          }
          const picked = shipped?.find((entry) => entry.id === choice);
          if (!picked) {
            setFailed(true);
            return;
          }
          onApplied(picked.profile, { source: 'shipped', id: picked.id }, null);
        }}
      >
        <Choices type="radio" name="choice" legend={words.legend} options={options} />
      </Form>
    </section>
  );
}

function ImportFile({
  onImported,
  onRejected,
}: {
  onImported: (profile: OrganisationProfile) => void;
  onRejected: (json: unknown, errors: ProfileError[]) => void;
}) {
  const words = settingsText.importFile;
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const name = 'importFile';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setError(words.required);
      input.current?.focus();
      return;
    }
    const result = await readProfileFile(file);
    if (result.ok) {
      setError(null);
      onImported(result.profile);
    } else if ('message' in result) {
      setError(result.message);
      input.current?.focus();
    } else {
      setError(words.rejected(result.errors.length));
      onRejected(result.json, result.errors);
    }
  };

  return (
    <section aria-labelledby="import-title">
      <h2 className="heading-m" id="import-title">
        {words.heading}
      </h2>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <div className={`form-group${error ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor={fieldId(name)}>
            {words.label}
          </label>
          <div className="hint" id={hintId(name)}>
            {words.hint}
          </div>
          {error && (
            <p className="error-message" id={errorId(name)} role="alert">
              <span className="visually-hidden">{uiText.errorPrefix}</span> {error}
            </p>
          )}
          <input
            ref={input}
            className={`file-upload${error ? ' file-upload--error' : ''}`}
            id={fieldId(name)}
            name={name}
            type="file"
            accept=".json,application/json"
            aria-describedby={describedBy(name, true, Boolean(error))}
            {...(error ? { 'aria-invalid': true } : {})}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {words.submit}
        </button>
      </form>
    </section>
  );
}

/** /settings: the organisation profile in use on this device, and the ways to change it (issue 6, part 2). */
export function SettingsPage() {
  const heading = usePageHeading(settingsText.tabTitle);
  const { loaded, apply } = useProfileSettings();
  const [status, setStatus] = useState<Status>(null);
  const [seed, setSeed] = useState<EditorSeed>(() => ({ values: toFormValues(loaded.profile), version: 0 }));
  const statusRef = useRef<HTMLDivElement>(null);

  const use = (profile: OrganisationProfile, choice: ProfileChoice | null, message: string) => {
    const stored = apply(choice, profile);
    setSeed((current) => ({ values: toFormValues(profile), version: current.version + 1 }));
    setStatus(stored ? { kind: 'success', message } : { kind: 'warning', message: `${message} ${settingsText.picker.notStored}` });
    // The message is where a screen-reader user hears what changed; sighted users see it at the top.
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const canReset = loaded.origin.kind === 'shipped' || loaded.origin.kind === 'custom';

  return (
    <>
      <Link to="/" className="back-link">
        {settingsText.back}
      </Link>
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {settingsText.title}
      </h1>
      <div role="status" ref={statusRef} tabIndex={-1}>
        {status && (
          <div className={status.kind === 'success' ? 'notification notification--success' : 'warning-text'}>
            <p>{status.message}</p>
          </div>
        )}
      </div>
      <p className="body">{settingsText.intro}</p>
      <InUse />
      {canReset && (
        <button type="button" className="button button--secondary" onClick={() => use(loaded.deployment.profile, null, settingsText.reset.done)}>
          {settingsText.reset.button}
        </button>
      )}
      <Picker onApplied={(profile, choice) => use(profile, choice, settingsText.picker.applied(profile.name))} />
      <ImportFile
        onImported={(profile) => use(profile, { source: 'custom', profile }, settingsText.importFile.imported(profile.name))}
        onRejected={(json, errors) => setSeed((current) => ({ values: toFormValues(json), errors, version: current.version + 1 }))}
      />
      <section aria-labelledby="export-title">
        <h2 className="heading-m" id="export-title">
          {settingsText.exportFile.heading}
        </h2>
        <p className="body">{settingsText.exportFile.body}</p>
        <button type="button" className="button button--secondary" onClick={() => downloadJson(loaded.profile)}>
          {settingsText.exportFile.button}
        </button>
      </section>
      <ProfileEditor
        key={seed.version}
        initial={seed.values}
        seedErrors={seed.errors}
        onSaved={(profile) => use(profile, { source: 'custom', profile }, settingsText.form.saved(profile.name))}
      />
    </>
  );
}
