import type { Regulation } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

type SourceRef = { readonly line: number };

/**
 * What the regulation says of the service as a whole (issue #16): the form of the service and of its result, and
 * who may receive it, each with the seed line it was read from, or marked as Qyzmet's default where the text is silent.
 */
export function AboutServiceSection({ regulation }: { readonly regulation: Regulation }) {
  const { t, text } = useI18n();
  const source = (ref: SourceRef | undefined) => (ref ? <span className="hint"> ({t('handbook.version.readingSource', { line: ref.line })})</span> : null);
  const { serviceForm, resultForm } = regulation;
  const recipients = regulation.service.recipients;
  return (
    <section className="dashboard-section" aria-labelledby="about-title" data-testid="about-service">
      <h2 id="about-title">{t('handbook.version.about')}</h2>
      <dl>
        <dt>{t('handbook.version.serviceForm')}</dt>
        <dd>
          {serviceForm ? t(`handbook.serviceForm.${serviceForm.value}`) : t('handbook.version.notStated')}
          {source(serviceForm?.source)}
        </dd>
        <dt>{t('handbook.version.resultForm')}</dt>
        <dd>
          {t(`handbook.resultForm.${resultForm.value}`)}
          {resultForm.provenance.origin === 'seed' ? source(resultForm.provenance.source) : <span className="hint"> ({t('handbook.version.qyzmetDefault')})</span>}
        </dd>
        <dt>{t('handbook.version.recipients')}</dt>
        <dd>
          {recipients ? text(recipients.text) : t('handbook.version.recipientsByStandard')}
          {source(recipients?.source)}
        </dd>
      </dl>
    </section>
  );
}
