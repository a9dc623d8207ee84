import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RegulationImporter } from '../../src/core/importer/import-contract.ts';
import { REGULATIONS_DIR, SEEDS_DIR } from './paths.ts';

/** The hand-made Zhambyl job-seeker version (it cites seed 000 only) and the text it cites. */
export const FIXTURE_BASE_ID = 'zhambyl-2017-231-job-seeker-registration';
export const FIXTURE_SEED_FILE = '000_88b275066dc75452.txt';
export const FIXTURE_NEW_ID = 'zhambyl-2021-999-job-seeker-registration';
export const fixtureSeedText = (): string => readFileSync(path.join(SEEDS_DIR, FIXTURE_SEED_FILE), 'utf8');

function renameSeeds(value: unknown, fileName: string): unknown {
  if (Array.isArray(value)) return value.map((v) => renameSeeds(v, fileName));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'seed' ? fileName : renameSeeds(v, fileName)]));
}

/**
 * A fixed importer for tests of review and publish (the real one is issue #20's importer): it answers the Zhambyl
 * job-seeker version as a new edition (act No 999 of 2021, not repealed), cited into the uploaded text, with one
 * figure misread — the clerk's 20 minutes read as 2 — and one line it could not place, so a test has something to
 * correct. Only the text of seed 000 makes its citations hold.
 */
export const fixedImporter: RegulationImporter = (input) => {
  const base = JSON.parse(readFileSync(path.join(REGULATIONS_DIR, `${FIXTURE_BASE_ID}.json`), 'utf8')) as Record<string, any>;
  const draft = renameSeeds(base, input.fileName) as Record<string, any>;
  draft.id = FIXTURE_NEW_ID;
  draft.act = { ...draft.act, date: '2021-03-19', number: '999', justiceRegistration: null, amends: [], repealedBy: null };
  draft.steps[0].limit.value = 2;
  const lines = input.text.split('\n');
  const line = lines.findIndex((l) => l.trim().length > 0) + 1;
  return { regulations: [draft], unresolved: [{ line, text: lines[line - 1] ?? '', reason: 'a heading the importer does not place' }] };
};
