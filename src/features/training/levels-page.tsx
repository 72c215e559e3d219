import { useId, useMemo, useState } from 'react';
import { citeSource } from '../../../forms/source-citation';
import { Link } from 'react-router';
import { frameworkLevels, levelsText } from '../../content/training-levels.content';
import { usePageHeading } from '../../ui/page-heading';
import { searchRoles } from './level-search';
import { SourcedList, SummaryList } from './trainer-parts';
import { TRAINING_ROOT } from './training-urls';

const text = levelsText;

/** "Which training level?": the framework's six levels, with a search by role (000 §3–11). */
export function LevelsPage() {
  const heading = usePageHeading(text.tabTitle);
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchRoles(frameworkLevels, query), [query]);
  const id = useId();
  const inputId = `${id}-role`;
  const hintId = `${id}-hint`;
  const trimmed = query.trim();

  return (
    <>
      <h1 className="heading-xl" tabIndex={-1} ref={heading}>
        {text.title}
      </h1>
      {text.intro.map((paragraph) => (
        <p key={paragraph} className="body-l">
          {paragraph}
        </p>
      ))}
      <p className="source">
        {text.sourceLabel} {citeSource(text.introSource)}
      </p>
      <form role="search" className="role-search" onSubmit={(event) => event.preventDefault()}>
        <div className="form-group">
          <label className="label label--large" htmlFor={inputId}>
            {text.searchLabel}
          </label>
          <div className="hint" id={hintId}>
            {text.searchHint}
          </div>
          <input
            className="input input--half"
            id={inputId}
            type="search"
            aria-describedby={hintId}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
          />
        </div>
      </form>
      <section aria-labelledby="role-results-title" className="role-results">
        <h2 className="heading-m" id="role-results-title">
          {text.resultsHeading}
        </h2>
        <p className="body" role="status">
          {trimmed ? text.resultCount(matches.length, trimmed) : text.emptyQuery}
        </p>
        {matches.length > 0 && (
          <ul className="role-results__list">
            {matches.map((match) => (
              <li key={`${match.level.id}-${match.group}`} className="role-results__item">
                <span className="role-results__level">{text.requiresLevel(match.level.id)}</span> <span>{match.group}</span>{' '}
                <span className="trainer__source">({[match.level.name, citeSource(match.level.source)].filter(Boolean).join('; ')})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <SourcedList items={text.facts} />
      <h2 className="heading-m">{text.levelsHeading}</h2>
      {frameworkLevels.map((level) => (
        <section key={level.id} className="level" aria-labelledby={`level-${level.id.replace('/', '-')}`}>
          <h3 className="heading-s level__title" id={`level-${level.id.replace('/', '-')}`}>
            {level.name}
          </h3>
          <p className="body">{level.definition}</p>
          <SummaryList
            rows={[
              [text.columns.compliance, level.compliance],
              [text.columns.refresher, level.refresher],
              [text.columns.howGained, level.howGained],
              [text.columns.cpd, level.cpd],
            ]}
          />
          <details className="details">
            <summary className="details__summary">
              {text.columns.staffGroups} ({level.staffGroups.length})
            </summary>
            <ul className="list">
              {level.staffGroups.map((group) => (
                <li key={group}>{group}</li>
              ))}
            </ul>
          </details>
          <details className="details">
            <summary className="details__summary">{text.columns.competencies}</summary>
            <ul className="list">
              {level.competencies.map((competency) => (
                <li key={competency}>{competency}</li>
              ))}
            </ul>
          </details>
          <p className="source">
            {text.sourceLabel} {citeSource(level.source)}
          </p>
        </section>
      ))}
      <p className="body">
        {text.edition} <span className="trainer__source">({citeSource(text.editionSource)})</span>
      </p>
      <p className="body">
        <Link to={TRAINING_ROOT}>{text.backToTrainer}</Link>
      </p>
    </>
  );
}
