import { NOT_GIVEN, type DocSection, type DocTable, type ReferralDocument } from '../../../forms/document';
import { viewText } from '../../content/referral-export.content';
import { DecisionLogTable } from '../../ui/decision-log';

const isTable = (part: DocSection | DocTable): part is DocTable => 'columns' in part;

function Section({ section, showHeading = true }: { section: DocSection; showHeading?: boolean }) {
  return (
    <section className="doc-section">
      {showHeading && <h2 className="heading-m">{section.heading}</h2>}
      {section.intro?.map((text) => (
        <p className="body" key={text}>
          {text}
        </p>
      ))}
      {section.rows.length > 0 && (
        <dl className="summary-list">
          {section.rows.map((row, index) => (
            <div className="summary-list__row" key={`${row.field ?? row.label}-${index}`}>
              <dt className="summary-list__key">{row.label}</dt>
              <dd className="summary-list__value">{row.value || NOT_GIVEN}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function Table({ table }: { table: DocTable }) {
  return (
    <section className="doc-section">
      {table.intro?.map((text) => (
        <p className="body" key={text}>
          {text}
        </p>
      ))}
      <DecisionLogTable
        label={table.heading}
        columns={table.columns}
        rows={table.rows.map((row, index) => ({ key: String(index), cells: row.map((cell) => ({ text: cell, format: 'pre-wrap' })) }))}
      />
    </section>
  );
}

/**
 * The same document as the PDF, as accessible HTML: headings, definition lists and tables a screen
 * reader can move through (pdf-lib cannot tag a PDF), marked at the top and bottom, and printable
 * with the marking on every page.
 */
export function DocumentView({ document }: { document: ReferralDocument }) {
  const marking = document.descriptor ? `${document.marking} ${document.descriptor.toUpperCase()}` : document.marking;
  return (
    <article className="document" aria-label={viewText.label(document.title, document.reference)} lang="en-GB">
      <p className="marking">{marking}</p>
      {document.training && <p className="training-banner">{viewText.training}</p>}
      <p className="body">
        {viewText.reference}: <strong>{document.reference}</strong> · {viewText.formVersion}: {document.formVersion}
      </p>
      {document.sections.map((section) => (
        <Section key={section.heading} section={section} />
      ))}
      {document.appendices.map((part, index) => (
        <div key={`${part.heading}-${index}`} className="doc-appendix">
          <h2 className="heading-m">{viewText.appendix(document.appendixName ?? viewText.appendixName, index, part.heading)}</h2>
          {isTable(part) ? <Table table={part} /> : <Section section={part} showHeading={false} />}
        </div>
      ))}
      <p className="marking">{marking}</p>
    </article>
  );
}
