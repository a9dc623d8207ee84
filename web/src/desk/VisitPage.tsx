import { useEffect, useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { Regulation, RegulationSummary, Staff } from '../api/types.ts';
import { emptyValue, FormFieldInput, toApiValue, type ApiFormValue, type FieldValue } from '../shared/FormFieldInput.tsx';
import { loadRegulation, loadRegulationSummaries } from '../shared/regulations.ts';
import { statusLabel } from '../shared/labels.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { navigate } from '../router/router.ts';
import { EdsSigner } from '../signing/index.ts';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert, Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { base64ToBytes, uploadScan, type DeskRepresentative, type DeskSubmission, type DeskTicket, type Person, type UploadedScan } from './desk-api.ts';
import { deskPaths } from './paths.ts';

const EMPTY_REP = { iin: '', fullName: '', number: '', issuedOn: '', validUntil: '' };

/**
 * One visitor at the window (seed 001 lines 140-148): the applicant looked up in the persons database, a
 * representative by power of attorney, the application with its scans, then the operator signs and forwards it.
 */
export function VisitPage({ ticketId, staff }: { readonly ticketId: string; readonly staff: Staff }) {
  const i18n = useI18n();
  const { t, text, language } = i18n;
  const [ticket, setTicket] = useState<DeskTicket | null>(null);
  const [iin, setIin] = useState('');
  const [person, setPerson] = useState<Person | null>(null);
  const [lookupError, setLookupError] = useState<unknown>(null);
  const [byAttorney, setByAttorney] = useState(false);
  const [rep, setRep] = useState(EMPTY_REP);
  const [repNotice, setRepNotice] = useState<string | null>(null);
  const [repError, setRepError] = useState<unknown>(null);
  const [services, setServices] = useState<RegulationSummary[] | null>(null);
  const [regulationId, setRegulationId] = useState('');
  const [regulation, setRegulation] = useState<Regulation | null>(null);
  const [values, setValues] = useState<Record<string, FieldValue>>({});
  const [scans, setScans] = useState<Readonly<Record<string, UploadedScan>>>({});
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  const [preparedBody, setPreparedBody] = useState<Record<string, unknown> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [forwarded, setForwarded] = useState<DeskSubmission | null>(null);

  useEffect(() => {
    unwrap(api.GET('/api/desk/tickets')).then(
      (list) => setTicket(list.find((item) => item.id === ticketId) ?? null),
      (failure: unknown) => setError(failure),
    );
    loadRegulationSummaries().then(
      (all) => {
        const offered = all.filter((r) => r.region === staff.region && r.channels.includes('stateCorporation'));
        setServices(offered);
        setRegulationId((current) => current || offered[0]?.id || '');
      },
      (failure: unknown) => setError(failure),
    );
  }, [ticketId, staff.region]);

  useEffect(() => {
    if (!regulationId) return;
    let active = true;
    loadRegulation(regulationId).then(
      (loaded) => {
        if (!active) return;
        setRegulation(loaded);
        setValues(Object.fromEntries(loaded.formFields.map((f) => [f.id, emptyValue(f)])));
        setScans({});
      },
      (failure: unknown) => active && setError(failure),
    );
    return () => {
      active = false;
    };
  }, [regulationId]);

  // Anything changed after the bytes were prepared must be signed again.
  useEffect(() => {
    setBytes(null);
    setPreparedBody(null);
  }, [person, byAttorney, rep, regulationId, values, scans]);

  const representative = (): DeskRepresentative | null =>
    byAttorney ? { iin: rep.iin.trim(), fullName: rep.fullName.trim(), powerOfAttorney: { number: rep.number.trim(), issuedOn: rep.issuedOn, validUntil: rep.validUntil } } : null;

  const lookUp = async (event: FormEvent) => {
    event.preventDefault();
    setPerson(null);
    try {
      setPerson(await unwrap(api.GET('/api/desk/persons/{iin}', { params: { path: { iin: iin.trim() } } })));
      setLookupError(null);
    } catch (failure) {
      setLookupError(failure);
    }
  };

  const checkAttorney = async () => {
    const body = representative();
    if (!body || !person) return;
    try {
      await unwrap(api.POST('/api/desk/power-of-attorney/check', { body: { applicantIin: person.iin, representative: body } }));
      setRepNotice(t('desk.rep.valid'));
      setRepError(null);
    } catch (failure) {
      setRepNotice(null);
      setRepError(failure);
    }
  };

  const attach = async (documentId: string, file: File | undefined) => {
    if (!file) return;
    try {
      const uploaded = await uploadScan(file, documentId, language);
      setScans((current) => ({ ...current, [documentId]: uploaded }));
      setError(null);
    } catch (failure) {
      setError(failure);
    }
  };

  const prepare = async () => {
    if (!person || !regulation) return;
    const formData: Record<string, ApiFormValue> = {};
    for (const field of regulation.formFields) {
      const value = toApiValue(field, values[field.id]);
      if (value !== undefined) formData[field.id] = value;
    }
    const body = { regulationId: regulation.id, applicantIin: person.iin, formData, attachmentIds: Object.values(scans).map((s) => s.id), representative: representative() };
    setBusy(true);
    try {
      const answer = await unwrap(api.POST('/api/desk/request-bytes', { body }));
      setPreparedBody(body);
      setBytes(base64ToBytes(answer.bytesBase64));
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const forward = async (cmsBase64: string) => {
    if (!preparedBody) return;
    setBusy(true);
    try {
      const submission = await unwrap(api.POST('/api/desk/submissions', { body: { ...preparedBody, ticketId, requestSignature: cmsBase64 } as never }));
      setForwarded(submission);
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const finish = async () => {
    try {
      await unwrap(api.POST('/api/desk/tickets/{ticketId}/served', { params: { path: { ticketId } } }));
      navigate(deskPaths.queue);
    } catch (failure) {
      setError(failure);
    }
  };

  const personName = person ? `${person.name.kk.surname} ${person.name.kk.givenName} ${person.name.kk.patronymic ?? ''}`.trim() : '';
  const route = regulation?.routes.find((r) => r.channel === 'stateCorporation');
  const paperRoute = route ? route.steps[0] !== undefined && regulation?.steps.find((s) => s.id === route.steps[0])?.role === 'scOperator' : false;

  return (
    <Page title={t('desk.visit.title', { number: ticket?.number ?? '…' })}>
      <ErrorAlert error={error} />
      <section aria-labelledby="lookup-heading" className="stack">
        <h2 id="lookup-heading">{t('desk.lookup.heading')}</h2>
        <form onSubmit={lookUp} noValidate className="stack">
          <Field label={t('desk.lookup.iin')} hint={t('desk.lookup.iinHint')} required>
            {({ inputId, describedBy }) => (
              <input id={inputId} name="applicantIin" inputMode="numeric" maxLength={12} autoComplete="off" required aria-describedby={describedBy} value={iin} onChange={(e) => setIin(e.target.value)} />
            )}
          </Field>
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

      {person ? (
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
      ) : null}

      {person ? (
        <section aria-labelledby="app-heading" className="stack form-wide">
          <h2 id="app-heading">{t('desk.app.heading')}</h2>
          {services && services.length === 0 ? <p>{t('desk.app.noServices')}</p> : null}
          {services && services.length > 0 ? (
            <Field label={t('desk.app.service')} required hint={route ? t(paperRoute ? 'desk.app.paperRoute' : 'desk.app.electronicRoute') : undefined}>
              {({ inputId, describedBy }) => (
                <select id={inputId} name="regulationId" aria-describedby={describedBy} value={regulationId} onChange={(e) => setRegulationId(e.target.value)}>
                  {services.map((service) => (
                    <option key={service.id} value={service.id}>
                      {text(service.serviceName)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
          {regulation ? (
            <>
              <fieldset>
                <legend>{t('receive.formFields')}</legend>
                {regulation.formFields.map((field) => (
                  <FormFieldInput
                    key={`${regulation.id}:${field.id}`}
                    field={field}
                    value={values[field.id]}
                    error={null}
                    onChange={(value) => setValues((current) => ({ ...current, [field.id]: value }))}
                    inputRef={() => {}}
                  />
                ))}
              </fieldset>
              {regulation.requiredDocuments.length > 0 ? (
                <fieldset>
                  <legend>{t('desk.scan.heading')}</legend>
                  {regulation.requiredDocuments.map((document) => (
                    <Field key={document.id} label={t('desk.scan.file', { document: text(document.name) })} hint={t('desk.scan.hint')} required={document.required}>
                      {({ inputId, describedBy }) => (
                        <>
                          <input id={inputId} name={`scan-${document.id}`} type="file" accept="application/pdf,image/jpeg,image/png" aria-describedby={describedBy} onChange={(e) => void attach(document.id, e.target.files?.[0])} />
                          {scans[document.id] ? <p className="note">{t('desk.scan.uploaded', { fileName: scans[document.id]?.fileName ?? '' })}</p> : null}
                        </>
                      )}
                    </Field>
                  ))}
                </fieldset>
              ) : null}
            </>
          ) : null}
        </section>
      ) : null}

      {person && regulation ? (
        <section aria-labelledby="sign-heading" className="stack">
          <h2 id="sign-heading">{t('desk.sign.heading')}</h2>
          {forwarded ? (
            <>
              <Notice text={t('desk.sign.forwarded', { caseId: forwarded.journalNumber ?? forwarded.caseId, status: statusLabel(i18n, forwarded.status) })} tone="success" />
              <p>
                <Link href={deskPaths.submissions}>{t('desk.nav.submissions')}</Link>
              </p>
              <button type="button" onClick={() => void finish()}>
                {t('desk.visit.finish')}
              </button>
            </>
          ) : bytes ? (
            <>
              <p>{t('desk.sign.ready')}</p>
              <EdsSigner bytes={bytes} purpose="request" busy={busy} submitLabel={t('desk.sign.submit')} onSigned={(signed) => void forward(signed.cmsBase64)} />
            </>
          ) : (
            <button type="button" disabled={busy} onClick={() => void prepare()}>
              {t('desk.sign.prepare')}
            </button>
          )}
        </section>
      ) : null}
      {!person ? <p className="note">{t('desk.sign.needsLookup')}</p> : null}
    </Page>
  );
}
