import { listProviders } from '../../adapters/db/provider-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { CaseStatus } from '../../core/case/case-events.ts';
import { caseListScope } from '../../core/access/access-policy.ts';
import { staffPrincipal } from '../../core/access/principal.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { AppContext } from '../app-context.ts';
import { remainingMinutes } from './case-view.ts';
import { recordStaffRead } from '../audit/record-read.ts';

export interface CaseSearchQuery {
  readonly iin?: string | undefined;
  /** Matched whole, whatever the letter case (journal numbers are `<provider code>-<year>-<000001>`). */
  readonly journalNumber?: string | undefined;
  readonly status?: CaseStatus | undefined;
  readonly serviceCode?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

interface SearchRow {
  id: string;
  provider_id: string;
  journal_number: string | null;
  applicant_iin: string;
  applicant_name: string | null;
  regulation_id: string;
  service_code: string;
  channel: string;
  status: CaseStatus;
  open_step_id: string | null;
  open_step_due_at: Date | string | null;
  filed_at: Date | string;
  closed_at: Date | string | null;
}

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/**
 * Finds cases by applicant IIN, journal number, status and service, newest first, within what the person may see
 * (the access policy's `caseListScope`, the same rule as a single case): a provider's staff their provider's cases, a supervisor
 * the cases of the region's providers, an administrator all. A case outside that scope is never in the answer. The
 * answer is one page with the total (the paged-list shape of GET /api/inbox).
 */
export async function searchCases(app: AppContext, staff: StaffMember, query: CaseSearchQuery) {
  const parameters: unknown[] = [];
  const conditions: string[] = [];
  const add = (sql: (placeholder: string) => string, value: unknown) => {
    parameters.push(value);
    conditions.push(sql(`$${parameters.length}`));
  };
  const scope = caseListScope(staffPrincipal(staff));
  if (!scope || scope.kind === 'applicant') {
    throw new AppError('FORBIDDEN_ROLE', `${staff.role} ${staff.id} sees no provider's cases`, { requiredRole: 'clerk | head | executor | supervisor | admin', actualRole: staff.role });
  }
  if (scope.kind === 'region') {
    const inRegion = (await listProviders(app.db)).filter((p) => p.region === scope.region).map((p) => p.id);
    // As JSON text: node-postgres and PGlite pass a JS array differently (db-schema.ts).
    add((p) => `c.provider_id in (select jsonb_array_elements_text(${p}::jsonb))`, JSON.stringify(inRegion));
  } else if (scope.kind === 'provider') {
    add((p) => `c.provider_id = ${p}`, scope.providerId);
  }
  if (query.iin) add((p) => `c.applicant_iin = ${p}`, query.iin);
  if (query.journalNumber) add((p) => `upper(c.journal_number) = ${p}`, query.journalNumber.trim().toUpperCase());
  if (query.status) add((p) => `c.status = ${p}`, query.status);
  if (query.serviceCode) add((p) => `c.service_code = ${p}`, query.serviceCode);
  const from = `from cases c ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}`;
  const [rows, [counted]] = await Promise.all([
    app.db.execute<SearchRow>(
      `select c.id, c.provider_id, c.journal_number, c.applicant_iin, c.state->'applicant'->>'fullName' as applicant_name, c.regulation_id,
              c.service_code, c.channel, c.status, c.open_step_id, c.open_step_due_at, c.filed_at, c.closed_at
         ${from}
        order by c.filed_at desc, c.id
        limit $${parameters.length + 1} offset $${parameters.length + 2}`,
      [...parameters, query.limit, query.offset],
    ),
    app.db.execute<{ total: number | string }>(`select count(*) as total ${from}`, parameters),
  ]);
  // Which cases a person has is the person's data: a search by IIN is a read of it.
  if (query.iin) await recordStaffRead(app, staff, { kind: 'person', id: query.iin, subjectIin: query.iin }, 'case.search-by-iin');
  const now = app.clock();
  const items = rows.map((row) => {
    const dueAt = iso(row.open_step_due_at);
    return {
      caseId: row.id,
      providerId: row.provider_id,
      journalNumber: row.journal_number,
      applicantIin: row.applicant_iin,
      applicantName: row.applicant_name,
      regulationId: row.regulation_id,
      serviceCode: row.service_code,
      serviceName: app.catalog.get(row.regulation_id).service.name,
      channel: row.channel,
      status: row.status,
      openStepId: row.open_step_id,
      dueAt,
      remainingMinutes: remainingMinutes(dueAt, now),
      filedAt: iso(row.filed_at) ?? '',
      closedAt: iso(row.closed_at),
    };
  });
  return { items, total: Number(counted?.total ?? 0), limit: query.limit, offset: query.offset };
}
