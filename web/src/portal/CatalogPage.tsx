import { unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { ListSearch, Pager } from '../shared/PagedTable.tsx';
import { usePagedList } from '../shared/usePagedList.ts';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { portalApi } from './portal-api.ts';

/** Services per page of the catalog. */
const PAGE_SIZE = 10;

/** The services of the citizen's region that take applications on the portal, a page at a time, with a search by name. */
export function CatalogPage() {
  const { t, text } = useI18n();
  const catalog = usePagedList((query) => unwrap(portalApi.GET('/api/portal/catalog', { params: { query } })), [], PAGE_SIZE);
  const page = catalog.data;
  return (
    <Page title={t('portal.catalog.title')}>
      <ListSearch value={catalog.search} onSearch={catalog.setSearch} hint={t('portal.catalog.searchHint')} />
      <ErrorAlert error={catalog.error} />
      {page ? (
        <p className="counts" aria-live="polite" data-testid="list-showing">
          {t('list.showing', { from: page.total === 0 ? 0 : page.offset + 1, to: page.offset + page.items.length, total: page.total })}
        </p>
      ) : null}
      {page?.items.length === 0 ? <p>{t('portal.catalog.empty')}</p> : null}
      <ul className="portal-cards" data-testid="catalog-list">
        {(page?.items ?? []).map((service) => (
          <li key={service.regulationId} className="portal-card">
            <h2>{text(service.name)}</h2>
            {service.description ? <p>{text(service.description)}</p> : null}
            <h3>{t('portal.catalog.documents')}</h3>
            <ul>
              {service.requiredDocuments.map((d) => (
                <li key={d.id}>
                  {text(d.name)}
                  {d.required ? ` (${t('common.required')})` : ''}
                </li>
              ))}
            </ul>
            {service.totalTerm ? <p>{t('portal.catalog.term', { value: service.totalTerm.value, unit: service.totalTerm.unit })}</p> : null}
            <Link className="button" href={`/portal/apply/${service.regulationId}`} aria-label={t('portal.catalog.applyFor', { name: text(service.name) })}>
              {t('portal.catalog.apply')}
            </Link>
          </li>
        ))}
      </ul>
      {page ? <Pager window={page} onOffset={catalog.setOffset} loading={catalog.loading} /> : null}
    </Page>
  );
}
