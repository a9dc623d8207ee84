import { z } from 'zod';
import type { SqlExecutor } from '../db/database.ts';
import { AppError } from '../../core/errors/app-error.ts';
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

/**
 * Which implementation answers. Only `local` exists: the e-gov gateway client for the real ГБД ФЛ and the AIS is not
 * built (it needs the gateway's contract and credentials), so any other value stops start-up instead of pretending.
 * TODO(#6): move QYZMET_PERSONS_REGISTRY into src/config/config.ts with the other variables.
 */
const ZRegistryEnvironment = z.object({
  /** The persons database (ГБД ФЛ): `local` = our own tables, filled by demo data or scripts/generate-population.ts. */
  QYZMET_PERSONS_REGISTRY: z.enum(['local'], { message: 'only "local" exists; the e-gov gateway client is not built' }).default('local'),
});

export interface RegistryConfig {
  readonly persons: 'local';
}

export function loadRegistryConfig(environment: Readonly<Record<string, string | undefined>>): RegistryConfig {
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = ZRegistryEnvironment.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'QYZMET_PERSONS_REGISTRY');
    throw new AppError('CONFIG_INVALID', `configuration: ${variable}: ${issue?.message}`, { field: variable, reason: issue?.message ?? 'invalid' });
  }
  return { persons: parsed.data.QYZMET_PERSONS_REGISTRY };
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
