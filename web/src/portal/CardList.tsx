import type { ReactNode } from 'react';
import { ErrorAlert } from '../ui/messages.tsx';

/** The portal's lists of cards (applications, notices, services): the error, the empty message, one card per item. */
export function CardList<T>({
  items,
  error,
  empty,
  itemKey,
  testId,
  children,
}: {
  readonly items: readonly T[] | null | undefined;
  readonly error: unknown;
  readonly empty: string;
  readonly itemKey: (item: T) => string;
  readonly testId?: string;
  readonly children: (item: T) => ReactNode;
}) {
  return (
    <>
      <ErrorAlert error={error} />
      {items?.length === 0 ? <p>{empty}</p> : null}
      <ul className="portal-cards" data-testid={testId}>
        {(items ?? []).map((item) => (
          <li key={itemKey(item)} className="portal-card">
            {children(item)}
          </li>
        ))}
      </ul>
    </>
  );
}
