import { useI18n } from '../../i18n/I18nProvider.tsx';
import { LANGUAGES } from '../../i18n/languages.ts';
import { Field } from '../../ui/Field.tsx';
import { roleLabel } from '../../shared/labels.ts';
import { SelectField } from '../../shared/SelectField.tsx';
import { showSourceLine } from './SourceTextPanel.tsx';

/** The regulation's roles and limit units (src/core/regulation/schema.ts ROLES, LIMIT_UNITS). */
const ROLES = ['clerk', 'head', 'executor', 'scOperator', 'system'] as const;
const UNITS = ['minutes', 'hours', 'workingDays', 'calendarDays', 'months'] as const;

/* eslint-disable @typescript-eslint/no-explicit-any -- a draft is unchecked JSON until the catalog's checks pass */
export type DraftStep = Record<string, any>;

/** One step of the draft: role, limit (value and unit, with its quote and a jump to its line) and the action texts. */
export function StepEditor({ step, index, onChange }: { readonly step: DraftStep; readonly index: number; readonly onChange: (mutate: (step: DraftStep) => void) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const limit = step.limit as DraftStep | null | undefined;
  const unitName = (unit: string) => i18n.tDynamic(`unit.${unit}`, unit, { n: '' }).trim() || unit;
  return (
    <fieldset className="publishing-step">
      <legend>{t('publishing.review.step', { n: index + 1, id: String(step.id ?? '') })}</legend>
      <SelectField
        label={t('publishing.review.role')}
        value={String(step.role ?? '')}
        onChange={(role) => onChange((s) => void (s.role = role))}
        options={ROLES.map((role) => [role, roleLabel(i18n, role)] as const)}
      />
      {limit ? (
        <div className="publishing-limit">
          <Field label={t('publishing.review.limitValue')}>
            {({ inputId }) => (
              <input
                id={inputId}
                type="number"
                inputMode="decimal"
                min={0}
                value={typeof limit.value === 'number' ? limit.value : ''}
                onChange={(event) => onChange((s) => void (s.limit.value = event.target.value === '' ? null : Number(event.target.value)))}
              />
            )}
          </Field>
          <Field label={t('publishing.review.limitUnit')}>
            {({ inputId }) => (
              <select id={inputId} value={String(limit.unit ?? '')} onChange={(event) => onChange((s) => void (s.limit.unit = event.target.value))}>
                {UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {unitName(unit)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {limit.source && typeof limit.source.line === 'number' ? (
            <p className="publishing-quote">
              {t('publishing.review.quote', { quote: String(limit.source.quote ?? '') })}{' '}
              <button type="button" className="button-secondary" onClick={() => showSourceLine(limit.source.line as number)}>
                {t('publishing.review.showQuote', { line: limit.source.line as number })}
              </button>
            </p>
          ) : null}
        </div>
      ) : (
        <p className="hint">{t('publishing.review.noLimit')}</p>
      )}
      {LANGUAGES.map((language) => (
        <Field key={language} label={t('publishing.review.action', { lang: language })}>
          {({ inputId }) => (
            <textarea
              id={inputId}
              rows={2}
              lang={language}
              value={String(step.action?.[language] ?? '')}
              onChange={(event) => onChange((s) => void (s.action = { ...(s.action ?? {}), [language]: event.target.value }))}
            />
          )}
        </Field>
      ))}
    </fieldset>
  );
}
