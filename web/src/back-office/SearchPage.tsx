import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../api/client.ts';
import type { CaseStatus, RegulationSummary } from '../api/types.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ErrorAlert } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { DateTime } from '../ui/time.tsx';
import { statusLabel, stepLabel } from '../shared/labels.ts';
import { PagedList } from '../shared/PagedTable.tsx';
import { IIN_INPUT, InputField } from '../shared/InputField.tsx';
import { SelectField } from '../shared/SelectField.tsx';
import { loadRegulationSummaries, useRegulations } from '../shared/regulations.ts';
import { useLoad } from '../shared/useLoad.ts';
import { usePagedList } from '../shared/usePagedList.ts';
import { ApplicantCell, CaseRefCell } from './case-cells.tsx';
import './back-office.css';

const STATUSES: readonly CaseStatus[] = ['received', 'inWork', 'completed', 'refused'];
const IIN = /^\d{12}$/;

interface Criteria {
  readonly iin: string;
  readonly journalNumber: string;
  readonly status: CaseStatus | '';
  readonly serviceCode: string;
}

/** Rows per page of the results. */
const PAGE_SIZE = 50;

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
  // The criteria of the last search; null until the first "Find" (nothing is listed before).
  const [asked, setAsked] = useState<Criteria | null>(null);
  const services = useLoad(async () => serviceOptions(await loadRegulationSummaries()), []);
  const results = usePagedList(
    async ({ limit, offset }) => {
      if (!asked) return null;
      const query = {
        limit,
        offset,
        ...(asked.iin ? { iin: asked.iin } : {}),
        ...(asked.journalNumber.trim() ? { journalNumber: asked.journalNumber.trim() } : {}),
        ...(asked.status ? { status: asked.status } : {}),
        ...(asked.serviceCode ? { serviceCode: asked.serviceCode } : {}),
      };
      return unwrap(api.GET('/api/cases', { params: { query } }));
    },
    [asked],
    PAGE_SIZE,
  );
  const found = results.data;
  const regulations = useRegulations(found?.items.map((item) => item.regulationId) ?? []);
  const error = results.error ?? services.error;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const iin = criteria.iin.trim();
    if (iin && !IIN.test(iin)) {
      setIinError(t('search.iinInvalid'));
      document.querySelector<HTMLElement>('[name="iin"]')?.focus();
      return;
    }
    setIinError(null);
    setAsked({ ...criteria, iin });
    results.setOffset(0);
  };

  return (
    <Page title={t('search.title')}>
      <form className="filters" onSubmit={onSubmit} noValidate aria-label={t('search.title')}>
        <InputField
          label={t('search.iin')}
          hint={t('search.iinHint')}
          error={iinError}
          {...IIN_INPUT}
          value={criteria.iin}
          onChange={(e) => setCriteria({ ...criteria, iin: e.target.value })}
        />
        <InputField
          label={t('search.journalNumber')}
          hint={t('search.journalNumberHint')}
          name="journalNumber"
          autoComplete="off"
          value={criteria.journalNumber}
          onChange={(e) => setCriteria({ ...criteria, journalNumber: e.target.value })}
        />
        <SelectField
          label={t('search.status')}
          name="status"
          all={t('search.any')}
          value={criteria.status}
          onChange={(status) => setCriteria({ ...criteria, status: status as Criteria['status'] })}
          options={STATUSES.map((status) => [status, statusLabel(i18n, status)] as const)}
        />
        <SelectField
          label={t('search.service')}
          name="serviceCode"
          all={t('search.any')}
          value={criteria.serviceCode}
          onChange={(serviceCode) => setCriteria({ ...criteria, serviceCode })}
          options={(services.data ?? []).map((service) => [service.code, text(service.name)] as const)}
        />
        <button type="submit" disabled={results.loading && asked !== null}>
          {t('search.submit')}
        </button>
      </form>
      <ErrorAlert error={error} />
      {asked ? (
        <PagedList
          list={results}
          empty={t('search.empty')}
          caption={t('search.caption')}
          className="responsive-table search-table"
          testId="search-list"
          columns={[t('search.col.case'), t('search.col.applicant'), t('search.col.service'), t('search.col.status'), t('search.col.step'), t('search.col.filed')]}
        >
          {(items) => items.map((item) => (
            <tr key={item.caseId} data-testid="search-row">
              <th scope="row" data-label={t('search.col.case')}>
                <CaseRefCell caseId={item.caseId} journalNumber={item.journalNumber} applicantIin={item.applicantIin} />
              </th>
              <td data-label={t('search.col.applicant')}>
                <ApplicantCell name={item.applicantName} iin={item.applicantIin} />
              </td>
              <td data-label={t('search.col.service')}>{text(item.serviceName)}</td>
              <td data-label={t('search.col.status')}>{statusLabel(i18n, item.status)}</td>
              <td data-label={t('search.col.step')}>{item.openStepId ? stepLabel(i18n, regulations.get(item.regulationId), item.openStepId) : t('common.empty')}</td>
              <td data-label={t('search.col.filed')}>
                <DateTime iso={item.filedAt} />
              </td>
            </tr>
          ))}
        </PagedList>
      ) : null}
    </Page>
  );
}
