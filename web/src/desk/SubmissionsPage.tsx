import { useState } from 'react';
import { api, unwrap } from '../api/client.ts';
import { stepLabel, statusLabel } from '../shared/labels.ts';
import { ListSearch, PagedList } from '../shared/PagedTable.tsx';
import { useRegulations } from '../shared/regulations.ts';
import { usePagedList } from '../shared/usePagedList.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { ErrorAlert, Notice } from '../ui/messages.tsx';
import { Page } from '../ui/Page.tsx';
import { DateTime } from '../ui/time.tsx';
import type { DeskSubmission } from './desk-api.ts';
import { deskPaths } from './paths.ts';

/** Rows per page of the branch's applications. */
const PAGE_SIZE = 20;

/**
 * Status tracking of the branch's applications. The operator completes the State Corporation's own steps here (on the
 * paper courier route: intake, dispatch to the provider, receiving the result back) and opens the result to print.
 * A page at a time, with a search by journal number or IIN.
 */
export function SubmissionsPage() {
  const i18n = useI18n();
  const { t, text, language } = i18n;
  const list = usePagedList((query) => unwrap(api.GET('/api/desk/submissions', { params: { query } })), [], PAGE_SIZE);
  const page = list.data;
  const items = page?.items;
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const regulations = useRegulations(items?.map((item) => item.regulationId) ?? []);

  const completeStep = async (item: DeskSubmission) => {
    if (!item.openStepId) return;
    try {
      const regulation = regulations.get(item.regulationId);
      const kind = regulation?.steps.find((s) => s.id === item.openStepId)?.kind;
      await unwrap(
        api.POST('/api/desk/submissions/{caseId}/steps', {
          params: { path: { caseId: item.caseId } },
          body: { stepId: item.openStepId, expectedVersion: item.version, input: kind === 'issue' ? { method: 'stateCorporation' } : {} },
        }),
      );
      setNotice(t('desk.subs.completeStep', { step: stepLabel(i18n, regulation, item.openStepId) }));
      setActionError(null);
      await list.reload();
    } catch (failure) {
      setActionError(failure);
    }
  };

  return (
    <Page title={t('desk.subs.title')}>
      <div className="toolbar">
        <button type="button" className="button-secondary" onClick={() => void list.reload()} disabled={list.loading}>
          {t('desk.subs.refresh')}
        </button>
      </div>
      <Notice text={notice} tone="success" />
      <ListSearch value={list.search} onSearch={list.setSearch} />
      <ErrorAlert error={actionError ?? list.error} />
      <PagedList
        list={list}
        empty={t('desk.subs.empty')}
          caption={t('desk.subs.caption')}
          testId="submissions-list"
          columns={[t('desk.subs.col.applicant'), t('desk.subs.col.service'), t('desk.subs.col.submitted'), t('desk.subs.col.status'), t('desk.subs.col.step'), t('desk.subs.col.action')]}
        >
              {(items) => items.map((item) => {
                const regulation = regulations.get(item.regulationId);
                const operatorStep = item.openStepRole === 'scOperator' && item.openStepId;
                const issueStep = operatorStep && regulation?.steps.find((s) => s.id === item.openStepId)?.kind === 'issue';
                return (
                  <tr key={item.caseId} data-testid="submission-row">
                    <th scope="row" data-label={t('desk.subs.col.applicant')}>
                      {item.applicantIin}
                    </th>
                    <td data-label={t('desk.subs.col.service')}>{regulation ? text(regulation.service.name) : item.regulationId}</td>
                    <td data-label={t('desk.subs.col.submitted')}>
                      <DateTime iso={item.submittedAt} />
                    </td>
                    <td data-label={t('desk.subs.col.status')}>{statusLabel(i18n, item.status)}</td>
                    <td data-label={t('desk.subs.col.step')}>{item.openStepId ? stepLabel(i18n, regulation, item.openStepId) : t('common.empty')}</td>
                    <td data-label={t('desk.subs.col.action')}>
                      <Link href={deskPaths.receipt(item.caseId)}>{t('print.receipt.open')}</Link>{' '}
                      {item.handedOverAt ? (
                        t('desk.subs.handedOver', { at: formatDateTime(language, item.handedOverAt) })
                      ) : item.verificationCode ? (
                        <Link href={deskPaths.print(item.caseId)}>{t('desk.subs.print', { iin: item.applicantIin })}</Link>
                      ) : operatorStep && !issueStep ? (
                        <button type="button" onClick={() => void completeStep(item)}>
                          {t('desk.subs.completeStep', { step: stepLabel(i18n, regulation, item.openStepId ?? '') })}
                        </button>
                      ) : (
                        t('desk.subs.waiting')
                      )}
                    </td>
                  </tr>
                );
              })}
      </PagedList>
    </Page>
  );
}
