import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../router/router.ts';
import { ErrorAlert, Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { DateTime } from '../ui/time.tsx';
import { Field } from '../ui/Field.tsx';
import type { DeskServices, DeskTicket } from './desk-api.ts';
import { deskPaths } from './paths.ts';
import { DataTable } from '../shared/DataTable.tsx';

/**
 * The branch's electronic queue of the day: take a ticket (the hall's terminal), call the next visitor, serve — or
 * close the ticket as not served with a reason. The services the branch can accept are shown first (issue #17), so
 * the operator knows before a ticket whether the visitor's application can be taken here at all.
 */
export function QueuePage() {
  const i18n = useI18n();
  const { t, text } = i18n;
  const [tickets, setTickets] = useState<readonly DeskTicket[] | null>(null);
  const [services, setServices] = useState<DeskServices | null>(null);
  const [closing, setClosing] = useState<DeskTicket | null>(null);
  const [day, setDay] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const [branch, list, offered] = await Promise.all([unwrap(api.GET('/api/desk/branch')), unwrap(api.GET('/api/desk/tickets')), unwrap(api.GET('/api/desk/services'))]);
      setDay(branch.day);
      setTickets(list);
      setServices(offered);
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
      {services ? (
        <section aria-labelledby="desk-services-heading" className={services.services.length === 0 ? 'alert alert-warning' : 'panel'} data-testid="desk-services">
          <h2 id="desk-services-heading">{t('desk.services.heading')}</h2>
          {services.services.length === 0 ? (
            <p>{t('desk.services.none')}</p>
          ) : (
            <>
              <p>{t('desk.services.intro')}</p>
              <ul>
                {services.services.map((service) => (
                  <li key={service.regulationId}>{text(service.name)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}
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
      {closing ? (
        <NotServedForm
          ticket={closing}
          onCancel={() => setClosing(null)}
          onClose={(reason) =>
            act(async () => {
              const closed = await unwrap(api.POST('/api/desk/tickets/{ticketId}/not-served', { params: { path: { ticketId: closing.id } }, body: { reason } }));
              setClosing(null);
              return t('desk.notServed.done', { number: closed.number });
            })
          }
        />
      ) : null}
      {tickets && tickets.length === 0 ? <p className="empty">{t('desk.queue.empty')}</p> : null}
      {tickets && tickets.length > 0 ? (
        <DataTable caption={t('desk.queue.caption', { day })} columns={[t('desk.queue.col.number'), t('desk.queue.col.status'), t('desk.queue.col.taken'), t('desk.queue.col.reason'), t('desk.queue.col.action')]}>
          {tickets.map((ticket) => (
            <tr key={ticket.id} data-testid="ticket-row">
              <th scope="row" data-label={t('desk.queue.col.number')}>
                {ticket.number}
              </th>
              <td data-label={t('desk.queue.col.status')}>{statusText(ticket.status)}</td>
              <td data-label={t('desk.queue.col.taken')}>
                <DateTime iso={ticket.takenAt} />
              </td>
              <td data-label={t('desk.queue.col.reason')}>{ticket.notServedReason ?? ''}</td>
              <td data-label={t('desk.queue.col.action')}>
                <div className="toolbar">
                  {ticket.status === 'called' ? (
                    <button type="button" onClick={() => navigate(deskPaths.visit(ticket.id))}>
                      {t('desk.queue.serve', { number: ticket.number })}
                    </button>
                  ) : null}
                  {ticket.status === 'called' || ticket.status === 'waiting' ? (
                    <button type="button" className="button-secondary" disabled={busy} onClick={() => setClosing(ticket)}>
                      {t('desk.notServed.openTicket', { number: ticket.number })}
                    </button>
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </Page>
  );
}

/** Closing a ticket as not served: the reason is required (checked here and by the server) and recorded. */
function NotServedForm({ ticket, onClose, onCancel }: { readonly ticket: DeskTicket; readonly onClose: (reason: string) => Promise<void>; readonly onCancel: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setMissing(true);
      return;
    }
    await onClose(reason.trim());
  };
  return (
    <section aria-labelledby="not-served-heading" className="panel" data-testid="not-served-form">
      <h2 id="not-served-heading">{t('desk.notServed.heading', { number: ticket.number })}</h2>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('desk.notServed.reason')} required error={missing ? t('desk.notServed.reasonMissing') : null}>
          {({ inputId, describedBy, invalid }) => (
            <textarea id={inputId} aria-describedby={describedBy} aria-invalid={invalid} required rows={3} value={reason} onChange={(event) => setReason(event.target.value)} />
          )}
        </Field>
        <div className="toolbar">
          <button type="submit">{t('desk.notServed.submit')}</button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t('desk.notServed.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
