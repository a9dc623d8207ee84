import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { AppError } from '../src/core/errors/app-error.ts';

/** Issue #14, finding 2: every printed link is built from QYZMET_PUBLIC_URL, so the value is checked at start-up. */
describe('QYZMET_PUBLIC_URL', () => {
  const refusal = (environment: Record<string, string>) => {
    try {
      loadConfig(environment);
    } catch (error) {
      return error instanceof AppError ? error.details : error;
    }
    return null;
  };

  it('defaults to the local server in development', () => {
    expect(loadConfig({}).publicUrl).toBe('http://127.0.0.1:3000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://127.0.0.1:8080');
  });

  it('keeps a path prefix and drops a trailing slash', () => {
    expect(loadConfig({ QYZMET_PUBLIC_URL: 'https://egov.example.kz/qyzmet/' }).publicUrl).toBe('https://egov.example.kz/qyzmet');
  });

  it('must be https in production, where it has no default', () => {
    expect(refusal({ NODE_ENV: 'production' })).toMatchObject({ field: 'QYZMET_PUBLIC_URL' });
    expect(refusal({ NODE_ENV: 'production', QYZMET_PUBLIC_URL: 'http://qyzmet.example.kz' })).toMatchObject({ field: 'QYZMET_PUBLIC_URL' });
    expect(loadConfig({ NODE_ENV: 'production', QYZMET_PUBLIC_URL: 'https://qyzmet.example.kz' }).publicUrl).toBe('https://qyzmet.example.kz');
  });

  it('refuses what is not an http(s) address, or carries a query, fragment or credentials', () => {
    for (const value of ['qyzmet.example.kz', 'ftp://qyzmet.example.kz', 'https://qyzmet.example.kz/?a=1', 'https://qyzmet.example.kz/#x', 'https://user:pw@qyzmet.example.kz']) {
      expect(refusal({ QYZMET_PUBLIC_URL: value }), value).toMatchObject({ field: 'QYZMET_PUBLIC_URL' });
    }
  });
});
