import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { components } from '../api/schema.d.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../ui/messages.tsx';

type Readings = components['schemas']['RegulationReadings'];

/**
 * Where the regulation's text reads two ways: both readings with their seed lines and routes, the definition's choice
 * and the reading in force (an administrator switches it per version through the API); every text in the reader's language.
 */
export function ReadingsSection({ regulationId }: { readonly regulationId: string }) {
  const { t, text } = useI18n();
  const [readings, setReadings] = useState<Readings | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    unwrap(api.GET('/api/regulations/{regulationId}/readings', { params: { path: { regulationId } } })).then(
      (answer) => live && setReadings(answer),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [regulationId]);
  if (!readings || readings.contradictions.length === 0) return <ErrorAlert error={error} />;
  return (
    <section className="dashboard-section" aria-labelledby="readings-title" data-testid="readings">
      <h2 id="readings-title">{t('handbook.version.readings')}</h2>
      {readings.contradictions.map((c) => (
        <div key={c.id}>
          <h3>{text(c.topic)}</h3>
          <ul>
            {c.readings.map((r) => (
              <li key={r.id}>
                {text(r.summary)} ({t('handbook.version.readingSource', { line: String(r.source.line) })})
                {r.routeIds.length > 0 ? ` — ${t('handbook.version.readingRoutes', { routes: r.routeIds.join(', ') })}` : null}
                {r.id === c.inForce ? <strong> — {t('handbook.version.readingInForce')}</strong> : null}
                {r.id === c.definitionChoice && r.id !== c.inForce ? ` — ${t('handbook.version.readingDefinitionChoice')}` : null}
              </li>
            ))}
          </ul>
          <p className="hint">{text(c.reason)}</p>
        </div>
      ))}
    </section>
  );
}
