import { useId, type ReactNode } from 'react';

/**
 * The one table of the web app: a caption (what the table lists, read out by screen readers), a header row of column
 * names and the caller's rows, inside the scrolling wrapper. Lists that can grow use `PagedTable`, which adds
 * "N in all" and the pager around it.
 */
export function DataTable({
  caption,
  columns,
  children,
  className = 'responsive-table',
  captionClassName,
  testId,
  wrap = true,
}: {
  readonly caption: ReactNode;
  /** `visually-hidden` where a heading above already says what the table lists. */
  readonly captionClassName?: string;
  /** The column names, in order (each a `<th scope="col">`). */
  readonly columns: readonly ReactNode[];
  readonly children: ReactNode;
  readonly className?: string;
  readonly testId?: string | undefined;
  /** False inside a wrapper of its own (a chart's figure keeps its table's scrolling wrapper). */
  readonly wrap?: boolean;
}) {
  const captionId = useId();
  // The wrapper scrolls a wide table on a phone: it takes the keyboard focus so it can be scrolled without a mouse
  // (axe: scrollable-region-focusable), named by the caption.
  const table = (
    <table className={className || undefined} data-testid={testId}>
      <caption id={captionId} className={captionClassName}>
        {caption}
      </caption>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th key={index} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  if (!wrap) return table;
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      {table}
    </div>
  );
}
