import { useEffect, useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { Regulation, RegulationSummary, Staff } from '../api/types.ts';
import { loadRegulation, loadRegulationSummaries } from '../shared/regulations.ts';
import { ServiceSelect } from '../shared/SelectField.tsx';
import { statusLabel } from '../shared/labels.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { navigate } from '../router/router.ts';
import { EdsSigner } from '../signing/index.ts';
import { ErrorAlert, Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { ApplicationFields, DocumentUploads, useApplicationDraft } from '../shared/ApplicationForm.tsx';
import { uploadAttachment } from '../shared/attachments.ts';
import { ClientProblem, useUploadCheck } from '../shared/ClientProblem.tsx';
import { useSignAndSubmit } from '../shared/useSignAndSubmit.ts';
import type { DeskRepresentative, DeskSubmission, DeskTicket, Person } from './desk-api.ts';
import { ApplicantLookup } from './visit/ApplicantLookup.tsx';
import { RepresentativeSection } from './visit/RepresentativeSection.tsx';
import { deskPaths } from './paths.ts';

/**
 * One visitor at the window (seed 001 lines 140-148): the applicant looked up in the persons database, a
 * representative by power of attorney, the application with its scans, then the operator signs and forwards it.
 */
export function VisitPage({ ticketId, staff }: { readonly ticketId: string; readonly staff: Staff }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [ticket, setTicket] = useState<DeskTicket | null>(null);
  const [person, setPerson] = useState<Person | null>(null);
  const [representative, setRepresentative] = useState<DeskRepresentative | null>(null);
  const [services, setServices] = useState<RegulationSummary[] | null>(null);
  const [regulationId, setRegulationId] = useState('');
  const [regulation, setRegulation] = useState<Regulation | null>(null);
  // The application is kept as a draft per ticket and service until it is forwarded (issue #17).
  const draft = useApplicationDraft(`desk.visit.${ticketId}.${regulationId}`);
  const signing = useSignAndSubmit();
  const problem = useUploadCheck();
  const [preparedBody, setPreparedBody] = useState<Record<string, unknown> | null>(null);
  const [loadError, setError] = useState<unknown>(null);
  const [forwarded, setForwarded] = useState<DeskSubmission | null>(null);
  const { reset } = signing;

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
        if (active) setRegulation(loaded);
      },
      (failure: unknown) => active && setError(failure),
    );
    return () => {
      active = false;
    };
  }, [regulationId]);

  // Anything changed after the bytes were prepared must be signed again.
  useEffect(() => {
    reset();
    setPreparedBody(null);
    // `reset` only drops the prepared bytes; it is a new function each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [person, representative, regulationId, draft.values, draft.uploads]);

  const attach = async (documentId: string, file: File | undefined) => {
    if (!file || !problem.accepts(file)) return;
    try {
      draft.attach(await uploadAttachment(api, file, documentId));
      signing.setError(null);
    } catch (failure) {
      signing.setError(failure);
    }
  };

  const prepare = () => {
    if (!person || !regulation) return;
    const body = { regulationId: regulation.id, applicantIin: person.iin, formData: draft.formData(regulation.formFields), attachmentIds: draft.uploads.map((s) => s.id), representative };
    void signing.prepare(async () => {
      const answer = await unwrap(api.POST('/api/desk/request-bytes', { body }));
      setPreparedBody(body);
      return answer;
    });
  };

  const forward = (cmsBase64: string) => {
    if (!preparedBody) return;
    void signing.submit(async () => {
      setForwarded(await unwrap(api.POST('/api/desk/submissions', { body: { ...preparedBody, ticketId, requestSignature: cmsBase64 } as never })));
      draft.clear();
    });
  };

  const finish = async () => {
    try {
      await unwrap(api.POST('/api/desk/tickets/{ticketId}/served', { params: { path: { ticketId } } }));
      navigate(deskPaths.queue);
    } catch (failure) {
      setError(failure);
    }
  };

  const route = regulation?.routes.find((r) => r.channel === 'stateCorporation');
  const paperRoute = route ? route.steps[0] !== undefined && regulation?.steps.find((s) => s.id === route.steps[0])?.role === 'scOperator' : false;
  const serviceHint = route ? t(paperRoute ? 'desk.app.paperRoute' : 'desk.app.electronicRoute') : undefined;

  return (
    <Page title={t('desk.visit.title', { number: ticket?.number ?? '…' })}>
      <ErrorAlert error={loadError} />
      <ErrorAlert ref={signing.errorRef} error={signing.error} />
      <ClientProblem problem={problem} />
      <ApplicantLookup person={person} onPerson={setPerson} />
      {person ? <RepresentativeSection applicantIin={person.iin} onChange={setRepresentative} /> : null}

      {person ? (
        <section aria-labelledby="app-heading" className="stack form-wide">
          <h2 id="app-heading">{t('desk.app.heading')}</h2>
          {services && services.length === 0 ? <p>{t('desk.app.noServices')}</p> : null}
          {services && services.length > 0 ? (
            <ServiceSelect label={t('desk.app.service')} hint={serviceHint} services={services} value={regulationId} onChange={setRegulationId} />
          ) : null}
          {regulation ? (
            <>
              <ApplicationFields
                legend={t('receive.formFields')}
                keyPrefix={`${regulation.id}:`}
                fields={regulation.formFields}
                values={draft.values}
                errors={{}}
                onChange={draft.setValue}
              />
              {regulation.requiredDocuments.length > 0 ? (
                <DocumentUploads
                  legend={t('desk.scan.heading')}
                  documents={regulation.requiredDocuments}
                  uploads={draft.uploads}
                  onFile={(documentId, file) => void attach(documentId, file)}
                  label={(document) => t('desk.scan.file', { document })}
                  hint={t('desk.scan.hint')}
                  uploadedText={(fileName) => t('desk.scan.uploaded', { fileName })}
                  uploadedClassName="note"
                />
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
          ) : signing.bytes ? (
            <>
              <p>{t('desk.sign.ready')}</p>
              <EdsSigner bytes={signing.bytes} purpose="request" busy={signing.busy} submitLabel={t('desk.sign.submit')} onSigned={(signed) => forward(signed.cmsBase64)} />
            </>
          ) : (
            <button type="button" disabled={signing.busy} onClick={prepare}>
              {t('desk.sign.prepare')}
            </button>
          )}
        </section>
      ) : null}
      {!person ? <p className="note">{t('desk.sign.needsLookup')}</p> : null}
    </Page>
  );
}
