import { useCallback, useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { InboxItem, Staff } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { liveRemainingMinutes } from '../i18n/format.ts';
import { Link } from '../router/Link.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { Countdown, DateTime, useNow } from '../ui/time.tsx';
import { roleLabel, stepLabel } from './labels.ts';
import { officePaths } from './paths.ts';
import { useRegulations } from './regulations.ts';

interface Loaded {
  readonly items: readonly InboxItem[];
  readonly fetchedAtEpochMs: number;
}

/** The cases waiting for the signed-in person's role, soonest due first, with live countdowns. */
export function InboxPage({ staff }: { readonly staff: Staff }) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const now = useNow();
  const regulations = useRegulations(loaded?.items.map((item) => item.regulationId) ?? []);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const items = await unwrap(api.GET('/api/inbox', { params: { query: { limit: 200 } } }));
      setLoaded({ items, fetchedAtEpochMs: Date.now() });
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const overdueCount =
    loaded?.items.filter((item) => item.overdue || (item.remainingMinutes !== null && liveRemainingMinutes(item.remainingMinutes, loaded.fetchedAtEpochMs, now) < 0)).length ?? 0;

  return (
    <Page title={t('inbox.title')}>
      <div className="toolbar">
        <p className="counts" aria-live="polite">
          {loaded ? t('inbox.total', { count: loaded.items.length }) : null}
          {overdueCount > 0 ? <strong className="overdue-count"> · {t('inbox.overdueCount', { count: overdueCount })}</strong> : null}
        </p>
        <button type="button" className="button-secondary" onClick={() => void load()} disabled={loading}>
          {t('inbox.refresh')}
        </button>
      </div>
      <ErrorAlert error={error} />
      {!loaded && !error ? <p>{t('app.loading')}</p> : null}
      {loaded && loaded.items.length === 0 ? <p className="empty">{t('inbox.empty')}</p> : null}
      {loaded && loaded.items.length > 0 ? (
        <div className="table-wrap">
          <table className="responsive-table inbox-table">
            <caption>{t('inbox.caption', { role: roleLabel(i18n, staff.role) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inbox.col.case')}</th>
                <th scope="col">{t('inbox.col.service')}</th>
                <th scope="col">{t('inbox.col.applicant')}</th>
                <th scope="col">{t('inbox.col.step')}</th>
                <th scope="col">{t('inbox.col.due')}</th>
                <th scope="col">{t('inbox.col.remaining')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.items.map((item) => {
                const remaining = item.remainingMinutes === null ? null : liveRemainingMinutes(item.remainingMinutes, loaded.fetchedAtEpochMs, now);
                const overdue = item.overdue || (remaining !== null && remaining < 0);
                const ref = item.journalNumber ?? item.applicantIin;
                return (
                  <tr key={item.caseId} className={overdue ? 'row-overdue' : undefined} data-testid="inbox-row">
                    <th scope="row" data-label={t('inbox.col.case')}>
                      <Link href={officePaths.case(item.caseId)}>{t('inbox.openCase', { ref })}</Link>
                      {item.journalNumber ? null : <span className="note"> ({t('inbox.notRegistered')})</span>}
                    </th>
                    <td data-label={t('inbox.col.service')}>{text(item.serviceName)}</td>
                    <td data-label={t('inbox.col.applicant')}>{item.applicantIin}</td>
                    <td data-label={t('inbox.col.step')}>{item.openStepId ? stepLabel(i18n, regulations.get(item.regulationId), item.openStepId) : t('common.empty')}</td>
                    <td data-label={t('inbox.col.due')}>
                      <DateTime iso={item.dueAt} />
                    </td>
                    <td data-label={t('inbox.col.remaining')}>
                      <Countdown remainingMinutes={item.remainingMinutes} fetchedAtEpochMs={loaded.fetchedAtEpochMs} now={now} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
