import { useEffect, useState } from 'react';
import { api, unwrap } from '../../../api/client.ts';
import type { components } from '../../../api/schema.d.ts';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { ChoiceList } from '../../../shared/ChoiceList.tsx';
import { TextAreaField } from '../../../shared/InputField.tsx';
import { SelectField } from '../../../shared/SelectField.tsx';
import { Field } from '../../../ui/Field.tsx';
import { ActionForm } from './ActionForm.tsx';
import type { ActionProps } from './action-props.ts';

/** The API's minimum length of a refusal's reasoning (ZStepInputByKind.decide). */
const MIN_REASON_CHARS = 10;

type Outcome = 'positive' | 'refusal';
type RegistryField = components['schemas']['RegistryDataField'];

/** The typed value of a registry field as the command takes it; undefined when left empty. */
function registryValue(field: RegistryField, raw: string): unknown {
  const value = raw.trim();
  if (!value) return undefined;
  if (field.kind === 'integer') return Number(value);
  if (field.kind === 'iinList') return value.split(/[\s,;]+/).filter(Boolean);
  return value;
}

/**
 * The registry data the decision carries (input.registryData), when the service records any: the fields come from
 * the API (the same schema the command checks), so a new service needs no change here.
 */
function useRegistryFields(caseId: string, stepId: string | undefined): readonly RegistryField[] {
  const [fields, setFields] = useState<readonly RegistryField[]>([]);
  useEffect(() => {
    if (!stepId) return;
    let active = true;
    unwrap(api.GET('/api/cases/{caseId}/steps/{stepId}/registry-data-fields', { params: { path: { caseId, stepId } } })).then(
      (answer) => active && setFields(answer.fields),
      // Without the fields the decision is still sent; the API names any registry data it then misses.
      () => active && setFields([]),
    );
    return () => {
      active = false;
    };
  }, [caseId, stepId]);
  return fields;
}

/**
 * decide: the executor's decision — a positive result (choosing its type when the regulation has several) or a
 * reasoned refusal with a ground and the reasoning the applicant will read.
 */
