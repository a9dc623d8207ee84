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
