import { useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider.tsx';
import { Field } from '../../../ui/Field.tsx';
import { ActionForm } from './ActionForm.tsx';
import type { ActionProps } from './action-props.ts';

/** register: the clerk enters the application in the incoming journal (the API gives the journal number). */
export function RegisterAction({ submitting, submit }: ActionProps) {
  const { t } = useI18n();
  return (
    <ActionForm className="stack" submitting={submitting} submitLabel={t('action.register.submit')} onSubmit={() => submit({})}>
      <p>{t('action.register.hint')}</p>
    </ActionForm>
  );
}

/** prepareDocument: the executor prepares a further document, with an optional note. */
export function PrepareDocumentAction({ submitting, submit }: ActionProps) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  return (
    <ActionForm className="stack" submitting={submitting} submitLabel={t('action.prepare.submit')} onSubmit={() => submit(note.trim() ? { note: note.trim() } : {})}>
      <Field label={t('action.prepare.note')}>
        {({ inputId, describedBy }) => <textarea id={inputId} rows={3} maxLength={4000} aria-describedby={describedBy} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
    </ActionForm>
  );
}

/** forward: a hand-over with nothing to enter. */
export function ForwardAction({ submitting, submit }: ActionProps) {
  const { t } = useI18n();
  return <ActionForm submitting={submitting} submitLabel={t('action.forward.submit')} onSubmit={() => submit({})} />;
}
