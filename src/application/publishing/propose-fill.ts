import type { SqlExecutor } from '../../adapters/db/database.ts';
import { fillFromNearestVersion, type FillProposal } from '../../core/publishing/fill-from-nearest-version.ts';
import { nearestVersionOfDraft } from '../../core/publishing/nearest-version.ts';
import type { RegulationCatalog } from '../regulation-catalog.ts';
import { loadDraft } from './review-draft.ts';

export interface FillAnswer {
  readonly revision: number;
  readonly nearestId: string | null;
  /** The saved draft with the proposals applied; the administrator saves it (with the revision) to keep them. */
  readonly definition: Record<string, unknown>;
  readonly proposals: readonly FillProposal[];
}

/**
 * The assisted review (issue #20): the missing texts and case fields of the saved draft, proposed from the nearest
 * existing version of its service (core/publishing/fill-from-nearest-version.ts). Nothing is saved here.
 */
export async function proposeFill(db: SqlExecutor, catalog: RegulationCatalog, draftId: string): Promise<FillAnswer> {
  const { draft } = await loadDraft(db, draftId);
  const nearest = nearestVersionOfDraft(draft.definition, catalog.list());
  if (!nearest) return { revision: draft.revision, nearestId: null, definition: draft.definition, proposals: [] };
  return { revision: draft.revision, nearestId: nearest.id, ...fillFromNearestVersion(draft.definition, nearest) };
}
