import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { RegulationSummary, Staff } from '../api/types.ts';
import { channelLabel, stepLabel } from '../shared/labels.ts';
import { loadRegulationSummaries, useRegulations } from '../shared/regulations.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { filtersFromSearch, filtersToQuery, filtersToSearch, type DashboardFilters } from './filters.ts';
import type { SupervisedProvider } from './types.ts';
import { SelectField } from '../shared/SelectField.tsx';
import { DashboardBody } from './DashboardBody.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { downloadBlob } from '../shared/download-blob.ts';

const REGIONS = ['zhambyl', 'kyzylorda', 'aktobe', 'northKazakhstan', 'akmola'] as const;
const CHANNELS = ['providerOffice', 'stateCorporation', 'portal', 'ruralAkim', 'otherAuthority'] as const;
/** Colours with at least 3:1 contrast on white, told apart also by their order in the legend and the table. */
export function DashboardPage({ staff }: { readonly staff: Staff }) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const [form, setForm] = useState<DashboardFilters>(() => filtersFromSearch(window.location.search, new Date()));
  const [applied, setApplied] = useState<DashboardFilters>(form);
  const [providers, setProviders] = useState<readonly SupervisedProvider[]>([]);
  const [services, setServices] = useState<readonly RegulationSummary[]>([]);
  const [listError, setError] = useState<unknown>(null);
  const isAdmin = staff.role === 'admin';
  const region = isAdmin ? applied.region || REGIONS[0] : (staff.region ?? '');
  const loaded = useLoad(
    () => unwrap(api.GET('/api/supervision/dashboard', { params: { query: filtersToQuery(isAdmin && !applied.region ? { ...applied, region: REGIONS[0] } : applied) } })),
    [applied, isAdmin],
  );
  const { data: dashboard, loading } = loaded;
  const error = listError ?? loaded.error;

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
      downloadBlob(blob as Blob, `dashboard-${region}-${applied.from}-${applied.to}.csv`);
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

