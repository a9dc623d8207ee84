import { useCallback, useMemo } from 'react';
import { channelLabel, limitLabel, roleLabel } from '../shared/labels.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ChartFigure } from './ChartFigure.tsx';
import { barChart, distinctLabels, horizontalChartHeightRem } from './chart-config.ts';
import type { Dashboard } from './types.ts';
import { DataTable } from '../shared/DataTable.tsx';
import { answerLabel, COLOURS, GRADE_COLOURS, limitMinutes, number, percent, questionLabel } from './dashboard-format.ts';
import { SatisfactionTable } from './SatisfactionTable.tsx';

/** The dashboard's sections: load, compliance with the limits, step durations, channels, refusals, satisfaction. */
interface BodyProps {
  readonly dashboard: Dashboard;
  readonly providerName: (id: string) => string;
  readonly serviceOfRegulation: (regulationId: string) => string;
  readonly serviceName: (code: string) => string;
  readonly stepName: (regulationId: string, stepId: string) => string;
}

export function DashboardBody({ dashboard, providerName, serviceOfRegulation, serviceName, stepName }: BodyProps) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const totals = dashboard.load.reduce(
    (sum, r) => ({ openCases: sum.openCases + r.openCases, dueToday: sum.dueToday + r.dueToday, overdueSteps: sum.overdueSteps + r.overdueSteps, overdueCases: sum.overdueCases + r.overdueCases }),
    { openCases: 0, dueToday: 0, overdueSteps: 0, overdueCases: 0 },
  );
  const { compliance } = dashboard;
  // Steps done within their limits, or cases closed within the service term: the share, or "no data" before any.
  const complianceText = (rate: number | null, within: number, total: number) =>
    total === 0 ? t('supervision.compliance.noData') : t('supervision.compliance.rate', { rate: percent(i18n, rate), within, total });
  // Two steps of one kind in one service (signing by the executor and by the head) get the role added to their label.
  const stepTitles = useMemo(
    () =>
      distinctLabels(
        dashboard.stepDurations,
        (s) => `${serviceOfRegulation(s.regulationId)}: ${stepName(s.regulationId, s.stepId)}`,
        (s) => roleLabel(i18n, s.role),
      ),
    [dashboard, i18n, serviceOfRegulation, stepName],
  );

  const durationsChart = useMemo(
    () =>
      barChart(
        stepTitles,
        [
          { label: t('supervision.durations.median'), data: dashboard.stepDurations.map((s) => s.medianMinutes), colour: COLOURS[0]! },
          { label: t('supervision.durations.p90'), data: dashboard.stepDurations.map((s) => s.p90Minutes), colour: COLOURS[1]! },
          { label: t('supervision.durations.limitMinutes'), data: dashboard.stepDurations.map((s) => limitMinutes(s.limit)), colour: COLOURS[2]! },
        ],
        { horizontal: true },
      ),
    [dashboard, stepTitles, t],
  );
  const channelsChart = useMemo(
    () => barChart(dashboard.channelMix.map((c) => channelLabel(i18n, c.channel)), [{ label: t('supervision.channels.cases'), data: dashboard.channelMix.map((c) => c.cases), colour: COLOURS[0]! }], { counts: true }),
    [dashboard, i18n, t],
  );
  const refusalLabel = useCallback((r: Dashboard['refusalsByReason'][number]) => (r.ground ? text(r.ground) : r.groundId), [text]);
  const refusalsChart = useMemo(
    () => barChart(dashboard.refusalsByReason.map(refusalLabel), [{ label: t('supervision.refusals.cases'), data: dashboard.refusalsByReason.map((r) => r.cases), colour: COLOURS[3]! }], { horizontal: true, counts: true }),
    [dashboard, refusalLabel, t],
  );
  const satisfactionChart = useMemo(() => {
    const questions = dashboard.satisfaction.questions;
    return barChart(
      questions.map((q) => questionLabel(i18n, q.question)),
      (['unsatisfactory', 'partlySatisfactory', 'satisfactory'] as const).map((answer) => ({
        label: answerLabel(i18n, answer),
        data: questions.map((q) => q.answers.find((a) => a.answer === answer)?.count ?? 0),
        colour: GRADE_COLOURS[answer],
      })),
      { horizontal: true, stacked: true, counts: true },
    );
  }, [dashboard, i18n]);

  return (
    <>
      <section className="dashboard-section" aria-labelledby="load-title">
        <h2 id="load-title">{t('supervision.load.title')}</h2>
        <ul className="figure-tiles">
          {(['openCases', 'dueToday', 'overdueSteps', 'overdueCases'] as const).map((key) => (
            <li key={key}>
              <span className="figure-value" data-testid={`figure-${key}`}>
                {totals[key]}
              </span>
              {t(`supervision.load.${key}`)}
            </li>
          ))}
        </ul>
        {dashboard.load.length === 0 ? (
          <p>{t('supervision.load.none')}</p>
        ) : (
          <DataTable caption={t('supervision.load.byProvider')} captionClassName="visually-hidden" columns={[t('supervision.load.provider'), t('supervision.load.openCases'), t('supervision.load.dueToday'), t('supervision.load.overdueSteps'), t('supervision.load.overdueCases')]} className="">
            {dashboard.load.map((r) => (
              <tr key={r.providerId}>
                <th scope="row">{providerName(r.providerId)}</th>
                <td>{r.openCases}</td>
                <td>{r.dueToday}</td>
                <td>{r.overdueSteps}</td>
                <td>{r.overdueCases}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section className="dashboard-section" aria-labelledby="compliance-title">
        <h2 id="compliance-title">{t('supervision.compliance.title')}</h2>
        <dl className="summary">
          <div>
            <dt>{t('supervision.compliance.steps')}</dt>
            <dd data-testid="compliance-steps">{complianceText(compliance.stepComplianceRate, compliance.stepsWithinLimit, compliance.stepsCompleted)}</dd>
          </div>
          <div>
            <dt>{t('supervision.compliance.cases')}</dt>
            <dd data-testid="compliance-cases">{complianceText(compliance.caseComplianceRate, compliance.casesWithinLimit, compliance.casesClosed)}</dd>
          </div>
          <div>
            <dt>{t('supervision.compliance.refused')}</dt>
            <dd data-testid="compliance-refused">{compliance.casesRefused}</dd>
          </div>
        </dl>
      </section>

      <section className="dashboard-section" aria-labelledby="durations-title">
        <h2 id="durations-title">{t('supervision.durations.title')}</h2>
        {dashboard.stepDurations.length === 0 ? (
          <p>{t('supervision.durations.none')}</p>
        ) : (
          <ChartFigure id="chart-durations" title={t('supervision.durations.title')} config={durationsChart} heightRem={horizontalChartHeightRem(stepTitles.length, 3)}>
            <DataTable caption={t('supervision.chart.tableCaption', { title: t('supervision.durations.title') })} columns={[t('supervision.durations.step'), t('supervision.durations.role'), t('supervision.durations.completed'), t('supervision.durations.withinLimit'), t('supervision.durations.median'), t('supervision.durations.p90'), t('supervision.durations.limit')]} className="" testId="table-durations" wrap={false}>
              {dashboard.stepDurations.map((s, index) => (
                <tr key={`${s.regulationId}/${s.stepId}`} data-step={s.stepId}>
                  <th scope="row">{stepTitles[index]}</th>
                  <td>{roleLabel(i18n, s.role)}</td>
                  <td>{s.completed}</td>
                  <td>{s.withinLimit}</td>
                  <td>{number(i18n, s.medianMinutes)}</td>
                  <td>{number(i18n, s.p90Minutes)}</td>
                  <td>{limitLabel(i18n, s.limit)}</td>
                </tr>
              ))}
            </DataTable>
          </ChartFigure>
        )}
      </section>

      <section className="dashboard-section" aria-labelledby="channels-title">
        <h2 id="channels-title">{t('supervision.channels.title')}</h2>
        {dashboard.channelMix.length === 0 ? (
          <p>{t('supervision.channels.none')}</p>
        ) : (
          <ChartFigure id="chart-channels" title={t('supervision.channels.title')} config={channelsChart}>
            <DataTable caption={t('supervision.chart.tableCaption', { title: t('supervision.channels.title') })} columns={[t('supervision.channels.channel'), t('supervision.channels.cases')]} className="" testId="table-channels" wrap={false}>
              {dashboard.channelMix.map((c) => (
                <tr key={c.channel}>
                  <th scope="row">{channelLabel(i18n, c.channel)}</th>
                  <td>{c.cases}</td>
                </tr>
              ))}
            </DataTable>
          </ChartFigure>
        )}
      </section>

      <section className="dashboard-section" aria-labelledby="refusals-title">
        <h2 id="refusals-title">{t('supervision.refusals.title')}</h2>
        {dashboard.refusalsByReason.length === 0 ? (
          <p>{t('supervision.refusals.none')}</p>
        ) : (
          <ChartFigure id="chart-refusals" title={t('supervision.refusals.title')} config={refusalsChart} heightRem={horizontalChartHeightRem(dashboard.refusalsByReason.length, 1, 3)}>
            <DataTable caption={t('supervision.chart.tableCaption', { title: t('supervision.refusals.title') })} columns={[t('supervision.refusals.ground'), t('supervision.durations.service'), t('supervision.refusals.cases')]} className="" testId="table-refusals" wrap={false}>
              {dashboard.refusalsByReason.map((r) => (
                <tr key={`${r.regulationId}/${r.groundId}`}>
                  <th scope="row">{refusalLabel(r)}</th>
                  <td>{serviceOfRegulation(r.regulationId)}</td>
                  <td>{r.cases}</td>
                </tr>
              ))}
            </DataTable>
          </ChartFigure>
        )}
      </section>

      <section className="dashboard-section" aria-labelledby="satisfaction-title">
        <h2 id="satisfaction-title">{t('supervision.satisfaction.title')}</h2>
        <p data-testid="satisfaction-surveys">{t('supervision.satisfaction.surveys', { count: dashboard.satisfaction.surveys })}</p>
        {dashboard.satisfaction.surveys === 0 ? (
          <p>{t('supervision.satisfaction.none')}</p>
        ) : (
          <>
            <ChartFigure id="chart-satisfaction" title={t('supervision.satisfaction.title')} config={satisfactionChart}>
              <SatisfactionTable caption={t('supervision.chart.tableCaption', { title: t('supervision.satisfaction.title') })} questions={dashboard.satisfaction.questions} testId="table-satisfaction" />
            </ChartFigure>
            <h3>{t('supervision.satisfaction.byProviderService')}</h3>
            {dashboard.satisfaction.byProviderService.map((group) => (
              <div className="table-wrap" key={`${group.providerId}/${group.serviceCode}`}>
                <SatisfactionTable
                  caption={`${providerName(group.providerId)} · ${serviceName(group.serviceCode)} · ${t('supervision.satisfaction.surveys', { count: group.surveys })}`}
                  questions={group.questions}
                />
              </div>
            ))}
          </>
        )}
      </section>
    </>
  );
}

