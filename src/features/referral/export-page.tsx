import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { referralText } from '../../content/referral.content';
import { emailText, exportPageText, exportText } from '../../content/referral-export.content';
import { Form } from '../../ui/form';
import { Choices, TextArea } from '../../ui/fields';
import { downloadPdf, preparePdf } from '../../pdf/download-pdf';
import { referralFileName } from '../../pdf/file-name';
import { includeFormDefaults, includeFormSchema, internalParts, readIncludedParts, type InternalPart } from '../../storage/export-choices';
import { useProfile } from '../../profile/profile-context';
import { approvedEmailBasisWording } from './rationale-override';
import { buildCoveringEmail } from './covering-email';
import { useReferral } from './referral-store';
import { effectiveRecipients, loadSettings, recipientsFormSchema, saveSettings, type EffectiveRecipients, type Settings } from './settings';
import { ReferralPage } from './referral-page';
import { useReferralDocument } from './use-referral-document';
import type { ReferralDocument } from '../../../forms/document';
import { StatusMessage } from '../../ui/status-message';

export function ExportPage() {
  const { state, update } = useReferral();
  const [settings, setSettings] = useState<Settings>(loadSettings);
  const profile = useProfile();
  const recipients = useMemo(() => effectiveRecipients(settings, profile), [settings, profile]);
  const { problems, consent, j3, j3FromRecord, j3Mismatch, document, internalRecord, hasPathwayLog } = useReferralDocument(recipients.sendTo);

  return (
    <ReferralPage back={{ to: '/referral', label: referralText.backToTasks }} tabTitle={exportPageText.tabTitle} title={exportPageText.title}>
      {(problems.length > 0 || j3Mismatch) && (
        <div className="error-summary" role="region" aria-labelledby="blocked-title">
          <h2 className="error-summary__title" id="blocked-title">
            {exportPageText.blockedHeading}
          </h2>
          <p className="body">{exportPageText.blockedIntro}</p>
          <ul className="error-summary__list">
            {problems.map((problem) => (
              <li key={problem.text}>
                <Link to={problem.href}>{problem.text}</Link>
              </li>
            ))}
            {j3Mismatch && j3FromRecord && (
              <li>
                {exportPageText.j3Mismatch(j3.answer || 'not answered', j3FromRecord)}{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() =>
                    update((current) => {
                      const sections = structuredClone(current.draft.sections);
                      sections.safeguarding.informedIndividual = {
                        answer: j3FromRecord,
                        details: j3FromRecord === 'yes' ? (consent?.informedNotes ?? '') : '',
                      };
                      return { ...current, draft: { ...current.draft, sections } };
                    })
                  }
                >
                  {exportPageText.j3Fix}
                </button>
              </li>
            )}
          </ul>
        </div>
      )}
      <RecipientsForm settings={settings} recipients={recipients} onSaved={setSettings} />
      {document && internalRecord && (
        <section aria-labelledby="documents-title">
          <h2 className="heading-m" id="documents-title">
            {exportPageText.documentsHeading}
          </h2>
          <p className="body">{exportPageText.documentsIntro}</p>
          <p className="body">{exportPageText.pdfBody}</p>
          <PdfPanel
            id="referral"
            document={document}
            heading={exportPageText.referralHeading}
            body={exportPageText.referralFor(recipients.sendTo.join('; '))}
            downloadLabel={exportPageText.referralDownload}
            view={{ to: '/referral/view', label: exportPageText.referralView }}
          />
          <PdfPanel
            id="internal-record"
            document={internalRecord}
            heading={exportPageText.internalHeading}
            body={exportPageText.internalFor}
            downloadLabel={exportPageText.internalDownload}
            view={{ to: '/referral/view?document=internal-record', label: exportPageText.internalView }}
          />
          <IncludePartsForm hasPathwayLog={hasPathwayLog} />
        </section>
      )}
      {document && consent && (
        <CoveringEmailPanel
          reference={state.reference}
          attachmentName={referralFileName(document)}
          recipients={recipients.emails}
          signOff={settings.signOff}
          descriptor={profile.markingDescriptor}
          basisWording={approvedEmailBasisWording(consent, profile)}
        />
      )}
    </ReferralPage>
  );
}

