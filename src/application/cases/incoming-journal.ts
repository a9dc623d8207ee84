import { journalPage } from '../../adapters/db/case-store.ts';
import { findProvider } from '../../adapters/db/provider-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { parseIsoDate } from '../../core/calendar/civil-date.ts';
import { endOfLocalDay, startOfLocalDay, timeZoneOfRegion } from '../../core/calendar/time-zones.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { AppContext } from '../app-context.ts';
import { caseListRow } from './case-list-row.ts';

export interface JournalQuery {
  /** First and last local calendar day (YYYY-MM-DD, the provider's time zone) of registration; either may be absent. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly limit: number;
  readonly offset: number;
}

/**
 * The provider's incoming registration journal: every case the office registered (the register step took a journal
 * number, `complete-step.ts`), in journal order, with the registration time from the `incomingRegistered` event.
 * The range is in the provider's local days, as the paper journal is kept; the answer is one page of it with the total
 * (the paged-list shape of GET /api/inbox). Only the provider's clerks and head keep
 * it; the cases of other providers never appear.
 */
export async function listIncomingJournal(app: AppContext, staff: StaffMember, query: JournalQuery) {
  if (!staff.providerId || (staff.role !== 'clerk' && staff.role !== 'head')) {
    throw new AppError('FORBIDDEN_ROLE', `${staff.role} ${staff.id} keeps no incoming journal`, { requiredRole: 'clerk | head', actualRole: staff.role });
  }
  const provider = await findProvider(app.db, staff.providerId);
  if (!provider) throw new Error(`staff ${staff.id} names missing provider ${staff.providerId}`);
  const timeZone = timeZoneOfRegion(provider.region);
  const fromIso = query.from ? new Date(startOfLocalDay(timeZone, parseIsoDate(query.from))).toISOString() : null;
  const toIso = query.to ? new Date(endOfLocalDay(timeZone, parseIsoDate(query.to))).toISOString() : null;

  const { rows, total } = await journalPage(app.db, { providerId: provider.id, fromAt: fromIso, toAt: toIso, limit: query.limit, offset: query.offset });
  const items = rows.map((row) => ({
    ...caseListRow(app, row),
    journalNumber: row.journal_number,
    registeredAt: new Date(row.registered_at).toISOString(),
    status: row.status,
  }));
  return { providerId: provider.id, from: query.from ?? null, to: query.to ?? null, items, total, limit: query.limit, offset: query.offset };
}
