import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { channelLabel, statusLabel } from '../shared/labels.ts';
import { PagedList } from '../shared/PagedTable.tsx';
import { usePagedList } from '../shared/usePagedList.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { DateTime } from '../ui/time.tsx';
import { ApplicantCell } from './case-cells.tsx';
import { officePaths } from './paths.ts';
import './back-office.css';

/** Rows per page of the journal. */
const PAGE_SIZE = 50;

interface Range {
  readonly from: string;
  readonly to: string;
}

/**
 * The provider's incoming registration journal (clerk, head): every registered application in journal order, with
 * its number, registration time, applicant, service, channel and status, a page at a time; the dates are the
 * provider's local days.
 */
export function JournalPage() {
  const i18n = useI18n();
  const { t, text } = i18n;
  const [draft, setDraft] = useState<Range>({ from: '', to: '' });
  const [range, setRange] = useState<Range>({ from: '', to: '' });
  const [rangeError, setRangeError] = useState<string | null>(null);
  const journal = usePagedList(
    ({ limit, offset }) => unwrap(api.GET('/api/journal', { params: { query: { limit, offset, ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) } } })),
    [range],
    PAGE_SIZE,
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.to < draft.from) {
      setRangeError(t('journal.rangeInvalid'));
      return;
    }
    setRangeError(null);
    setRange(draft);
    journal.setOffset(0);
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
        <button type="submit" disabled={journal.loading}>
          {t('journal.show')}
        </button>
      </form>
      <ErrorAlert error={journal.error} />
      <Link href={officePaths.journalPrint(range.from || null, range.to || null)}>{t('print.journal.open')}</Link>
      <PagedList
        list={journal}
        empty={t('journal.empty')}
        caption={t('journal.caption')}
          className="responsive-table journal-table"
          testId="journal-list"
          columns={[t('journal.col.number'), t('journal.col.registeredAt'), t('journal.col.applicant'), t('journal.col.service'), t('journal.col.channel'), t('journal.col.status')]}
        >
          {(items) => items.map((entry) => (
            <tr key={entry.caseId} data-testid="journal-row">
              <th scope="row" data-label={t('journal.col.number')}>
                <Link href={officePaths.case(entry.caseId)}>{entry.journalNumber}</Link>
              </th>
              <td data-label={t('journal.col.registeredAt')}>
                <DateTime iso={entry.registeredAt} />
              </td>
              <td data-label={t('journal.col.applicant')}>
                <ApplicantCell name={entry.applicantName} iin={entry.applicantIin} />
              </td>
              <td data-label={t('journal.col.service')}>{text(entry.serviceName)}</td>
              <td data-label={t('journal.col.channel')}>{channelLabel(i18n, entry.channel)}</td>
              <td data-label={t('journal.col.status')}>{statusLabel(i18n, entry.status)}</td>
            </tr>
          ))}
      </PagedList>
    </Page>
  );
}

