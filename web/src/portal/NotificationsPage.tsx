import { unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import { Link } from '../router/Link.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { Page } from '../ui/Page.tsx';
import { DateTime } from '../ui/time.tsx';
import { portalApi } from './portal-api.ts';
import { CardList } from './CardList.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** The citizen's notices in words, with their e-mail and SMS copies, newest first. */
export function NotificationsPage() {
  const { t, text } = useI18n();
  const { data, error } = useLoad(() => unwrap(portalApi.GET('/api/portal/notifications')), []);
  return (
    <Page title={t('portal.notifications.title')}>
      <CardList items={data} error={error} empty={t('portal.notifications.empty')} itemKey={(n) => n.id}>
        {(n) => (
          <>
            <p>
              <DateTime iso={n.createdAt} /> · {t('portal.notifications.statusChanged')} <StatusBadge status={n.payload.status ?? 'received'} />
            </p>
            {n.message ? (
              <>
                <h2 className="notice-subject">{text(n.message.subject)}</h2>
                <p>{text(n.message.body)}</p>
          </>
          ) : null}
          {n.deliveries.length > 0 ? (
            <p className="hint">
              {n.deliveries
                .map((d) => `${t(`portal.notifications.delivery.${d.channel}` as MessageKey)}: ${t(`portal.notifications.delivery.${d.status}` as MessageKey)}`)
                .join(' · ')}
            </p>
          ) : null}
          {n.caseId ? <Link href={`/portal/cases/${n.caseId}`}>{t('portal.notifications.open')}</Link> : null}
          </>
        )}
      </CardList>
    </Page>
  );
}
