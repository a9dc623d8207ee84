import { Field } from '../ui/Field.tsx';

/** A labelled select of id/name pairs, with an optional "all" choice first (the dashboard's and other filter bars). */
export function SelectField({
  label,
  value,
  onChange,
  options,
  all,
  name,
  required,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly options: ReadonlyArray<readonly [string, string]>;
  readonly all?: string;
  /** The control's name (forms and tests find it by it). */
  readonly name?: string;
  readonly required?: boolean;
}) {
  return (
    <Field label={label} required={required ?? false}>
      {({ inputId, describedBy }) => (
        <select id={inputId} name={name} aria-describedby={describedBy} value={value} onChange={(e) => onChange(e.target.value)}>
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