/** Who the referral goes to, as section A will say it; recipients with a web page instead of an address get a link. */
function SendToList({ recipients }: { recipients: EffectiveRecipients }) {
  const profile = useProfile();
  const portals = recipients.from === 'profile' ? profile.recipients.filter((r) => r.url && !r.email) : [];
  if (recipients.sendTo.length === 0) return <p className="body">{exportPageText.noneYet}</p>;
  return (
    <>
      <p className="body">{recipients.from === 'profile' ? exportPageText.fromProfile(profile.name) : exportPageText.fromDevice}</p>
      <ul className="list" aria-label={exportPageText.settingsHeading}>
        {recipients.sendTo.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {portals.map((portal) => (
        <p className="body" key={portal.url}>
          <a href={portal.url} rel="noreferrer" target="_blank">
            {exportPageText.portalLink(portal.label)}
          </a>
        </p>
      ))}
    </>
  );
}

function RecipientsForm({ settings, recipients, onSaved }: { settings: Settings; recipients: EffectiveRecipients; onSaved: (settings: Settings) => void }) {
  const [status, setStatus] = useState<'saved' | 'not-saved' | 'restored' | null>(null);
  const profile = useProfile();
  // The form is keyed by whose list it shows, so going back to the profile's list refills it.
  return (
    <section aria-labelledby="recipients-title">
      <h2 className="heading-m" id="recipients-title">
        {exportPageText.settingsHeading}
      </h2>
      <SendToList recipients={recipients} />
      <Form
        key={`${recipients.from}-${profile.id}`}
        schema={recipientsFormSchema}
        defaultValues={{ recipients: recipients.emails.join('\n'), signOff: settings.signOff }}
        submitLabel={exportPageText.saveSettings}
        onValid={(values) => {
          onSaved(values);
          setStatus(saveSettings(values) ? 'saved' : 'not-saved');
        }}
      >
        <TextArea name="recipients" label={exportPageText.recipientsLabel} hint={exportPageText.recipientsHint} rows={3} />
        <TextArea name="signOff" label={exportPageText.signOffLabel} hint={exportPageText.signOffHint} rows={3} optional />
      </Form>
      {recipients.from === 'device' && profile.recipients.length > 0 && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const restored = { ...settings, recipients: [] };
            onSaved(restored);
            setStatus(saveSettings(restored) ? 'restored' : 'not-saved');
          }}
        >
          {exportPageText.useProfileRecipients}
        </button>
      )}
      <StatusMessage>
        {status &&
          (status === 'saved'
            ? exportPageText.settingsSaved
            : status === 'restored'
              ? exportPageText.profileRecipientsRestored
              : exportPageText.settingsNotSaved)}
      </StatusMessage>
    </section>
  );
}

type BuildState = { kind: 'idle' } | { kind: 'building' } | { kind: 'built'; name: string; pages: number } | { kind: 'failed'; detail: string };

