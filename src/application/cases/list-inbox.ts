import { countInbox, listInbox as queryInbox, type InboxQuery } from '../../adapters/db/case-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { AppContext } from '../app-context.ts';
import { remainingMinutes } from './case-view.ts';

export interface InboxPage {
  readonly limit: number;
  readonly offset: number;
  readonly search?: string | undefined;
}

/**
 * One page of the open cases waiting for this person's role at their provider, soonest due first (an executor sees
 * their own), with the total under the same search.
 */
export async function listInbox(app: AppContext, staff: StaffMember, page: InboxPage) {
  if (!staff.providerId) return { items: [], total: 0, limit: page.limit, offset: page.offset };
  const now = app.clock();
  const query: InboxQuery = {
    providerId: staff.providerId,
    role: staff.role,
    ...(staff.role === 'executor' ? { executorId: staff.id } : {}),
    ...(page.search ? { search: page.search } : {}),
    limit: page.limit,
    offset: page.offset,
  };
  const [rows, total] = await Promise.all([queryInbox(app.db, query), countInbox(app.db, query)]);
  const items = rows.map((row) => {
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
      reworkReason: row.rework_reason ?? null,
    };
  });
  return { items, total, limit: page.limit, offset: page.offset };
}
