import { insertCase } from '../../adapters/db/case-store.ts';
import type { Provider } from '../../core/org/provider.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { claimOpenApplication, linkDuplicateApplication } from '../../adapters/db/application-claims-store.ts';
import type { EngineResult } from '../../core/case/case-engine.ts';
import { AppError } from '../../core/errors/app-error.ts';
import { applicationSubject } from '../../core/registries/application-subject.ts';
import type { AppContext } from '../app-context.ts';

/**
 * Stores a newly filed case unless the applicant already has an open application for the same service (and subject).
 * Duplicates policy (issue #6): the repeated application is not filed — it is kept in `duplicate_applications`,
 * linked to the open case, and the caller gets DUPLICATE_APPLICATION (409) naming that case. So it is never
 * processed twice, and a supervisor can still count and trace it. The claim and the case are written in one
 * transaction; concurrent submissions queue on the claim's primary key and exactly one is filed.
 */
export async function fileCaseOnce(app: AppContext, filed: EngineResult, serviceCode: string, staff: StaffMember, provider: Provider): Promise<void> {
  const { state, events } = filed;
  const key = { applicantIin: state.applicant.iin, serviceCode, subject: applicationSubject(serviceCode, state.formData) };
  const duplicate = await app.db.transaction(async (tx) => {
    const { heldBy } = await claimOpenApplication(tx, key, state.id);
    if (heldBy) {
      const duplicateId = await linkDuplicateApplication(tx, {
        ...key,
        firstCaseId: heldBy,
        channel: state.channel,
        providerId: provider.id,
        receivedBy: staff.id,
        attemptedAt: state.filedAt,
      });
      return { existingCaseId: heldBy, duplicateId };
    }
    await insertCase(tx, state, serviceCode, events);
    return null;
  });
  if (duplicate) {
    throw new AppError('DUPLICATE_APPLICATION', `${key.applicantIin} already has open case ${duplicate.existingCaseId} for ${serviceCode}`, duplicate);
  }
}
