import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { api, unwrap } from '../api/client.ts';
import { limitLabel } from '../shared/labels.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { diffStatusLabel, sortVersions, versionLabel, versionSideLabel } from './labels.ts';
import { handbookPaths } from './paths.ts';
import type { RegulationComparison, RouteComparison } from './types.ts';

type DiffStatus = RegulationComparison['channels'][number]['status'];
import { useSummaries } from './useSummaries.ts';

/** Two versions of one service side by side (two regions or two editions): channels, steps and limits, roles, results, systems. */
export function ComparePage() {
  const i18n = useI18n();
  const { t, text } = i18n;
  const { summaries, error: summariesError } = useSummaries();
  const initial = new URLSearchParams(window.location.search);
  const [left, setLeft] = useState(initial.get('left') ?? '');
  const [right, setRight] = useState(initial.get('right') ?? '');
  const [serviceCode, setServiceCode] = useState('');
  const [shown, setShown] = useState<{ left: string; right: string } | null>(left && right ? { left, right } : null);
  const [comparison, setComparison] = useState<RegulationComparison | null>(null);
  const [error, setError] = useState<unknown>(null);

  const versions = useMemo(() => sortVersions(i18n, summaries ?? []), [i18n, summaries]);
  const services = useMemo(() => [...new Map(versions.map((v) => [v.serviceCode, v.serviceName])).entries()], [versions]);
  // The service follows the left version when the page opens with one.
  const service = serviceCode || versions.find((v) => v.id === left)?.serviceCode || services[0]?.[0] || '';
  const ofService = versions.filter((v) => v.serviceCode === service);

  useEffect(() => {
    if (!shown) return;
    let active = true;
    unwrap(api.GET('/api/regulations/compare', { params: { query: { left: shown.left, right: shown.right } } })).then(
      (result) => {
        if (!active) return;
        setComparison(result as RegulationComparison);
        setError(null);
      },
      (failure: unknown) => active && setError(failure),
    );
    return () => {
      active = false;
    };
  }, [shown]);

  const chooseService = (code: string) => {
    setServiceCode(code);
    const list = versions.filter((v) => v.serviceCode === code);
    setLeft(list[0]?.id ?? '');
    setRight(list[1]?.id ?? list[0]?.id ?? '');
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const pair = { left: left || ofService[0]?.id || '', right: right || ofService[1]?.id || ofService[0]?.id || '' };
    if (!pair.left || !pair.right) return;
    window.history.replaceState(null, '', handbookPaths.compareOf(pair.left, pair.right));
    setShown(pair);
  };

  const versionSelect = (label: string, value: string, onChange: (v: string) => void, fallbackIndex: number) => (
    <Field label={label}>
      {({ inputId }) => (
        <select id={inputId} value={value || ofService[fallbackIndex]?.id || ofService[0]?.id || ''} onChange={(e) => onChange(e.target.value)}>
          {ofService.map((v) => (
            <option key={v.id} value={v.id}>
              {versionLabel(i18n, v)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <Page title={t('handbook.compare.title')}>
      <ErrorAlert error={summariesError ?? error} />
      <form className="filter-bar" onSubmit={submit}>
        <Field label={t('handbook.compare.service')}>
          {({ inputId }) => (
            <select id={inputId} value={service} onChange={(e) => chooseService(e.target.value)}>
              {services.map(([code, name]) => (
                <option key={code} value={code}>
                  {text(name)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {versionSelect(t('handbook.compare.left'), left, setLeft, 0)}
        {versionSelect(t('handbook.compare.right'), right, setRight, 1)}
        <button type="submit">{t('handbook.compare.show')}</button>
      </form>
      {comparison ? <ComparisonView comparison={comparison} /> : <p>{t('handbook.compare.pick')}</p>}
    </Page>
  );
}

/** One row of a comparison table: what it compares, then its cells: the two sides and whether they differ (in words). */
interface ComparisonRow {
  readonly key: string;
  readonly name: ReactNode;
  readonly cells: readonly [left: ReactNode, right: ReactNode, status: string];
}

function ComparisonView({ comparison }: { readonly comparison: RegulationComparison }) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const sideName = (side: RegulationComparison['left']) => versionSideLabel(i18n, text(side.regionName), { number: side.actNumber, date: side.actDate });
  const leftName = sideName(comparison.left);
  const rightName = sideName(comparison.right);
  const empty = t('common.empty');
  const table = (first: string, rows: readonly ComparisonRow[]) => (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col">{leftName}</th>
            <th scope="col">{rightName}</th>
            <th scope="col">{t('handbook.compare.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              {row.cells.map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const row = (key: string, name: ReactNode, left: ReactNode, right: ReactNode, status: DiffStatus | null): ComparisonRow => ({
    key,
    name,
    cells: [left, right, status ? diffStatusLabel(i18n, status) : empty],
  });
  const step = (side: RouteComparison['steps'][number]['left']) =>
    side ? `${text(side.action)} — ${text(side.roleLabel)}, ${side.limit ? text(side.limit.text) : limitLabel(i18n, null)}` : empty;
  // Results and information systems are numbered lists: the row's name is its place in the list.
  type NamedSide = { readonly name: RegulationComparison['left']['regionName'] } | null;
  const numbered = (rows: ReadonlyArray<{ readonly left: NamedSide; readonly right: NamedSide; readonly status: DiffStatus }>) =>
    rows.map((r, index) => row(String(index), index + 1, r.left ? text(r.left.name) : empty, r.right ? text(r.right.name) : empty, r.status));
  return (
    <div data-testid="comparison">
      <p data-testid="comparison-differences">{t('handbook.compare.differences', { count: comparison.differenceCount })}</p>

      <h2>{t('handbook.compare.channels')}</h2>
      {table(
        t('handbook.compare.channel'),
        comparison.channels.map((r) => row(r.channel, text(r.channelLabel), r.leftRoutes, r.rightRoutes, r.status)),
      )}

      {comparison.routes.map((route) => (
        <section key={route.channel}>
          <h2>{t('handbook.compare.routeSteps', { channel: text(route.channelLabel) })}</h2>
          {table(t('handbook.compare.stepKind'), [
            ...route.steps.map((r, index) => row(`${r.kind}-${index}`, text(r.kindLabel), step(r.left), step(r.right), r.status)),
            row(
              'total',
              t('handbook.compare.total'),
              route.totals.left ? text(route.totals.left.text) : empty,
              route.totals.right ? text(route.totals.right.text) : empty,
              null,
            ),
          ])}
        </section>
      ))}

      <h2>{t('handbook.compare.roles')}</h2>
      {table(
        t('handbook.compare.role'),
        comparison.roles.map((r) => row(r.role, text(r.roleLabel), r.leftSteps, r.rightSteps, r.status)),
      )}

      <h2>{t('handbook.compare.results')}</h2>
      {table(t('handbook.compare.results'), numbered(comparison.results.rows))}

      <h2>{t('handbook.compare.systems')}</h2>
      {table(t('handbook.compare.systems'), numbered(comparison.informationSystems))}
    </div>
  );
}
