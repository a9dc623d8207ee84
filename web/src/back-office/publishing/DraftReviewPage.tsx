import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema.d.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Link } from '../../router/Link.tsx';
import { Field } from '../../ui/Field.tsx';
import { ErrorAlert, Notice } from '../../ui/messages.tsx';
import { Page } from '../../ui/Page.tsx';
import { officePaths } from '../paths.ts';
import { citationsOf } from './cited-lines.ts';
import { DraftComparison } from './DraftComparison.tsx';
import { SourceTextPanel } from './SourceTextPanel.tsx';
import { StepEditor, type DraftStep } from './StepEditor.tsx';
import './publishing.css';

type DraftView = components['schemas']['RegulationDraft'];
type ReviewIssue = components['schemas']['RegulationReviewIssue'];
type ComparisonAnswer = components['schemas']['RegulationDraftComparison'];
type FillAnswer = components['schemas']['RegulationDraftFill'];
/* eslint-disable @typescript-eslint/no-explicit-any -- a draft is unchecked JSON until the catalog's checks pass */
type Definition = Record<string, any>;

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
/** A filled value as one short line: a text as it is, anything else as JSON cut at 120 characters. */
const shortValue = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
};

/**
 * An administrator reviews an imported draft (issue #20): the stored text on one side with every cited quote
 * highlighted and every unplaced line marked, the draft on the other (steps' roles, limits and texts; the rest as
 * JSON), then validates it with the catalog's checks, compares it with the nearest version and publishes it.
 */
