import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../adapters/db/database.ts';
import { migrate } from '../adapters/db/migrate.ts';
import { htmlToText } from '../adapters/importer/html-to-lines.ts';
import { grantApplicationRole, roleOfDatabaseUrl } from '../adapters/db/app-role.ts';
import { openPgliteDatabase } from '../adapters/db/pglite-database.ts';
import { openPostgresDatabase } from '../adapters/db/postgres-database.ts';
import { loadCatalogFiles } from '../adapters/regulations/load-regulation-files.ts';
import type { AppContext } from '../application/app-context.ts';
import { RegulationCatalog } from '../application/regulation-catalog.ts';
import { refreshCalendar } from '../application/calendar/calendar-versions.ts';
import { readHolidayCalendarJson } from '../adapters/calendar/load-holiday-calendar.ts';
import type { Provider } from '../core/org/provider.ts';
import type { DeadlineCalculator } from '../core/calendar/deadline-calculator.ts';
import { parseHolidayCalendar } from '../core/calendar/holiday-calendar-schema.ts';
import { CalendarSource } from '../application/calendar/calendar-source.ts';
import type { Config } from '../config/config.ts';
import type { SignatureVerifier } from '../core/ports/signature-verifier.ts';
import { loadOrCreateSecretKey } from '../adapters/security/secret-key-file.ts';
import { createLocalPki } from './signature-verification.ts';
import type { PkiPublication } from '../core/ports/pki-publication.ts';
import { chooseRegistries } from '../adapters/registries/choose-registries.ts';
import { gatewaySystemKeys, gatewaySystemKeysIn, type GatewaySystemKeys } from '../adapters/gateway/system-keys.ts';
import { createRegistryStepEffect } from '../application/registries/registry-step-effect.ts';
import type { RegistryContext } from '../application/registries/registries.ts';
import { PublishedCatalogState } from '../application/publishing/published-catalog.ts';
import { importRegulationText } from '../core/importer/import-regulation-text.ts';
import type { RegulationImporter } from '../core/importer/import-contract.ts';
import type { NotificationSender } from '../core/ports/notification-sender.ts';
import { routeByChannel } from '../adapters/notifications/channel-router.ts';
import { createOutboxNotificationSender } from '../adapters/notifications/outbox-notification-sender.ts';
import { IntakeGroupCommit } from '../application/cases/intake-group-commit.ts';
import { createSmtpNotificationSender } from '../adapters/notifications/smtp-notification-sender.ts';

/** E-mail by SMTP when QYZMET_SMTP_URL is set, else the local outbox; SMS to the local outbox (QYZMET_SMS_GATEWAY). */
export function notificationSenderFor(config: Config, db: Database): NotificationSender {
  const outbox = createOutboxNotificationSender(db);
  return routeByChannel({ email: config.smtp ? createSmtpNotificationSender(config.smtp) : outbox, sms: outbox });
}

export async function openDatabase(config: Config): Promise<Database> {
  if (config.database.kind === 'postgres') {
    if (config.database.migrationUrl) await migrateAsOwner(config.database.migrationUrl, roleOfDatabaseUrl(config.database.url));
    return openPostgresDatabase({ connectionString: config.database.url, failoverWaitMs: config.database.failoverWaitMs, preparedStatements: config.preparedStatements });
  }
  const directory = pgliteDirectoryOf(config.database.dataDir);
  await mkdir(directory, { recursive: true });
  return openPgliteDatabase(directory);
}

/**
 * Where PGlite keeps its cluster: `<data dir>/pglite`, apart from the demo CA (`pki/`) and the secrets (`secrets/`) that
 * share the data directory. PostgreSQL's initdb refuses a directory that is not empty, so a data directory where the
 * keys were made first (a benchmark, a key script) stopped `npm start` with PGlite's bare "exit(1)". A data directory
 * that already holds a cluster at its top (made before this layout: it has `PG_VERSION`) is opened where it is.
 */
export function pgliteDirectoryOf(dataDir: string): string {
  return existsSync(path.join(dataDir, 'PG_VERSION')) ? dataDir : path.join(dataDir, 'pglite');
}

/** Migrations as the owner role, then the application role's grants (README "Database roles"). */
export async function migrateAsOwner(ownerUrl: string, applicationRole: string, schema?: string): Promise<void> {
  const owner = await openPostgresDatabase({ connectionString: ownerUrl, maxConnections: 1, ...(schema ? { schema } : {}) });
  try {
    await migrate(owner);
    await grantApplicationRole(owner, applicationRole);
  } finally {
    await owner.close();
  }
}

