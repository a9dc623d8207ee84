import { unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { Page } from '../ui/Page.tsx';
import { DateTime } from '../ui/time.tsx';
import { DataAccessSection } from './DataAccessSection.tsx';
import { NoticeChannelsSection } from './NoticeChannelsSection.tsx';
import { portalApi } from './portal-api.ts';
import { CardList } from './CardList.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** The citizen's applications with their statuses, the channels notices reach them by, and who read their data. */
export function CabinetPage() {
  const { t, text } = useI18n();
  const { data, error } = useLoad(() => unwrap(portalApi.GET('/api/portal/cases')), []);
  return (
    <Page title={t('portal.cabinet.title')}>
      <CardList items={data} error={error} empty={t('portal.cabinet.empty')} itemKey={(c) => c.caseId}>
        {(c) => (
          <>
            <h2>
              <Link href={`/portal/cases/${c.caseId}`}>{text(c.serviceName)}</Link>
            </h2>
            <p>
              <StatusBadge status={c.status} /> · {t('portal.cabinet.filedAt')} <DateTime iso={c.filedAt} />
            </p>
          </>
        )}
      </CardList>
      <NoticeChannelsSection />
      <DataAccessSection />
    </Page>
  );
}
