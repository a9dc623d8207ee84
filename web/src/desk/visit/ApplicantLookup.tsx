import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/client.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { IIN_INPUT, InputField } from '../../shared/InputField.tsx';
import { ErrorAlert } from '../../ui/messages.tsx';
import type { Person } from '../desk-api.ts';

/** The applicant looked up by IIN in the persons database (seed 001 line 140: the operator identifies the applicant). */
export function ApplicantLookup({ person, onPerson }: { readonly person: Person | null; readonly onPerson: (person: Person | null) => void }) {
  const { t } = useI18n();
  const [iin, setIin] = useState('');
  const [lookupError, setLookupError] = useState<unknown>(null);

  const lookUp = async (event: FormEvent) => {
    event.preventDefault();
    onPerson(null);
    try {
      onPerson(await unwrap(api.GET('/api/desk/persons/{iin}', { params: { path: { iin: iin.trim() } } })));
      setLookupError(null);
    } catch (failure) {
      setLookupError(failure);
    }
  };
  const personName = person ? `${person.name.kk.surname} ${person.name.kk.givenName} ${person.name.kk.patronymic ?? ''}`.trim() : '';

  return (
    <section aria-labelledby="lookup-heading" className="stack">
      <h2 id="lookup-heading">{t('desk.lookup.heading')}</h2>
      <form onSubmit={lookUp} noValidate className="stack">
        <InputField label={t('desk.lookup.iin')} hint={t('desk.lookup.iinHint')} required {...IIN_INPUT} name="applicantIin" value={iin} onChange={(e) => setIin(e.target.value)} />
        <button type="submit" className="button-secondary">
          {t('desk.lookup.submit')}
        </button>
      </form>
      <ErrorAlert error={lookupError} />
      {person ? (
        <div className="alert alert-success" role="status" data-testid="person-found">
          <p>{t('desk.lookup.found', { name: personName, birthDate: person.birthDate })}</p>
          <p>{t('desk.lookup.address', { address: [person.address.locality, person.address.line].filter(Boolean).join(', ') })}</p>
        </div>
      ) : null}
    </section>
  );
}
