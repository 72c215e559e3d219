import { formatUkDate } from '../../../forms/date-input.schema';
import { checklistText } from '../../../forms/indicators';
import { citeSource } from '../../../forms/source-citation';
import { roleLabels, type ConcernContext, type DecisionLogEntry } from '../../../machines/concern.machine';
import { fieldText, pathwayText } from '../../content/concern.content';
import { DecisionLogTable } from '../../ui/decision-log';

const formatTime = (iso: string) => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

function Row({ label, value }: { label: string; value: string | undefined }) {
  if (!value) return null;
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">{value}</dd>
    </div>
  );
}

/** What the record shows of either pathway's context: the log (its entries name the pathway's steps), the record of concern, the emergency record. */
export interface RecordedJourney extends Pick<ConcernContext, 'record'> {
  log: readonly (Omit<DecisionLogEntry, 'step'> & { step: string })[];
  emergency: Pick<ConcernContext['emergency'], 'record'>;
}

/**
 * The whole record: the decision log (004 App 4a: "always document your decision-making and
 * rationale at the time") and what was recorded. Printed with the OFFICIAL-SENSITIVE marking at
 * the top and bottom of every page.
 */
export function DecisionLog({ context }: { context: RecordedJourney }) {
  const record = context.record;
  const text = fieldText.record;
  return (
    <section className="record" aria-labelledby="record-title">
      <p className="marking">OFFICIAL-SENSITIVE</p>
      <h2 className="heading-m" id="record-title">
        {pathwayText.recordHeading}
      </h2>
      <p className="body no-print">{pathwayText.recordIntro}</p>
      <DecisionLogTable
        caption={pathwayText.logCaption}
        columns={[
          pathwayText.logColumns.step,
          pathwayText.logColumns.answer,
          pathwayText.logColumns.notes,
          pathwayText.logColumns.who,
          pathwayText.logColumns.when,
        ]}
        rows={context.log.map((entry, index) => ({
          key: `${entry.step}-${index}`,
          cells: [
            { text: entry.question, source: citeSource(entry.source) },
            { text: entry.answer },
            { text: entry.notes, format: 'pre-wrap' },
            { text: entry.role ? roleLabels[entry.role] : pathwayText.roleNotGiven, source: entry.actor },
            { text: formatTime(entry.at), format: 'when' },
          ],
        }))}
      />
      {record && (
        <>
          <h3 className="heading-s">{pathwayText.recordCaption}</h3>
          <dl className="summary-list">
            <Row label={text.whatHappened.label} value={record.whatHappened} />
            <Row label={text.whenNoticed.legend} value={formatUkDate(record.whenNoticed)} />
            <Row label={text.exactWords.label} value={record.exactWords} />
            <Row label={text.opinion.label} value={record.opinion} />
            <Row label={text.indicatorsLegend} value={record.indicators.map(checklistText).join('\n')} />
            <Row label={text.vulnerabilitiesLegend} value={record.vulnerabilities.map(checklistText).join('\n')} />
            <Row label={text.discussedWith.label} value={record.discussedWith} />
            <Row label={text.reporterName.label} value={record.reporterName} />
            <Row label={text.reporterRole.label} value={record.reporterRole} />
          </dl>
        </>
      )}
      {context.emergency.record && (
        <>
          <h3 className="heading-s">{pathwayText.emergencyCaption}</h3>
          <dl className="summary-list">
            <Row label={fieldText.emergencyRecord.whatHappened.label} value={context.emergency.record.whatHappened} />
            <Row label={fieldText.emergencyRecord.exactWords.label} value={context.emergency.record.exactWords} />
          </dl>
        </>
      )}
      <p className="marking">OFFICIAL-SENSITIVE</p>
    </section>
  );
}
