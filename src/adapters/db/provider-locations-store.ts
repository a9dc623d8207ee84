import type { SqlExecutor } from './database.ts';
import { queries as q } from './query-builder.ts';

export interface ProviderLocation {
  readonly providerId: string;
  readonly region: string;
  readonly district: string;
  readonly locality: string;
}

/** Providers (not akims, not the State Corporation) with an office in a locality. */
export async function providersAtLocality(db: SqlExecutor, place: { region: string; district: string | null; locality: string }): Promise<string[]> {
  let query = q
    .selectFrom('provider_locations as l')
    .innerJoin('providers as p', 'p.id', 'l.provider_id')
    .select('l.provider_id')
    .where('p.kind', '=', 'provider')
    .where('l.region', '=', place.region)
    .where('l.locality', '=', place.locality);
  if (place.district !== null) query = query.where('l.district', '=', place.district);
  const rows = await db.query(query.orderBy('l.provider_id').compile());
  return rows.map((r) => r.provider_id);
}

/** Records where a provider has an office; running it again changes nothing. */
export async function addProviderLocations(db: SqlExecutor, locations: readonly ProviderLocation[]): Promise<void> {
  if (locations.length === 0) return;
  await db.query(
    q
      .insertInto('provider_locations')
      .values(locations.map((l) => ({ provider_id: l.providerId, region: l.region, district: l.district, locality: l.locality })))
      .onConflict((oc) => oc.doNothing())
      .compile(),
  );
}
