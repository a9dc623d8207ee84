import type { SqlExecutor } from '../db/database.ts';
import type { LabourMarketRegistry } from '../../core/ports/labour-market-registry.ts';
import type { PersonsRegistry } from '../../core/ports/persons-registry.ts';
import type { RegistryRecords } from '../../core/ports/registry-records.ts';
import { createLocalLabourMarketRegistry } from './local-labour-market-registry.ts';
import { createLocalPersonsRegistry } from './local-persons-registry.ts';
import { createLocalRegistryRecords } from './local-registry-records.ts';

/**
 * The registries the use cases talk to, each opened on the executor it runs on: the local ones are tables in our
 * database, so inside a step they must use the step's transaction (PGlite has one connection: a query beside an open
 * transaction would wait for it forever).
 */
export interface Registries {
  /** Which implementations answer; logged at start-up. */
  readonly kind: 'local';
  readonly persons: (db: SqlExecutor) => PersonsRegistry;
  readonly labourMarket: (tx: SqlExecutor) => LabourMarketRegistry;
  readonly records: (tx: SqlExecutor) => RegistryRecords;
}

/** Which implementation answers: QYZMET_PERSONS_REGISTRY, validated with the rest of the configuration (src/config/config.ts). */
export interface RegistryConfig {
  readonly persons: 'local';
}

const LOCAL_REGISTRIES: Registries = {
  kind: 'local',
  persons: createLocalPersonsRegistry,
  labourMarket: createLocalLabourMarketRegistry,
  records: createLocalRegistryRecords,
};

/** The registries for a configuration. */
export function chooseRegistries(config: RegistryConfig): Registries {
  switch (config.persons) {
    case 'local':
      return LOCAL_REGISTRIES;
  }
}

/** One line for the start-up log: which registry implementations answer. */
export function describeRegistries(registries: Registries): string {
  return `registries: ${registries.kind} (persons database, labour-market AIS and service records are tables in this database)`;
}
