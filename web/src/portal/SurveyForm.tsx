import { useState, type FormEvent } from 'react';
import { unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/translate.ts';
import { ErrorAlert } from '../ui/messages.tsx';
import { portalApi } from './portal-api.ts';

const ANSWERS = ['unsatisfactory', 'partlySatisfactory', 'satisfactory'] as const;
type SurveyAnswer = (typeof ANSWERS)[number];

/**
 * Seed 002 appendix 3 (lines 404-419): two questions, three answers each. Nothing is pre-selected (issue #17: a ticked
 * "satisfied" would put words in the citizen's mouth); sending with a question unanswered names it, here and on the
 * server (SURVEY_ANSWER_MISSING).
 */
export function SurveyForm({ caseId, onDone }: { readonly caseId: string; readonly onDone: () => void }) {
  const { t } = useI18n();
  const [processAndResult, setProcess] = useState<SurveyAnswer | null>(null);
  const [information, setInformation] = useState<SurveyAnswer | null>(null);
  const [missing, setMissing] = useState<readonly MessageKey[]>([]);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const unanswered: MessageKey[] = [];
    if (processAndResult === null) unanswered.push('portal.survey.processAndResult');
    if (information === null) unanswered.push('portal.survey.information');
    setMissing(unanswered);
    if (unanswered.length > 0) return;
    try {
      await unwrap(portalApi.POST('/api/portal/cases/{caseId}/survey', { params: { path: { caseId } }, body: { processAndResult, information, comment: null } }));
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  const question = (name: string, legend: MessageKey, value: SurveyAnswer | null, set: (v: SurveyAnswer) => void) => (
    <fieldset aria-invalid={missing.includes(legend) ? true : undefined}>
      <legend>{t(legend)}</legend>
      {ANSWERS.map((answer) => (
        <label key={answer} className="radio">
          <input type="radio" name={name} value={answer} checked={value === answer} onChange={() => set(answer)} /> {t(`portal.survey.answer.${answer}` as MessageKey)}
        </label>
      ))}
    </fieldset>
  );
  return (
    <section aria-labelledby="portal-survey-heading" className="portal-section">
      <h2 id="portal-survey-heading">{t('portal.survey.heading')}</h2>
      <ErrorAlert error={error} />
      {missing.length > 0 ? (
        <div className="alert alert-warning" role="alert" data-testid="survey-missing">
          {t('portal.survey.missing', { questions: missing.map((key) => `«${t(key)}»`).join(', ') })}
        </div>
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        {question('processAndResult', 'portal.survey.processAndResult', processAndResult, setProcess)}
        {question('information', 'portal.survey.information', information, setInformation)}
        <button type="submit">{t('portal.survey.submit')}</button>
      </form>
    </section>
  );
}
