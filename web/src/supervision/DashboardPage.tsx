import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { RegulationSummary, Staff } from '../api/types.ts';
import { channelLabel, limitLabel, roleLabel, stepLabel } from '../shared/labels.ts';
import { loadRegulationSummaries, useRegulations } from '../shared/regulations.ts';
import { useI18n, type I18n } from '../i18n/I18nProvider.tsx';
import { LOCALES } from '../i18n/languages.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { ChartFigure } from './ChartFigure.tsx';
import { barChart, distinctLabels, horizontalChartHeightRem } from './chart-config.ts';
import { filtersFromSearch, filtersToQuery, filtersToSearch, type DashboardFilters } from './filters.ts';
import type { Dashboard, SatisfactionQuestions, SupervisedProvider } from './types.ts';
import { DataTable } from '../shared/DataTable.tsx';

const REGIONS = ['zhambyl', 'kyzylorda', 'aktobe', 'northKazakhstan', 'akmola'] as const;
const CHANNELS = ['providerOffice', 'stateCorporation', 'portal', 'ruralAkim', 'otherAuthority'] as const;
/** Colours with at least 3:1 contrast on white, told apart also by their order in the legend and the table. */
const COLOURS = ['#0b5394', '#b45f06', '#38761d', '#a4161a', '#674ea7', '#45818e'];
const GRADE_COLOURS = { unsatisfactory: '#a4161a', partlySatisfactory: '#b58100', satisfactory: '#38761d' } as const;

/** Minutes and hours are working time (ARCHITECTURE.md), comparable with durations; days and months are not drawn. */
const MINUTES_OF_UNIT: Readonly<Record<string, number>> = { minutes: 1, hours: 60 };
const limitMinutes = (limit: { value: number; unit: string } | null) => (limit && MINUTES_OF_UNIT[limit.unit] ? limit.value * MINUTES_OF_UNIT[limit.unit]! : null);

