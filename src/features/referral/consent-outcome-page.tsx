import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { decisionTable, j3Answer, missingForExport, scheduleOneConditions, sharesInformation, type ConsentRecord } from '../../../forms/consent-record.schema';
import { citeSource } from '../../../forms/source-citation';
import { finishedRecord, type ConsentLogEntry } from '../../../machines/consent.machine';
import { consentText, consentWizardText, type OutcomeContent } from '../../content/consent.content';
import { DecisionLogTable } from '../../ui/decision-log';
import { usePageHeading } from '../../ui/page-heading';
import { ContactList } from '../../ui/contact-list';
import { ConsentFrame, ConsentGuidance } from './consent-frame';
import { useConsentJourney } from './consent-journey';

const text = consentWizardText.outcome;

/** DD/MM/YYYY HH:MM in the user's time zone. */
function formatUkDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">{children}</dd>
    </div>
  );
}

/** The situations followed, in words (the table's row numbers stay internal). */
const situations = (record: ConsentRecord) => record.rowsFollowed.map((row) => decisionTable[row].situation).join('; then ');

/** The finished record: route, row, basis, gateways, items, rationale and whether the person was told. */
export function ConsentRecordSummary({ record }: { record: ConsentRecord }) {
  const items = Object.entries(record.items);
  return (
    <section className="record" aria-labelledby="consent-record-title">
      <h2 className="heading-m" id="consent-record-title">
        {text.recordHeading}
      </h2>
      <p className="body no-print">{text.recordIntro}</p>
      <dl className="summary-list">
        <Row label={text.route}>{record.route}</Row>
        <Row label={text.situation}>{situations(record)}</Row>
        <Row label={consentText.basisHeading}>{record.basis}</Row>
        {record.article9Condition && <Row label={text.article9}>{scheduleOneConditions[record.article9Condition].label}</Row>}
        {record.offenceData && (
          <Row label={text.offenceData}>
            {record.offenceData === 'yes' && record.article10Condition
              ? scheduleOneConditions[record.article10Condition].label
              : text.yesNo[record.offenceData]}
          </Row>
        )}
        {record.appropriatePolicyDocument && <Row label={text.policyDocument}>{text.yesNo[record.appropriatePolicyDocument]}</Row>}
        <Row label={consentText.gatewaysHeading}>
          {record.legalGateways.length > 0 ? (
            <ul className="list">
              {record.legalGateways.map((gateway) => (
                <li key={gateway}>{gateway}</li>
              ))}
            </ul>
          ) : (
            text.noGateways
          )}
        </Row>
        <Row label={text.informed}>
          {text.informedAnswer[j3Answer(record)]}
          {record.informedNotes && `. ${record.informedNotes}`}
        </Row>
        {record.recipients && <Row label={text.recipients}>{record.recipients}</Row>}
        <Row label={text.decisionMaker}>{`${record.decisionMaker.name}, ${record.decisionMaker.role}`}</Row>
        <Row label={text.decidedAt}>{formatUkDateTime(record.decidedAt)}</Row>
      </dl>
      {items.length > 0 && (
        <>
          <h3 className="heading-s">{consentText.itemsHeading}</h3>
          <dl className="summary-list">
            {items.map(([label, value]) => (
              <Row key={label} label={label}>
                {value}
              </Row>
            ))}
          </dl>
        </>
      )}
      <h3 className="heading-s">{text.rationale}</h3>
      <p className="body pre-wrap">{record.rationale}</p>
      <p className="hint">{`${text.rationaleNote}: ${record.rationaleWordingApproved}`}</p>
      <MissingForExport record={record} />
    </section>
  );
}

/** What export still needs from this record (for example the appropriate policy document), named. */
function MissingForExport({ record }: { record: ConsentRecord }) {
  const missing = sharesInformation(record) ? missingForExport(record) : [];
  if (missing.length === 0) return null;
  return (
    <div className="notification" role="status">
      <h3 className="heading-s">{consentText.missingHeading}</h3>
      <ul className="list">
        {missing.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

/** The machine's log: each question as the lead saw it, the answer, notes, when, and the source. */
export function ConsentLogTable({ log }: { log: readonly ConsentLogEntry[] }) {
  const columns = text.logColumns;
  return (
    <DecisionLogTable
      caption={text.logHeading}
      columns={[columns.question, columns.answer, columns.notes, columns.when]}
      rows={log.map((entry, index) => ({
        key: `${entry.step}-${index}`,
        cells: [
          { text: entry.question, source: citeSource(entry.source) },
          { text: entry.answer },
          { text: entry.notes, format: 'pre-wrap' },
          { text: formatUkDateTime(entry.at), format: 'when' },
        ],
      }))}
    />
  );
}

/** The end of the decision: what happens next, the record, the log, and the way back to the task list. */
export function ConsentOutcomePage({ content }: { content: OutcomeContent }) {
  const { snapshot } = useConsentJourney();
  const heading = usePageHeading(content.tabTitle);
  const record = finishedRecord(snapshot.context.draft);
  return (
    <ConsentFrame source={content.source}>
      <div className="panel panel--outcome">
        <h1 className="heading-l" tabIndex={-1} ref={heading}>
          {content.title}
        </h1>
      </div>
      <ConsentGuidance paragraphs={content.guidance} />
      <h2 className="heading-m">{text.nextHeading}</h2>
      <dl className="summary-list">
        {content.next.map((item) => (
          <Row key={item.what} label={item.who}>
            {item.what}
          </Row>
        ))}
      </dl>
      {content.contacts && (
        <>
          <h2 className="heading-m">{text.contactsHeading}</h2>
          <ContactList keys={content.contacts} />
        </>
      )}
      <div className="button-group no-print">
        <Link to="/referral" className="button">
          {consentWizardText.backToTasks}
        </Link>
      </div>
      {record && <ConsentRecordSummary record={record} />}
      <ConsentLogTable log={snapshot.context.log} />
    </ConsentFrame>
  );
}
