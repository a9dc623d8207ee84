import { useCallback, useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../router/router.ts';
import { ErrorAlert, Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { DateTime } from '../ui/time.tsx';
import type { DeskTicket } from './desk-api.ts';
import { deskPaths } from './paths.ts';

/** The branch's electronic queue of the day: take a ticket (the hall's terminal), call the next visitor, serve. */
export function QueuePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [tickets, setTickets] = useState<readonly DeskTicket[] | null>(null);
  const [day, setDay] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const [branch, list] = await Promise.all([unwrap(api.GET('/api/desk/branch')), unwrap(api.GET('/api/desk/tickets'))]);
      setDay(branch.day);
      setTickets(list);
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const act = async (work: () => Promise<string>) => {
    setBusy(true);
    try {
      setNotice(await work());
      setError(null);
      await load();
    } catch (failure) {
      setError(failure);
      setNotice(null);
    } finally {
      setBusy(false);
    }
  };

  const statusText = (status: DeskTicket['status']) => t(`desk.ticket.${status}`);

  return (
    <Page title={t('desk.queue.title')}>
      <p>{t('desk.queue.intro')}</p>
      <div className="toolbar">
        <button type="button" className="button-secondary" disabled={busy} onClick={() => void act(async () => t('desk.queue.taken', { number: (await unwrap(api.POST('/api/desk/tickets'))).number }))}>
          {t('desk.queue.take')}
        </button>
        <button type="button" disabled={busy} onClick={() => void act(async () => t('desk.queue.called', { number: (await unwrap(api.POST('/api/desk/tickets/call-next'))).number }))}>
          {t('desk.queue.callNext')}
        </button>
      </div>
      <Notice text={notice} tone="success" />
      <ErrorAlert error={error} />
      {tickets && tickets.length === 0 ? <p className="empty">{t('desk.queue.empty')}</p> : null}
      {tickets && tickets.length > 0 ? (
        <div className="table-wrap">
          <table className="responsive-table">
            <caption>{t('desk.queue.caption', { day })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('desk.queue.col.number')}</th>
                <th scope="col">{t('desk.queue.col.status')}</th>
                <th scope="col">{t('desk.queue.col.taken')}</th>
                <th scope="col">{t('desk.queue.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {tickets.map((ticket) => (
                <tr key={ticket.id} data-testid="ticket-row">
                  <th scope="row" data-label={t('desk.queue.col.number')}>
                    {ticket.number}
                  </th>
                  <td data-label={t('desk.queue.col.status')}>{statusText(ticket.status)}</td>
                  <td data-label={t('desk.queue.col.taken')}>
                    <DateTime iso={ticket.takenAt} />
                  </td>
                  <td data-label={t('desk.queue.col.action')}>
                    {ticket.status === 'called' ? (
                      <button type="button" onClick={() => navigate(deskPaths.visit(ticket.id))}>
                        {t('desk.queue.serve', { number: ticket.number })}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
