import type { CaseView } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { DateTime } from '../../ui/time.tsx';
import { limitLabel, roleLabel, stepKindLabel, stepStatusLabel } from '../../shared/labels.ts';
import { DataTable } from '../../shared/DataTable.tsx';

/** The route's steps with the regulation's limit, opening, due and completion times; late steps marked in words. */
export function StepsTable({ view }: { readonly view: CaseView }) {
  const i18n = useI18n();
  const { t, text } = i18n;
  return (
    <DataTable caption={t('steps.title')} captionClassName="visually-hidden" columns={[t('steps.col.step'), t('steps.col.role'), t('steps.col.limit'), t('steps.col.opened'), t('steps.col.due'), t('steps.col.completed'), t('steps.col.state')]} className="responsive-table steps-table">
      {view.steps.map((step) => (
        <tr key={step.stepId} className={[`step-${step.status}`, step.overdue ? 'row-overdue' : ''].filter(Boolean).join(' ')} aria-current={step.status === 'open' ? 'step' : undefined}>
          <th scope="row" data-label={t('steps.col.step')}>
            <span className="step-name">{stepKindLabel(i18n, step.kind, step.stepId)}</span>
            {step.action ? <span className="step-action">{text(step.action)}</span> : null}
          </th>
          <td data-label={t('steps.col.role')}>{roleLabel(i18n, step.role)}</td>
          <td data-label={t('steps.col.limit')}>{limitLabel(i18n, step.limit)}</td>
          <td data-label={t('steps.col.opened')}>
            <DateTime iso={step.openedAt} />
          </td>
          <td data-label={t('steps.col.due')}>
            <DateTime iso={step.dueAt} />
          </td>
          <td data-label={t('steps.col.completed')}>
            <DateTime iso={step.completedAt} />
          </td>
          <td data-label={t('steps.col.state')}>
            {stepStatusLabel(i18n, step.status)}
            {step.overdue ? <span className="badge badge-overdue"> {t('steps.late')}</span> : null}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
