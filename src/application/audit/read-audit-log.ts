import { readAuditPage, readsOfPerson, type ReadAuditQuery, type ReadAuditRow } from '../../adapters/db/audit-store.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { READ_AUDIT_CSV_HEADERS, READ_OBJECT_LABELS, READ_PURPOSE_LABELS, STAFF_ROLE_LABELS } from '../../core/audit/read-audit-labels.ts';
import type { ReadObjectKind, ReadPurpose } from '../../core/audit/read-purposes.ts';
import { parseIsoDate } from '../../core/calendar/civil-date.ts';
import { endOfLocalDay, startOfLocalDay, timeZoneOfRegion } from '../../core/calendar/time-zones.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Language, Text } from '../../core/i18n/text.ts';
import { REGIONS } from '../../core/regulation/schema.ts';
import type { AppContext } from '../app-context.ts';

export interface ReadAuditFilter {
  /** First and last local day of the period (YYYY-MM-DD, the region's time zone), both included. */
  readonly from: string;
  readonly to: string;
  /** An administrator's choice; a supervisor always sees the reads by staff of their own region. */
  readonly region?: string | undefined;
  readonly iin?: string | undefined;
  /** The reader's login (or staff id). */
  readonly staff?: string | undefined;
  readonly page: number;
  readonly pageSize: number;
}

export interface ReadAuditEntry {
  readonly id: string;
  readonly at: string;
  readonly staff: { readonly id: string; readonly login: string; readonly fullName: string; readonly role: string };
  readonly organisation: Text | null;
  readonly region: string | null;
  readonly subjectIin: string;
  readonly objectKind: ReadObjectKind;
  readonly objectId: string;
  readonly purpose: ReadPurpose;
}

const toEntry = (row: ReadAuditRow): ReadAuditEntry => ({
  id: String(row.id),
  at: new Date(row.at).toISOString(),
  staff: { id: row.staff_id, login: row.login, fullName: row.full_name, role: row.staff_role },
  organisation: row.provider_name,
  region: row.region,
  subjectIin: row.subject_iin,
  objectKind: row.object_kind,
  objectId: row.object_id,
  purpose: row.purpose,
});

function queryOf(viewer: StaffMember, filter: ReadAuditFilter): ReadAuditQuery {
  const region = viewer.role === 'supervisor' ? viewer.region : filter.region;
  if (viewer.role === 'supervisor' && !region) throw new AppError('FORBIDDEN_ROLE', `supervisor ${viewer.id} has no region`, { requiredRole: 'supervisor of a region', actualRole: viewer.role });
  if (viewer.role !== 'supervisor' && viewer.role !== 'admin') throw new AppError('FORBIDDEN_ROLE', `${viewer.role} may not read the read audit`, { requiredRole: 'supervisor | admin', actualRole: viewer.role });
  const zone = timeZoneOfRegion((region && (REGIONS as readonly string[]).includes(region) ? region : 'zhambyl') as (typeof REGIONS)[number]);
  return {
    fromAt: new Date(startOfLocalDay(zone, parseIsoDate(filter.from))).toISOString(),
    toAt: new Date(endOfLocalDay(zone, parseIsoDate(filter.to)) + 1).toISOString(),
    region,
    iin: filter.iin,
    staff: filter.staff,
  };
}

/** One page of the reads the viewer may see, newest first, and how many there are in all. */
export async function listReadAudit(app: Pick<AppContext, 'db'>, viewer: StaffMember, filter: ReadAuditFilter): Promise<{ items: ReadAuditEntry[]; total: number; page: number; pageSize: number }> {
  const { rows, total } = await readAuditPage(app.db, queryOf(viewer, filter), filter.page, filter.pageSize);
  return { items: rows.map(toEntry), total, page: filter.page, pageSize: filter.pageSize };
}

/** Most rows one CSV export carries; a longer period is exported in parts. */
export const READ_AUDIT_CSV_MAX_ROWS = 50_000;

const csvField = (value: string): string => (/[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The same filter as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Kazakh and Russian letters),
 * headers and labels in the requested language, times in UTC ISO 8601.
 */
export async function readAuditCsv(app: Pick<AppContext, 'db'>, viewer: StaffMember, filter: Omit<ReadAuditFilter, 'page' | 'pageSize'>, language: Language): Promise<string> {
  const { items } = await listReadAudit(app, viewer, { ...filter, page: 1, pageSize: READ_AUDIT_CSV_MAX_ROWS });
  const lines = [READ_AUDIT_CSV_HEADERS.map((header) => csvField(header[language])).join(',')];
  for (const entry of items) {
    lines.push(
      [
        entry.at,
        entry.staff.fullName,
        entry.staff.login,
        STAFF_ROLE_LABELS[entry.staff.role]?.[language] ?? entry.staff.role,
        entry.organisation?.[language] ?? '',
        entry.subjectIin,
        READ_OBJECT_LABELS[entry.objectKind][language],
        entry.objectId,
        READ_PURPOSE_LABELS[entry.purpose]?.[language] ?? entry.purpose,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export interface CitizenReadEntry {
  readonly at: string;
  readonly staffName: string;
  readonly role: string;
  readonly organisation: Text | null;
  readonly region: string | null;
  readonly objectKind: ReadObjectKind;
  readonly purpose: ReadPurpose;
}

/** Who looked at the citizen's data and when (newest first): name, position and organisation of each reader. */
export async function citizenReadLog(app: Pick<AppContext, 'db'>, iin: string, limit = 200): Promise<CitizenReadEntry[]> {
  const rows = await readsOfPerson(app.db, iin, limit);
  return rows.map((row) => ({
    at: new Date(row.at).toISOString(),
    staffName: row.full_name,
    role: row.staff_role,
    organisation: row.provider_name,
    region: row.region,
    objectKind: row.object_kind,
    purpose: row.purpose,
  }));
}
