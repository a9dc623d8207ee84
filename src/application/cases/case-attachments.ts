import { attachmentsOfCase, type AttachmentMeta } from '../../adapters/db/portal-attachment-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { Text } from '../../core/i18n/text.ts';
import type { AppContext } from '../app-context.ts';
import { loadVisibleCase } from './load-case.ts';

export interface AttachmentListItem {
  readonly id: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
}

export interface CaseAttachments {
  /** The regulation's document checklist, each item ticked by what was actually attached for it. */
  readonly checklist: ReadonlyArray<{ readonly documentId: string; readonly name: Text; readonly required: boolean; readonly attachments: readonly AttachmentListItem[] }>;
  /** Files attached without naming one of the regulation's documents. */
  readonly other: readonly AttachmentListItem[];
}

const item = (a: AttachmentMeta): AttachmentListItem => ({ id: a.id, fileName: a.fileName, mediaType: a.mediaType, sizeBytes: a.sizeBytes });

/**
 * The files filed with a case, for the staff who may see the case (the same policy as the case itself,
 * loadVisibleCase → access-policy.ts). Names only: the content is read through GET /api/attachments/{id}, where
 * each read is recorded in the read audit.
 */
export async function caseAttachments(app: AppContext, staff: StaffMember, caseId: string): Promise<CaseAttachments> {
  const { state } = await loadVisibleCase(app.db, staff, caseId);
  const regulation = app.catalog.get(state.regulationId);
  const files = await attachmentsOfCase(app.db, state.id);
  const known = new Set(regulation.requiredDocuments.map((d) => d.id));
  return {
    checklist: regulation.requiredDocuments.map((d) => ({
      documentId: d.id,
      name: d.name,
      required: d.required,
      attachments: files.filter((f) => f.documentId === d.id).map(item),
    })),
    other: files.filter((f) => f.documentId === null || !known.has(f.documentId)).map(item),
  };
}
