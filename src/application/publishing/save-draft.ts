import { updateDraft } from '../../adapters/db/regulation-publishing-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { AppContext } from '../app-context.ts';
import { loadDraft } from './review-draft.ts';

/** An administrator's correction of a draft, saved over the revision they read (a stale one is refused, 409). */
export async function saveDraft(
  ctx: Pick<AppContext, 'db' | 'clock'>,
  staff: StaffMember,
  change: { draftId: string; expectedRevision: number; definition: Record<string, unknown>; actLifecycle: Record<string, unknown> | null },
): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const { draft } = await loadDraft(tx, change.draftId, { forUpdate: true });
    if (draft.publishedRegulationId) {
      throw new AppError('REGULATION_DRAFT_ALREADY_PUBLISHED', `draft ${draft.id} is published`, { regulationId: draft.publishedRegulationId });
    }
    const saved = await updateDraft(tx, { ...change, updatedBy: staff.id, updatedAt: ctx.clock() });
    if (!saved) throw new AppError('REGULATION_DRAFT_CHANGED', `draft ${draft.id} is at revision ${draft.revision}`, { revision: draft.revision });
    return change.expectedRevision + 1;
  });
}
