import { useState, type FormEvent } from 'react';
import { intakeItemsText, intakeProblems } from '../../../src/core/regulation/intake-completeness.ts';
import { unwrap } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../router/router.ts';
import { ApplicationFields, DocumentUploads, useApplicationDraft } from '../shared/ApplicationForm.tsx';
import { uploadAttachment } from '../shared/attachments.ts';
import { ClientProblem, useUploadCheck } from '../shared/ClientProblem.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { useSignAndSubmit } from '../shared/useSignAndSubmit.ts';
import { EdsSigner } from '../signing/index.ts';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { portalApi, type CitizenSession } from './portal-api.ts';

/**
 * The citizen's application for one service: the form generated from the regulation (kept as a draft until sent),
 * the documents, the regulation's checks before anything is signed, then the EDS signature over the server's bytes.
 */
export function ApplyPage({ regulationId, session }: { readonly regulationId: string; readonly session: CitizenSession }) {
  const { t, text, language } = useI18n();
  const found = useLoad(() => unwrap(portalApi.GET('/api/portal/catalog', { params: { query: { regulationId, limit: 1 } } })), [regulationId]);
  const service = found.data?.items[0] ?? null;
  const draft = useApplicationDraft(`portal.apply.${regulationId}`);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const signing = useSignAndSubmit();
  const problem = useUploadCheck();

  const application = () => ({ regulationId, formData: draft.formData(service?.formFields ?? []), attachmentIds: draft.uploads.map((u) => u.id) });
  const upload = async (documentId: string, file: File | undefined) => {
    if (!file || !problem.accepts(file)) return;
    signing.setError(null);
    try {
      draft.attach(await uploadAttachment(portalApi, file, documentId));
      signing.reset();
    } catch (e) {
      signing.setError(e);
    }
  };
  const prepare = (event: FormEvent) => {
    event.preventDefault();
    signing.setError(null);
    problem.clear();
    // The regulation's required fields, consents, formats and documents, checked as the server will before signing.
    const problems = service ? intakeProblems(service, application().formData, new Set(draft.uploads.map((u) => u.documentId))) : { fields: [], documents: [] };
    setMissing(Object.fromEntries(problems.fields.map((f) => [f.field, t('portal.apply.fieldRequired')])));
    if (problems.fields.length > 0 || problems.documents.length > 0) {
      problem.show(t('intake.missing', { items: intakeItemsText(problems, language) }));
      return;
    }
    void signing.prepare(() => unwrap(portalApi.POST('/api/requests/bytes', { body: application() })));
  };
  const submit = (signature: string) =>
    void signing.submit(async () => {
      const receipt = await unwrap(portalApi.POST('/api/portal/applications', { body: { ...application(), signature } }));
      draft.clear();
      navigate(`/portal/cases/${receipt.caseId}`);
    });

  return (
    <Page title={service ? text(service.name) : t('portal.apply.title')}>
      <ErrorAlert error={found.error} />
      <ErrorAlert ref={signing.errorRef} error={signing.error} />
      <ClientProblem problem={problem} />
      {service ? (
        <>
          <form className="form portal-form" onSubmit={prepare} noValidate>
            <ApplicationFields
              legend={t('portal.apply.formLegend')}
              fields={service.formFields}
              values={draft.values}
              errors={missing}
              onChange={(fieldId, value) => {
                draft.setValue(fieldId, value);
                signing.reset();
              }}
            />
            <DocumentUploads
              legend={t('portal.apply.attachmentsLegend')}
              hints={[t('portal.apply.attachmentsHint')]}
              documents={service.requiredDocuments}
              uploads={draft.uploads}
              onFile={(documentId, file) => void upload(documentId, file)}
              label={(name) => name}
              uploadedText={(name) => t('portal.apply.uploaded', { name })}
            />
            <button type="submit">{t('portal.apply.prepare')}</button>
          </form>
          {signing.bytes ? (
            <section aria-labelledby="portal-sign-heading" className="portal-section">
              <h2 id="portal-sign-heading">{t('portal.apply.signHeading')}</h2>
              <EdsSigner bytes={signing.bytes} expectedIin={session.citizen.iin} purpose="request" busy={signing.busy} submitLabel={t('portal.apply.signAndSubmit')} onSigned={({ cmsBase64 }) => submit(cmsBase64)} />
            </section>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
