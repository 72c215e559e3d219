import { useMemo, useState } from 'react';
import { citeSource } from '../../../forms/source-citation';
import { afterReferralText, recordNoteText } from '../../content/concern.content';
import { recordNote, type NoteOutcome, type NoteSource } from './record-note';

/** The note for the patient's record (or the colleague's HR file): copy button, printed with the page. */
export function RecordNotePanel({ source, outcome }: { source: NoteSource; outcome: NoteOutcome }) {
  const note = useMemo(() => recordNote(source, outcome), [source, outcome]);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const who = source.subject === 'colleague' ? 'colleague' : 'patient';
  const copyNote = () => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard) return setCopy('failed');
    clipboard
      .writeText(note)
      .then(() => setCopy('copied'))
      .catch(() => setCopy('failed'));
  };
  const source_ = citeSource(recordNoteText.source);
  return (
    <section className="record-note" aria-labelledby="record-note-title">
      <h2 className="heading-m" id="record-note-title">
        {recordNoteText.heading[who]}
      </h2>
      <p className="body">{recordNoteText.intro[who]}</p>
      {who === 'patient' && (
        <div className="inset-text">
          {recordNoteText.advice.map((text) => (
            <p key={text} className="body">
              {text}
            </p>
          ))}
        </div>
      )}
      <label className="label" htmlFor="record-note-text">
        {recordNoteText.label}
      </label>
      <textarea className="textarea record-note__text" id="record-note-text" readOnly rows={Math.min(14, note.split('\n').length + 2)} value={note} />
      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={copyNote}>
          {recordNoteText.copy}
        </button>
      </div>
      <p className="body" role="status">
        {copy === 'copied' ? recordNoteText.copied : copy === 'failed' ? recordNoteText.copyFailed : ''}
      </p>
      {source_ && <p className="hint">{source_}</p>}
    </section>
  );
}

/** What the referrer can expect, and what to do if nothing seems to happen. */
export function AfterReferral() {
  const source = citeSource(afterReferralText.source);
  return (
    <section aria-labelledby="after-referral-title">
      <h2 className="heading-m" id="after-referral-title">
        {afterReferralText.heading}
      </h2>
      {afterReferralText.paragraphs.map((text) => (
        <p key={text} className="body">
          {text}
        </p>
      ))}
      {source && <p className="hint">{source}</p>}
    </section>
  );
}
