/**
 * Fills the persons database (ГБД ФЛ stand-in) with a synthetic population: valid, unique IINs, Kazakh and Russian
 * names, addresses down to the village, households with spouse/parent/child links. Deterministic: the same --seed
 * and --born-before give the same persons. Writes to the configured database (DATABASE_URL, else PGlite in
 * QYZMET_DATA_DIR), migrating it first.
 *
 *   npx tsx scripts/generate-population.ts --count 5000                 # demo
 *   npx tsx scripts/generate-population.ts --count 1000000 --seed bench # benchmark
 */
import { parseArgs } from 'node:util';
import { migrate } from '../src/adapters/db/migrate.ts';
import { loadPopulation } from '../src/adapters/registries/load-population.ts';
import { openDatabase } from '../src/composition/open-app.ts';
import { loadConfig } from '../src/config/config.ts';

const USAGE = 'usage: generate-population --count N [--seed TEXT] [--batch N] [--born-before YYYY-MM-DD]';

function wholeNumber(name: string, value: string | undefined, fallback?: number): number {
  const number = value === undefined ? fallback : Number(value);
  if (number === undefined || !Number.isInteger(number) || number < 1) {
    console.error(`--${name} must be a whole number ≥ 1\n${USAGE}`);
    process.exit(2);
  }
  return number;
}

const { values } = parseArgs({
  options: {
    count: { type: 'string' },
    seed: { type: 'string', default: 'qyzmet' },
    batch: { type: 'string' },
    'born-before': { type: 'string', default: '2026-01-01' },
  },
});
const count = wholeNumber('count', values.count);
const batchSize = wholeNumber('batch', values.batch, 10_000);
const bornBefore = values['born-before'];
if (!/^\d{4}-\d{2}-\d{2}$/.test(bornBefore)) {
  console.error(`--born-before must be YYYY-MM-DD\n${USAGE}`);
  process.exit(2);
}

const db = await openDatabase(loadConfig());
try {
  await migrate(db);
  const started = performance.now();
  let lastPrinted = 0;
  // A server writes two batches at once; the embedded PGlite has one connection.
  const parallelBatches = db.engine === 'postgres' ? 2 : 1;
  const report = await loadPopulation(db, { count, seed: values.seed, bornBefore, batchSize, parallelBatches }, (soFar) => {
    if (soFar.personsGenerated - lastPrinted >= 100_000) {
      lastPrinted = soFar.personsGenerated;
      console.log(`${soFar.personsGenerated} persons, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${db.engine}: ${report.personsInserted} of ${report.personsGenerated} persons inserted (${report.personsGenerated - report.personsInserted} already there), ` +
      `${report.linksInserted} family links, in ${seconds.toFixed(1)} s ` +
      `(of which generating ${(report.generateMs / 1000).toFixed(1)} s; ${Math.round(report.personsGenerated / seconds)} persons/s)`,
  );
} finally {
  await db.close();
}
