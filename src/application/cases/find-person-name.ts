import type { SqlExecutor } from '../../adapters/db/database.ts';
import { queries } from '../../adapters/db/query-builder.ts';

/** The applicant's full name from the persons database, or null when the person is not there. */
export async function findPersonName(db: SqlExecutor, iin: string): Promise<string | null> {
  const [person] = await db.query(queries.selectFrom('persons').select(['surname', 'given_name', 'patronymic']).where('iin', '=', iin).compile());
  return person ? [person.surname, person.given_name, person.patronymic].filter(Boolean).join(' ') : null;
}
