import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Language } from '../../i18n/languages.ts';
import { isMessageKey, translate } from '../../i18n/translate.ts';
import { ErrorAlert } from '../../ui/messages.tsx';
import { Page } from '../../ui/Page.tsx';
import { PdfButton } from './PdfButton.tsx';
import { PrintToolbar } from './PrintToolbar.tsx';
import './print.css';

type JournalSheet = components['schemas']['JournalSheet'];

/** The period the journal page asked for (`?from=…&to=…`, the provider's local days); either may be absent. */
function periodOfAddress(): { from?: string; to?: string } {
  const query = new URLSearchParams(window.location.search);
  const from = query.get('from');
  const to = query.get('to');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/**
 * The incoming journal for a period as printed (issue #17, clerk and head): the provider's name and BIN, the period,
 * every registration with its time on the provider's clock, who printed it. Kazakh and Russian sheets (English alone
 * when English is chosen), as the receipt; the same sheets as an A4 PDF.
 */
export function JournalPrintPage({ backHref }: { readonly backHref: string }) {
  const { t, language } = useI18n();
  const [period] = useState(periodOfAddress);
  const [journal, setJournal] = useState<JournalSheet | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    unwrap(api.GET('/api/journal/print', { params: { query: period } })).then(setJournal, (failure: unknown) => setError(failure));
  }, [period]);
  const languages: readonly Language[] = language === 'en' ? ['en'] : ['kk', 'ru'];
  return (
    <Page title={t('print.journal.page')}>
      <PrintToolbar backHref={backHref} />
      <ErrorAlert error={error} />
      {journal ? (
        <>
          <PdfButton fileName={`journal-${period.from ?? 'start'}-${period.to ?? 'now'}.pdf`} load={() => api.GET('/api/journal/pdf', { params: { query: period }, parseAs: 'blob' })} />
          <div className="stack">
            {languages.map((lang) => (
              <JournalSheetView key={lang} journal={journal} lang={lang} />
            ))}
          </div>
        </>
      ) : null}
      {!journal && !error ? <p>{t('app.loading')}</p> : null}
    </Page>
  );
}

function JournalSheetView({ journal, lang }: { readonly journal: JournalSheet; readonly lang: Language }) {
  const t = (key: Parameters<typeof translate>[1], values?: Parameters<typeof translate>[2]) => translate(lang, key, values);
  // A code's label in the sheet's language, whatever the screen's (an unknown code shows as itself).
  const label = (prefix: 'channel' | 'status', code: string) => {
    const key = `${prefix}.${code}`;
    return isMessageKey(key) ? translate(lang, key) : code;
  };
  const period = journal.from || journal.to ? `${journal.from ?? '…'} — ${journal.to ?? '…'}` : t('print.journal.allTime');
  return (
    <article className="print-sheet print-sheet-wide" lang={lang} data-testid={`journal-sheet-${lang}`} aria-labelledby={`journal-title-${lang}`}>
      <p>
        <strong>{journal.provider.name[lang]}</strong>
        <br />
        {t('print.receipt.bin', { bin: journal.provider.bin })}
      </p>
      <h2 id={`journal-title-${lang}`}>{t('print.journal.title')}</h2>
      <dl>
        <dt>{t('print.journal.period')}</dt>
        <dd data-testid={`journal-period-${lang}`}>{period}</dd>
        <dt>{t('print.journal.entries')}</dt>
        <dd>
          {journal.entries.length}
          {journal.truncated ? ` (${t('journal.truncated', { count: journal.entries.length })})` : ''}
        </dd>
      </dl>
      {/* Six columns do not fit a phone: the table scrolls inside the sheet there (a focusable region, for the keyboard). */}
      <div className="print-table-scroll" tabIndex={0} role="region" aria-label={t('journal.caption')}>
      <table>
        <caption>{t('journal.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('journal.col.number')}</th>
            <th scope="col">{t('journal.col.registeredAt')}</th>
            <th scope="col">{t('journal.col.applicant')}</th>
            <th scope="col">{t('journal.col.service')}</th>
            <th scope="col">{t('journal.col.channel')}</th>
            <th scope="col">{t('journal.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {journal.entries.length === 0 ? (
            <tr>
              <td colSpan={6}>{t('journal.empty')}</td>
            </tr>
          ) : (
            journal.entries.map((entry) => (
              <tr key={entry.journalNumber} data-testid={`journal-print-row-${lang}`}>
                <td>{entry.journalNumber}</td>
                <td>{entry.registeredText}</td>
                <td>
                  {entry.applicantName ? `${entry.applicantName}, ` : ''}
                  {t('print.receipt.iin', { iin: entry.applicantIin })}
                </td>
                <td>{entry.serviceName[lang]}</td>
                <td>{label('channel', entry.channel)}</td>
                <td>{label('status', entry.status)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
      </div>
      <div className="print-signatures">
        <p>
          {t('print.journal.printedBy')}: {journal.printedBy}, {journal.printedText} ____________
        </p>
      </div>
    </article>
  );
}