export function DecideAction({ view, regulation, submitting, submit }: ActionProps) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const registryFields = useRegistryFields(view.id, view.openStep?.stepId);
  const [registryValues, setRegistryValues] = useState<Record<string, string>>({});
  const positiveResults = regulation.results.filter((r) => r.kind === 'positive');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [resultId, setResultId] = useState(positiveResults.length === 1 ? (positiveResults[0]?.id ?? '') : '');
  const [groundId, setGroundId] = useState('');
  const [reasonText, setReasonText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  const onSubmit = () => {
    const found: Record<string, string> = {};
    if (!outcome) found.outcome = t('action.decide.outcomeRequired');
    if (outcome === 'positive' && positiveResults.length > 1 && !resultId) found.resultId = t('receive.fieldRequired');
    if (outcome === 'refusal' && !groundId) found.groundId = t('action.decide.chooseGround');
    if (outcome === 'refusal' && reasonText.trim().length < MIN_REASON_CHARS) found.reasonText = t('action.decide.reasonTooShort', { min: MIN_REASON_CHARS });
    if (outcome === 'positive') {
      for (const field of registryFields) if (field.required && !registryValues[field.name]?.trim()) found[`registry:${field.name}`] = t('receive.fieldRequired');
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.querySelector<HTMLElement>(`[data-decide-field="${first}"]`)?.focus();
      return;
    }
    const registryData = Object.fromEntries(
      registryFields.flatMap((field) => {
        const value = registryValue(field, registryValues[field.name] ?? '');
        return value === undefined ? [] : [[field.name, value]];
      }),
    );
    const withRegistry = registryFields.length > 0 ? { registryData } : {};
    if (outcome === 'positive') submit(resultId ? { outcome, resultId, ...withRegistry } : { outcome, ...withRegistry });
    else submit({ outcome: 'refusal', groundId, reasonText: reasonText.trim() });
  };

  return (
    <ActionForm className="stack" submitting={submitting} submitLabel={t('action.decide.submit')} onSubmit={onSubmit} noValidate>
      <fieldset className={errors.outcome ? 'field-invalid' : undefined} aria-describedby={errors.outcome ? 'decide-outcome-error' : undefined}>
        <legend>{t('action.decide.legend')}</legend>
        {errors.outcome ? (
          <p className="field-error" id="decide-outcome-error">
            {errors.outcome}
          </p>
        ) : null}
        <ChoiceList
          name="outcome"
          choices={(['positive', 'refusal'] as const).map((value, index) => ({
            value,
            label: <span className="choice-label">{value === 'positive' ? t('action.decide.positive') : t('action.decide.refusal')}</span>,
            checked: outcome === value,
            data: { 'data-decide-field': index === 0 ? 'outcome' : undefined },
          }))}
          onChange={setOutcome}
        />
      </fieldset>

      {outcome === 'positive' && positiveResults.length > 1 ? (
        <fieldset className={errors.resultId ? 'field-invalid' : undefined}>
          <legend>{t('action.decide.resultType')}</legend>
          {errors.resultId ? <p className="field-error">{errors.resultId}</p> : null}
          <ChoiceList
            name="resultId"
            choices={positiveResults.map((result, index) => ({
              value: result.id,
              label: <span className="choice-label">{text(result.name)}</span>,
              checked: resultId === result.id,
              data: { 'data-decide-field': index === 0 ? 'resultId' : undefined },
            }))}
            onChange={setResultId}
          />
        </fieldset>
      ) : null}
      {outcome === 'positive' && positiveResults.length === 1 && positiveResults[0] ? (
        <p>
          {t('action.decide.resultType')}: <strong>{text(positiveResults[0].name)}</strong>
        </p>
      ) : null}

      {outcome === 'positive' && registryFields.length > 0 ? (
        <fieldset data-testid="registry-data">
          <legend>{t('action.decide.registryData')}</legend>
          <p className="hint">{t('action.decide.registryDataHint')}</p>
          {registryFields.map((field) => (
            <Field key={field.name} label={i18n.tDynamic(`registryField.${field.name}`, field.name)} required={field.required} error={errors[`registry:${field.name}`]}>
              {({ inputId, describedBy, invalid }) => (
                <input
                  id={inputId}
                  name={field.name}
                  type={field.kind === 'date' ? 'date' : field.kind === 'integer' ? 'number' : 'text'}
                  inputMode={field.kind === 'integer' ? 'numeric' : undefined}
                  min={field.kind === 'integer' ? 1 : undefined}
                  step={field.kind === 'integer' ? 1 : undefined}
                  required={field.required}
                  data-decide-field={`registry:${field.name}`}
                  aria-invalid={invalid || undefined}
                  aria-describedby={describedBy}
                  value={registryValues[field.name] ?? ''}
                  onChange={(e) => setRegistryValues({ ...registryValues, [field.name]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </fieldset>
      ) : null}

      {outcome === 'refusal' ? (
        <>
          <SelectField
            label={t('action.decide.ground')}
            required
            error={errors.groundId}
            name="groundId"
            data={{ 'data-decide-field': 'groundId' }}
            all={t('action.decide.chooseGround')}
            value={groundId}
            onChange={setGroundId}
            options={regulation.refusalGrounds.map((ground) => [ground.id, text(ground.text)] as const)}
          />
          <TextAreaField
            label={t('action.decide.reason')}
            required
            hint={t('action.decide.reasonHint', { min: MIN_REASON_CHARS })}
            error={errors.reasonText}
            name="reasonText"
            rows={5}
            maxLength={4000}
            data-decide-field="reasonText"
            value={reasonText}
            onChange={(e) => setReasonText(e.target.value)}
          />
        </>
      ) : null}

    </ActionForm>
  );
}
