import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { citeSource } from '../../../forms/source-citation';
import { requestText as t, requestSteps, requestDocumentText } from '../../content/request.content';
import { downloadPdf } from '../../pdf/download-pdf';
import { DecisionLogTable } from '../../ui/decision-log';
import { usePageHeading } from '../../ui/page-heading';
import { useJourneyStep } from '../../journey/journey-provider';
import { requestJourney } from './request-journey';
import { mailtoFor, requestRecordDocument, requestReply } from './request-outputs';

/** The end of a request: the reply to send (copy or open in email) and the internal record as a PDF. */
export function RequestOutcomePage({ restart }: { restart: () => void }) {
  const { snapshot, step } = useJourneyStep(requestJourney);
  const content = requestSteps[step];
  const heading = usePageHeading(content.tabTitle);
  const reply = useMemo(() => requestReply(snapshot.context), [snapshot.context]);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [pdf, setPdf] = useState<{ status: 'idle' | 'busy' | 'failed' } | { status: 'done'; name: string; pages: number }>({ status: 'idle' });
  const copyReply = () =>
    navigator.clipboard
      .writeText(`${reply.subject}\n\n${reply.body}`)
      .then(() => setCopy('copied'))
      .catch(() => setCopy('failed'));
  const download = () => {
    setPdf({ status: 'busy' });
    downloadPdf(requestRecordDocument(snapshot.context, new Date().toISOString()))
      .then(({ name, pages }) => setPdf({ status: 'done', name, pages }))
      .catch(() => setPdf({ status: 'failed' }));
  };
  const columns = requestDocumentText.logColumns;
  return (
    <>
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {content.title}
      </h1>
      <h2 className="heading-m">{t.outcome.replyHeading}</h2>
      <p className="hint">{t.outcome.replyHint}</p>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t.outcome.subject}</dt>
          <dd className="summary-list__value" data-testid="reply-subject">
            {reply.subject}
          </dd>
        </div>
      </dl>
      <label className="label" htmlFor="reply-body">
        {t.outcome.body}
      </label>
      <textarea id="reply-body" className="nhsuk-textarea" rows={14} readOnly value={reply.body} />
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={copyReply}>
          {t.outcome.copy}
        </button>
        <a className="button button--secondary" href={mailtoFor(reply)}>
          {t.outcome.mailto}
        </a>
      </div>
      <p role="status" className="body">
        {copy === 'copied' ? t.outcome.copied : copy === 'failed' ? t.outcome.copyFailed : ''}
      </p>
      <h2 className="heading-m">{t.outcome.recordHeading}</h2>
      <p className="body">{t.outcome.recordBody}</p>
      <button type="button" className="button" onClick={download} disabled={pdf.status === 'busy'}>
        {pdf.status === 'busy' ? t.outcome.downloading : t.outcome.download}
      </button>
      <p role="status" className="body">
        {pdf.status === 'done' ? t.outcome.downloaded(pdf.name, pdf.pages) : pdf.status === 'failed' ? t.outcome.downloadFailed : ''}
      </p>
      <DecisionLogTable
        caption={t.outcome.logHeading}
        columns={columns.slice(0, 4)}
        rows={snapshot.context.log.map((entry) => ({
          key: `${entry.step}-${entry.at}`,
          cells: [
            { text: entry.at.slice(11, 16) },
            { text: entry.question },
            { text: entry.answer },
            { text: entry.notes, source: citeSource(entry.source), format: 'pre-wrap' },
          ],
        }))}
      />
      <div className="button-group">
        <Link
          to={requestJourney.urlFor('urgent')}
          className="button button--secondary"
          onClick={() => {
            restart();
          }}
        >
          {t.outcome.startAgain}
        </Link>
        <Link to="/">{t.outcome.home}</Link>
      </div>
      <p className="source">
        {t.sourceLabel} {citeSource(content.source)}
      </p>
    </>
  );
}
