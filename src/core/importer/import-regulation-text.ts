import type { ImportInput, ImportResult } from './import-contract.ts';

/** The importer's entry point (issue #20). Placeholder until the importer branch lands; it is replaced there. */
export function importRegulationText(input: ImportInput): ImportResult {
  throw new Error(`importer not built yet (${input.fileName})`);
}
