import type { FormField } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { LocalizedText } from '../i18n/languages.ts';
import { Field } from '../ui/Field.tsx';
import type { AttachedFile } from './attachments.ts';
import { emptyValue, FormFieldInput, toApiValue, type ApiFormValue, type FieldValue } from './FormFieldInput.tsx';
import { MAX_UPLOAD_MEGABYTES, UPLOAD_MEDIA_TYPES } from './upload-check.ts';
import { useDraft } from './useDraft.ts';

/**
 * The application form of every channel (issue #19: the office's receive form, the desk's visit and the portal's
 * application were written three times): the regulation's form fields and the documents it asks for, generated from
 * the regulation, with a draft kept in the browser until the application is sent (useDraft; issue #17: back or
 * reload lost every field). Files are not kept as bytes: the draft keeps the references of the files already stored.
 */
export type FormValues = Readonly<Record<string, FieldValue>>;

export interface ApplicationDraft {
  readonly values: FormValues;
  readonly setValue: (fieldId: string, value: FieldValue) => void;
  readonly uploads: readonly AttachedFile[];
  readonly attach: (file: AttachedFile) => void;
  /** The form data as the API takes it (empty optional fields left out). */
  readonly formData: (fields: readonly FormField[]) => Record<string, ApiFormValue>;
  /** Forgets the draft (after the application was sent). */
  readonly clear: () => void;
}

/** The draft of one application: `key` names the form and the service, e.g. `desk.visit.<ticket>.<regulation>`. */
export function useApplicationDraft(key: string): ApplicationDraft {
  const [values, setValues, clearValues] = useDraft<Record<string, FieldValue>>(`${key}.values`, {});
  const [uploads, setUploads, clearUploads] = useDraft<AttachedFile[]>(`${key}.uploads`, []);
  return {
    values,
    setValue: (fieldId, value) => setValues((current) => ({ ...current, [fieldId]: value })),
    uploads,
    attach: (file) => setUploads((list) => [...list.filter((u) => u.documentId !== file.documentId), file]),
    formData: (fields) => {
      const formData: Record<string, ApiFormValue> = {};
      for (const field of fields) {
        const value = toApiValue(field, values[field.id] ?? emptyValue(field));
        if (value !== undefined) formData[field.id] = value;
      }
      return formData;
    },
    clear: () => {
      clearValues();
      clearUploads();
    },
  };
}

/** The regulation's form fields in one fieldset, each with its error; `inputRef` lets the form take a person to a field. */
export function ApplicationFields({
  legend,
  fields,
  values,
  errors,
  onChange,
  inputRef,
  keyPrefix = '',
}: {
  readonly legend: string;
  readonly fields: readonly FormField[];
  readonly values: FormValues;
  readonly errors: Readonly<Record<string, string | null | undefined>>;
  readonly onChange: (fieldId: string, value: FieldValue) => void;
  readonly inputRef?: (fieldId: string, element: HTMLElement | null) => void;
  /** Remounts the inputs when the service changes. */
  readonly keyPrefix?: string;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {fields.map((field) => (
        <FormFieldInput
          key={`${keyPrefix}${field.id}`}
          field={field}
          value={values[field.id]}
          error={errors[field.id] ?? null}
          onChange={(value) => onChange(field.id, value)}
          inputRef={(element) => inputRef?.(field.id, element)}
        />
      ))}
    </fieldset>
  );
}

/** One file input per document the regulation asks for, with the file already attached named under it. */
export function DocumentUploads({
  legend,
  hints,
  documents,
  uploads,
  onFile,
  label,
  hint,
  uploadedText,
  uploadedClassName = 'hint',
}: {
  readonly legend: string;
  readonly hints?: readonly string[];
  readonly documents: readonly { readonly id: string; readonly name: LocalizedText; readonly required: boolean }[];
  readonly uploads: readonly AttachedFile[];
  readonly onFile: (documentId: string, file: File | undefined) => void;
  readonly label: (documentName: string) => string;
  readonly hint?: string;
  readonly uploadedText: (fileName: string) => string;
  readonly uploadedClassName?: string;
}) {
  const { t, text } = useI18n();
  return (
    <fieldset>
      <legend>{legend}</legend>
      {(hints ?? []).map((line) => (
        <p key={line} className="hint">
          {line}
        </p>
      ))}
      <p className="hint">{t('upload.limit', { limit: MAX_UPLOAD_MEGABYTES })}</p>
      {documents.map((document) => {
        const uploaded = uploads.find((u) => u.documentId === document.id);
        return (
          <Field key={document.id} label={label(text(document.name))} hint={hint} required={document.required}>
            {({ inputId, describedBy }) => (
              <>
                <input id={inputId} name={`scan-${document.id}`} type="file" accept={UPLOAD_MEDIA_TYPES.join(',')} aria-describedby={describedBy} onChange={(e) => onFile(document.id, e.target.files?.[0])} />
                {uploaded ? <p className={uploadedClassName}>{uploadedText(uploaded.fileName)}</p> : null}
              </>
            )}
          </Field>
        );
      })}
    </fieldset>
  );
}
