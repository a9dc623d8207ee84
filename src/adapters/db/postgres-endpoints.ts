import { parse } from 'pg-connection-string';
import type pg from 'pg';

/**
 * Which server of a multi-host connection string a pool may use — libpq's `target_session_attrs`, which node-postgres
 * does not implement: `read-write` (the primary; what commands need), `read-only` / `standby` (a standby),
 * `prefer-standby` (a standby when one answers, else the primary), `any` (the first that answers).
 */
export type TargetSessionAttrs = 'read-write' | 'read-only' | 'standby' | 'prefer-standby' | 'any';

const TARGETS: readonly TargetSessionAttrs[] = ['read-write', 'read-only', 'standby', 'prefer-standby', 'any'];

export interface PostgresEndpoint {
  readonly host: string;
  readonly port: number;
}

export interface PostgresTarget {
  /** In the order the connection string lists them (libpq tries them in that order too). */
  readonly endpoints: readonly PostgresEndpoint[];
  readonly targetSessionAttrs: TargetSessionAttrs;
  /** Everything else of the connection string (user, password, database, TLS, options), for one endpoint's client. */
  readonly clientConfig: Omit<pg.ClientConfig, 'host' | 'port'>;
}

const DEFAULT_PORT = 5432;

/**
 * Reads a libpq-style URL with one or several hosts — `postgres://user@h1:5432,h2:5433/db?target_session_attrs=read-write`,
 * the form `pg_autoctl show uri --formation default` prints — into its endpoints and the settings they share. One host
 * with no `target_session_attrs` is the plain single-server case (`any`).
 */
export function parsePostgresTarget(connectionString: string): PostgresTarget {
  const match = /^(postgres(?:ql)?:\/\/)(?:([^@/]*)@)?([^/?]*)(.*)$/.exec(connectionString);
  if (!match) throw new Error('not a postgres:// URL');
  const [, scheme, credentials, hostList, rest] = match as unknown as [string, string, string | undefined, string, string];
  const endpoints = hostList
    .split(',')
    .filter((item) => item.length > 0)
    .map((item): PostgresEndpoint => {
      // [::1]:5432 or host:5432 or host
      const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(item);
      if (bracketed) return { host: bracketed[1]!, port: bracketed[2] ? Number(bracketed[2]) : DEFAULT_PORT };
      const colon = item.lastIndexOf(':');
      return colon > 0 ? { host: decodeURIComponent(item.slice(0, colon)), port: Number(item.slice(colon + 1)) } : { host: decodeURIComponent(item), port: DEFAULT_PORT };
    });
  if (endpoints.length === 0) throw new Error('the URL names no host');
  for (const endpoint of endpoints) {
    if (!Number.isInteger(endpoint.port) || endpoint.port < 1 || endpoint.port > 65_535) throw new Error(`bad port for host ${endpoint.host}`);
  }
  // The first host stands in for all of them, so pg-connection-string reads user, password, database and options.
  const first = endpoints[0]!;
  const single = `${scheme}${credentials !== undefined ? `${credentials}@` : ''}${first.host.includes(':') ? `[${first.host}]` : first.host}:${first.port}${rest}`;
  const { host: _host, port: _port, target_session_attrs: rawTarget, ...shared } = parse(single) as Record<string, unknown>;
  const target = (typeof rawTarget === 'string' ? rawTarget : 'any') as TargetSessionAttrs;
  if (!TARGETS.includes(target)) throw new Error(`target_session_attrs=${String(rawTarget)} is not one of ${TARGETS.join(', ')}`);
  // pg-connection-string returns strings or null for absent parts; the client wants undefined instead of null.
  const clientConfig = Object.fromEntries(Object.entries(shared).filter(([, value]) => value !== null && value !== undefined)) as Omit<pg.ClientConfig, 'host' | 'port'>;
  return { endpoints, targetSessionAttrs: target, clientConfig };
}

/** `host:port` for logs and error details (never the password). */
export const describeEndpoint = (endpoint: PostgresEndpoint): string => `${endpoint.host}:${endpoint.port}`;
