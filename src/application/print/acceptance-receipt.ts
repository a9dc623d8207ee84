import { findCaseState } from '../../adapters/db/case-store.ts';
import { attachmentsOfCase } from '../../adapters/db/portal-attachment-store.ts';
import { findProvider } from '../../adapters/db/provider-store.ts';
import type { Provider } from '../../core/org/provider.ts';
import { findStaff } from '../../adapters/db/staff-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { localDateTimeText } from '../../core/calendar/local-time-text.ts';
import { timeZoneOfRegion } from '../../core/calendar/time-zones.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { ZRegion } from '../../core/regulation/schema.ts';
import type { AppContext } from '../app-context.ts';
import { loadVisibleCase } from '../cases/load-case.ts';
import { branchSubmission } from '../desk/branch-cases.ts';
import { deskBranchOf } from '../desk/desk-branch.ts';

const organisation = (provider: Provider) => ({ id: provider.id, name: provider.name, bin: provider.bin, region: provider.region });

/**
 * The receipt of accepted documents (расписка / қолхат, issue #17) handed to the applicant where the application was
 * taken — the provider's office or the State Corporation desk: who accepted it (the organisation from its provider
 * record, the member of staff), for which service and case, the documents accepted, when, and the date the result is
 * due (the case's overall due time, computed at filing on the working calendar). No seed regulation words the
 * receipt's content (searched /work/shared/seeds and the seed extracts for "расписк" and "қолхат": none), so it holds
 * what the issue lists.
 */
async function receiptOf(app: AppContext, caseId: string, acceptedBy: { organisation: Provider; staff: StaffMember | null; at: string }) {
  const state = await findCaseState(app.db, caseId);
  if (!state) throw new AppError('CASE_NOT_FOUND', `no case ${caseId}`, { caseId });
  const regulation = app.catalog.get(state.regulationId);
  const provider = await findProvider(app.db, state.providerId);
  if (!provider) throw new AppError('CASE_NOT_FOUND', `case ${caseId} has no provider`, { caseId });
  const zone = timeZoneOfRegion(ZRegion.parse(provider.region));
  const attachments = await attachmentsOfCase(app.db, caseId);
  const nameOf = (documentId: string) => regulation.requiredDocuments.find((document) => document.id === documentId)?.name ?? null;
  return {
    caseId,
    journalNumber: state.journalNumber,
    channel: state.channel,
    service: { code: regulation.service.code, name: regulation.service.name },
    provider: organisation(provider),
    acceptedBy: { organisation: organisation(acceptedBy.organisation), staffName: acceptedBy.staff?.fullName ?? null, at: acceptedBy.at, atText: localDateTimeText(zone, Date.parse(acceptedBy.at)) },
    applicant: { iin: state.applicant.iin, fullName: state.applicant.fullName },
    // The paper originals handed over at the office (issue #17), then the scans attached through the portal or desk.
    documents: [
      ...(state.paperDocumentIds ?? []).map((documentId) => ({ fileName: null, documentId, name: nameOf(documentId) })),
      ...attachments.map((attachment) => ({ fileName: attachment.fileName, documentId: attachment.documentId, name: attachment.documentId ? nameOf(attachment.documentId) : null })),
    ],
    resultDueAt: state.overallDueAt,
    resultDueText: state.overallDueAt ? localDateTimeText(zone, Date.parse(state.overallDueAt)) : null,
  };
}

export type AcceptanceReceipt = Awaited<ReturnType<typeof receiptOf>>;

/** At the provider's office: staff who may see the case print it (and sign it as the one handing it over). */
export async function officeReceipt(app: AppContext, staff: StaffMember, caseId: string): Promise<AcceptanceReceipt> {
  const { state, provider } = await loadVisibleCase(app.db, staff, caseId);
  return receiptOf(app, state.id, { organisation: provider, staff, at: state.filedAt });
}

/** At the State Corporation desk: the branch that forwarded the case accepted the documents. */
export async function deskReceipt(app: AppContext, staff: StaffMember, caseId: string): Promise<AcceptanceReceipt> {
  const [submission, branch] = await Promise.all([branchSubmission(app, staff, caseId), deskBranchOf(app.db, staff)]);
  const operator = await findStaff(app.db, submission.operatorId);
  return receiptOf(app, submission.caseId, { organisation: branch, staff: operator, at: submission.submittedAt });
}
