import type { SqlExecutor } from '../db/database.ts';
import { generatePopulation, type PopulationOptions } from '../../core/registries/population/generate-population.ts';
import { insertPersons } from './persons-bulk-insert.ts';

export interface PopulationLoadReport {
  readonly personsGenerated: number;
  /** Fewer than generated when some IINs were already in the registry (they are left as they are). */
  readonly personsInserted: number;
  readonly linksInserted: number;
  readonly generateMs: number;
}

/**
 * Generates a synthetic population and writes it batch by batch (see persons-bulk-insert.ts), with up to
 * `parallelBatches` statements in flight: a PostgreSQL server writes two batches on two cores; PGlite has one
 * connection and gains nothing from more than 1. Batches hold whole households, so their order does not matter.
 */
export async function loadPopulation(
  db: SqlExecutor,
  options: PopulationOptions & { readonly parallelBatches?: number },
  onBatch: (soFar: PopulationLoadReport) => void = () => {},
): Promise<PopulationLoadReport> {
  const report = { personsGenerated: 0, personsInserted: 0, linksInserted: 0, generateMs: 0 };
  const inFlight = new Set<Promise<void>>();
  const batches = generatePopulation(options);
  for (;;) {
    const generateStart = performance.now();
    const next = batches.next();
    report.generateMs += performance.now() - generateStart;
    if (next.done) break;
    const batch = next.value;
    const write: Promise<void> = insertPersons(db, batch.persons, batch.links).then((written) => {
      report.personsGenerated += batch.persons.length;
      report.personsInserted += written.persons;
      report.linksInserted += written.links;
      inFlight.delete(write);
      onBatch({ ...report });
    });
    inFlight.add(write);
    if (inFlight.size >= (options.parallelBatches ?? 1)) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { ...report };
}
