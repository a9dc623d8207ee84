import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors/app-error.ts';
import type { GatewayEnvelopeCheck } from '../core/gateway/envelope.ts';

/**
 * The one configuration object, built and validated once at start-up from environment variables. Every key says
 * what it is for; a wrong value stops start-up with the variable's name.
 */
const ZEnvironment = z.object({
  /** HTTP port. */
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  /** Interface to listen on. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** A PostgreSQL server (postgres://…). When absent, the embedded PGlite database in QYZMET_DATA_DIR is used. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /**
   * A PostgreSQL server (or host list with target_session_attrs=prefer-standby) for reads where a few seconds of
   * staleness are acceptable: the supervisor dashboard and the public document check. Default: DATABASE_URL.
   */
  QYZMET_READ_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** How long a request waits for a writable primary (during a failover) before it is answered 503. */
  QYZMET_DB_FAILOVER_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  /**
   * The owner role's PostgreSQL URL, used only to apply migrations and grant DATABASE_URL's role what it needs
   * (issue #14: the application's own role owns nothing, so it cannot disable triggers, truncate or set
   * session_replication_role). Absent: DATABASE_URL's role migrates (one role, as on PGlite).
   */
  QYZMET_MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  /** Where PGlite keeps its files. */
  QYZMET_DATA_DIR: z.string().min(1).default('./data'),
  /** Where the regulation definitions are. */
  QYZMET_REGULATIONS_DIR: z.string().min(1).default('./regulations'),
  /** The Kazakh working calendar (holidays, transfers) as data. */
  QYZMET_CALENDAR_FILE: z.string().min(1).default('./calendar/kz-holidays.json'),
  /** Staff session lifetime. */
  QYZMET_SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  /** How often this process sweeps for overdue steps and cases; 0 turns the sweep off in this process. */
  QYZMET_DEADLINE_SWEEP_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  /**
   * EDS verification of signatures: `local` (the default) trusts the demo certification authority in QYZMET_PKI_DIR,
   * whose key files `start --demo` issues to the demo staff and citizens; `off` records signatures unverified.
   */
  QYZMET_EDS_VERIFICATION: z.enum(['off', 'local']).default('local'),
  /** Where the demo certification authority and demo key files live (default: pki/ inside QYZMET_DATA_DIR). */
  QYZMET_PKI_DIR: z.string().min(1).optional(),
  /**
   * The reverse proxies in front of Qyzmet whose X-Forwarded-For is believed (comma-separated addresses or CIDRs), so
   * the per-address sign-in limits count people, not the proxy (issue #13). Unset: the TCP peer is the address.
   */
  QYZMET_TRUSTED_PROXIES: z.string().min(1).optional(),
  /**
   * The persons database (ГБД ФЛ) and the other registries: `local` = Qyzmet's own tables, filled by demo data or
   * scripts/generate-population.ts. Only `local` exists: the e-gov gateway client for the real ГБД ФЛ and the AIS is
   * not built (it needs the gateway's contract and credentials), so any other value stops start-up.
   */
  QYZMET_PERSONS_REGISTRY: z.enum(['local'], { message: 'only "local" exists; the e-gov gateway client is not built' }).default('local'),
  /**
   * The address the public reaches Qyzmet at (scheme, host, optional path prefix): every link and QR code printed on a
   * document points here, never at the request's Host header (issue #14). Must be https when NODE_ENV=production;
   * defaults to http://127.0.0.1:<PORT> elsewhere.
   */
  QYZMET_PUBLIC_URL: z
    .string()
    .refine((value) => URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol), 'must be an http:// or https:// URL')
    .refine((value) => !URL.canParse(value) || (new URL(value).search === '' && new URL(value).hash === '' && new URL(value).username === ''), 'must have no query, fragment or credentials')
    .optional(),
  /** The secret key verification codes are derived with (HMAC); created on first start (default: secrets/ in QYZMET_DATA_DIR). */
  QYZMET_DOCUMENT_CODE_KEY_FILE: z.string().min(1).optional(),
  /** `production` requires QYZMET_PUBLIC_URL to be https. */
  NODE_ENV: z.string().optional(),
  /**
   * How many server processes `start` runs (node:cluster, one database pool each); default one per core. The embedded
   * PGlite database belongs to one process, so with it this is always 1.
   */
  QYZMET_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  /**
   * The gateway envelope signature (core/gateway/envelope.ts GatewayEnvelopeCheck): `oneServer` (default) neither
   * signs nor checks it, the sender and receiver being parts of this server; `stored` signs every envelope and checks
   * those read back from the outbox; `always` signs and checks every one, as between separate systems.
   */
  QYZMET_GATEWAY_ENVELOPE_CHECK: z.enum(['oneServer', 'stored', 'always']).default('oneServer'),
  /**
   * `inForceOnly` (default): applications are filed only under a version in force on the filing date.
   * `demonstration`: the seeds' (repealed) versions run as if in force; `start --demo` turns it on when unset.
   */
  QYZMET_FILING_POLICY: z.enum(['inForceOnly', 'demonstration']).default('inForceOnly'),
  /**
   * The address relying parties reach this server at, written into the demo CA's certificates (CRL distribution
   * point, AIA OCSP and caIssuers under /pki/). Default: http://HOST:PORT (127.0.0.1 when listening on every interface).
   */
  QYZMET_PKI_PUBLIC_URL: z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }).optional(),
  /**
   * The SMTP server notices go out by e-mail through (issue #17): smtp://[user:password@]host[:port] (STARTTLS when
   * offered) or smtps://… (TLS). Unset: e-mail notices go to the local outbox (notification_outbox) like SMS.
   */
  QYZMET_SMTP_URL: z
    .string()
    .refine((value) => URL.canParse(value) && ['smtp:', 'smtps:'].includes(new URL(value).protocol) && new URL(value).hostname !== '', 'must be an smtp:// or smtps:// URL with a host')
    .optional(),
  /** The From of notice e-mails. */
  QYZMET_SMTP_FROM: z
    .string()
    .regex(/^[^<>@\s]+@[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/, 'must be an address, or a name with an <address>')
    .default('Qyzmet <noreply@qyzmet.localhost>'),
  /** Where SMS notices go: `outbox` (notification_outbox; no SMS gateway client exists yet, any other value stops start-up). */
  QYZMET_SMS_GATEWAY: z.enum(['outbox']).default('outbox'),
  /** How often this process sends the e-mail and SMS notices owed (and retries failed ones); 0 turns it off here. */
  QYZMET_NOTICE_DELIVERY_SECONDS: z.coerce.number().int().min(0).max(3600).default(15),
  /**
   * Levers of issue #15, each on by default and switchable so `npm run bench -- --levers` can measure it off and on in
   * one sitting. QYZMET_INTAKE_CACHES: providers (30 s) and signed-in citizens (10 s) kept in memory at intake;
   * `off` reads them from the database on every request.
   */
  QYZMET_INTAKE_CACHES: z.enum(['on', 'off']).default('on'),
  /** Brotli/gzip responses (@fastify/compress); `off` sends every answer as it is. */
  QYZMET_COMPRESSION: z.enum(['on', 'off']).default('on'),
  /**
   * Group commit at intake: filings arriving within QYZMET_INTAKE_BATCH_WAIT_MS (at most QYZMET_INTAKE_BATCH_MAX of
   * them) are written in one transaction, each answered only after its commit; `off` gives each its own transaction.
   */
  QYZMET_INTAKE_GROUP_COMMIT: z.enum(['on', 'off']).default('on'),
  QYZMET_INTAKE_BATCH_MAX: z.coerce.number().int().min(1).max(1000).default(32),
  QYZMET_INTAKE_BATCH_WAIT_MS: z.coerce.number().int().min(0).max(100).default(2),
  /**
   * PostgreSQL only: statements with parameters prepared once per connection, so the server does not parse and plan
   * them on every execution (src/adapters/db/prepared-statements.ts); `off` for a pooler that cannot keep them.
   */
  QYZMET_PREPARED_STATEMENTS: z.enum(['on', 'off']).default('on'),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database:
    | { readonly kind: 'postgres'; readonly url: string; readonly readUrl: string | null; readonly failoverWaitMs: number; readonly migrationUrl: string | null }
    | { readonly kind: 'pglite'; readonly dataDir: string };
  readonly regulationsDir: string;
  readonly calendarFile: string;
  readonly sessionHours: number;
  readonly deadlineSweepSeconds: number;
  readonly edsVerification: 'off' | 'local';
  readonly pkiDir: string;
  /** The public address without a trailing slash, e.g. https://qyzmet.example.kz — the base of every printed link. */
  readonly publicUrl: string;
  readonly documentCodeKeyFile: string;
  /** Where the gateway's system keys are made once and read by every process (adapters/gateway/system-keys.ts). */
  readonly gatewayKeysDir: string;
  readonly filingPolicy: 'inForceOnly' | 'demonstration';
  /** Base URL of /pki/ (CRL, OCSP, CA certificates), without a trailing slash. */
  readonly pkiPublicUrl: string;
  readonly logLevel: z.infer<typeof ZEnvironment>['LOG_LEVEL'];
  readonly trustedProxies: readonly string[];
  /** Which registries answer (QYZMET_PERSONS_REGISTRY). */
  readonly personsRegistry: 'local';
  readonly gatewayEnvelopeCheck: GatewayEnvelopeCheck;
  /** QYZMET_SMTP_URL and QYZMET_SMTP_FROM; null: e-mail notices go to the local outbox. */
  readonly smtp: { readonly url: string; readonly from: string } | null;
  readonly smsGateway: 'outbox';
  readonly noticeDeliverySeconds: number;
  /** Server processes to run: QYZMET_WORKERS (default one per core) with PostgreSQL, always 1 with PGlite. */
  readonly workers: number;
  /** QYZMET_INTAKE_CACHES: providers and citizen sessions cached at intake. */
  readonly intakeCaches: boolean;
  /** QYZMET_COMPRESSION: brotli/gzip responses. */
  readonly compression: boolean;
  /** QYZMET_INTAKE_GROUP_COMMIT with its bounds; null: one transaction per filing. */
  readonly intakeGroupCommit: { readonly maxBatch: number; readonly waitMs: number } | null;
  /** QYZMET_PREPARED_STATEMENTS: PostgreSQL statements prepared once per connection. */
  readonly preparedStatements: boolean;
}

