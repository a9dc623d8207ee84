import type { SqlExecutor } from './database.ts';

export interface ReadingChoice {
  readonly contradictionId: string;
  readonly readingId: string;
  readonly chosenBy: string;
  readonly chosenAt: string;
  readonly reason: string;
}

interface Row {
  contradiction_id: string;
  reading_id: string;
  chosen_by: string;
  chosen_at: Date | string;
  reason: string;
}

/** The administrator's latest choice per contradiction of one regulation version (none: the definition's `chosen`). */
export async function latestReadingChoices(db: SqlExecutor, regulationId: string): Promise<ReadingChoice[]> {
  const rows = await db.execute<Row>(
    `select c.contradiction_id, c.reading_id, c.chosen_by, c.chosen_at, c.reason
       from regulation_reading_choices c
      where c.regulation_id = $1
        and c.id = (select max(l.id) from regulation_reading_choices l where l.regulation_id = c.regulation_id and l.contradiction_id = c.contradiction_id)
      order by c.contradiction_id`,
    [regulationId],
  );
  return rows.map((r) => ({ contradictionId: r.contradiction_id, readingId: r.reading_id, chosenBy: r.chosen_by, chosenAt: new Date(r.chosen_at).toISOString(), reason: r.reason }));
}

export async function recordReadingChoice(db: SqlExecutor, regulationId: string, choice: ReadingChoice): Promise<void> {
  await db.execute(
    'insert into regulation_reading_choices (regulation_id, contradiction_id, reading_id, chosen_by, chosen_at, reason) values ($1, $2, $3, $4, $5, $6)',
    [regulationId, choice.contradictionId, choice.readingId, choice.chosenBy, choice.chosenAt, choice.reason],
  );
}
