import type { ReactNode } from 'react';
import { citeSource } from '../../../forms/source-citation';
import { usePageHeading } from '../../ui/page-heading';

/**
 * The page's one h1, focused on arrival as on every page. Rendered inside `TrainerFrame`, which
 * then brings the projected view back to the top.
 */
export function TrainerTitle({ tabTitle, large, children }: { tabTitle: string; large?: boolean; children: ReactNode }) {
  const heading = usePageHeading(tabTitle);
  return (
    <h1 className={large ? 'heading-xl' : 'heading-l'} tabIndex={-1} ref={heading}>
      {children}
    </h1>
  );
}

/** Label and value rows. */
export function SummaryList({ rows }: { rows: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="summary-list">
      {rows.map(([label, value]) => (
        <div className="summary-list__row" key={label}>
          <dt className="summary-list__key">{label}</dt>
          <dd className="summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A list of points, each with the source it comes from. */
export function SourcedList({ items }: { items: readonly { text: string; source: string }[] }) {
  return (
    <ul className="list">
      {items.map((item) => (
        <li key={item.text}>
          {item.text} {citeSource(item.source) && <span className="trainer__source">({citeSource(item.source)})</span>}
        </li>
      ))}
    </ul>
  );
}