export function loadConfig(environment: Readonly<Record<string, string | undefined>> = process.env): Config {
  // An empty variable counts as unset, as in most deployment tools.
  const present = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = ZEnvironment.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    throw new AppError('CONFIG_INVALID', `configuration: ${variable}: ${issue?.message}`, {
      field: variable,
      reason: issue?.message ?? 'invalid',
    });
  }
  const env = parsed.data;
  if (env.QYZMET_MIGRATION_DATABASE_URL && !env.DATABASE_URL) {
    throw new AppError('CONFIG_INVALID', 'configuration: QYZMET_MIGRATION_DATABASE_URL needs DATABASE_URL (the application role)', {
      field: 'QYZMET_MIGRATION_DATABASE_URL',
      reason: 'DATABASE_URL is not set',
    });
  }
  const publicUrl = (env.QYZMET_PUBLIC_URL ?? `http://127.0.0.1:${env.PORT}`).replace(/\/+$/, '');
  if (env.NODE_ENV === 'production' && new URL(publicUrl).protocol !== 'https:') {
    // Behind a TLS proxy a link built from the request would say http://; a configured https address cannot.
    throw new AppError('CONFIG_INVALID', 'configuration: QYZMET_PUBLIC_URL: must be https in production', { field: 'QYZMET_PUBLIC_URL', reason: 'must be an https:// URL when NODE_ENV=production' });
  }
  return {
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL
      ? {
          kind: 'postgres',
          url: env.DATABASE_URL,
          readUrl: env.QYZMET_READ_DATABASE_URL ?? null,
          failoverWaitMs: env.QYZMET_DB_FAILOVER_WAIT_MS,
          migrationUrl: env.QYZMET_MIGRATION_DATABASE_URL ?? null,
        }
      : { kind: 'pglite', dataDir: path.resolve(env.QYZMET_DATA_DIR) },
    regulationsDir: path.resolve(env.QYZMET_REGULATIONS_DIR),
    calendarFile: path.resolve(env.QYZMET_CALENDAR_FILE),
    sessionHours: env.QYZMET_SESSION_HOURS,
    deadlineSweepSeconds: env.QYZMET_DEADLINE_SWEEP_SECONDS,
    edsVerification: env.QYZMET_EDS_VERIFICATION,
    pkiDir: path.resolve(env.QYZMET_PKI_DIR ?? path.join(env.QYZMET_DATA_DIR, 'pki')),
    publicUrl,
    documentCodeKeyFile: path.resolve(env.QYZMET_DOCUMENT_CODE_KEY_FILE ?? path.join(env.QYZMET_DATA_DIR, 'secrets', 'document-code.key')),
    gatewayKeysDir: path.resolve(path.join(env.QYZMET_DATA_DIR, 'secrets', 'gateway-keys')),
    filingPolicy: env.QYZMET_FILING_POLICY,
    pkiPublicUrl: (env.QYZMET_PKI_PUBLIC_URL ?? `http://${['0.0.0.0', '::'].includes(env.HOST) ? '127.0.0.1' : env.HOST}:${env.PORT}`).replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL,
    trustedProxies: (env.QYZMET_TRUSTED_PROXIES ?? '').split(',').map((entry) => entry.trim()).filter(Boolean),
    personsRegistry: env.QYZMET_PERSONS_REGISTRY,
    gatewayEnvelopeCheck: env.QYZMET_GATEWAY_ENVELOPE_CHECK,
    smtp: env.QYZMET_SMTP_URL ? { url: env.QYZMET_SMTP_URL, from: env.QYZMET_SMTP_FROM } : null,
    smsGateway: env.QYZMET_SMS_GATEWAY,
    noticeDeliverySeconds: env.QYZMET_NOTICE_DELIVERY_SECONDS,
    workers: env.DATABASE_URL ? (env.QYZMET_WORKERS ?? os.availableParallelism()) : 1,
    intakeCaches: env.QYZMET_INTAKE_CACHES === 'on',
    compression: env.QYZMET_COMPRESSION === 'on',
    intakeGroupCommit: env.QYZMET_INTAKE_GROUP_COMMIT === 'on' ? { maxBatch: env.QYZMET_INTAKE_BATCH_MAX, waitMs: env.QYZMET_INTAKE_BATCH_WAIT_MS } : null,
    preparedStatements: env.QYZMET_PREPARED_STATEMENTS === 'on',
  };
}
