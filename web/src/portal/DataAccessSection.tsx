import { roleLabel } from '../shared/labels.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { DateTime } from '../ui/time.tsx';
import { unwrap } from '../api/client.ts';
import { useLoad } from '../shared/useLoad.ts';
import { portalApi } from './portal-api.ts';

/** In the cabinet: who of the staff (name, position, organisation) looked at the citizen's data, and when (issue #14). */
export function DataAccessSection() {
  const i18n = useI18n();
  const { t, text } = i18n;
  const { data: reads, error } = useLoad(() => unwrap(portalApi.GET('/api/portal/read-audit')), []);
  return (
    <section aria-labelledby="portal-data-access-heading" className="portal-data-access">
      <h2 id="portal-data-access-heading">{t('audit.portal.title')}</h2>
      <p>{t('audit.portal.intro')}</p>
      <ErrorAlert error={error} />
      {reads?.length === 0 ? <p>{t('audit.portal.empty')}</p> : null}
      {reads && reads.length > 0 ? (
        // A list, not a table: the portal is phone-first and a wide table would scroll sideways.
        <ul className="portal-cards">
          {reads.map((read, index) => (
            <li key={`${read.at}-${index}`} className="portal-card" data-testid="data-access-entry">
              <p>
                <DateTime iso={read.at} />
              </p>
              <p>
                <strong>{read.staffName}</strong>, {roleLabel(i18n, read.role)}, {read.organisation ? text(read.organisation) : t('common.empty')}
              </p>
              <p>
                {t(`audit.object.${read.objectKind}`)} · {i18n.tDynamic(`audit.purpose.${read.purpose}`, read.purpose)}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
