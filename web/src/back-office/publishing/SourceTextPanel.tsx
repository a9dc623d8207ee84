import { memo, useId, useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { highlightPieces, quotesByLine, type DraftCitation } from './cited-lines.ts';

/** The id of a line's element, for "show in the text". */
export const sourceLineId = (line: number) => `source-line-${line}`;

/** Scrolls the text to a line and moves focus there (keyboard and screen-reader users land on it too). */
export function showSourceLine(line: number): void {
  const element = document.getElementById(sourceLineId(line));
  element?.scrollIntoView({ block: 'center' });
  element?.focus({ preventScroll: true });
}

/** The stored text, numbered as citations count it, every cited quote highlighted and every unplaced line marked. */
export const SourceTextPanel = memo(function SourceTextPanel({
  fileName,
  text,
  citations,
  unresolved,
}: {
  readonly fileName: string;
  readonly text: string;
  readonly citations: readonly DraftCitation[];
  readonly unresolved: ReadonlyArray<{ readonly line: number; readonly reason: string }>;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const lines = useMemo(() => text.split('\n'), [text]);
  const cited = useMemo(() => quotesByLine(citations), [citations]);
  const unplaced = useMemo(() => new Map(unresolved.map((u) => [u.line, u.reason])), [unresolved]);
  return (
    <section className="publishing-source" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('publishing.review.sourceHeading', { file: fileName })}</h2>
      <p className="hint">{t('publishing.review.sourceIntro')}</p>
      <div className="publishing-source-scroll" tabIndex={0} role="region" aria-labelledby={headingId}>
        <ol className="publishing-lines">
          {lines.map((line, index) => {
            const number = index + 1;
            const marks = cited.get(number);
            const reason = unplaced.get(number);
            const className = [marks ? 'line-cited' : '', reason !== undefined ? 'line-unresolved' : ''].filter(Boolean).join(' ') || undefined;
            return (
              <li key={number} id={sourceLineId(number)} tabIndex={-1} className={className} value={number}>
                <span className="line-text">
                  {marks ? highlightPieces(line, marks.quotes, marks.whole).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>)) : line}
                </span>
                {reason !== undefined ? <span className="line-note">{t('publishing.review.unresolved', { reason })}</span> : null}
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
});
