import type { RegulationSummary } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { DataAttributes } from './ChoiceList.tsx';
import { Field } from '../ui/Field.tsx';

/**
 * A labelled select of id/name pairs, with an optional "all" choice first (the dashboard's and other filter bars, the
 * service an application is for); `required` marks both the label and the control.
 */
export function SelectField({
  label,
  value,
  onChange,
  options,
  all,
  name,
  required = false,
  hint,
  error,
  data,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: ReadonlyArray<readonly [string, string]>;
  /** An empty choice first: "all" in a filter bar, "choose…" in a form. */
  readonly all?: string;
  /** The control's name (forms and tests find it by it). */
  readonly name?: string;
  readonly required?: boolean;
  readonly hint?: string | undefined;
  readonly error?: string | null | undefined;
  readonly data?: DataAttributes | undefined;
}) {
  return (
    <Field label={label} required={required} hint={hint} error={error}>
      {({ inputId, describedBy, invalid }) => (
        <select
          {...data}
          id={inputId}
          name={name}
          required={required}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        >
          {all !== undefined ? <option value="">{all}</option> : null}
          {options.map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}


/** The service an application is for, among the versions offered here (the office's receive form, the desk's visit). */
export function ServiceSelect({
  label,
  hint,
  services,
  value,
  onChange,
}: {
  readonly label: string;
  readonly hint: string | undefined;
  readonly services: readonly RegulationSummary[];
  readonly value: string;
  readonly onChange: (regulationId: string) => void;
}) {
  const { text } = useI18n();
  const options = services.map((service) => [service.id, text(service.serviceName)] as const);
  return <SelectField label={label} required hint={hint} name="regulationId" value={value} onChange={onChange} options={options} />;
}
