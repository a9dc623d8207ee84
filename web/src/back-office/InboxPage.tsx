import { api, unwrap } from '../api/client.ts';
import type { InboxItem, Staff } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { liveRemainingMinutes } from '../i18n/format.ts';
import { ListSearch, PagedTable } from '../shared/PagedTable.tsx';
import { usePagedList } from '../shared/usePagedList.ts';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { Countdown, DateTime, useNow } from '../ui/time.tsx';
import { roleLabel, stepLabel } from '../shared/labels.ts';
import { CaseRefCell } from './case-cells.tsx';
import { useRegulations } from '../shared/regulations.ts';

/** Rows per page of the inbox; the signing queue reads one larger page, as it keeps only the sign steps of it. */
const PAGE_SIZE = 20;
const SIGNING_QUEUE_SIZE = 200;

/**
 * The cases waiting for the signed-in person's role, soonest due first, with live countdowns. As the head's signing
 * queue (`signingQueue`) it keeps only the cases whose open step is a sign step: the kind comes from the case's
 * regulation (each step's `kind`), which the inbox loads anyway, so the queue needs no endpoint of its own.
 */
export function InboxPage({ staff, signingQueue = false }: { readonly staff: Staff; readonly signingQueue?: boolean }) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const now = useNow();
  const limit = signingQueue ? SIGNING_QUEUE_SIZE : PAGE_SIZE;
  const page = usePagedList((query) => unwrap(api.GET('/api/inbox', { params: { query: signingQueue ? { limit: query.limit, offset: 0 } : query } })), [signingQueue], limit);
  const { offset, setOffset } = page;
  const { error, loading } = page;
  const loaded = page.data ? { items: page.data.items, fetchedAtEpochMs: page.fetchedAtEpochMs } : null;
  const regulations = useRegulations(loaded?.items.map((item) => item.regulationId) ?? []);

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
          {items ? t('inbox.total', { count: signingQueue ? items.length : (page.data?.total ?? 0) }) : null}
          {overdueCount > 0 ? <strong className="overdue-count"> · {t('inbox.overdueCount', { count: overdueCount })}</strong> : null}
        </p>
        <button type="button" className="button-secondary" onClick={() => void page.reload()} disabled={loading}>
          {t('inbox.refresh')}
        </button>
      </div>
      {signingQueue ? null : (
        <ListSearch
          value={page.search}
          onSearch={page.setSearch}
        />
      )}
      <ErrorAlert error={error} />
      {!items && !error ? <p>{t('app.loading')}</p> : null}
      {loaded && items && items.length === 0 ? <p className="empty">{signingQueue ? t('signingQueue.empty') : t('inbox.empty')}</p> : null}
      {loaded && items && items.length > 0 ? (
        <PagedTable
          caption={signingQueue ? t('signingQueue.caption') : t('inbox.caption', { role: roleLabel(i18n, staff.role) })}
          window={{ limit, offset: signingQueue ? 0 : offset, total: signingQueue ? items.length : (page.data?.total ?? items.length) }}
          onOffset={setOffset}
          loading={loading}
          className="responsive-table inbox-table"
          testId="inbox-list"
          columns={[t('inbox.col.case'), t('inbox.col.service'), t('inbox.col.applicant'), t('inbox.col.step'), t('inbox.col.due'), t('inbox.col.remaining')]}
        >
              {items.map((item) => {
                const remaining = item.remainingMinutes === null ? null : liveRemainingMinutes(item.remainingMinutes, loaded.fetchedAtEpochMs, now);
                const overdue = item.overdue || (remaining !== null && remaining < 0);
                return (
                  <tr key={item.caseId} className={overdue ? 'row-overdue' : undefined} data-testid="inbox-row">
                    <th scope="row" data-label={t('inbox.col.case')}>
                      <CaseRefCell caseId={item.caseId} journalNumber={item.journalNumber} applicantIin={item.applicantIin} />
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
        </PagedTable>
      ) : null}
    </Page>
  );
}
