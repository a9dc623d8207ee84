import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { Database } from '../adapters/db/database.ts';
import { migrate } from '../adapters/db/migrate.ts';
import { openPgliteDatabase } from '../adapters/db/pglite-database.ts';
import { openPostgresDatabase } from '../adapters/db/postgres-database.ts';
import { loadRegulationFiles } from '../adapters/regulations/load-regulation-files.ts';
import type { AppContext } from '../application/app-context.ts';
import { RegulationCatalog } from '../application/regulation-catalog.ts';
import { readHolidayCalendarJson } from '../adapters/calendar/load-holiday-calendar.ts';
import type { Provider } from '../adapters/db/provider-store.ts';
import type { DeadlineCalculator } from '../core/calendar/deadline-calculator.ts';
import { createKazakhstanDeadlineCalculator } from '../core/calendar/index.ts';
import { ZRegion } from '../core/regulation/schema.ts';
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
  const holidayCalendarJson = await readHolidayCalendarJson(config.calendarFile);
  // One calculator per region: the time zone is the region's, the holidays the country's, the hours our default.
  const calculators = new Map<string, DeadlineCalculator>();
  const calendarFor = (provider: Provider): DeadlineCalculator => {
    let calculator = calculators.get(provider.region);
    if (!calculator) {
      calculator = createKazakhstanDeadlineCalculator({ region: ZRegion.parse(provider.region), holidayCalendarJson });
      calculators.set(provider.region, calculator);
    }
    return calculator;
  };
  return {
    db,
    catalog,
    clock: overrides.clock ?? (() => new Date()),
    calendarFor,
    newId: randomUUID,
    sessionHours: config.sessionHours,
    stepEffects: [],
  };
}
