import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/api-error.ts';
import { api, unwrap } from '../api/client.ts';
import type { Regulation, RegulationSummary, Staff } from '../api/types.ts';
import { formatDate } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../router/router.ts';
import { setFlash } from '../ui/flash.ts';
import { ErrorAlert, useErrorText } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { ApplicationFields, useApplicationDraft } from '../shared/ApplicationForm.tsx';
import { isFilled } from '../shared/FormFieldInput.tsx';
import { toggled } from '../shared/ChoiceList.tsx';
import { IIN_INPUT, InputField } from '../shared/InputField.tsx';
import { useDraft } from '../shared/useDraft.ts';
import { officePaths } from './paths.ts';
import { loadRegulation, loadRegulationSummaries } from '../shared/regulations.ts';
import { ServiceSelect } from '../shared/SelectField.tsx';

const IIN_FIELD = 'applicantIin';
/** The checklist of paper documents handed over (issue #17): its error and focus key. */
const PAPER_FIELD = 'paperDocumentIds';

/** The clerk receives an application at the office: the service, the applicant's IIN and the regulation's form. */
export function ReceivePage({ staff }: { readonly staff: Staff }) {
  const i18n = useI18n();
  const { t, text, language } = i18n;
  const errorText = useErrorText();
  const [services, setServices] = useState<RegulationSummary[] | null>(null);
  // The service, the IIN and the form are kept as a draft until the application is received (issue #17).
  const [regulationId, setRegulationId, clearRegulationId] = useDraft('office.receive.regulationId', '');
  const [regulation, setRegulation] = useState<Regulation | null>(null);
  const [iin, setIin, clearIin] = useDraft('office.receive.applicantIin', '');
  const draft = useApplicationDraft(`office.receive.${regulationId}`);
  const [handedOver, setHandedOver] = useState<ReadonlySet<string>>(new Set());
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const controls = useRef(new Map<string, HTMLElement>());
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    loadRegulationSummaries().then(
      (all) => {
        const offered = all.filter((r) => r.region === staff.region && r.channels.includes('providerOffice'));
        setServices(offered);
        setRegulationId((current) => (offered.some((r) => r.id === current) ? current : offered[0]?.id || ''));
      },
      (failure: unknown) => setError(failure),
    );
  }, [staff.region, setRegulationId]);

  useEffect(() => {
    if (!regulationId) return;
    let active = true;
    setRegulation(null);
    loadRegulation(regulationId).then(
      (loaded) => {
        if (!active) return;
        setRegulation(loaded);
        setHandedOver(new Set());
        setFieldErrors({});
      },
      (failure: unknown) => active && setError(failure),
    );
    return () => {
      active = false;
    };
  }, [regulationId]);

  const focusControl = (fieldId: string) => controls.current.get(fieldId)?.focus();
  const clearFieldError = (fieldId: string) =>
    setFieldErrors((current) => {
      if (!(fieldId in current)) return current;
      const { [fieldId]: _cleared, ...rest } = current;
      return rest;
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!regulation) return;
    const errors: Record<string, string> = {};
    if (!/^\d{12}$/.test(iin.trim())) errors[IIN_FIELD] = t('receive.iinInvalid');
    for (const field of regulation.formFields) {
      if (field.required && field.type !== 'boolean' && !isFilled(draft.values[field.id])) errors[`formData.${field.id}`] = t('receive.fieldRequired');
    }
    // The required documents not ticked as handed over, named, as the server would refuse them.
    const missing = regulation.requiredDocuments.filter((d) => d.required && !handedOver.has(d.id));
    if (missing.length > 0) errors[PAPER_FIELD] = t('receive.documentsMissing', { documents: missing.map((d) => `«${text(d.name)}»`).join(', ') });
    setFieldErrors(errors);
    setError(null);
    const first = Object.keys(errors)[0];
    if (first) {
      focusControl(first);
      return;
    }
    const formData = draft.formData(regulation.formFields);
    setSubmitting(true);
    try {
      const filed = await unwrap(api.POST('/api/cases', { body: { regulationId: regulation.id, applicantIin: iin.trim(), channel: 'providerOffice', formData, paperDocumentIds: regulation.requiredDocuments.filter((d) => handedOver.has(d.id)).map((d) => d.id) } }));
      draft.clear();
      clearIin();
      clearRegulationId();
      setFlash({ key: 'case.received', tone: 'success' });
      navigate(officePaths.case(filed.id));
    } catch (failure) {
      setSubmitting(false);
      setError(failure);
      // The API names the field it refused (applicantIin, formData.phone): show it there and take the person to it.
      const field = failure instanceof ApiError ? failure.field : null;
      if (field && (field === IIN_FIELD || field.startsWith('formData.'))) {
        // INVALID_IIN is worded for people in every language; a form-data refusal names the field technically (the
        // alert above keeps it), so the field itself gets a plain word.
        setFieldErrors({ [field]: failure instanceof ApiError && failure.code === 'VALIDATION_FAILED' ? t('receive.fieldInvalid') : errorText(failure) });
        focusControl(field);
      } else {
        requestAnimationFrame(() => errorRef.current?.focus());
      }
    }
  };

  const summary = services?.find((s) => s.id === regulationId);
  const serviceHint = summary ? t('receive.regulation', { number: summary.act.number, date: formatDate(language, summary.act.date) }) : undefined;

  return (
    <Page title={t('receive.title')}>
      <ErrorAlert error={error} ref={errorRef} />
      {services && services.length === 0 ? <p>{t('receive.noServices')}</p> : null}
      {!services && !error ? <p>{t('app.loading')}</p> : null}
      {services && services.length > 0 ? (
        <form onSubmit={submit} noValidate className="stack form-wide">
          <ServiceSelect label={t('receive.service')} hint={serviceHint} services={services} value={regulationId} onChange={setRegulationId} />

          <fieldset>
            <legend>{t('receive.applicant')}</legend>
            <InputField
              label={t('receive.applicantIin')}
              required
              hint={t('receive.iinHint')}
              error={fieldErrors[IIN_FIELD]}
              inputRef={(element) => {
                if (element) controls.current.set(IIN_FIELD, element);
              }}
              {...IIN_INPUT}
              name={IIN_FIELD}
              value={iin}
              onChange={(e) => {
                setIin(e.target.value);
                clearFieldError(IIN_FIELD);
              }}
            />
          </fieldset>

          {regulation ? (
            <>
              <ApplicationFields
                legend={t('receive.formFields')}
                keyPrefix={`${regulation.id}:`}
                fields={regulation.formFields}
                values={draft.values}
                errors={Object.fromEntries(regulation.formFields.map((field) => [field.id, fieldErrors[`formData.${field.id}`]]))}
                onChange={(fieldId, value) => {
                  draft.setValue(fieldId, value);
                  clearFieldError(`formData.${fieldId}`);
                }}
                inputRef={(fieldId, element) => {
                  if (element) controls.current.set(`formData.${fieldId}`, element);
                }}
              />
              {regulation.requiredDocuments.length > 0 ? (
                <fieldset className="documents" data-testid="paper-documents" aria-describedby={fieldErrors[PAPER_FIELD] ? 'paper-documents-error' : 'paper-documents-hint'}>
                  <legend>{t('receive.documents')}</legend>
                  <p id="paper-documents-hint" className="hint">
                    {t('receive.documentsHint')}
                  </p>
                  {regulation.requiredDocuments.map((document, index) => (
                    <label key={document.id} className="checkbox">
                      <input
                        type="checkbox"
                        name={PAPER_FIELD}
                        value={document.id}
                        ref={(element) => {
                          if (element && index === 0) controls.current.set(PAPER_FIELD, element);
                        }}
                        checked={handedOver.has(document.id)}
                        onChange={(e) => {
                          setHandedOver(toggled(handedOver, document.id, e.target.checked));
                          clearFieldError(PAPER_FIELD);
                        }}
                      />{' '}
                      {text(document.name)}
                      {document.required ? <span className="required-mark"> ({t('common.required')})</span> : null}
                    </label>
                  ))}
                  {fieldErrors[PAPER_FIELD] ? (
                    <p id="paper-documents-error" className="field-error" role="alert">
                      {fieldErrors[PAPER_FIELD]}
                    </p>
                  ) : null}
                </fieldset>
              ) : null}
              <button type="submit" disabled={submitting}>
                {submitting ? t('action.submitting') : t('receive.submit')}
              </button>
            </>
          ) : (
            <p>{t('app.loading')}</p>
          )}
        </form>
      ) : null}
    </Page>
  );
}
