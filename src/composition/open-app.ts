import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { Database } from '../adapters/db/database.ts';
import { migrate } from '../adapters/db/migrate.ts';
import { openPgliteDatabase } from '../adapters/db/pglite-database.ts';
import { openPostgresDatabase } from '../adapters/db/postgres-database.ts';
import { loadRegulationFiles } from '../adapters/regulations/load-regulation-files.ts';
import type { AppContext } from '../application/app-context.ts';
import { RegulationCatalog } from '../application/regulation-catalog.ts';
import { createWeekdayCalculator, DEFAULT_WEEKDAY_OPTIONS } from '../core/calendar/weekday-calculator.ts';
import type { Config } from '../config/config.ts';

export async function openDatabase(config: Config): Promise<Database> {
  if (config.database.kind === 'postgres') return openPostgresDatabase({ connectionString: config.database.url });
  await mkdir(config.database.dataDir, { recursive: true });
  return openPgliteDatabase(config.database.dataDir);
}

/** Builds the application context: database (migrated), regulation catalog, calendar and clock. */
export async function openApp(config: Config, overrides: { db?: Database; clock?: () => Date } = {}): Promise<AppContext> {
  const db = overrides.db ?? (await openDatabase(config));
  await migrate(db);
  const catalog = new RegulationCatalog(await loadRegulationFiles(config.regulationsDir));
  // Until the Kazakh working calendar lands (issue #4) every provider works Mon–Fri in UTC+5.
  const calendar = createWeekdayCalculator(DEFAULT_WEEKDAY_OPTIONS);
  return {
    db,
    catalog,
    clock: overrides.clock ?? (() => new Date()),
    calendarFor: () => calendar,
    newId: randomUUID,
    sessionHours: config.sessionHours,
    stepEffects: [],
  };
}
