import type { RegulationSummary } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { intervalEndLabel } from './labels.ts';

/**
 * A version's time in force as the law states it (issue 16): the act's rule, the dates the seed gives, and the
 * interval with its uncertain ends, each explained (kk/ru/en texts come from the API).
 */
export function TimeInForce({ interval }: { readonly interval: RegulationSummary['inForce'] }) {
  const { t, text } = useI18n();
  const unknown = t('handbook.inForce.unknownDate');
  const { knownDates } = interval;
  return (
    <section className="dashboard-section" aria-labelledby="in-force-title" data-testid="time-in-force">
      <h2 id="in-force-title">{t('handbook.inForce.title')}</h2>
      <p>{t('handbook.inForce.rule', { rule: text(interval.rule.text) })}</p>
      <p>
        {t('handbook.inForce.known', {
          adopted: knownDates.placeholder ? unknown : knownDates.adoptedOn,
          registered: knownDates.registeredOn ?? unknown,
          published: knownDates.firstPublishedOn ?? unknown,
        })}
      </p>
      <ul>
        <li>
          {t('handbook.inForce.start', { value: intervalEndLabel(interval.start) })} — {text(interval.start.explanation)}
        </li>
        <li>{interval.end ? `${t('handbook.inForce.end', { value: intervalEndLabel(interval.end) })} — ${text(interval.end.explanation)}` : t('handbook.inForce.noEnd')}</li>
      </ul>
      <p className="hint">{t('handbook.inForce.presumedNote')}</p>
    </section>
  );
}
