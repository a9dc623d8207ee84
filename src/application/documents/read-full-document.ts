import type { StaffMember } from '../../core/org/staff-member.ts';
import type { ResultDocument } from '../../core/documents/assemble-result-document.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { AppContext } from '../app-context.ts';
import { loadVisibleCase } from '../cases/load-case.ts';
import { branchSubmission } from '../desk/branch-cases.ts';
import type { Citizen } from '../../core/org/citizen.ts';
import { findPublishedDocument, publicCheckOf, type PublicDocumentCheck, type StoredDocument } from './verify-document.ts';

/** Who asks for a document's full content: the applicant (citizen session) or a staff member. */
export type DocumentReader = { readonly kind: 'citizen'; readonly citizen: Citizen } | { readonly kind: 'staff'; readonly staff: StaffMember };

export interface FullDocumentCheck extends PublicDocumentCheck {
  /** Everything the document says: the applicant's name and IIN, the form fields, the body. */
  readonly content: ResultDocument;
}

/**
 * Whether the reader may see the full content: the applicant themself; staff who may see the case (access.ts, through
 * loadVisibleCase); a State Corporation operator of the branch that forwarded the case (it hands the result over).
 * Anyone else is told the document does not exist, as for a case (ARCHITECTURE.md, Access).
 */
async function assertMayRead(app: AppContext, reader: DocumentReader, stored: StoredDocument): Promise<void> {
  if (reader.kind === 'citizen') {
    if (reader.citizen.iin !== stored.content.applicant.iin) throw new AppError('NOT_FOUND', `citizen may not read document ${stored.verification_code}`, { what: stored.verification_code });
    return;
  }
  if (reader.staff.role === 'scOperator') await branchSubmission(app, reader.staff, stored.case_id);
  else await loadVisibleCase(app.db, reader.staff, stored.case_id);
}

/**
 * The one place a document's full content is read (issue #14): by code, for the applicant and for staff who may see
 * the case. Read auditing hooks in here.
 */
export async function readFullDocument(app: AppContext, reader: DocumentReader, code: string): Promise<FullDocumentCheck> {
  const stored = await findPublishedDocument(app, code);
  await assertMayRead(app, reader, stored);
  return { ...(await publicCheckOf(app, stored)), content: stored.content };
}
