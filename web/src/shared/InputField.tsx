import type { InputHTMLAttributes, Ref, TextareaHTMLAttributes } from 'react';
import { Field } from '../ui/Field.tsx';

/**
 * A labelled `<input>` with its hint and error wired by id (aria-describedby, aria-invalid while it shows an error);
 * `required` marks both the label and the control. The rest of the props go to the input as they are.
 */
export function InputField({
  label,
  hint,
  error,
  required = false,
  inputRef,
  ...input
}: {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | null | undefined;
  readonly required?: boolean;
  readonly inputRef?: Ref<HTMLInputElement> | undefined;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required' | 'aria-invalid' | 'aria-describedby'>) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {({ inputId, describedBy, invalid }) => (
        <input {...input} ref={inputRef} id={inputId} required={required} aria-invalid={invalid || undefined} aria-describedby={describedBy} />
      )}
    </Field>
  );
}

/** An IIN/BIN control: twelve digits on a numeric keyboard, never offered from the browser's memory of other people. */
export const IIN_INPUT = { name: 'iin', inputMode: 'numeric', autoComplete: 'off', maxLength: 12 } as const;

/** A labelled `<textarea>`, wired as InputField wires an input. */
export function TextAreaField({
  label,
  hint,
  error,
  required = false,
  ...textarea
}: {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | null | undefined;
  readonly required?: boolean;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required' | 'aria-invalid' | 'aria-describedby'>) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {({ inputId, describedBy, invalid }) => (
        <textarea {...textarea} id={inputId} required={required} aria-invalid={invalid || undefined} aria-describedby={describedBy} />
      )}
    </Field>
  );
}
