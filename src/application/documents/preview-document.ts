import type { StaffMember } from '../../core/org/staff-member.ts';
import { renderDraftPdf } from '../../adapters/documents/render-result-pdf.ts';
import { recordStaffRead } from '../audit/record-read.ts';
import type { AppContext } from '../app-context.ts';
import { loadVisibleCase } from '../cases/load-case.ts';
import { caseDocument, loadDocumentFacts } from './case-document.ts';

/**
 * The document a decided case will be signed with, printed as the signed PDF will be but marked as a draft
 * (render-result-pdf.ts renderDraftPdf), for the head and the executor before they sign (issue #17). Assembled by the
 * same caseDocument as the signing, so the text is the one that will be signed; a read of the applicant's data.
 */
export async function previewDocumentPdf(app: AppContext, staff: StaffMember, caseId: string): Promise<Uint8Array> {
  const { state, provider } = await loadVisibleCase(app.db, staff, caseId);
  const document = caseDocument(app, state, app.catalog.get(state.regulationId), provider, await loadDocumentFacts(app, app.db, state));
  await recordStaffRead(app, staff, { kind: 'document', id: state.id, subjectIin: state.applicant.iin }, 'document.content');
  return renderDraftPdf(document, app.clock());
}
