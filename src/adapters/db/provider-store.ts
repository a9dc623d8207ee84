import type { CaseState } from '../../core/case/case-state.ts';
import { ZWorkingHoursSpec } from '../../core/calendar/working-hours.ts';
import type { Text } from '../../core/i18n/text.ts';
import type { Provider } from '../../core/org/provider.ts';
import { ZRegion } from '../../core/regulation/schema.ts';
import type { SqlExecutor } from './database.ts';
import { queries } from './query-builder.ts';

export interface ProviderRow {
  readonly id: string;
  readonly code: string;
  readonly region: string;
  readonly bin: string;
  readonly name: Text;
  readonly kind: Provider['kind'];
  readonly working_hours: object | null;
}

/** The row's region and working hours are checked here, once, so the use cases get them typed. */
export function toProvider(row: ProviderRow): Provider {
  return {
    id: row.id,
    code: row.code,
    region: ZRegion.parse(row.region),
    bin: row.bin,
    name: row.name,
    kind: row.kind,
    workingHours: row.working_hours === null ? null : ZWorkingHoursSpec.parse(row.working_hours),
  };
}

export async function findProvider(db: SqlExecutor, providerId: string): Promise<Provider | null> {
  const [row] = await db.query(queries.selectFrom('providers').selectAll().where('id', '=', providerId).compile());
  return row ? toProvider(row) : null;
}

export async function listProviders(db: SqlExecutor): Promise<Provider[]> {
  const rows = await db.query(queries.selectFrom('providers').selectAll().orderBy('region').orderBy('id').compile());
  return rows.map(toProvider);
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
      : toProvider({ id: row.provider_id, code: row.code!, region: row.region!, bin: row.bin!, name: row.name!, kind: row.kind!, working_hours: row.working_hours ?? null });
  return { state: row.state, provider };
}

/** A region's service providers, for a supervisor's filter; State Corporation offices own no cases, so they are left out. */
export async function listRegionCaseProviders(db: SqlExecutor, region: string): Promise<{ id: string; name: Text }[]> {
  return db.execute<{ id: string; name: Text }>(`select id, name from providers where region = $1 and kind <> 'stateCorporation' order by id`, [region]);
}

/** The first service provider of a region (by id): where a channel's application goes when it names none. */
export async function findFirstRegionProvider(db: SqlExecutor, region: string): Promise<{ id: string } | null> {
  const [row] = await db.execute<{ id: string }>(`select id from providers where region = $1 and kind = 'provider' order by id limit 1`, [region]);
  return row ?? null;
}

/** Adds a provider unless one with its id exists (the demo data; running it again changes nothing). */
export async function insertProviderIfAbsent(db: SqlExecutor, provider: { id: string; code: string; region: string; bin: string; kind: 'provider' | 'ruralAkim' | 'stateCorporation'; name: Text }): Promise<void> {
  await db.query(queries.insertInto('providers').values({ ...provider, name: JSON.stringify(provider.name) }).onConflict((oc) => oc.column('id').doNothing()).compile());
}
