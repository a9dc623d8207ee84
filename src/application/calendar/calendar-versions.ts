import { calendarChanges, insertCalendarVersion, latestCalendarVersion, lockNextCalendarVersion } from '../../adapters/db/calendar-store.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { checkHolidayCalendar } from '../../core/calendar/holiday-calendar-schema.ts';
import { fieldRefusal } from '../../core/errors/validation-reasons.ts';
import type { AppContext } from '../app-context.ts';

/** Loads the newest calendar edit from the database into the source (other processes' edits arrive this way). */
export async function refreshCalendar(app: AppContext, db: SqlExecutor = app.db): Promise<void> {
  const latest = await latestCalendarVersion(db);
  if (!latest || latest.version <= app.calendar.version) return;
  const checked = checkHolidayCalendar(latest.data);
  if (checked.ok) app.calendar.replace(checked.data, latest.version);
}

/** An administrator replaces the calendar data; the edit is kept with who made it, when and why. */
export async function replaceCalendar(app: AppContext, staff: StaffMember, data: unknown, reason: string): Promise<number> {
  const checked = checkHolidayCalendar(data);
  if (!checked.ok) {
    const [first] = checked.issues;
    // The place in the calendar data and what is wrong there, in the administrator's language (issue #17).
    const path = first?.path ?? '(root)';
    const reason = first?.reasonText ?? { kk: 'мәні дұрыс емес', ru: 'неверное значение', en: 'invalid value' };
    throw fieldRefusal(`body.data.${path}`, reason, `calendar: ${path}: ${reason.en}`, { kk: `күнтізбе деректері, ${path}`, ru: `данные календаря, ${path}`, en: `calendar data, ${path}` });
  }
  const version = await app.db.transaction(async (tx) => {
    // The lock serializes concurrent edits so version numbers never collide.
    const next = Math.max((await lockNextCalendarVersion(tx)) ?? 1, app.calendar.version + 1);
    await insertCalendarVersion(tx, { version: next, data: checked.data, changedBy: staff.id, changedAt: app.clock().toISOString(), reason });
    return next;
  });
  app.calendar.replace(checked.data, version);
  return version;
}

export async function listCalendarChanges(db: SqlExecutor) {
  const rows = await calendarChanges(db);
  return rows.map((r) => ({ version: r.version, changedBy: r.changed_by, changedAt: r.changed_at.toISOString(), reason: r.reason }));
}
