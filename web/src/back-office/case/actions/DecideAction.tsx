import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { Field } from '../../../ui/Field.tsx';
import type { ActionProps } from './action-props.ts';

/** The API's minimum length of a refusal's reasoning (ZStepInputByKind.decide). */
const MIN_REASON_CHARS = 10;

type Outcome = 'positive' | 'refusal';

/**
 * decide: the executor's decision — a positive result (choosing its type when the regulation has several) or a
 * reasoned refusal with a ground and the reasoning the applicant will read.
 */
export function DecideAction({ regulation, submitting, submit }: ActionProps) {
  const { t, text } = useI18n();
  const positiveResults = regulation.results.filter((r) => r.kind === 'positive');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [resultId, setResultId] = useState(positiveResults.length === 1 ? (positiveResults[0]?.id ?? '') : '');
  const [groundId, setGroundId] = useState('');
  const [reasonText, setReasonText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!outcome) found.outcome = t('action.decide.outcomeRequired');
    if (outcome === 'positive' && positiveResults.length > 1 && !resultId) found.resultId = t('receive.fieldRequired');
    if (outcome === 'refusal' && !groundId) found.groundId = t('action.decide.chooseGround');
    if (outcome === 'refusal' && reasonText.trim().length < MIN_REASON_CHARS) found.reasonText = t('action.decide.reasonTooShort', { min: MIN_REASON_CHARS });
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.querySelector<HTMLElement>(`[data-decide-field="${first}"]`)?.focus();
      return;
    }
    if (outcome === 'positive') submit(resultId ? { outcome, resultId } : { outcome });
    else submit({ outcome: 'refusal', groundId, reasonText: reasonText.trim() });
  };

  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <fieldset className={errors.outcome ? 'field-invalid' : undefined} aria-describedby={errors.outcome ? 'decide-outcome-error' : undefined}>
        <legend>{t('action.decide.legend')}</legend>
        {errors.outcome ? (
          <p className="field-error" id="decide-outcome-error">
            {errors.outcome}
          </p>
        ) : null}
        <ul className="choice-list">
          {(['positive', 'refusal'] as const).map((value, index) => (
            <li key={value}>
              <label>
                <input
                  type="radio"
                  name="outcome"
                  value={value}
                  checked={outcome === value}
                  data-decide-field={index === 0 ? 'outcome' : undefined}
                  onChange={() => setOutcome(value)}
                />
                <span className="choice-label">{value === 'positive' ? t('action.decide.positive') : t('action.decide.refusal')}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      {outcome === 'positive' && positiveResults.length > 1 ? (
        <fieldset className={errors.resultId ? 'field-invalid' : undefined}>
          <legend>{t('action.decide.resultType')}</legend>
          {errors.resultId ? <p className="field-error">{errors.resultId}</p> : null}
          <ul className="choice-list">
            {positiveResults.map((result, index) => (
              <li key={result.id}>
                <label>
                  <input
                    type="radio"
                    name="resultId"
                    value={result.id}
                    checked={resultId === result.id}
                    data-decide-field={index === 0 ? 'resultId' : undefined}
                    onChange={() => setResultId(result.id)}
                  />
                  <span className="choice-label">{text(result.name)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {outcome === 'positive' && positiveResults.length === 1 && positiveResults[0] ? (
        <p>
          {t('action.decide.resultType')}: <strong>{text(positiveResults[0].name)}</strong>
        </p>
      ) : null}

      {outcome === 'refusal' ? (
        <>
          <Field label={t('action.decide.ground')} required error={errors.groundId}>
            {({ inputId, describedBy, invalid }) => (
              <select
                id={inputId}
                name="groundId"
                required
                data-decide-field="groundId"
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                value={groundId}
                onChange={(e) => setGroundId(e.target.value)}
              >
                <option value="">{t('action.decide.chooseGround')}</option>
                {regulation.refusalGrounds.map((ground) => (
                  <option key={ground.id} value={ground.id}>
                    {text(ground.text)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('action.decide.reason')} required hint={t('action.decide.reasonHint', { min: MIN_REASON_CHARS })} error={errors.reasonText}>
            {({ inputId, describedBy, invalid }) => (
              <textarea
                id={inputId}
                name="reasonText"
                rows={5}
                maxLength={4000}
                required
                data-decide-field="reasonText"
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                value={reasonText}
                onChange={(e) => setReasonText(e.target.value)}
              />
            )}
          </Field>
        </>
      ) : null}

      <button type="submit" disabled={submitting}>
        {submitting ? t('action.submitting') : t('action.decide.submit')}
      </button>
    </form>
  );
}
