import { createContext, useContext, useEffect, useId, useMemo, useRef, useState, type ComponentType } from 'react';
import { Link, useNavigate } from 'react-router';
import { citeSource } from '../../../forms/source-citation';
import { completionText as text } from '../../content/training-record.content';
import { downloadPdf } from '../../pdf/download-pdf';
import {
  completionCsv,
  completionDocument,
  countsByLevel,
  parseAttendees,
  recordLevels,
  refresherDates,
  ukDate,
  type CompletionRecord,
  type RecordLevel,
} from './completion-record';
import { TrainerTitle } from './trainer-parts';
import { TRAINING_ROOT } from './training-urls';

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** Hands a file to the browser as a download; nothing is kept. */
function downloadText(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type PdfState = { kind: 'idle' } | { kind: 'building' } | { kind: 'built'; name: string } | { kind: 'failed' };

/** What this tab has kept of the record: nothing, a record, or a kept draft that is not a record this release reads. */
export type KeptRecord = { status: 'none' } | { status: 'loaded'; record: CompletionRecord } | { status: 'unreadable' };

/**
 * Keeping the record as an encrypted draft, like any other record. Given by the app
 * (src/app/training-record-keeper.tsx, on the drafts' session): trainer mode does not import drafts.
 */
export interface RecordKeeper {
  /** The record this tab has open as a draft (after a save, a reload, or "Open" in the saved drafts). */
  load(): KeptRecord;
  /** Saves the record as this tab's encrypted draft; returns where the trainer goes to finish (set or enter the passphrase), or null. */
  save(record: CompletionRecord): Promise<string | null>;
  /** After the first save: each change replaces the draft's content. */
  update(record: CompletionRecord): void;
  /** Whether it is kept, where, and the links (hand-over file, saved drafts). */
  Status: ComponentType;
}

/** No keeper (trainer mode rendered on its own, as in its component tests): the record lives in the page only. */
export const RecordKeeperContext = createContext<RecordKeeper | null>(null);

const blank = { date: '', levels: ['3'], covered: '', attendees: [] } as const;

/**
 * The completion record (domain-spec §5.6): the date, the levels and the attendees, exported as CSV
 * or PDF with each refresher date, and counts by level for the quarterly return. Held in this page's
 * memory until the trainer saves it as an encrypted draft (the keeper the app gives).
 */
export function RecordPage() {
  const id = useId();
  const keeper = useContext(RecordKeeperContext);
  const navigate = useNavigate();
  // Read once, when the page opens: a draft reopened from the list, after a reload, or after setting the passphrase.
  const [kept] = useState<KeptRecord>(() => keeper?.load() ?? { status: 'none' });
  const initial = kept.status === 'loaded' ? kept.record : { ...blank, date: today() };
  const [date, setDate] = useState(initial.date);
  const [levels, setLevels] = useState<RecordLevel[]>([...initial.levels]);
  const [covered, setCovered] = useState(initial.covered);
  const [attendeesText, setAttendeesText] = useState(initial.attendees.join('\n'));
  const [pdf, setPdf] = useState<PdfState>({ kind: 'idle' });
  const [isDraft, setIsDraft] = useState(kept.status === 'loaded');
  const record = useMemo<CompletionRecord>(
    () => ({ date, levels, covered: covered.trim(), attendees: parseAttendees(attendeesText) }),
    [date, levels, covered, attendeesText],
  );
  // Once saved as a draft, every change is saved too (as the other records are); never before.
  const lastKept = useRef(record);
  useEffect(() => {
    if (!keeper || !isDraft || lastKept.current === record) return;
    lastKept.current = record;
    keeper.update(record);
  }, [keeper, isDraft, record]);
  const saveDraft = async () => {
    if (!keeper) return;
    lastKept.current = record;
    const next = await keeper.save(record);
    setIsDraft(true);
    if (next) navigate(next);
  };
  const complete = /^\d{4}-\d{2}-\d{2}$/.test(date) && levels.length > 0 && record.attendees.length > 0;
  const dates = refresherDates(date);
  const counts = countsByLevel([record]);
  const toggle = (level: RecordLevel) =>
    setLevels((current) =>
      current.includes(level) ? current.filter((item) => item !== level) : recordLevels.filter((item) => item === level || current.includes(item)),
    );

  const exportPdf = async () => {
    setPdf({ kind: 'building' });
    try {
      const { name } = await downloadPdf(completionDocument(record, new Date()));
      setPdf({ kind: 'built', name });
    } catch {
      setPdf({ kind: 'failed' });
    }
  };

  return (
    <div className="trainer__main trainer__main--single record-page">
      <TrainerTitle tabTitle={text.tabTitle}>{text.title}</TrainerTitle>
      {text.intro.map((paragraph) => (
        <p key={paragraph} className="body">
          {paragraph}
        </p>
      ))}
      <p className="trainer__source">({citeSource(text.source)})</p>
      <form onSubmit={(event) => event.preventDefault()}>
        <div className="form-group">
          <label className="label" htmlFor={`${id}-date`}>
            {text.dateLabel}
          </label>
          <div className="hint" id={`${id}-date-hint`}>
            {text.dateHint}
          </div>
          <input
            className="input input--half"
            type="date"
            id={`${id}-date`}
            aria-describedby={`${id}-date-hint`}
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
        </div>
        <div className="form-group">
          <fieldset className="nhsuk-fieldset" aria-describedby={`${id}-levels-hint`}>
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{text.levelsLegend}</legend>
            <div className="hint" id={`${id}-levels-hint`}>
              {text.levelsHint}
            </div>
            <div className="nhsuk-checkboxes nhsuk-checkboxes--small record-page__levels">
              {recordLevels.map((level) => (
                <div className="nhsuk-checkboxes__item" key={level}>
                  <input
                    className="nhsuk-checkboxes__input"
                    type="checkbox"
                    id={`${id}-level-${level}`}
                    checked={levels.includes(level)}
                    onChange={() => toggle(level)}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${id}-level-${level}`}>
                    {text.levelName(level)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="form-group">
          <label className="label" htmlFor={`${id}-covered`}>
            {text.coveredLabel}
          </label>
          <div className="hint" id={`${id}-covered-hint`}>
            {text.coveredHint}
          </div>
          <input
            className="input"
            id={`${id}-covered`}
            aria-describedby={`${id}-covered-hint`}
            value={covered}
            onChange={(event) => setCovered(event.target.value)}
            autoComplete="off"
          />
        </div>
        <div className="form-group">
          <label className="label" htmlFor={`${id}-attendees`}>
            {text.attendeesLabel}
          </label>
          <div className="hint" id={`${id}-attendees-hint`}>
            {text.attendeesHint}
          </div>
          <textarea
            className="textarea"
            id={`${id}-attendees`}
            rows={8}
            aria-describedby={`${id}-attendees-hint`}
            value={attendeesText}
            onChange={(event) => setAttendeesText(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </form>
      <h2 className="heading-m">{text.summaryHeading}</h2>
      <p className="body" role="status">
        {text.summary(record.attendees.length, levels.map(text.levelName).join(', '))}{' '}
        {dates.annualUpdate && text.refreshers(ukDate(dates.annualUpdate), ukDate(dates.refresher))}
      </p>
      <h2 className="heading-m">{text.countsHeading}</h2>
      <p className="body">
        {text.countsIntro} <span className="trainer__source">({citeSource(text.countsSource)})</span>
      </p>
      <table className="nhsuk-table record-page__counts">
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">
              {text.countsColumns.level}
            </th>
            <th scope="col" className="nhsuk-table__header">
              {text.countsColumns.attendees}
            </th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {recordLevels.map((level) => (
            <tr className="nhsuk-table__row" key={level}>
              <th scope="row" className="nhsuk-table__header">
                {text.levelName(level)}
              </th>
              <td className="nhsuk-table__cell">{counts[level]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!complete && <p className="hint">{text.incomplete}</p>}
      <div className="button-group">
        <button
          type="button"
          className="button"
          disabled={!complete}
          onClick={() => downloadText(`prevent-training-record-${date}.csv`, 'text/csv;charset=utf-8', completionCsv(record))}
        >
          {text.csvButton}
        </button>
        <button type="button" className="button button--secondary" disabled={!complete || pdf.kind === 'building'} onClick={exportPdf}>
          {text.pdfButton}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {pdf.kind === 'building' && <p className="body">{text.building}</p>}
        {pdf.kind === 'built' && <p className="body">{text.built(pdf.name)}</p>}
        {pdf.kind === 'failed' && <p className="error-message">{text.failed}</p>}
      </div>
      {keeper && (
        <section className="record-page__draft" aria-labelledby={`${id}-draft`}>
          <h2 className="heading-m" id={`${id}-draft`}>
            {text.draft.heading}
          </h2>
          {kept.status === 'unreadable' && (
            <div className="error-summary" role="alert">
              <p className="body">{text.draft.unreadable}</p>
            </div>
          )}
          <p className="body">{text.draft.body}</p>
          {/* First what is kept now (a locked draft: unlock to open it), then the button that keeps this one. */}
          <keeper.Status />
          {!isDraft && (
            <button type="button" className="button button--secondary" onClick={() => void saveDraft()}>
              {text.draft.save}
            </button>
          )}
        </section>
      )}
      {!isDraft && <p className="hint">{text.nothingStored}</p>}
      <p className="body">
        <Link to={TRAINING_ROOT}>{text.backToTrainer}</Link>
      </p>
    </div>
  );
}
