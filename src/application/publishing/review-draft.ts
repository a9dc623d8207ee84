import { findDraft, findSource, type StoredDraft, type StoredSource } from '../../adapters/db/regulation-publishing-store.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { checkCitations } from '../../core/publishing/check-citations.ts';
import { actLifecycleIssue, citationIssue, definitionIssue, idTakenIssue, type ReviewIssue } from '../../core/publishing/review-issues.ts';
import { linesOf } from '../../core/publishing/source-text.ts';
import { checkDefinition } from '../../core/regulation/parse-regulation.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import type { RegulationCatalog } from '../regulation-catalog.ts';

export interface DraftWithSource {
  readonly draft: StoredDraft;
  readonly source: StoredSource;
}

export async function loadDraft(db: SqlExecutor, draftId: string, options: { forUpdate?: boolean } = {}): Promise<DraftWithSource> {
  const draft = await findDraft(db, draftId, options);
  const source = draft ? await findSource(db, draft.sourceId) : null;
  if (!draft || !source) throw new AppError('NOT_FOUND', `no regulation draft ${draftId}`, { what: `draft ${draftId}` });
  return { draft, source };
}

export interface DraftReview {
  readonly issues: readonly ReviewIssue[];
  /** The definition as the catalog would hold it, when it has no issues. */
  readonly regulation: Regulation | null;
}

/**
 * The catalog's own checks on a draft (parseDefinition/checkDefinition: schema and cross-references), every citation
 * proved in the stored text, an id no catalog entry has, and the act lifecycle checked the same way.
 */
export function reviewDraft(catalog: RegulationCatalog, draft: Pick<StoredDraft, 'definition' | 'actLifecycle' | 'publishedRegulationId'>, source: StoredSource): DraftReview {
  const text = { citationName: source.citationName, lines: linesOf(source.text) };
  const checked = checkDefinition(draft.definition);
  const issues: ReviewIssue[] = [];
  if (checked.kind !== 'regulation') issues.push(definitionIssue({ path: 'kind', reason: 'a draft must be a regulation' }));
  issues.push(...checked.issues.map((issue) => definitionIssue(issue)));
  issues.push(...checkCitations(draft.definition, text).map((issue) => citationIssue(issue, source.citationName)));
  const id = draft.definition.id;
  if (typeof id === 'string' && draft.publishedRegulationId !== id && catalog.entries().some((entry) => (entry.kind === 'regulation' ? entry.regulation.id : entry.record.id) === id)) {
    issues.push(idTakenIssue(id));
  }
  if (draft.actLifecycle) {
    const act = checkDefinition(draft.actLifecycle);
    if (act.kind !== 'actLifecycle') issues.push(actLifecycleIssue({ path: 'kind', reason: 'must be "actLifecycle"' }));
    else {
      issues.push(...act.issues.map(actLifecycleIssue));
      if (act.definition && !act.definition.approves.some((a) => a.regulationIds.includes(String(id)))) {
        issues.push(actLifecycleIssue({ path: 'approves', reason: `the act must approve the new version "${String(id)}"` }));
      }
    }
    issues.push(...checkCitations(draft.actLifecycle, text).map((issue) => citationIssue(issue, source.citationName, 'actLifecycle')));
  }
  const regulation = issues.length === 0 && checked.kind === 'regulation' ? checked.definition : null;
  return { issues, regulation };
}
