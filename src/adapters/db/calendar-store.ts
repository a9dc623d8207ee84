import type { SqlExecutor } from './database.ts';

/** The holiday calendar's versions: each edit kept with who made it, when and why. */
export async function latestCalendarVersion(db: SqlExecutor): Promise<{ version: number; data: unknown } | undefined> {
  const [latest] = await db.execute<{ version: number; data: unknown }>('select version, data from calendar_versions order by version desc limit 1');
  return latest;
}

/** The next version number, with the table locked so concurrent edits never collide (hold it until commit). */
export async function lockNextCalendarVersion(tx: SqlExecutor): Promise<number | undefined> {
  await tx.execute('lock table calendar_versions in exclusive mode');
  const [row] = await tx.execute<{ next: number }>('select coalesce(max(version), 0) + 1 as next from calendar_versions');
  return row?.next;
}

export async function insertCalendarVersion(tx: SqlExecutor, edit: { version: number; data: unknown; changedBy: string; changedAt: string; reason: string }): Promise<void> {
  await tx.execute('insert into calendar_versions (version, data, changed_by, changed_at, reason) values ($1, $2, $3, $4, $5)', [
    edit.version,
    JSON.stringify(edit.data),
    edit.changedBy,
    edit.changedAt,
    edit.reason,
  ]);
}

export async function calendarChanges(db: SqlExecutor): Promise<{ version: number; changed_by: string; changed_at: Date; reason: string }[]> {
  return db.execute<{ version: number; changed_by: string; changed_at: Date; reason: string }>('select version, changed_by, changed_at, reason from calendar_versions order by version desc');
}
