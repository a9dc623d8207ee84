import type { components } from '../../api/schema.d.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DataTable } from '../../shared/DataTable.tsx';

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
          <DataTable caption={i18n.text(route.channelLabel)} columns={[t('publishing.review.compareStep'), t('publishing.review.compareNearest'), t('publishing.review.compareDraft'), t('publishing.review.compareStatus')]} className="">
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
          </DataTable>
        </div>
      ))}
    </section>
  );
}
