import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors/app-error.ts';

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
   * The address relying parties reach this server at, written into the demo CA's certificates (CRL distribution
   * point, AIA OCSP and caIssuers under /pki/). Default: http://HOST:PORT (127.0.0.1 when listening on every interface).
   */
  QYZMET_PKI_PUBLIC_URL: z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }).optional(),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: { readonly kind: 'postgres'; readonly url: string } | { readonly kind: 'pglite'; readonly dataDir: string };
  readonly regulationsDir: string;
  readonly calendarFile: string;
  readonly sessionHours: number;
  readonly deadlineSweepSeconds: number;
  readonly edsVerification: 'off' | 'local';
  readonly pkiDir: string;
  /** Base URL of /pki/ (CRL, OCSP, CA certificates), without a trailing slash. */
  readonly pkiPublicUrl: string;
  readonly logLevel: z.infer<typeof ZEnvironment>['LOG_LEVEL'];
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
  return {
    port: env.PORT,
    host: env.HOST,
    database: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: path.resolve(env.QYZMET_DATA_DIR) },
    regulationsDir: path.resolve(env.QYZMET_REGULATIONS_DIR),
    calendarFile: path.resolve(env.QYZMET_CALENDAR_FILE),
    sessionHours: env.QYZMET_SESSION_HOURS,
    deadlineSweepSeconds: env.QYZMET_DEADLINE_SWEEP_SECONDS,
    edsVerification: env.QYZMET_EDS_VERIFICATION,
    pkiDir: path.resolve(env.QYZMET_PKI_DIR ?? path.join(env.QYZMET_DATA_DIR, 'pki')),
    pkiPublicUrl: (env.QYZMET_PKI_PUBLIC_URL ?? `http://${['0.0.0.0', '::'].includes(env.HOST) ? '127.0.0.1' : env.HOST}:${env.PORT}`).replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL,
  };
}
