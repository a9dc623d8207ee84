import { describe, expect, it } from 'vitest';
import { parsePostgresTarget } from '../../src/adapters/db/postgres-endpoints.ts';

describe('a libpq-style connection string with several hosts', () => {
  it('lists every host in order with the shared user, database and options, as pg_autoctl prints a formation', () => {
    const target = parsePostgresTarget('postgres://app:secret@10.0.0.1:5432,10.0.0.2:6432/qyzmet?target_session_attrs=read-write&sslmode=disable&application_name=qyzmet');
    expect(target.endpoints).toEqual([
      { host: '10.0.0.1', port: 5432 },
      { host: '10.0.0.2', port: 6432 },
    ]);
    expect(target.targetSessionAttrs).toBe('read-write');
    expect(target.clientConfig).toMatchObject({ user: 'app', password: 'secret', database: 'qyzmet', application_name: 'qyzmet', ssl: false });
    expect(target.clientConfig).not.toHaveProperty('target_session_attrs');
  });

  it('reads one host without a port as the default port and any server as acceptable', () => {
    const target = parsePostgresTarget('postgresql://postgres@db.internal/postgres');
    expect(target.endpoints).toEqual([{ host: 'db.internal', port: 5432 }]);
    expect(target.targetSessionAttrs).toBe('any');
  });

  it('reads IPv6 hosts in brackets', () => {
    expect(parsePostgresTarget('postgres://u@[::1]:5433,[fe80::2]/d?target_session_attrs=prefer-standby').endpoints).toEqual([
      { host: '::1', port: 5433 },
      { host: 'fe80::2', port: 5432 },
    ]);
  });

  it('refuses an unknown target_session_attrs and a bad port instead of guessing', () => {
    expect(() => parsePostgresTarget('postgres://u@h:5432/d?target_session_attrs=primary-please')).toThrow(/target_session_attrs/);
    expect(() => parsePostgresTarget('postgres://u@h:99999/d')).toThrow(/port/);
  });
});
