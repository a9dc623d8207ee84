import type { components } from '../../api/schema.d.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';

type Comparison = components['schemas']['RegulationComparison'];

/** The draft beside the nearest existing version, route by route, step by step (the handbook's comparison). */
export function DraftComparison({ comparison }: { readonly comparison: Comparison }) {
  const i18n = useI18n();
  const { t } = i18n;
  const limit = (side: { limit: { text: Record<'kk' | 'ru' | 'en', string> } | null } | null) => (side?.limit ? i18n.text(side.limit.text) : t('common.empty'));
  return (
    <section className="publishing-comparison">
      <h3>{t('publishing.review.comparisonHeading', { id: comparison.left.id })}</h3>
      {comparison.routes.map((route, index) => (
        // A focusable region: on a phone the table scrolls sideways, and keyboard users must reach it (axe).
        <div key={`${route.channel}-${index}`} className="table-wrap" tabIndex={0} role="region" aria-label={i18n.text(route.channelLabel)}>
          <table>
            <caption>{i18n.text(route.channelLabel)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('publishing.review.compareStep')}</th>
                <th scope="col">{t('publishing.review.compareNearest')}</th>
                <th scope="col">{t('publishing.review.compareDraft')}</th>
                <th scope="col">{t('publishing.review.compareStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {route.steps.map((row, i) => (
                <tr key={i} className={row.status === 'same' ? undefined : 'comparison-differs'}>
                  <th scope="row">{i18n.text(row.kindLabel)}</th>
                  <td>
                    {row.left ? `${i18n.text(row.left.roleLabel)} · ` : ''}
                    {limit(row.left)}
                  </td>
                  <td>
                    {row.right ? `${i18n.text(row.right.roleLabel)} · ` : ''}
                    {limit(row.right)}
                  </td>
                  <td>{i18n.tDynamic(`publishing.status.${row.status}`, row.status)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
