import { listDuplicatesOf, type DuplicateView } from '../../adapters/db/application-claims-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { AppContext } from '../app-context.ts';
import { loadVisibleCase } from '../cases/load-case.ts';

/** The repeated applications linked to a case the staff member may see. */
export async function listDuplicates(app: AppContext, staff: StaffMember, caseId: string): Promise<DuplicateView[]> {
  await loadVisibleCase(app.db, staff, caseId);
  return listDuplicatesOf(app.db, caseId);
}
