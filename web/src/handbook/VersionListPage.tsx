import { channelLabel } from '../shared/labels.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { actLabel, inForceLabel, regionLabel, sortVersions } from './labels.ts';
import { handbookPaths } from './paths.ts';
import { useSummaries } from './useSummaries.ts';
import { DataTable } from '../shared/DataTable.tsx';

/** Every regulation version: service, region, act, period in force and channels, each opening its handbook. */
export function VersionListPage() {
  const i18n = useI18n();
  const { t, text } = i18n;
  const { summaries, error } = useSummaries();
  return (
    <Page title={t('handbook.list.title')}>
      <p>{t('handbook.list.intro')}</p>
      <ErrorAlert error={error} />
      {summaries ? (
        <DataTable caption={t('handbook.nav.versions')} captionClassName="visually-hidden" columns={[t('handbook.list.service'), t('handbook.list.region'), t('handbook.list.act'), t('handbook.list.inForce'), t('handbook.list.channels')]} className="" testId="handbook-versions">
          {sortVersions(i18n, summaries).map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={handbookPaths.version(r.id)} aria-label={t('handbook.list.open', { name: text(r.serviceName), region: regionLabel(i18n, r.region) })}>
                  {text(r.serviceName)}
                </Link>
              </th>
              <td>{regionLabel(i18n, r.region)}</td>
              <td>{actLabel(i18n, r.act)}</td>
              <td data-testid="in-force">{inForceLabel(i18n, r.inForce)}</td>
              <td>{r.channels.map((c) => channelLabel(i18n, c)).join(', ')}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
      {summaries ? <p className="hint">{t('handbook.inForce.presumedNote')}</p> : (
        <p>{t('app.loading')}</p>
      )}
    </Page>
  );
}
