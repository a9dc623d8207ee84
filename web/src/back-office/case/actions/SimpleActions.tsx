import { useState, type FormEvent } from 'react';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { Field } from '../../../ui/Field.tsx';
import type { ActionProps } from './action-props.ts';

/** register: the clerk enters the application in the incoming journal (the API gives the journal number). */
export function RegisterAction({ submitting, submit }: ActionProps) {
  const { t } = useI18n();
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        submit({});
      }}
    >
      <p>{t('action.register.hint')}</p>
      <button type="submit" disabled={submitting}>
        {submitting ? t('action.submitting') : t('action.register.submit')}
      </button>
    </form>
  );
}

/** prepareDocument: the executor prepares a further document, with an optional note. */
export function PrepareDocumentAction({ submitting, submit }: ActionProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit(note.trim() ? { note: note.trim() } : {});
  };
  return (
    <form className="stack" onSubmit={onSubmit}>
      <Field label={t('action.prepare.note')}>
        {({ inputId, describedBy }) => <textarea id={inputId} rows={3} maxLength={4000} aria-describedby={describedBy} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="submit" disabled={submitting}>
        {submitting ? t('action.submitting') : t('action.prepare.submit')}
      </button>
    </form>
  );
}

/** forward: a hand-over with nothing to enter. */
export function ForwardAction({ submitting, submit }: ActionProps) {
  const { t } = useI18n();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit({});
      }}
    >
      <button type="submit" disabled={submitting}>
        {submitting ? t('action.submitting') : t('action.forward.submit')}
      </button>
    </form>
  );
}
