import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { CitizenSessionCache } from '../src/application/portal/citizen-session-cache.ts';
import { TtlCache } from '../src/application/reference-data-cache.ts';

/** Issue #15: each landed lever that can be switched is a setting, on by default, so the bench can measure it off. */
describe('performance levers as settings', () => {
  it('turns every lever on by default, group commit with its stated bounds', () => {
    const config = loadConfig({});
    expect(config.intakeCaches).toBe(true);
    expect(config.compression).toBe(true);
    expect(config.intakeGroupCommit).toEqual({ maxBatch: 32, waitMs: 2 });
    expect(config.preparedStatements).toBe(true);
  });

  it('switches each one off by its own variable', () => {
    const config = loadConfig({ QYZMET_INTAKE_CACHES: 'off', QYZMET_COMPRESSION: 'off', QYZMET_INTAKE_GROUP_COMMIT: 'off' });
    expect(config.intakeCaches).toBe(false);
    expect(config.compression).toBe(false);
    expect(config.intakeGroupCommit).toBeNull();
    expect(loadConfig({ QYZMET_PREPARED_STATEMENTS: 'off' }).preparedStatements).toBe(false);
    expect(loadConfig({ QYZMET_INTAKE_BATCH_MAX: '8', QYZMET_INTAKE_BATCH_WAIT_MS: '0' }).intakeGroupCommit).toEqual({ maxBatch: 8, waitMs: 0 });
  });

  it('refuses a value that is not on or off, or a batch bound out of range, naming the variable', () => {
    expect(() => loadConfig({ QYZMET_INTAKE_CACHES: 'yes' })).toThrow(/QYZMET_INTAKE_CACHES/);
    expect(() => loadConfig({ QYZMET_COMPRESSION: 'true' })).toThrow(/QYZMET_COMPRESSION/);
    expect(() => loadConfig({ QYZMET_INTAKE_GROUP_COMMIT: '1' })).toThrow(/QYZMET_INTAKE_GROUP_COMMIT/);
    expect(() => loadConfig({ QYZMET_PREPARED_STATEMENTS: 'yes' })).toThrow(/QYZMET_PREPARED_STATEMENTS/);
    expect(() => loadConfig({ QYZMET_INTAKE_BATCH_MAX: '0' })).toThrow(/QYZMET_INTAKE_BATCH_MAX/);
    expect(() => loadConfig({ QYZMET_INTAKE_BATCH_WAIT_MS: '1000' })).toThrow(/QYZMET_INTAKE_BATCH_WAIT_MS/);
  });

  it('keeps nothing in the intake caches when they are off (time to live 0)', async () => {
    const now = new Date('2026-11-24T05:00:00Z');
    const sessions = new CitizenSessionCache(0);
    sessions.set('token', { iin: '880515300120' } as never, now, new Date('2026-11-24T06:00:00Z'));
    expect(sessions.get('token', now)).toBeNull();
    const cached = new CitizenSessionCache();
    cached.set('token', { iin: '880515300120' } as never, now, new Date('2026-11-24T06:00:00Z'));
    expect(cached.get('token', now)).toMatchObject({ iin: '880515300120' });

    let loads = 0;
    const providers = new TtlCache<string, number>(0);
    await providers.get('p', now, async () => ++loads);
    await providers.get('p', now, async () => ++loads);
    expect(loads).toBe(2);
  });
});
