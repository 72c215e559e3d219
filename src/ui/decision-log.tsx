import type { ReactNode } from 'react';

/** One cell: its text, and the source (or who) printed small under it. */
export interface LogCell {
  text: ReactNode;
  source?: string;
  /** `pre-wrap` keeps the line breaks of typed notes; `when` keeps a date and time on one line. */
  format?: 'pre-wrap' | 'when';
}

export interface LogRow {
  key: string;
  /** One cell per column, in the columns' order. */
  cells: readonly LogCell[];
  className?: string;
}

/**
 * Every on-screen decision log (the pathway's, the consent decision's, the trainer's debrief and the
 * document view's tables): a table with a caption (or, under a heading of its own, a label) on wide
 * screens; below 40em each row is stacked with its column names, as a summary list.
 */
export function DecisionLogTable({
  caption,
  label,
  columns,
  rows,
  className,
}: {
  caption?: string;
  label?: string;
  columns: readonly string[];
  rows: readonly LogRow[];
  className?: string;
}) {
  return (
    <table className={className ? `table decision-log ${className}` : 'table decision-log'} aria-label={caption ? undefined : label}>
      {caption && <caption className="table__caption">{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className={row.className}>
            {row.cells.map((cell, index) => (
              <td key={columns[index] ?? index} data-label={columns[index]} className={cellClass[cell.format ?? 'plain']}>
                {cell.text}
                {cell.source && <span className="table__source">{cell.source}</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const cellClass = { plain: undefined, 'pre-wrap': 'pre-wrap', when: 'table__when decision-log__when' } as const;
