import { describe, expect, it } from 'vitest';
import { roleOfDatabaseUrl } from '../../src/adapters/db/app-role.ts';
import { loadConfig } from '../../src/config/config.ts';

describe('configuration of the owner and application database roles', () => {
  it('takes the migration URL beside the application URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://qyzmet_app@db/qyzmet', QYZMET_MIGRATION_DATABASE_URL: 'postgres://qyzmet_owner@db/qyzmet' });
    expect(config.database).toMatchObject({ kind: 'postgres', url: 'postgres://qyzmet_app@db/qyzmet', migrationUrl: 'postgres://qyzmet_owner@db/qyzmet' });
    expect(loadConfig({ DATABASE_URL: 'postgres://one@db/qyzmet' }).database).toMatchObject({ migrationUrl: null });
  });

  it('refuses a migration URL without an application URL, naming the variable', () => {
    expect(() => loadConfig({ QYZMET_MIGRATION_DATABASE_URL: 'postgres://qyzmet_owner@db/qyzmet' })).toThrow(/QYZMET_MIGRATION_DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://a@db/q', QYZMET_MIGRATION_DATABASE_URL: 'mysql://x' })).toThrow(/QYZMET_MIGRATION_DATABASE_URL/);
  });

  it('grants to the role DATABASE_URL signs in as, and only a plain identifier', () => {
    expect(roleOfDatabaseUrl('postgres://qyzmet_app:secret@db:5432/qyzmet')).toBe('qyzmet_app');
    expect(() => roleOfDatabaseUrl('postgres://bad%22name@db/qyzmet')).toThrow(/DATABASE_URL/);
  });
});
