import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../src/adapters/db/database.ts';
import { openPgliteDatabase } from '../../src/adapters/db/pglite-database.ts';
import { openPostgresDatabase } from '../../src/adapters/db/postgres-database.ts';
import type { AppContext } from '../../src/application/app-context.ts';
import { openApp } from '../../src/composition/open-app.ts';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { LEVER_VARIABLES } from './levers.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where one phase's database is: a schema of the benchmark's PostgreSQL server, or a PGlite directory. */
export type DbLocation =
  | { readonly kind: 'postgres'; readonly url: string; readonly schema: string }
  | { readonly kind: 'pglite'; readonly dir: string };

export async function openLocation(location: DbLocation, maxConnections: number, levers: Readonly<Record<string, string>> = {}): Promise<Database> {
  return location.kind === 'postgres'
    ? openPostgresDatabase({ connectionString: location.url, schema: location.schema, maxConnections, preparedStatements: benchConfig(levers).preparedStatements })
    : openPgliteDatabase(location.dir);
}

/** Every PGlite directory made and not yet removed, so an interrupted run can remove them on its way out. */
const liveDirs = new Set<string>();

export function removeTemporaryDirsNow(): void {
  for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
  liveDirs.clear();
}

/** Fresh places for the phases of one database kind; `dispose` removes what it made (PGlite directories). */
export class PhaseDatabases {
  private readonly dirs: string[] = [];

  constructor(
    readonly kind: 'postgres' | 'pglite',
    private readonly postgresUrl: string | null,
  ) {}

  async fresh(phase: string): Promise<DbLocation> {
    if (this.kind === 'postgres') {
      const schema = `bench_${phase}`;
      const db = await openPostgresDatabase({ connectionString: this.postgresUrl!, maxConnections: 1 });
      await db.exec(`drop schema if exists ${schema} cascade`);
      await db.close();
      return { kind: 'postgres', url: this.postgresUrl!, schema };
    }
    // On disk, as `npm start` keeps it, not in memory.
    const dir = await mkdtemp(path.join(os.tmpdir(), `qyzmet-bench-pglite-${phase}-`));
    this.dirs.push(dir);
    liveDirs.add(dir);
    return { kind: 'pglite', dir };
  }

  async dispose(): Promise<void> {
    for (const dir of this.dirs) {
      await rm(dir, { recursive: true, force: true });
      liveDirs.delete(dir);
    }
  }
}

/**
 * The benchmark's configuration: this repository's regulations and calendar, and the levers' variables (levers.ts)
 * from this process's environment, overridden by `levers` (the engine's lever runs pass theirs here).
 */
export function benchConfig(levers: Readonly<Record<string, string>> = {}): Config {
  const fromEnvironment = Object.fromEntries(LEVER_VARIABLES.filter((name) => process.env[name] !== undefined).map((name) => [name, process.env[name]]));
  return loadConfig({
    ...fromEnvironment,
    ...levers,
    QYZMET_REGULATIONS_DIR: path.join(REPO_ROOT, 'regulations'),
    QYZMET_CALENDAR_FILE: path.join(REPO_ROOT, 'calendar', 'kz-holidays.json'),
    LOG_LEVEL: 'silent',
    // The seeds' acts are all repealed: the benchmark files under them as the demo does (filing-policy.ts).
    QYZMET_FILING_POLICY: 'demonstration',
    // The portal surge hands its app processes the CA they trust (bench/surge/portal-submitter.ts).
    ...(process.env.QYZMET_PKI_DIR ? { QYZMET_PKI_DIR: process.env.QYZMET_PKI_DIR } : {}),
    QYZMET_EDS_VERIFICATION: process.env.QYZMET_EDS_VERIFICATION ?? 'off',
  });
}

/** The application context over a database, with this repository's regulations and calendar (migrates it). */
export function openBenchApp(db: Database, clock?: () => Date, levers: Readonly<Record<string, string>> = {}): Promise<AppContext> {
  const config = benchConfig(levers);
  return openApp(config, clock ? { db, clock } : { db });
}
