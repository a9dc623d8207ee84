import type { CaseView, Regulation } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Countdown, DateTime } from '../../ui/time.tsx';
import { channelLabel, groundText, issueMethodLabel, resultName, roleLabel, statusLabel } from '../../shared/labels.ts';

/** The case at a glance: status, journal number, applicant, terms, executor and decision. */
export function CaseSummary({ view, regulation, fetchedAtEpochMs, now }: { readonly view: CaseView; readonly regulation: Regulation | undefined; readonly fetchedAtEpochMs: number; readonly now: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const decision = view.decision;
  return (
    <dl className="summary">
      <div>
        <dt>{t('case.status')}</dt>
        <dd>
          <span className={`badge status-${view.status}`} data-testid="case-status">
            {statusLabel(i18n, view.status)}
          </span>
        </dd>
      </div>
      <div>
        <dt>{t('case.journalNumber')}</dt>
        <dd data-testid="journal-number">{view.journalNumber ?? t('inbox.notRegistered')}</dd>
      </div>
      <div>
        <dt>{t('case.applicant')}</dt>
        <dd>
          {view.applicant.fullName ?? <em>{t('case.unknownName')}</em>}
          <br />
          {t('case.iin')}: {view.applicant.iin}
        </dd>
      </div>
      <div>
        <dt>{t('case.channel')}</dt>
        <dd>{channelLabel(i18n, view.channel)}</dd>
      </div>
      <div>
        <dt>{t('case.filedAt')}</dt>
        <dd>
          <DateTime iso={view.filedAt} />
        </dd>
      </div>
      <div>
        <dt>{t('case.overallDue')}</dt>
        <dd>
          <DateTime iso={view.overallDueAt} />
          {view.closedAt ? null : (
            <>
              <br />
              <Countdown remainingMinutes={view.overallRemainingMinutes} fetchedAtEpochMs={fetchedAtEpochMs} now={now} />
            </>
          )}
        </dd>
      </div>
      {view.executorId ? (
        <div>
          <dt>{t('case.executor')}</dt>
          <dd data-testid="case-executor">{view.executor ? t('actor.staff', { name: view.executor.fullName, role: roleLabel(i18n, view.executor.role) }) : view.executorId}</dd>
        </div>
      ) : null}
      {decision ? (
        <div>
          <dt>{t('case.decision')}</dt>
          <dd data-testid="decision">
            {decision.outcome === 'positive'
              ? t('case.decision.positive', { result: resultName(i18n, regulation, decision.resultId) })
              : t('case.decision.refusal', { ground: groundText(i18n, regulation, decision.groundId ?? '') })}
            {decision.reasonText ? (
              <>
                <br />
                {t('case.reasonText')}: {decision.reasonText}
              </>
            ) : null}
          </dd>
        </div>
      ) : null}
      {view.issuedVia ? (
        <div>
          <dt>{t('case.issuedVia')}</dt>
          <dd>{issueMethodLabel(i18n, view.issuedVia)}</dd>
        </div>
      ) : null}
      {view.closedAt ? (
        <div>
          <dt>{t('case.closedAt')}</dt>
          <dd>
            <DateTime iso={view.closedAt} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** The application's form data with the regulation's labels and option names. */
export function FormDataList({ view, regulation }: { readonly view: CaseView; readonly regulation: Regulation }) {
  const { t, text } = useI18n();
  const show = (fieldId: string, value: unknown): string => {
    const field = regulation.formFields.find((f) => f.id === fieldId);
    if (value === undefined || value === null || value === '') return t('common.empty');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (field?.type === 'select') {
      const option = field.options?.find((o) => o.id === value);
      return option ? text(option.label) : String(value);
    }
    if (typeof value === 'object') {
      const period = value as { from?: unknown; to?: unknown };
      return `${String(period.from ?? '')} – ${String(period.to ?? '')}`;
    }
    return String(value);
  };
  const knownIds = new Set(regulation.formFields.map((f) => f.id));
  const extra = Object.keys(view.formData).filter((id) => !knownIds.has(id));
  return (
    <dl className="summary">
      {regulation.formFields.map((field) => (
        <div key={field.id}>
          <dt>{text(field.label)}</dt>
          <dd>{show(field.id, view.formData[field.id])}</dd>
        </div>
      ))}
      {extra.map((id) => (
        <div key={id}>
          <dt>{id}</dt>
          <dd>{show(id, view.formData[id])}</dd>
        </div>
      ))}
    </dl>
  );
}