function PdfPanel(props: {
  id: string;
  document: ReferralDocument;
  heading: string;
  body: string;
  downloadLabel: string;
  view: { to: string; label: string };
}) {
  const { document } = props;
  const [build, setBuild] = useState<BuildState>({ kind: 'idle' });
  const [warnings, setWarnings] = useState<{ field: string; label: string; characters: string[] }[] | null>(null);
  useEffect(() => {
    // The first export is prepared before the click: code and this document's fonts, at idle.
    preparePdf(document);
    // The check needs no fonts: it reads the fonts' coverage tables.
    let live = true;
    import('../../pdf/build-referral-pdf').then((pdf) => live && setWarnings(pdf.findUnrenderable(document))).catch(() => live && setWarnings(null));
    return () => {
      live = false;
    };
  }, [document]);

  const download = async () => {
    setBuild({ kind: 'building' });
    try {
      const { name, pages } = await downloadPdf(document);
      setBuild({ kind: 'built', name, pages });
    } catch (error) {
      setBuild({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section aria-labelledby={`${props.id}-title`} className="section-gap">
      <h3 className="heading-s" id={`${props.id}-title`}>
        {props.heading}
      </h3>
      <p className="body">{props.body}</p>
      {warnings && warnings.length > 0 && (
        <div className="warning-text" role="alert">
          <p>{exportPageText.warningsHeading}</p>
          <p>{exportPageText.warningsIntro}</p>
          <ul className="list">
            {warnings.map((warning) => (
              <li key={warning.field}>{exportPageText.warningItem(warning.label, warning.characters.join(' '))}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" className="button" onClick={download} disabled={build.kind === 'building'}>
        {props.downloadLabel}
      </button>
      <div role="status" aria-live="polite">
        {build.kind === 'building' && <p className="body">{exportPageText.building}</p>}
        {build.kind === 'built' && <p className="body">{exportPageText.built(build.name, build.pages)}</p>}
        {build.kind === 'failed' && (
          <>
            <p className="error-message">{exportPageText.buildFailed}</p>
            <p className="hint">
              {exportPageText.technicalDetail} {build.detail}
            </p>
          </>
        )}
      </div>
      <p className="body">
        <Link to={props.view.to}>{props.view.label}</Link>
      </p>
    </section>
  );
}

/**
 * "Include a part of the internal record in the referral": nothing by default; each part ticked
 * needs the lead's reason, which the referral prints above the part (legal-and-security §A.1 item 9).
 */
function IncludePartsForm({ hasPathwayLog }: { hasPathwayLog: boolean }) {
  const { state, update } = useReferral();
  const [status, setStatus] = useState<string | null>(null);
  const saved = useMemo(() => readIncludedParts(state.includedParts), [state.includedParts]);
  const schema = useMemo(
    () => includeFormSchema(exportText.parts, { missing: exportPageText.includeReasonMissing, tooLong: exportPageText.includeReasonTooLong }),
    [],
  );
  const options = internalParts.filter((part) => part !== 'pathwayLog' || hasPathwayLog);
  return (
    <section aria-labelledby="include-title" className="section-gap">
      <h3 className="heading-s" id="include-title">
        {exportPageText.includeHeading}
      </h3>
      <p className="body">{exportPageText.includeIntro}</p>
      <Form
        schema={schema}
        defaultValues={includeFormDefaults(saved)}
        submitLabel={exportPageText.includeSave}
        onValid={(parts) => {
          update((current) => ({ ...current, includedParts: parts }));
          setStatus(
            parts.length === 0
              ? exportPageText.includeSavedNone
              : exportPageText.includeSaved(parts.map(({ part }) => exportText.parts[part].toLowerCase()).join(', ')),
          );
        }}
      >
        {(form) => {
          const chosen = (form.watch('parts') ?? []) as InternalPart[];
          return (
            <>
              <Choices
                type="checkbox"
                name="parts"
                legend={exportPageText.includeLegend}
                optional
                options={options.map((part) => ({ value: part, label: exportText.parts[part] }))}
              />
              {!hasPathwayLog && <p className="hint">{exportPageText.includeNoPathwayLog}</p>}
              {internalParts
                .filter((part) => chosen.includes(part))
                .map((part) => (
                  <TextArea key={part} name={`reasons.${part}`} label={exportPageText.includeReasonLabel(exportText.parts[part])} rows={3} />
                ))}
            </>
          );
        }}
      </Form>
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}

function CopyField({ label, copyLabel, value, multiline }: { label: string; copyLabel: string; value: string; multiline?: boolean }) {
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  const id = `email-${label.toLowerCase()}`;
  return (
    <div className="form-group">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {multiline ? <textarea className="textarea" id={id} readOnly value={value} rows={10} /> : <input className="input" id={id} readOnly value={value} />}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() =>
          navigator.clipboard
            .writeText(value)
            .then(() => setStatus('copied'))
            .catch(() => setStatus('failed'))
        }
      >
        {copyLabel}
      </button>
      <span role="status">{status === 'copied' ? exportPageText.copied(label) : status === 'failed' ? exportPageText.copyFailed : ''}</span>
    </div>
  );
}

function CoveringEmailPanel(props: {
  reference: string;
  attachmentName: string;
  recipients: readonly string[];
  signOff: string;
  descriptor?: string;
  basisWording: string | null;
}) {
  const email = buildCoveringEmail(props);
  return (
    <section aria-labelledby="email-title">
      <h2 className="heading-m" id="email-title">
        {exportPageText.emailHeading}
      </h2>
      <div className="inset-text">
        <p>{emailText.reminder}</p>
      </div>
      <CopyField label={exportPageText.emailTo} copyLabel={exportPageText.copyTo} value={email.to} />
      <CopyField label={exportPageText.emailSubject} copyLabel={exportPageText.copySubject} value={email.subject} />
      <CopyField label={exportPageText.emailBody} copyLabel={exportPageText.copyBody} value={email.body} multiline />
      {props.recipients.length > 0 ? (
        <a className="button button--secondary" href={email.mailto}>
          {exportPageText.openEmail}
        </a>
      ) : (
        <p className="hint">{exportPageText.noRecipients}</p>
      )}
    </section>
  );
}
