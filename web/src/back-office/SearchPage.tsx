import { useEffect, useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { CaseSearchItem, CaseStatus, RegulationSummary } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { Field } from '../ui/Field.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { DateTime } from '../ui/time.tsx';
import { statusLabel, stepLabel } from './labels.ts';
import { officePaths } from './paths.ts';
import { loadRegulationSummaries, useRegulations } from './regulations.ts';
import './back-office.css';

const STATUSES: readonly CaseStatus[] = ['received', 'inWork', 'completed', 'refused'];
const IIN = /^\d{12}$/;

interface Criteria {
  readonly iin: string;
  readonly journalNumber: string;
  readonly status: CaseStatus | '';
  readonly serviceCode: string;
}

interface Found {
  readonly items: readonly CaseSearchItem[];
  readonly truncated: boolean;
}

/** One option per service code, named by the first regulation that provides it. */
function serviceOptions(summaries: readonly RegulationSummary[]) {
  const byCode = new Map<string, RegulationSummary['serviceName']>();
  for (const summary of summaries) if (summary.kind === 'regulation' && !byCode.has(summary.serviceCode)) byCode.set(summary.serviceCode, summary.serviceName);
  return [...byCode.entries()].map(([code, name]) => ({ code, name }));
}

/**
 * Case search by applicant IIN, journal number, status and service; the API keeps it to what the person may see
 * (their provider's cases, a supervisor's region). Each result opens the case view.
 */
export function SearchPage() {
  const i18n = useI18n();
  const { t, text } = i18n;
  const [criteria, setCriteria] = useState<Criteria>({ iin: '', journalNumber: '', status: '', serviceCode: '' });
  const [iinError, setIinError] = useState<string | null>(null);
  const [services, setServices] = useState<{ code: string; name: RegulationSummary['serviceName'] }[]>([]);
  const [found, setFound] = useState<Found | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const regulations = useRegulations(found?.items.map((item) => item.regulationId) ?? []);

  useEffect(() => {
    let active = true;
    loadRegulationSummaries().then(
      (summaries) => active && setServices(serviceOptions(summaries)),
      (failure: unknown) => active && setError(failure),
    );
    return () => {
      active = false;
    };
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const iin = criteria.iin.trim();
    if (iin && !IIN.test(iin)) {
      setIinError(t('search.iinInvalid'));
      document.querySelector<HTMLElement>('[name="iin"]')?.focus();
      return;
    }
    setIinError(null);
    setLoading(true);
    try {
      const query = {
        ...(iin ? { iin } : {}),
        ...(criteria.journalNumber.trim() ? { journalNumber: criteria.journalNumber.trim() } : {}),
        ...(criteria.status ? { status: criteria.status } : {}),
        ...(criteria.serviceCode ? { serviceCode: criteria.serviceCode } : {}),
      };
      setFound(await unwrap(api.GET('/api/cases', { params: { query } })));
      setError(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Page title={t('search.title')}>
      <form className="filters" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('search.title')}>
        <Field label={t('search.iin')} hint={t('search.iinHint')} error={iinError}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              name="iin"
              inputMode="numeric"
              autoComplete="off"
              maxLength={12}
              aria-invalid={invalid || undefined}
              aria-describedby={describedBy}
              value={criteria.iin}
              onChange={(e) => setCriteria({ ...criteria, iin: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('search.journalNumber')} hint={t('search.journalNumberHint')}>
          {({ inputId, describedBy }) => (
            <input
              id={inputId}
              name="journalNumber"
              autoComplete="off"
              aria-describedby={describedBy}
              value={criteria.journalNumber}
              onChange={(e) => setCriteria({ ...criteria, journalNumber: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('search.status')}>
          {({ inputId }) => (
            <select id={inputId} name="status" value={criteria.status} onChange={(e) => setCriteria({ ...criteria, status: e.target.value as Criteria['status'] })}>
              <option value="">{t('search.any')}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {statusLabel(i18n, status)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('search.service')}>
          {({ inputId }) => (
            <select id={inputId} name="serviceCode" value={criteria.serviceCode} onChange={(e) => setCriteria({ ...criteria, serviceCode: e.target.value })}>
              <option value="">{t('search.any')}</option>
              {services.map((service) => (
                <option key={service.code} value={service.code}>
                  {text(service.name)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" disabled={loading}>
          {t('search.submit')}
        </button>
      </form>
      <ErrorAlert error={error} />
      {found ? (
        <p className="counts" aria-live="polite">
          {t('search.total', { count: found.items.length })}
          {found.truncated ? <strong> · {t('search.truncated', { count: found.items.length })}</strong> : null}
        </p>
      ) : null}
      {found && found.items.length === 0 ? <p className="empty">{t('search.empty')}</p> : null}
      {found && found.items.length > 0 ? (
        <div className="table-wrap">
          <table className="responsive-table search-table">
            <caption>{t('search.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('search.col.case')}</th>
                <th scope="col">{t('search.col.applicant')}</th>
                <th scope="col">{t('search.col.service')}</th>
                <th scope="col">{t('search.col.status')}</th>
                <th scope="col">{t('search.col.step')}</th>
                <th scope="col">{t('search.col.filed')}</th>
              </tr>
            </thead>
            <tbody>
              {found.items.map((item) => (
                <tr key={item.caseId} data-testid="search-row">
                  <th scope="row" data-label={t('search.col.case')}>
                    <Link href={officePaths.case(item.caseId)}>{t('inbox.openCase', { ref: item.journalNumber ?? item.applicantIin })}</Link>
                    {item.journalNumber ? null : <span className="note"> ({t('inbox.notRegistered')})</span>}
                  </th>
                  <td data-label={t('search.col.applicant')}>
                    {item.applicantName ?? t('common.empty')}
                    <br />
                    <span className="note">{item.applicantIin}</span>
                  </td>
                  <td data-label={t('search.col.service')}>{text(item.serviceName)}</td>
                  <td data-label={t('search.col.status')}>{statusLabel(i18n, item.status)}</td>
                  <td data-label={t('search.col.step')}>{item.openStepId ? stepLabel(i18n, regulations.get(item.regulationId), item.openStepId) : t('common.empty')}</td>
                  <td data-label={t('search.col.filed')}>
                    <DateTime iso={item.filedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
