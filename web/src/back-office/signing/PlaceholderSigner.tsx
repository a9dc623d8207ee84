import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Field } from '../../ui/Field.tsx';
import type { SignerProps } from './signers.ts';

/** The API's minimum signature length (ZStepInputByKind.sign). */
const MIN_SIGNATURE_CHARS = 16;

/**
 * Until the EDS signer lands: a clearly labelled text field where the signer pastes a CMS signature. The API stores
 * it unverified (SignatureRecord.verified = false) and the timeline says so.
 */
export function PlaceholderSigner({ submitting, onSigned }: SignerProps) {
  const { t } = useI18n();
  const [signature, setSignature] = useState('');
  const [tooShort, setTooShort] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = signature.trim();
    if (value.length < MIN_SIGNATURE_CHARS) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    onSigned(value);
  };

  return (
    <form onSubmit={submit} noValidate className="stack">
      <p className="alert alert-warning placeholder-notice">{t('signer.placeholder.notice')}</p>
      <Field
        label={t('signer.placeholder.field')}
        required
        hint={t('signer.placeholder.hint', { min: MIN_SIGNATURE_CHARS })}
        error={tooShort ? t('signer.placeholder.tooShort', { min: MIN_SIGNATURE_CHARS }) : null}
      >
        {({ inputId, describedBy, invalid }) => (
          <textarea
            id={inputId}
            name="signature"
            rows={3}
            spellCheck={false}
            required
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            value={signature}
            onChange={(e) => {
              setSignature(e.target.value);
              setTooShort(false);
            }}
          />
        )}
      </Field>
      <button type="submit" disabled={submitting}>
        {submitting ? t('action.submitting') : t('action.sign.submit')}
      </button>
    </form>
  );
}
