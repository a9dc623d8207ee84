import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { IncomingJournal } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { DateTime } from '../ui/time.tsx';
import { channelLabel, statusLabel } from './labels.ts';
import { officePaths } from './paths.ts';
import './back-office.css';

interface Range {
  readonly from: string;
  readonly to: string;
}

/**
 * The provider's incoming registration journal (clerk, head): every registered application in journal order, with
 * its number, registration time, applicant, service, channel and status; the dates are the provider's local days.
 */
export function JournalPage() {
  const i18n = useI18n();
  const { t, text } = i18n;
  const [draft, setDraft] = useState<Range>({ from: '', to: '' });
  const [rangeError, setRangeError] = useState<string | null>(null);
  const [journal, setJournal] = useState<IncomingJournal | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async (range: Range) => {
    setLoading(true);
    try {
      const query = { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) };
      setJournal(await unwrap(api.GET('/api/journal', { params: { query } })));
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load({ from: '', to: '' });
  }, [load]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.to < draft.from) {
      setRangeError(t('journal.rangeInvalid'));
      return;
    }
    setRangeError(null);
    void load(draft);
  };

  return (
    <Page title={t('journal.title')}>
      <form className="filters" onSubmit={onSubmit} noValidate aria-label={t('journal.title')}>
        <Field label={t('journal.from')}>
          {({ inputId, describedBy }) => (
            <input id={inputId} type="date" name="from" aria-describedby={describedBy} value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} />
          )}
        </Field>
        <Field label={t('journal.to')} error={rangeError}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              type="date"
              name="to"
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" disabled={loading}>
          {t('journal.show')}
        </button>
      </form>
      <ErrorAlert error={error} />
      {journal ? (
        <p className="counts" aria-live="polite">
          {t('journal.total', { count: journal.entries.length })}
          {journal.truncated ? <strong> · {t('journal.truncated', { count: journal.entries.length })}</strong> : null}
        </p>
      ) : null}
      {journal ? <Link href={officePaths.journalPrint(journal.from, journal.to)}>{t('print.journal.open')}</Link> : null}
      {!journal && !error ? <p>{t('app.loading')}</p> : null}
      {journal && journal.entries.length === 0 ? <p className="empty">{t('journal.empty')}</p> : null}
      {journal && journal.entries.length > 0 ? (
        <div className="table-wrap">
          <table className="responsive-table journal-table">
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
              {journal.entries.map((entry) => (
                <tr key={entry.caseId} data-testid="journal-row">
                  <th scope="row" data-label={t('journal.col.number')}>
                    <Link href={officePaths.case(entry.caseId)}>{entry.journalNumber}</Link>
                  </th>
                  <td data-label={t('journal.col.registeredAt')}>
                    <DateTime iso={entry.registeredAt} />
                  </td>
                  <td data-label={t('journal.col.applicant')}>
                    {entry.applicantName ?? t('common.empty')}
                    <br />
                    <span className="note">{entry.applicantIin}</span>
                  </td>
                  <td data-label={t('journal.col.service')}>{text(entry.serviceName)}</td>
                  <td data-label={t('journal.col.channel')}>{channelLabel(i18n, entry.channel)}</td>
                  <td data-label={t('journal.col.status')}>{statusLabel(i18n, entry.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