export function DraftReviewPage({ draftId }: { readonly draftId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [view, setView] = useState<DraftView | null>(null);
  const [definition, setDefinition] = useState<Definition | null>(null);
  const [actLifecycle, setActLifecycle] = useState<Definition | null>(null);
  const [revision, setRevision] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [raw, setRaw] = useState({ definition: '', act: '' });
  const [rawError, setRawError] = useState<string | null>(null);
  const [issues, setIssues] = useState<readonly ReviewIssue[] | null>(null);
  const [comparison, setComparison] = useState<ComparisonAnswer | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [nearestId, setNearestId] = useState<string | null>(null);
  const [filled, setFilled] = useState<FillAnswer | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const show = (next: { definition: Definition; actLifecycle: Definition | null }) => {
    // Findings and the comparison were about the draft before this change: validate or compare again.
    setIssues(null);
    setComparison(null);
    setDefinition(next.definition);
    setActLifecycle(next.actLifecycle);
    setRaw({ definition: pretty(next.definition), act: pretty(next.actLifecycle) });
  };

  useEffect(() => {
    unwrap(api.GET('/api/admin/regulations/drafts/{draftId}', { params: { path: { draftId } } })).then((loaded) => {
      setView(loaded);
      setRevision(loaded.revision);
      show({ definition: loaded.definition, actLifecycle: loaded.actLifecycle });
    }, setError);
    // The version the missing texts can be filled from, named on the button (none: no button).
    unwrap(api.GET('/api/admin/regulations/drafts/{draftId}/fill', { params: { path: { draftId } } })).then((answer) => setNearestId(answer.nearestId), setError);
  }, [draftId]);

  const citations = useMemo(() => [...citationsOf(definition), ...citationsOf(actLifecycle)], [definition, actLifecycle]);

  const changeStep = useCallback(
    (index: number, mutate: (step: DraftStep) => void) => {
      if (!definition) return;
      const next = structuredClone(definition);
      mutate(next.steps[index]);
      show({ definition: next, actLifecycle });
      setDirty(true);
    },
    [definition, actLifecycle],
  );

  const applyRaw = () => {
    try {
      const nextDefinition = JSON.parse(raw.definition) as Definition;
      const nextAct = JSON.parse(raw.act || 'null') as Definition | null;
      setRawError(null);
      show({ definition: nextDefinition, actLifecycle: nextAct });
      setDirty(true);
    } catch (failure) {
      setRawError(t('publishing.review.rawInvalid', { reason: (failure as Error).message }));
    }
  };

  /** Saves pending corrections first, so validation, comparison and publishing see what is on the screen. */
  const saved = async (): Promise<number> => {
    if (!dirty || !definition) return revision;
    const answer = await unwrap(
      api.PUT('/api/admin/regulations/drafts/{draftId}', { params: { path: { draftId } }, body: { expectedRevision: revision, definition, actLifecycle } }),
    );
    setRevision(answer.revision);
    setDirty(false);
    return answer.revision;
  };

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    try {
      const message = await work();
      if (message) {
        setNotice(message);
        requestAnimationFrame(() => noticeRef.current?.focus());
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const save = () => run(async () => t('publishing.review.saved', { revision: await saved() }));
  const validate = () =>
    run(async () => {
      await saved();
      const answer = await unwrap(api.GET('/api/admin/regulations/drafts/{draftId}/validation', { params: { path: { draftId } } }));
      setIssues(answer.issues);
      return answer.valid ? t('publishing.review.valid') : null;
    });
  const compare = () =>
    run(async () => {
      await saved();
      setComparison(await unwrap(api.GET('/api/admin/regulations/drafts/{draftId}/comparison', { params: { path: { draftId } } })));
      return null;
    });
  /** Proposals from the nearest version on the saved draft, saved at once (with the revision) and listed with their origin. */
  const fill = () =>
    run(async () => {
      await saved();
      const answer = await unwrap(api.GET('/api/admin/regulations/drafts/{draftId}/fill', { params: { path: { draftId } } }));
      const from = answer.nearestId ?? '';
      if (answer.proposals.length === 0) return t('publishing.review.fillNothing', { id: from });
      const saving = await unwrap(
        api.PUT('/api/admin/regulations/drafts/{draftId}', { params: { path: { draftId } }, body: { expectedRevision: answer.revision, definition: answer.definition, actLifecycle } }),
      );
      show({ definition: answer.definition, actLifecycle });
      setRevision(saving.revision);
      setDirty(false);
      setFilled(answer);
      return t('publishing.review.filled', { n: answer.proposals.length, id: from, revision: saving.revision });
    });
  const publish = () =>
    run(async () => {
      const expectedRevision = await saved();
      const answer = await unwrap(api.POST('/api/admin/regulations/drafts/{draftId}/publish', { params: { path: { draftId } }, body: { expectedRevision } }));
      setConfirming(false);
      setView((current) => (current ? { ...current, publishedRegulationId: answer.regulationId } : current));
      return t('publishing.review.published', { id: answer.regulationId });
    });

  const id = String(definition?.id ?? draftId);
  if (!view || !definition) {
    return (
      <Page title={t('publishing.review.title', { id: draftId })}>
        <ErrorAlert error={error} />
        {error ? null : <p>{t('app.loading')}</p>}
      </Page>
    );
  }
  const published = view.publishedRegulationId;
  return (
    <Page title={t('publishing.review.title', { id })}>
      <p>
        <Link href={officePaths.regulationImports}>{t('publishing.review.back')}</Link>
      </p>
      <Notice ref={noticeRef} text={notice} tone="success" />
      <ErrorAlert error={error} />
      <div className="publishing-review">
        <SourceTextPanel fileName={view.source.fileName} text={view.source.text} citations={citations} unresolved={view.unresolved} />
        <section className="publishing-draft" aria-labelledby="publishing-draft-heading">
          <h2 id="publishing-draft-heading">{t('publishing.review.draftHeading')}</h2>
          <p className="hint">{t('publishing.review.revision', { revision, by: view.updatedBy, at: i18n.dateTime(view.updatedAt) })}</p>
          {view.unresolved.length > 0 ? (
            <details>
              <summary>{t('publishing.review.unresolvedHeading', { n: view.unresolved.length })}</summary>
              <ul>
                {view.unresolved.map((u) => (
                  <li key={u.line}>
                    {t('publishing.review.line', { n: u.line })}: {u.text} — {u.reason}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {nearestId && !published ? (
            <div className="publishing-fill">
              <button type="button" className="button-secondary" disabled={busy} onClick={() => void fill()} aria-describedby="publishing-fill-hint">
                {t('publishing.review.fill', { id: nearestId })}
              </button>
              <p id="publishing-fill-hint" className="hint">
                {t('publishing.review.fillHint')}
              </p>
            </div>
          ) : null}
          {filled && filled.proposals.length > 0 ? (
            <details className="publishing-filled">
              <summary>{t('publishing.review.filledHeading', { id: filled.nearestId ?? '', n: filled.proposals.length })}</summary>
              <ul>
                {filled.proposals.map((proposal) => (
                  <li key={proposal.path}>
                    <code>{proposal.path}</code>: {shortValue(proposal.value)} <span className="hint">({t('publishing.review.filledFrom', { path: `${proposal.from.regulationId} ${proposal.from.path}` })})</span>
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <h3>{t('publishing.review.stepsHeading')}</h3>
          {Array.isArray(definition.steps)
            ? (definition.steps as DraftStep[]).map((step, index) => <StepEditor key={index} step={step} index={index} onChange={(mutate) => changeStep(index, mutate)} />)
            : null}
          <details className="publishing-raw">
            <summary>{t('publishing.review.rawHeading')}</summary>
            <Field label={t('publishing.review.rawDefinition')} error={rawError}>
              {({ inputId, describedBy, invalid }) => (
                <textarea id={inputId} aria-describedby={describedBy} aria-invalid={invalid} rows={16} spellCheck={false} value={raw.definition} onChange={(event) => setRaw({ ...raw, definition: event.target.value })} />
              )}
            </Field>
            <Field label={t('publishing.review.rawAct')}>
              {({ inputId }) => <textarea id={inputId} rows={8} spellCheck={false} value={raw.act} onChange={(event) => setRaw({ ...raw, act: event.target.value })} />}
            </Field>
            <button type="button" className="button-secondary" onClick={applyRaw}>
              {t('publishing.review.rawApply')}
            </button>
          </details>
          <div className="publishing-actions">
            <button type="button" className="button-secondary" disabled={busy || !!published} onClick={() => void save()}>
              {t('publishing.review.save')}
            </button>
            <button type="button" className="button-secondary" disabled={busy} onClick={() => void validate()}>
              {t('publishing.review.validate')}
            </button>
            <button type="button" className="button-secondary" disabled={busy} onClick={() => void compare()}>
              {t('publishing.review.compare')}
            </button>
            <button type="button" disabled={busy || !!published} onClick={() => setConfirming(true)}>
              {t('publishing.review.publish')}
            </button>
          </div>
          {confirming && !published ? (
            <div className="publishing-confirm" role="alertdialog" aria-labelledby="publishing-confirm-text">
              <p id="publishing-confirm-text">{t('publishing.review.confirm', { id })}</p>
              <button type="button" disabled={busy} onClick={() => void publish()}>
                {t('publishing.review.confirmYes')}
              </button>
              <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
                {t('publishing.review.confirmNo')}
              </button>
            </div>
          ) : null}
          {issues && issues.length > 0 ? (
            <section aria-labelledby="publishing-issues-heading">
              <h3 id="publishing-issues-heading">{t('publishing.review.issuesHeading', { n: issues.length })}</h3>
              <ul className="publishing-issues">
                {issues.map((issue, index) => (
                  <li key={index}>
                    <code>{issue.path}</code> {i18n.text(issue.message)}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {comparison ? (
            comparison.comparison ? (
              <DraftComparison comparison={comparison.comparison} />
            ) : (
              <p>{comparison.issueCount > 0 ? t('publishing.review.compareBlocked', { n: comparison.issueCount }) : t('publishing.review.noNearest')}</p>
            )
          ) : null}
        </section>
      </div>
    </Page>
  );
}
