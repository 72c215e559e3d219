import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { emailBasisWording } from '../../../machines/consent-rationale';
import { emailText, exportPageText, referralText } from '../../content/referral.content';
import { Form } from '../../ui/form';
import { TextArea } from '../../ui/fields';
import { downloadPdf } from '../../pdf/download-pdf';
import { buildCoveringEmail } from './covering-email';
import { useReferral } from './referral-store';
import { loadSettings, recipientsFormSchema, saveSettings, type Settings } from './settings';
import { ReferralPage } from './referral-page';
import { useReferralDocument } from './use-referral-document';
import type { ReferralDocument } from '../../../forms/document';

export function ExportPage() {
  const { state, update } = useReferral();
  const [settings, setSettings] = useState<Settings>(loadSettings);
  const { problems, consent, j3, j3FromRecord, j3Mismatch, document } = useReferralDocument(settings.recipients);

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
      <RecipientsForm settings={settings} onSaved={setSettings} />
      {document && <PdfPanel document={document} />}
      {document && consent && (
        <CoveringEmailPanel
          reference={state.reference}
          recipients={settings.recipients}
          signOff={settings.signOff}
          basisWording={emailBasisWording(consent)}
        />
      )}
      {document && (
        <p className="body section-gap">
          <Link to="/referral/view">{exportPageText.viewLink}</Link>
        </p>
      )}
    </ReferralPage>
  );
}

function RecipientsForm({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const [status, setStatus] = useState<'saved' | 'not-saved' | null>(null);
  return (
    <section aria-labelledby="recipients-title">
      <h2 className="heading-m" id="recipients-title">
        {exportPageText.settingsHeading}
      </h2>
      <Form
        schema={recipientsFormSchema}
        defaultValues={{ recipients: settings.recipients.join('\n'), signOff: settings.signOff }}
        submitLabel={exportPageText.saveSettings}
        onValid={(values) => {
          onSaved(values);
          setStatus(saveSettings(values) ? 'saved' : 'not-saved');
        }}
      >
        <TextArea name="recipients" label={exportPageText.recipientsLabel} hint={exportPageText.recipientsHint} rows={3} />
        <TextArea name="signOff" label={exportPageText.signOffLabel} hint={exportPageText.signOffHint} rows={3} optional />
      </Form>
      {status && (
        <p className="body" role="status">
          {status === 'saved' ? exportPageText.settingsSaved : exportPageText.settingsNotSaved}
        </p>
      )}
    </section>
  );
}

type BuildState = { kind: 'idle' } | { kind: 'building' } | { kind: 'built'; name: string; pages: number } | { kind: 'failed'; detail: string };


function PdfPanel({ document }: { document: ReferralDocument }) {
  const [build, setBuild] = useState<BuildState>({ kind: 'idle' });
  const [warnings, setWarnings] = useState<{ field: string; label: string; characters: string[] }[] | null>(null);
  useEffect(() => {
    // The check needs no fonts: it reads the fonts' coverage tables.
    let live = true;
    import('../../pdf/build-referral-pdf')
      .then((pdf) => live && setWarnings(pdf.findUnrenderable(document)))
      .catch(() => live && setWarnings(null));
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
    <section aria-labelledby="pdf-title">
      <h2 className="heading-m" id="pdf-title">
        {exportPageText.pdfHeading}
      </h2>
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
      <p className="body">{exportPageText.pdfBody}</p>
      <button type="button" className="button" onClick={download} disabled={build.kind === 'building'}>
        {exportPageText.download}
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

function CoveringEmailPanel(props: { reference: string; recipients: readonly string[]; signOff: string; basisWording: string | null }) {
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

