import { createHash } from 'node:crypto';
import { insertDraft, insertSourceOnce } from '../../adapters/db/regulation-publishing-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { reasonDetails } from '../../core/errors/validation-reasons.ts';
import type { RegulationImporter } from '../../core/importer/import-contract.ts';
import { prepareDraft } from '../../core/publishing/prepare-draft.ts';
import { citationNameOf } from '../../core/publishing/source-text.ts';
import type { AppContext } from '../app-context.ts';
import { entryId } from '../regulation-catalog.ts';
import { plainTextOfUpload, type UploadedRegulationFile } from './uploaded-text.ts';

export interface UploadOutcome {
  readonly sourceId: string;
  readonly citationName: string;
  readonly sha256: string;
  readonly draftIds: readonly string[];
  readonly unresolvedCount: number;
}

/**
 * An administrator uploads a regulation text: it is stored once (immutable, by its SHA-256), the importer reads it
 * and every regulation it finds becomes a draft to review, with the lines it could not place.
 */
export async function uploadRegulationText(
  ctx: Pick<AppContext, 'db' | 'catalog' | 'clock' | 'newId' | 'regulationTextOfHtml'>,
  importer: RegulationImporter,
  staff: StaffMember,
  upload: UploadedRegulationFile & { readonly lang?: 'kk' | 'ru' },
): Promise<UploadOutcome> {
  const text = plainTextOfUpload(upload, ctx.regulationTextOfHtml);
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const citationName = citationNameOf(sha256);
  let imported;
  try {
    // Citations of every figure name the stored text, not the uploaded file's name (see core/publishing/source-text.ts).
    imported = importer({ fileName: citationName, text, ...(upload.lang ? { lang: upload.lang } : {}) });
  } catch (error) {
    throw new AppError('REGULATION_IMPORT_FAILED', `import of ${upload.fileName}: ${(error as Error).message}`, { fileName: upload.fileName, reason: (error as Error).message });
  }
  if (imported.regulations.length === 0) {
    throw new AppError('REGULATION_IMPORT_FAILED', `import of ${upload.fileName}: no regulation found`, { fileName: upload.fileName, ...reasonDetails({ kk: 'мәтінде регламент табылмады', ru: 'в тексте не найден регламент', en: 'no regulation found' }) });
  }
  const now = ctx.clock();
  return ctx.db.transaction(async (tx) => {
    const source = await insertSourceOnce(tx, { id: ctx.newId(), fileName: upload.fileName, citationName, sha256, text, uploadedBy: staff.id, uploadedAt: now });
    const takenIds = new Set(ctx.catalog.entries().map(entryId));
    const draftIds: string[] = [];
    for (const draft of imported.regulations) {
      const prepared = prepareDraft(draft, takenIds, sha256);
      takenIds.add(String(prepared.definition.id));
      const id = ctx.newId();
      await insertDraft(tx, { id, sourceId: source.id, ...prepared, unresolved: imported.unresolved, createdBy: staff.id, createdAt: now });
      draftIds.push(id);
    }
    return { sourceId: source.id, citationName, sha256, draftIds, unresolvedCount: imported.unresolved.length };
  });
}
