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

/**
 * The cases waiting for the signed-in person's role, soonest due first, with live countdowns. As the head's signing
 * queue (`signingQueue`) it keeps only the cases whose open step is a sign step: the kind comes from the case's
 * regulation (each step's `kind`), which the inbox loads anyway, so the queue needs no endpoint of its own.
 */
export function InboxPage({ staff, signingQueue = false }: { readonly staff: Staff; readonly signingQueue?: boolean }) {
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

  const kindOf = (item: InboxItem) => (item.openStepId ? regulations.get(item.regulationId)?.steps.find((step) => step.id === item.openStepId)?.kind : undefined);
  // The queue waits for every regulation it needs, so a sign step never shows up late or goes missing.
  const classified = !signingQueue || !loaded || loaded.items.every((item) => regulations.has(item.regulationId));
  const items = !loaded || !classified ? null : signingQueue ? loaded.items.filter((item) => kindOf(item) === 'sign') : loaded.items;

  const overdueCount =
    items?.filter((item) => item.overdue || (item.remainingMinutes !== null && liveRemainingMinutes(item.remainingMinutes, loaded?.fetchedAtEpochMs ?? now, now) < 0)).length ?? 0;

  return (
    <Page title={signingQueue ? t('signingQueue.title') : t('inbox.title')}>
      <div className="toolbar">
        <p className="counts" aria-live="polite">
          {items ? t('inbox.total', { count: items.length }) : null}
          {overdueCount > 0 ? <strong className="overdue-count"> · {t('inbox.overdueCount', { count: overdueCount })}</strong> : null}
        </p>
        <button type="button" className="button-secondary" onClick={() => void load()} disabled={loading}>
          {t('inbox.refresh')}
        </button>
      </div>
      <ErrorAlert error={error} />
      {!items && !error ? <p>{t('app.loading')}</p> : null}
      {loaded && items && items.length === 0 ? <p className="empty">{signingQueue ? t('signingQueue.empty') : t('inbox.empty')}</p> : null}
      {loaded && items && items.length > 0 ? (
        <div className="table-wrap">
          <table className="responsive-table inbox-table">
            <caption>{signingQueue ? t('signingQueue.caption') : t('inbox.caption', { role: roleLabel(i18n, staff.role) })}</caption>
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
              {items.map((item) => {
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
                    <td data-label={t('inbox.col.step')}>
                      {item.openStepId ? stepLabel(i18n, regulations.get(item.regulationId), item.openStepId) : t('common.empty')}
                      {item.reworkReason ? (
                        <p className="rework-reason" data-testid="inbox-rework">
                          {t('rework.returned')}: {item.reworkReason}
                        </p>
                      ) : null}
                    </td>
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
