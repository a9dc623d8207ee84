import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { Regulation } from '../api/types.ts';
import { channelLabel, limitLabel, roleLabel } from '../shared/labels.ts';
import { loadRegulation } from '../shared/regulations.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { AboutServiceSection } from './AboutServiceSection.tsx';
import { BpmnDiagram } from './BpmnDiagram.tsx';
import { actLabel, regionLabel, versionLabel } from './labels.ts';
import { handbookPaths } from './paths.ts';
import { ReadingsSection } from './ReadingsSection.tsx';
import { TimeInForce } from './TimeInForce.tsx';
import { useSummaries } from './useSummaries.ts';

/**
 * One regulation version's handbook: a route chosen by the reader drawn in BPMN 2.0 with its steps as a list, the
 * information-systems diagram with its systems as a list, and links to compare with the service's other versions.
 */
export function VersionPage({ regulationId }: { readonly regulationId: string }) {
  const i18n = useI18n();
  const { t, text, language } = i18n;
  const [regulation, setRegulation] = useState<Regulation | null>(null);
  const [routeId, setRouteId] = useState<string>(() => new URLSearchParams(window.location.search).get('route') ?? '');
  const [routeXml, setRouteXml] = useState<string | null>(null);
  const [isXml, setIsXml] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { summaries } = useSummaries();

  useEffect(() => {
    let active = true;
    loadRegulation(regulationId).then(
      (loaded) => {
        if (!active) return;
        setRegulation(loaded);
        setRouteId((current) => (loaded.routes.some((r) => r.id === current) ? current : (loaded.routes[0]?.id ?? '')));
      },
      (failure: unknown) => active && setError(failure),
    );
    return () => {
      active = false;
    };
  }, [regulationId]);

  useEffect(() => {
    if (!regulation || !routeId) return;
    let active = true;
    setRouteXml(null);
    unwrap(api.GET('/api/regulations/{regulationId}/bpmn', { params: { path: { regulationId }, query: { route: routeId, lang: language } }, parseAs: 'text' })).then(
      (xml) => active && setRouteXml(xml as string),
      (failure: unknown) => active && setError(failure),
    );
    return () => {
      active = false;
    };
  }, [regulation, regulationId, routeId, language]);

  useEffect(() => {
    let active = true;
    setIsXml(null);
    unwrap(api.GET('/api/regulations/{regulationId}/is-diagram', { params: { path: { regulationId }, query: { lang: language } }, parseAs: 'text' })).then(
      (xml) => active && setIsXml(xml as string),
      (failure: unknown) => active && setError(failure),
    );
    return () => {
      active = false;
    };
  }, [regulationId, language]);

  const chooseRoute = (next: string) => {
    setRouteId(next);
    window.history.replaceState(null, '', `${handbookPaths.version(regulationId)}?route=${encodeURIComponent(next)}`);
  };

  if (!regulation) {
    return (
      <Page title={t('handbook.list.title')}>
        <ErrorAlert error={error} />
        {error ? null : <p>{t('app.loading')}</p>}
      </Page>
    );
  }
  const route = regulation.routes.find((r) => r.id === routeId) ?? regulation.routes[0];
  const steps = (route?.steps ?? []).map((stepId) => regulation.steps.find((s) => s.id === stepId)).filter((s) => s !== undefined);
  const others = (summaries ?? []).filter((s) => s.serviceCode === regulation.service.code && s.id !== regulation.id);
  const title = text(regulation.service.name);
  const interval = (summaries ?? []).find((s) => s.id === regulation.id)?.inForce;

  return (
    <Page title={title}>
      <p className="subtitle">
        {regionLabel(i18n, regulation.region)} · {actLabel(i18n, regulation.act)}
      </p>
      <p>
        <Link href={handbookPaths.root}>{t('handbook.version.back')}</Link>
      </p>
      <ErrorAlert error={error} />
      {interval ? <TimeInForce interval={interval} /> : null}
      <AboutServiceSection regulation={regulation} />

      <section className="dashboard-section" aria-labelledby="routes-title">
        <h2 id="routes-title">{t('handbook.version.routes')}</h2>
        <Field label={t('handbook.version.route')}>
          {({ inputId }) => (
            <select id={inputId} value={route?.id ?? ''} onChange={(e) => chooseRoute(e.target.value)}>
              {regulation.routes.map((r) => (
                <option key={r.id} value={r.id}>
                  {`${channelLabel(i18n, r.channel)} — ${text(r.name)}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <h3>{t('handbook.version.routeDiagram')}</h3>
        <BpmnDiagram xml={routeXml} label={t('handbook.version.diagramLabel', { name: route ? text(route.name) : title })} testId="route-diagram" />
        <h3>{t('handbook.version.steps')}</h3>
        <ol data-testid="route-steps">
          {steps.map((step) => (
            <li key={step.id}>{t('handbook.version.stepText', { action: text(step.action), role: roleLabel(i18n, step.role), limit: limitLabel(i18n, step.limit) })}</li>
          ))}
        </ol>
        <p>
          <a href={`/api/regulations/${encodeURIComponent(regulation.id)}/bpmn?route=${encodeURIComponent(route?.id ?? '')}&lang=${language}`} download>
            {t('handbook.version.downloadBpmn')}
          </a>
        </p>
      </section>

      <ReadingsSection regulationId={regulation.id} />

      <section className="dashboard-section" aria-labelledby="is-title">
        <h2 id="is-title">{t('handbook.version.isDiagram')}</h2>
        <BpmnDiagram xml={isXml} label={t('handbook.version.isLabel', { name: title })} testId="is-diagram" small />
        <h3>{t('handbook.version.systems')}</h3>
        {regulation.informationSystems.length === 0 ? (
          <p>{t('handbook.version.noSystems')}</p>
        ) : (
          <ul>
            {regulation.informationSystems.map((system) => (
              <li key={system.id}>{text(system.name)}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="dashboard-section" aria-labelledby="compare-title">
        <h2 id="compare-title">{t('handbook.version.compareWith')}</h2>
        {others.length === 0 ? (
          <p>{t('handbook.version.noOtherVersions')}</p>
        ) : (
          <ul>
            {others.map((other) => (
              <li key={other.id}>
                <Link href={handbookPaths.compareOf(regulation.id, other.id)}>{versionLabel(i18n, other)}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