/** The gateway system keys from their directory, or in memory per database when there is none. */
function gatewayKeysFrom(directory: string | null, db: Database): (now: Date) => Promise<GatewaySystemKeys> {
  return directory === null ? (now) => gatewaySystemKeys(db, now) : (now) => gatewaySystemKeysIn(directory, now);
}

/** Builds the application context: database (migrated), regulation catalog, calendar and clock. */
export async function openApp(
  config: Config,
  overrides: {
    db?: Database;
    clock?: () => Date;
    signatureVerifier?: SignatureVerifier | null;
    documentCodeKey?: Uint8Array;
    /** Where the gateway system keys are kept; null keeps them in memory per database (tests). Default: the config's. */
    gatewayKeysDir?: string | null;
    pkiPublication?: PkiPublication | null;
    notificationSender?: NotificationSender;
    regulationImporter?: RegulationImporter;
  } = {},
): Promise<AppContext> {
  const db = overrides.db ?? (await openDatabase(config));
  await migrate(db);
  const readDb =
    !overrides.db && config.database.kind === 'postgres' && config.database.readUrl
      ? await openPostgresDatabase({ connectionString: config.database.readUrl, failoverWaitMs: config.database.failoverWaitMs, preparedStatements: config.preparedStatements })
      : db;
  const { regulations, amendmentRecords, acts } = await loadCatalogFiles(config.regulationsDir);
  const catalog = new RegulationCatalog(regulations, amendmentRecords, acts);
  // Versions administrators published (issue #20) join the files' now and whenever another process publishes one.
  const publishedCatalog = new PublishedCatalogState(catalog, { regulations, amendmentRecords, acts });
  await publishedCatalog.refresh(db);
  const calendar = new CalendarSource(parseHolidayCalendar(await readHolidayCalendarJson(config.calendarFile), config.calendarFile), 0);
  // Deadlines count in the provider's region's time zone, on the country's calendar, in the provider's hours.
  const calendarFor = (provider: Provider): DeadlineCalculator =>
    calendar.calculatorFor(provider.region, provider.workingHours);
  // The registries (persons database, labour-market AIS, service records): QYZMET_PERSONS_REGISTRY, `local` only (issue #6).
  const registries = chooseRegistries({ persons: config.personsRegistry });
  const clock = overrides.clock ?? (() => new Date());
  // An injected verifier (tests) replaces the local CA, and with it what /pki/ publishes, unless given too.
  const localPki =
    overrides.signatureVerifier !== undefined
      ? { signatureVerifier: overrides.signatureVerifier, publication: overrides.pkiPublication ?? null }
      : await createLocalPki({ mode: config.edsVerification, pkiDir: config.pkiDir, publicUrl: config.pkiPublicUrl, now: clock(), clock });
  const app: AppContext & RegistryContext = {
    // Closing the context's database closes the read database with it.
    db: readDb === db ? db : { ...db, close: () => Promise.all([db.close(), readDb.close()]).then(() => undefined) },
    readDb,
    catalog,
    publishedCatalog,
    regulationImporter: overrides.regulationImporter ?? importRegulationText,
    regulationTextOfHtml: htmlToText,
    clock,
    calendarFor,
    calendar,
    newId: randomUUID,
    signatureVerifier: localPki.signatureVerifier,
    pkiPublication: localPki.publication,
    sessionHours: config.sessionHours,
    publicUrl: config.publicUrl,
    documentCodeKey: overrides.documentCodeKey ?? (await loadOrCreateSecretKey(config.documentCodeKeyFile)),
    gatewayKeys: gatewayKeysFrom(overrides.gatewayKeysDir === undefined ? config.gatewayKeysDir : overrides.gatewayKeysDir, db),
    gatewayEnvelopeCheck: config.gatewayEnvelopeCheck,
    filingPolicy: config.filingPolicy,
    stepEffects: [createRegistryStepEffect(registries)],
    registries,
    notificationSender: overrides.notificationSender ?? notificationSenderFor(config, db),
    intakeGroupCommit: config.intakeGroupCommit ? new IntakeGroupCommit(db, config.intakeGroupCommit) : null,
    intakeCaches: config.intakeCaches,
  };
  await refreshCalendar(app);
  return app;
}
