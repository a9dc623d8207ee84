import { bumpCatalogVersion, insertPublication, publicationExists } from '../../adapters/db/regulation-publishing-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { AppContext } from '../app-context.ts';
import { loadDraft, reviewDraft } from './review-draft.ts';

export interface PublishOutcome {
  readonly regulationId: string;
  readonly catalogVersion: number;
}

/**
 * Publishes a reviewed draft as a new catalog version with its act lifecycle, cited to the stored text. One
 * transaction: the catalog version row first (publishes of every process take turns on it), then the draft under
 * lock. A second publish of the same draft — a double click, another administrator — finds it published and is
 * refused with 409; the draft's unique row in published_regulations makes a second row impossible anyway.
 */
export async function publishDraft(
  ctx: Pick<AppContext, 'db' | 'catalog' | 'clock' | 'publishedCatalog'>,
  staff: StaffMember,
  request: { draftId: string; expectedRevision: number },
): Promise<PublishOutcome> {
  // The in-memory catalog first catches up with what other processes published (for the id check below).
  await ctx.publishedCatalog?.refresh(ctx.db);
  const outcome = await ctx.db.transaction(async (tx) => {
    const catalogVersion = await bumpCatalogVersion(tx);
    const { draft, source } = await loadDraft(tx, request.draftId, { forUpdate: true });
    if (draft.publishedRegulationId) {
      throw new AppError('REGULATION_DRAFT_ALREADY_PUBLISHED', `draft ${draft.id} is already published`, { regulationId: draft.publishedRegulationId });
    }
    if (draft.revision !== request.expectedRevision) {
      throw new AppError('REGULATION_DRAFT_CHANGED', `draft ${draft.id} is at revision ${draft.revision}, not ${request.expectedRevision}`, { revision: draft.revision });
    }
    const { issues, regulation } = reviewDraft(ctx.catalog, draft, source);
    const [first] = issues;
    if (!regulation || first) {
      throw new AppError('REGULATION_DRAFT_INVALID', `draft ${draft.id}: ${issues.length} issues`, { count: issues.length, first: first ? `${first.path} — ${first.message.en}` : '' });
    }
    if (await publicationExists(tx, regulation.id)) throw new AppError('REGULATION_DRAFT_INVALID', `id ${regulation.id} published meanwhile`, { count: 1, first: `definition.id — "${regulation.id}" is taken` });
    await insertPublication(tx, {
      regulationId: regulation.id,
      draftId: draft.id,
      sourceId: source.id,
      definition: draft.definition,
      actLifecycle: draft.actLifecycle,
      publishedBy: staff.id,
      publishedAt: ctx.clock(),
    });
    return { regulationId: regulation.id, catalogVersion };
  });
  // This process sees the new version at once; the others at their next request (published-catalog.ts).
  await ctx.publishedCatalog?.refresh(ctx.db);
  return outcome;
}