function percent(i18n: I18n, rate: number | null): string {
  if (rate === null) return i18n.t('common.empty');
  return new Intl.NumberFormat(LOCALES[i18n.language], { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

function number(i18n: I18n, value: number | null): string {
  if (value === null) return i18n.t('common.empty');
  return new Intl.NumberFormat(LOCALES[i18n.language], { maximumFractionDigits: 2 }).format(value);
}

const questionLabel = (i18n: I18n, question: string) => i18n.tDynamic(`supervision.satisfaction.q.${question}`, question);
const answerLabel = (i18n: I18n, answer: string) => i18n.tDynamic(`supervision.satisfaction.a.${answer}`, answer);

/** The supervisor's dashboard of a region: filters, load now, compliance, durations, channels, refusals, satisfaction. */
export function DashboardPage({ staff }: { readonly staff: Staff }) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const [form, setForm] = useState<DashboardFilters>(() => filtersFromSearch(window.location.search, new Date()));
  const [applied, setApplied] = useState<DashboardFilters>(form);
  const [dashboard, setDashboard] = useState<Dashboard | null>(null);
  const [providers, setProviders] = useState<readonly SupervisedProvider[]>([]);
  const [services, setServices] = useState<readonly RegulationSummary[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const isAdmin = staff.role === 'admin';
  const region = isAdmin ? applied.region || REGIONS[0] : (staff.region ?? '');

  const load = useCallback(async (filters: DashboardFilters) => {
    setLoading(true);
    try {
      setDashboard(await unwrap(api.GET('/api/supervision/dashboard', { params: { query: filtersToQuery(filters) } })));
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load(isAdmin && !applied.region ? { ...applied, region: REGIONS[0] } : applied);
  }, [applied, isAdmin, load]);

  useEffect(() => {
    let active = true;
    const query = isAdmin ? { region: region as (typeof REGIONS)[number] } : {};
    void unwrap(api.GET('/api/supervision/providers', { params: { query } }))
      .then((list) => active && setProviders(list))
      .catch((failure: unknown) => active && setError(failure));
    void loadRegulationSummaries()
      .then((list) => active && setServices(list.filter((r) => r.region === region)))
      .catch((failure: unknown) => active && setError(failure));
    return () => {
      active = false;
    };
  }, [isAdmin, region]);

  const regulations = useRegulations(dashboard?.stepDurations.map((s) => s.regulationId) ?? []);
  const serviceOptions = useMemo(() => [...new Map(services.map((s) => [s.serviceCode, s.serviceName])).entries()], [services]);
  const providerName = useCallback(
    (id: string) => {
      const provider = providers.find((p) => p.id === id);
      return provider ? text(provider.name) : id;
    },
    [providers, text],
  );
  const serviceOfRegulation = useCallback(
    (regulationId: string) => {
      const summary = services.find((s) => s.id === regulationId);
      return summary ? text(summary.serviceName) : regulationId;
    },
    [services, text],
  );
  const serviceName = useCallback(
    (code: string) => {
      const name = serviceOptions.find(([c]) => c === code)?.[1];
      return name ? text(name) : code;
    },
    [serviceOptions, text],
  );
  const stepName = useCallback((regulationId: string, stepId: string) => stepLabel(i18n, regulations.get(regulationId), stepId), [i18n, regulations]);

  // The same rule as the server's (PERIOD_START_AFTER_END), checked before asking it; ISO dates compare as strings.
  const periodReversed = form.from !== '' && form.to !== '' && form.from > form.to;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (periodReversed) return;
    window.history.replaceState(null, '', `${window.location.pathname}?${filtersToSearch(form)}`);
    setApplied(form);
  };

  const downloadCsv = async () => {
    try {
      const blob = await unwrap(api.GET('/api/supervision/dashboard.csv', { params: { query: { ...filtersToQuery(applied), lang: i18n.language } }, parseAs: 'blob' }));
      const url = URL.createObjectURL(blob as Blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `dashboard-${region}-${applied.from}-${applied.to}.csv`;
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      URL.revokeObjectURL(url);
    } catch (failure) {
      setError(failure);
    }
  };

  const set = (field: keyof DashboardFilters) => (value: string) => setForm((current) => ({ ...current, [field]: value }));

  return (
    <Page title={t('supervision.title')}>
      <form onSubmit={submit} className="filter-bar" aria-label={t('supervision.filters')}>
        {isAdmin ? (
          <SelectField label={t('supervision.filter.region')} value={form.region || REGIONS[0]} onChange={set('region')} options={REGIONS.map((r) => [r, t(`supervision.region.${r}`)])} />
        ) : null}
        <Field label={t('supervision.filter.from')}>
          {({ inputId }) => <input id={inputId} type="date" name="from" required value={form.from} onChange={(e) => set('from')(e.target.value)} />}
        </Field>
        <Field label={t('supervision.filter.to')}>
          {({ inputId }) => (
            <input
              id={inputId}
              type="date"
              name="to"
              required
              value={form.to}
              onChange={(e) => set('to')(e.target.value)}
              aria-invalid={periodReversed || undefined}
              aria-describedby={periodReversed ? 'period-error' : undefined}
            />
          )}
        </Field>
        <SelectField label={t('supervision.filter.provider')} value={form.providerId} onChange={set('providerId')} all={t('supervision.filter.all')} options={providers.map((p) => [p.id, text(p.name)])} />
        <SelectField label={t('supervision.filter.service')} value={form.serviceCode} onChange={set('serviceCode')} all={t('supervision.filter.all')} options={serviceOptions.map(([code, name]) => [code, text(name)])} />
        <SelectField label={t('supervision.filter.channel')} value={form.channel} onChange={set('channel')} all={t('supervision.filter.all')} options={CHANNELS.map((c) => [c, channelLabel(i18n, c)])} />
        <button type="submit" disabled={loading || periodReversed}>
          {t('supervision.filter.apply')}
        </button>
        <button type="button" className="button-secondary" onClick={() => void downloadCsv()} disabled={!dashboard}>
          {t('supervision.downloadCsv')}
        </button>
      </form>
      {periodReversed ? (
        <p id="period-error" className="alert alert-error" role="alert" data-testid="period-error">
          {t('supervision.filter.periodReversed', { from: form.from, to: form.to })}
        </p>
      ) : null}
      <ErrorAlert error={error} />
      <p aria-live="polite" className="counts">
        {loading ? t('supervision.loading') : dashboard ? t('supervision.periodShown', { from: applied.from, to: applied.to }) : null}
      </p>
      {dashboard ? (
        <DashboardBody
          dashboard={dashboard}
          providerName={providerName}
          serviceOfRegulation={serviceOfRegulation}
          serviceName={serviceName}
          stepName={stepName}
        />
      ) : null}
    </Page>
  );
}

function SelectField({
  label,
  value,
  onChange,
  options,
  all,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: ReadonlyArray<readonly [string, string]>;
  readonly all?: string;
}) {
  return (
    <Field label={label}>
      {({ inputId }) => (
        <select id={inputId} value={value} onChange={(e) => onChange(e.target.value)}>
          {all !== undefined ? <option value="">{all}</option> : null}
          {options.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

interface BodyProps {
  readonly dashboard: Dashboard;
  readonly providerName: (id: string) => string;
  readonly serviceOfRegulation: (regulationId: string) => string;
  readonly serviceName: (code: string) => string;
  readonly stepName: (regulationId: string, stepId: string) => string;
}

function DashboardBody({ dashboard, providerName, serviceOfRegulation, serviceName, stepName }: BodyProps) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const totals = dashboard.load.reduce(
    (sum, r) => ({ openCases: sum.openCases + r.openCases, dueToday: sum.dueToday + r.dueToday, overdueSteps: sum.overdueSteps + r.overdueSteps, overdueCases: sum.overdueCases + r.overdueCases }),
    { openCases: 0, dueToday: 0, overdueSteps: 0, overdueCases: 0 },
  );
  const { compliance } = dashboard;
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
            <dd data-testid="compliance-steps">
              {compliance.stepsCompleted === 0
                ? t('supervision.compliance.noData')
                : t('supervision.compliance.rate', { rate: percent(i18n, compliance.stepComplianceRate), within: compliance.stepsWithinLimit, total: compliance.stepsCompleted })}
            </dd>
          </div>
          <div>
            <dt>{t('supervision.compliance.cases')}</dt>
            <dd data-testid="compliance-cases">
              {compliance.casesClosed === 0
                ? t('supervision.compliance.noData')
                : t('supervision.compliance.rate', { rate: percent(i18n, compliance.caseComplianceRate), within: compliance.casesWithinLimit, total: compliance.casesClosed })}
            </dd>
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

function SatisfactionTable({ caption, questions, testId }: { readonly caption: string; readonly questions: SatisfactionQuestions; readonly testId?: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const answers = questions[0]?.answers.map((a) => a.answer) ?? [];
  return (
    <table data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('supervision.satisfaction.question')}</th>
          {answers.map((answer) => (
            <th scope="col" key={answer}>
              {answerLabel(i18n, answer)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {questions.map((q) => (
          <tr key={q.question} data-question={q.question}>
            <th scope="row">{questionLabel(i18n, q.question)}</th>
            {q.answers.map((a) => (
              <td key={a.answer} data-answer={a.answer}>
                {t('supervision.satisfaction.countShare', { count: a.count, share: percent(i18n, a.share) })}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
