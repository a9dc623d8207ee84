import { useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Field } from '../../ui/Field.tsx';
import { ErrorAlert, Notice } from '../../ui/messages.tsx';
import type { DeskRepresentative } from '../desk-api.ts';

const EMPTY_REP = { iin: '', fullName: '', number: '', issuedOn: '', validUntil: '' };

/**
 * In person or by a representative with a power of attorney (seed 001 line 141); the operator may check the power of
 * attorney before forwarding. Reports the representative as the API takes it, or null for the applicant in person.
 */
export function RepresentativeSection({ applicantIin, onChange }: { readonly applicantIin: string; readonly onChange: (representative: DeskRepresentative | null) => void }) {
  const { t } = useI18n();
  const [byAttorney, setByAttorneyState] = useState(false);
  const [rep, setRepState] = useState(EMPTY_REP);
  const [repNotice, setRepNotice] = useState<string | null>(null);
  const [repError, setRepError] = useState<unknown>(null);

  const toApi = (attorney: boolean, value: typeof EMPTY_REP): DeskRepresentative | null =>
    attorney ? { iin: value.iin.trim(), fullName: value.fullName.trim(), powerOfAttorney: { number: value.number.trim(), issuedOn: value.issuedOn, validUntil: value.validUntil } } : null;
  const setByAttorney = (attorney: boolean) => {
    setByAttorneyState(attorney);
    onChange(toApi(attorney, rep));
  };
  const setRep = (update: (current: typeof EMPTY_REP) => typeof EMPTY_REP) => {
    const next = update(rep);
    setRepState(next);
    onChange(toApi(byAttorney, next));
  };

  const checkAttorney = async () => {
    const body = toApi(byAttorney, rep);
    if (!body) return;
    try {
      await unwrap(api.POST('/api/desk/power-of-attorney/check', { body: { applicantIin, representative: body } }));
      setRepNotice(t('desk.rep.valid'));
      setRepError(null);
    } catch (failure) {
      setRepNotice(null);
      setRepError(failure);
    }
  };

  return (
    <section aria-labelledby="rep-heading" className="stack">
      <h2 id="rep-heading">{t('desk.rep.heading')}</h2>
      <fieldset>
        <legend className="visually-hidden">{t('desk.rep.heading')}</legend>
        <label className="choice">
          <input type="radio" name="representation" checked={!byAttorney} onChange={() => setByAttorney(false)} /> {t('desk.rep.inPerson')}
        </label>
        <label className="choice">
          <input type="radio" name="representation" checked={byAttorney} onChange={() => setByAttorney(true)} /> {t('desk.rep.byAttorney')}
        </label>
      </fieldset>
      {byAttorney ? (
        <div className="stack">
          {(
            [
              ['iin', 'desk.rep.iin', 'text'],
              ['fullName', 'desk.rep.fullName', 'text'],
              ['number', 'desk.rep.number', 'text'],
              ['issuedOn', 'desk.rep.issuedOn', 'date'],
              ['validUntil', 'desk.rep.validUntil', 'date'],
            ] as const
          ).map(([key, label, type]) => (
            <Field key={key} label={t(label)} required>
              {({ inputId, describedBy }) => (
                <input id={inputId} name={`representative-${key}`} type={type} required aria-describedby={describedBy} value={rep[key]} onChange={(e) => setRep((current) => ({ ...current, [key]: e.target.value }))} />
              )}
            </Field>
          ))}
          <button type="button" className="button-secondary" onClick={() => void checkAttorney()}>
            {t('desk.rep.check')}
          </button>
          <Notice text={repNotice} tone="success" />
          <ErrorAlert error={repError} />
        </div>
      ) : null}
    </section>
  );
}
