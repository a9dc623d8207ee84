import { searchCasePage, type CaseSearchFilter } from '../../adapters/db/case-store.ts';
import { listProviders } from '../../adapters/db/provider-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { CaseStatus } from '../../core/case/case-events.ts';
import { caseListScope } from '../../core/access/access-policy.ts';
import { staffPrincipal } from '../../core/access/principal.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { AppContext } from '../app-context.ts';
import { caseListRow } from './case-list-row.ts';
import { remainingMinutes } from './case-view.ts';
import { recordStaffRead } from '../audit/record-read.ts';

/** What a search asks for; the journal number is matched whole, whatever the letter case (`<provider code>-<year>-<000001>`). */
export type CaseSearchQuery = Omit<CaseSearchFilter, 'providers' | 'status'> & { readonly status?: CaseStatus | undefined };

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/**
 * Finds cases by applicant IIN, journal number, status and service, newest first, within what the person may see
 * (the access policy's `caseListScope`, the same rule as a single case): a provider's staff their provider's cases, a supervisor
 * the cases of the region's providers, an administrator all. A case outside that scope is never in the answer. The
 * answer is one page with the total (the paged-list shape of GET /api/inbox).
 */
export async function searchCases(app: AppContext, staff: StaffMember, query: CaseSearchQuery) {
  const scope = caseListScope(staffPrincipal(staff));
  if (!scope || scope.kind === 'applicant') {
    throw new AppError('FORBIDDEN_ROLE', `${staff.role} ${staff.id} sees no provider's cases`, { requiredRole: 'clerk | head | executor | supervisor | admin', actualRole: staff.role });
  }
  let providers: CaseSearchFilter['providers'] = null;
  if (scope.kind === 'region') {
    providers = { providerIds: (await listProviders(app.db)).filter((p) => p.region === scope.region).map((p) => p.id) };
  } else if (scope.kind === 'provider') {
    providers = { providerId: scope.providerId };
  }
  const { rows, total } = await searchCasePage(app.db, { ...query, providers });
  // Which cases a person has is the person's data: a search by IIN is a read of it.
  if (query.iin) await recordStaffRead(app, staff, { kind: 'person', id: query.iin, subjectIin: query.iin }, 'case.search-by-iin');
  const now = app.clock();
  const items = rows.map((row) => {
    const dueAt = iso(row.open_step_due_at);
    return {
      ...caseListRow(app, row),
      providerId: row.provider_id,
      journalNumber: row.journal_number,
      status: row.status as CaseStatus,
      openStepId: row.open_step_id,
      dueAt,
      remainingMinutes: remainingMinutes(dueAt, now),
      filedAt: iso(row.filed_at) ?? '',
      closedAt: iso(row.closed_at),
    };
  });
  return { items, total, limit: query.limit, offset: query.offset };
}
