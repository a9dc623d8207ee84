import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';

describe('EDS configuration', () => {
  it('verifies signatures against the local demo CA unless told otherwise', () => {
    expect(loadConfig({}).edsVerification).toBe('local');
    expect(loadConfig({ QYZMET_EDS_VERIFICATION: '' }).edsVerification).toBe('local');
  });

  it('records signatures unverified when QYZMET_EDS_VERIFICATION=off', () => {
    expect(loadConfig({ QYZMET_EDS_VERIFICATION: 'off' }).edsVerification).toBe('off');
  });

  it('refuses an unknown verification mode', () => {
    expect(() => loadConfig({ QYZMET_EDS_VERIFICATION: 'nca' })).toThrow(/QYZMET_EDS_VERIFICATION/);
  });

  it('keeps the CA and key files in pki/ inside the data directory unless QYZMET_PKI_DIR is set', () => {
    expect(loadConfig({ QYZMET_DATA_DIR: '/srv/qyzmet' }).pkiDir).toBe(path.resolve('/srv/qyzmet/pki'));
    expect(loadConfig({ QYZMET_DATA_DIR: '/srv/qyzmet', QYZMET_PKI_DIR: '/etc/qyzmet-pki' }).pkiDir).toBe(path.resolve('/etc/qyzmet-pki'));
  });

  it('publishes the demo CA at the server’s own address unless QYZMET_PKI_PUBLIC_URL says where relying parties reach it', () => {
    expect(loadConfig({}).pkiPublicUrl).toBe('http://127.0.0.1:3000');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8081' }).pkiPublicUrl).toBe('http://127.0.0.1:8081');
    expect(loadConfig({ QYZMET_PKI_PUBLIC_URL: 'https://qyzmet.example.kz/' }).pkiPublicUrl).toBe('https://qyzmet.example.kz');
    expect(() => loadConfig({ QYZMET_PKI_PUBLIC_URL: 'ftp://qyzmet.example.kz' })).toThrow(/QYZMET_PKI_PUBLIC_URL/);
  });
});
