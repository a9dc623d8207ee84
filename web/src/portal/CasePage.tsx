import { unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { ErrorAlert, Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { DateTime } from '../ui/time.tsx';
import { portalApi } from './portal-api.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { SurveyForm } from './SurveyForm.tsx';

/** One application: status, due date, refusal, results, the result document, the timeline and the survey. */
export function CasePage({ caseId }: { readonly caseId: string }) {
  const { t, text } = useI18n();
  const { data, error, reload } = useLoad(() => unwrap(portalApi.GET('/api/portal/cases/{caseId}', { params: { path: { caseId } } })), [caseId]);
  return (
    <Page title={data ? text(data.serviceName) : t('portal.case.title')}>
      <ErrorAlert error={error} />
      {data ? (
        <>
          <p className="portal-status">
            {t('portal.case.status')}: <StatusBadge status={data.status} />
          </p>
          {data.overallDueAt ? (
            <p>
              {t('portal.case.overallDue')}: <DateTime iso={data.overallDueAt} />
            </p>
          ) : null}
          {data.refusal ? (
            <section aria-labelledby="portal-refusal-heading" className="alert alert-warning">
              <h2 id="portal-refusal-heading">{t('portal.case.refusalHeading')}</h2>
              {data.refusal.ground ? <p>{text(data.refusal.ground)}</p> : null}
              <p>{data.refusal.reasonText}</p>
            </section>
          ) : null}
          {data.results.length > 0 ? (
            <section aria-labelledby="portal-results-heading" className="portal-section">
              <h2 id="portal-results-heading">{t('portal.case.resultsHeading')}</h2>
              <ul>
                {data.results.map((r) => (
                  <li key={r.resultId}>
                    {text(r.name)}
                    {r.payment ? <> — {t(r.payment.destination === 'controlAccount' ? 'portal.case.paymentControlAccount' : 'portal.case.paymentPersonalAccount')}; {text(r.payment.whenPaid)}</> : null}
                    {' — '}
                    {r.issued ? t(r.resultType === 'payment' ? 'portal.case.paymentPassed' : 'portal.case.resultIssued') : t('portal.case.resultPending')}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {data.resultDocument ? (
            <section aria-labelledby="portal-result-heading" className="portal-section">
              <h2 id="portal-result-heading">{t('portal.case.resultHeading')}</h2>
              <ul>
                <li>
                  <a href={`/verify/${data.resultDocument.verificationCode}`}>{t('portal.case.resultVerify')}</a>
                </li>
                <li>
                  <a href={`/api/documents/${data.resultDocument.verificationCode}/pdf`} download>
                    {t('portal.case.resultPdf')}
                  </a>
                </li>
              </ul>
              <p className="hint">{t('portal.case.verificationCode', { code: data.resultDocument.verificationCode })}</p>
            </section>
          ) : null}
          <section aria-labelledby="portal-timeline-heading" className="portal-section">
            <h2 id="portal-timeline-heading">{t('portal.case.timelineHeading')}</h2>
            <ol className="portal-timeline">
              {data.statusHistory.map((s, index) => (
                <li key={`status-${index}`}>
                  <StatusBadge status={s.status} /> <DateTime iso={s.at} />
                </li>
              ))}
            </ol>
            <DataTable caption={t('portal.case.stepsCaption')} columns={[t('portal.case.step'), t('portal.case.stepStatus'), t('portal.case.dueAt')]} className="portal-steps">
              {data.steps.map((step) => (
                <tr key={step.stepId}>
                  <td>{step.action ? text(step.action) : step.stepId}</td>
                  <td>{t(`portal.step.${step.status}` as MessageKey)}</td>
                  <td>{step.dueAt ? <DateTime iso={step.dueAt} /> : '—'}</td>
                </tr>
              ))}
            </DataTable>
          </section>
          {data.survey.available ? <SurveyForm caseId={caseId} onDone={() => void reload()} /> : null}
          {data.survey.answered ? <Notice tone="success" text={t('portal.survey.thanks')} /> : null}
        </>
      ) : null}
    </Page>
  );
}
