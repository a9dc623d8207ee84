import type { CaseState } from '../../core/case/case-state.ts';
import type { Text } from '../../core/i18n/text.ts';
import type { SqlExecutor } from './database.ts';
import { queries } from './query-builder.ts';

export interface Provider {
  readonly id: string;
  readonly code: string;
  readonly region: string;
  readonly bin: string;
  readonly name: Text;
  readonly kind: 'provider' | 'ruralAkim' | 'stateCorporation';
  /** The provider's own hours (weekday → intervals), or null for the default state office day. */
  readonly working_hours: object | null;
}

export async function findProvider(db: SqlExecutor, providerId: string): Promise<Provider | null> {
  const [row] = await db.query(queries.selectFrom('providers').selectAll().where('id', '=', providerId).compile());
  return row ?? null;
}

export async function listProviders(db: SqlExecutor): Promise<Provider[]> {
  return db.query(queries.selectFrom('providers').selectAll().orderBy('region').orderBy('id').compile());
}

/**
 * A case's state with its provider in one round trip: every command reads both before it decides (issue #9: the
 * engine's cost is dominated by round trips).
 */
export async function findCaseStateWithProvider(db: SqlExecutor, caseId: string): Promise<{ state: CaseState; provider: Provider | null } | null> {
  const [row] = await db.query(
    queries
      .selectFrom('cases')
      .leftJoin('providers', 'providers.id', 'cases.provider_id')
      .select([
        'cases.state',
        'providers.id as provider_id',
        'providers.code',
        'providers.region',
        'providers.bin',
        'providers.name',
        'providers.kind',
        'providers.working_hours',
      ])
      .where('cases.id', '=', caseId)
      .compile(),
  );
  if (!row) return null;
  const provider =
    row.provider_id === null
      ? null
      : { id: row.provider_id, code: row.code!, region: row.region!, bin: row.bin!, name: row.name!, kind: row.kind!, working_hours: row.working_hours ?? null };
  return { state: row.state, provider };
}
