import { useEffect, useRef, useState } from 'react';
import type { Staff } from '../../api/types.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { takeFlash, type Flash } from '../../ui/flash.ts';
import { ErrorAlert, Notice } from '../../ui/messages.tsx';
import { Page } from '../../ui/Page.tsx';
import { useNow } from '../../ui/time.tsx';
import { stepKindLabel } from '../../shared/labels.ts';
import { officePaths } from '../paths.ts';
import { useRegulations } from '../../shared/regulations.ts';
import { ActionPanel, canAct } from './ActionPanel.tsx';
import { ExecutorWorkspace } from './ExecutorWorkspace.tsx';
import { CaseSummary, FormDataList } from './CaseSummary.tsx';
import { StepsTable } from './StepsTable.tsx';
import { Timeline } from './Timeline.tsx';
import { useCase, type StepOutcome } from './useCase.ts';
import { CaseFiles } from './CaseFiles.tsx';
import { DocumentPreview } from './DocumentPreview.tsx';
import { ReworkAction } from './actions/ReworkAction.tsx';

/** One case: summary, the action for the open step (if it is the person's), steps with due times, and the timeline. */
export function CasePage({ caseId, staff }: { readonly caseId: string; readonly staff: Staff }) {
  const i18n = useI18n();
  const { t, text } = i18n;
  const { data, loadError, completeStep, reload } = useCase(caseId);
  const regulation = useRegulations(data ? [data.view.regulationId] : []).get(data?.view.regulationId ?? '');
  const [flash, setFlashState] = useState<Flash | null>(() => takeFlash());
  const noticeRef = useRef<HTMLDivElement>(null);
  const now = useNow();

  useEffect(() => {
    if (flash) requestAnimationFrame(() => noticeRef.current?.focus());
  }, [flash]);

  const onDone = (outcome: StepOutcome, stepKind: string) => {
    if (outcome.kind === 'conflict') setFlashState({ key: 'case.conflict', tone: 'warning' });
    else if (stepKind === 'register' && outcome.view.journalNumber) setFlashState({ key: 'case.registered', values: { journalNumber: outcome.view.journalNumber }, tone: 'success' });
    // The kind, not its name: the notice re-renders in the language chosen later.
    else setFlashState({ key: 'case.stepDone', values: { step: stepKind }, tone: 'success' });
  };

  const title = data ? text(data.view.service.name) : t('app.loading');
  const flashText = flash ? (flash.key === 'case.stepDone' && flash.values ? t('case.stepDone', { step: stepKindLabel(i18n, String(flash.values.step), String(flash.values.step)) }) : t(flash.key, flash.values)) : null;

  return (
    <Page title={title} headingExtra={data?.view.journalNumber ? <p className="subtitle">{data.view.journalNumber}</p> : null}>
      <p className="toolbar">
        <Link href={officePaths.inbox}>{t('case.back')}</Link>
        <Link href={officePaths.receipt(caseId)}>{t('print.receipt.open')}</Link>
        {data?.view.decision ? <Link href={officePaths.resultForIssue(caseId)}>{t('print.result.open')}</Link> : null}
      </p>
      <Notice text={flashText} tone={flash?.tone ?? 'info'} ref={noticeRef} />
      <ErrorAlert error={loadError} />
      {data ? (
        <div className="case-layout">
          <section aria-labelledby="action-heading" className="card card-action">
            <h2 id="action-heading">{t('case.action')}</h2>
            {data.view.rework ? (
              <div className="alert alert-warning" role="note" data-testid="rework-note">
                <strong>{t('rework.returned')}: </strong>
                {data.view.rework.reason}
              </div>
            ) : null}
            {regulation ? (
              <ActionPanel view={data.view} regulation={regulation} staff={staff} completeStep={completeStep} onDone={onDone} />
            ) : (
              <p>{t('app.loading')}</p>
            )}
            {data.view.decision && !data.view.closedAt && (staff.role === 'head' || staff.role === 'executor') ? <DocumentPreview view={data.view} /> : null}
            {data.view.openStep?.role === 'head' && data.view.openStep.kind === 'sign' && canAct(data.view, staff) ? (
              <ReworkAction
                view={data.view}
                onReturned={() => {
                  setFlashState({ key: 'rework.done', tone: 'success' });
                  void reload();
                }}
              />
            ) : null}
          </section>
          {regulation && data.view.openStep?.kind === 'decide' && canAct(data.view, staff) ? <ExecutorWorkspace view={data.view} regulation={regulation} /> : null}
          <section aria-labelledby="summary-heading" className="card">
            <h2 id="summary-heading">{t('case.summary')}</h2>
            <CaseSummary view={data.view} regulation={regulation} fetchedAtEpochMs={data.fetchedAtEpochMs} now={now} />
          </section>
          {regulation ? (
            <section aria-labelledby="form-heading" className="card">
              <h2 id="form-heading">{t('case.formData')}</h2>
              <FormDataList view={data.view} regulation={regulation} />
              {regulation.requiredDocuments.length > 0 ? (
                <>
                  <h3>{t('case.documents')}</h3>
                  <CaseFiles view={data.view} />
                </>
              ) : null}
            </section>
          ) : null}
          <section aria-labelledby="steps-heading" className="card card-wide">
            <h2 id="steps-heading">{t('steps.title')}</h2>
            <StepsTable view={data.view} />
          </section>
          <section aria-labelledby="history-heading" className="card card-wide">
            <h2 id="history-heading">{t('case.history')}</h2>
            <Timeline history={data.history} view={data.view} regulation={regulation} />
          </section>
        </div>
      ) : !loadError ? (
        <p>{t('app.loading')}</p>
      ) : null}
    </Page>
  );
}
