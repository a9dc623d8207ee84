import { listInbox as queryInbox } from '../../adapters/db/case-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { AppContext } from '../app-context.ts';
import { remainingMinutes } from './case-view.ts';

/** The open cases waiting for this person's role at their provider, soonest due first; an executor sees their own. */
export async function listInbox(app: AppContext, staff: StaffMember, limit: number) {
  if (!staff.providerId) return [];
  const now = app.clock();
  const rows = await queryInbox(app.db, {
    providerId: staff.providerId,
    role: staff.role,
    ...(staff.role === 'executor' ? { executorId: staff.id } : {}),
    limit,
  });
  return rows.map((row) => {
    const dueAt = row.open_step_due_at?.toISOString() ?? null;
    const remaining = remainingMinutes(dueAt, now);
    return {
      caseId: row.id,
      version: row.version,
      regulationId: row.regulation_id,
      serviceName: app.catalog.get(row.regulation_id).service.name,
      channel: row.channel,
      applicantIin: row.applicant_iin,
      status: row.status,
      journalNumber: row.journal_number,
      openStepId: row.open_step_id,
      dueAt,
      remainingMinutes: remaining,
      overdue: remaining !== null && remaining < 0,
      filedAt: row.filed_at.toISOString(),
      overallDueAt: row.overall_due_at?.toISOString() ?? null,
    };
  });
}
