import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signDetachedCades } from '../../src/adapters/pki/cms-sign.ts';
import { importPkcs12 } from '../../src/adapters/pki/pkcs12.ts';
import { readNcaSubject } from '../../src/adapters/pki/signer-identity.ts';
import { readAuthorityInfoAccess, readCrlDistributionUrls } from '../../src/adapters/pki/certificate-extensions.ts';
import { DEMO_CITIZENS, DEMO_PASSWORD, DEMO_PROVIDERS } from '../../src/composition/demo-data.ts';
import { demoKeyHolders, demoSigningKeyFile, ensureDemoKeys } from '../../src/composition/demo-keys.ts';
import { OcspCrlStatusChecker } from '../../src/adapters/pki/ocsp-crl-status-checker.ts';
import { createLocalPki, createSignatureVerifier } from '../../src/composition/signature-verification.ts';
import { withCheckDigit } from '../../src/core/identity/iin.ts';

const NOW = new Date('2026-11-24T05:00:00Z');
const HEAD_IIN = withCheckDigit('72091130045')!; // zhambyl.head in DEMO_STAFF
const TARAZ = DEMO_PROVIDERS.find((p) => p.id === 'zhambyl-taraz-employment-centre')!;

describe('demo EDS key files at start --demo', () => {
  let pkiDir: string;

  beforeAll(async () => {
    pkiDir = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-demo-keys-'));
  });
  afterAll(() => rm(pkiDir, { recursive: true, force: true }));

  it('issues a key for every demo staff member and citizen, then keeps them on the next start', async () => {
    const first = await ensureDemoKeys(pkiDir, NOW);
    expect(first.issued).toBe(demoKeyHolders().length);
    expect(first.password).toBe(DEMO_PASSWORD);
    const headFile = demoSigningKeyFile(pkiDir, HEAD_IIN);
    const modified = (await stat(headFile)).mtimeMs;

    const second = await ensureDemoKeys(pkiDir, new Date(NOW.getTime() + 60_000));
    expect(second).toMatchObject({ issued: 0, kept: first.issued });
    expect((await stat(headFile)).mtimeMs).toBe(modified);
    // 34 RSA-2048 keys with certificates and PKCS#12 files: 28–55 s in CI runs, over 120 s on a machine at load 22.
    // A safety net, not a timed assertion.
  }, 300_000);

  it("gives staff a legal-entity certificate with their provider's BIN and citizens a personal one", async () => {
    const head = await importPkcs12(await readFile(demoSigningKeyFile(pkiDir, HEAD_IIN)), DEMO_PASSWORD);
    expect(readNcaSubject(head.certificate)).toMatchObject({ iin: HEAD_IIN, bin: TARAZ.bin, organization: TARAZ.name.ru, surname: 'ОМАРОВ' });
    const citizen = DEMO_CITIZENS[0]!;
    const own = await importPkcs12(await readFile(demoSigningKeyFile(pkiDir, citizen.iin)), DEMO_PASSWORD);
    expect(readNcaSubject(own.certificate)).toMatchObject({ iin: citizen.iin, bin: null, organization: null });
  });

  it('makes keys the local EDS verification of the same data directory accepts', async () => {
    const verifier = (await createSignatureVerifier('local', pkiDir, NOW))!;
    const head = await importPkcs12(await readFile(demoSigningKeyFile(pkiDir, HEAD_IIN)), DEMO_PASSWORD);
    const content = new TextEncoder().encode('{"document":"demo"}');
    const signature = await signDetachedCades({ contentBytes: content, signerCertificate: head.certificate, privateKey: head.privateKey, signingTime: NOW, extraCertificates: head.chain });
    const verdict = await verifier.verify({ contentBytes: content, signature: Buffer.from(signature).toString('base64'), expectedIin: HEAD_IIN, at: new Date(NOW.getTime() + 3_600_000) });
    expect(verdict.valid).toBe(true);
  });

  it('answers its own CA’s certificates in process, without an OCSP exchange with itself, and refuses one the CA revoked at once', async () => {
    const pki = await createLocalPki({ mode: 'local', pkiDir, publicUrl: 'http://127.0.0.1:3000', now: NOW, clock: () => NOW });
    const citizen = DEMO_CITIZENS[1]!;
    const own = await importPkcs12(await readFile(demoSigningKeyFile(pkiDir, citizen.iin)), DEMO_PASSWORD);
    const content = new TextEncoder().encode('{"document":"status"}');
    const signature = Buffer.from(await signDetachedCades({ contentBytes: content, signerCertificate: own.certificate, privateKey: own.privateKey, signingTime: NOW, extraCertificates: own.chain })).toString('base64');
    const ocsp = vi.spyOn(OcspCrlStatusChecker.prototype, 'checkParsed');
    try {
      expect(await pki.signatureVerifier!.verify({ contentBytes: content, signature, expectedIin: citizen.iin, at: NOW })).toMatchObject({ valid: true });
      pki.ca!.revoke(own.certificate, new Date(NOW.getTime() - 1000));
      expect(await pki.signatureVerifier!.verify({ contentBytes: content, signature, at: NOW })).toMatchObject({ valid: false, code: 'CERTIFICATE_REVOKED' });
      expect(ocsp).not.toHaveBeenCalled();
    } finally {
      ocsp.mockRestore();
    }
  });

  it('issues every key again when the directory predates AIA (a manifest without publication URLs), with AIA this time', async () => {
    const manifestFile = path.join(pkiDir, 'manifest.json');
    const { publicationUrls: _urls, ...oldManifest } = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;
    await writeFile(manifestFile, JSON.stringify(oldManifest));
    const report = await ensureDemoKeys(pkiDir, new Date(NOW.getTime() + 120_000));
    expect(report).toMatchObject({ issued: demoKeyHolders().length, kept: 0, reissuedForNewProfile: true });
    const head = await importPkcs12(await readFile(demoSigningKeyFile(pkiDir, HEAD_IIN)), DEMO_PASSWORD);
    expect(readCrlDistributionUrls(head.certificate)).toEqual(['http://127.0.0.1:3000/pki/crl/qyzmet-demo-intermediate.crl']);
    expect(readAuthorityInfoAccess(head.certificate).ocsp).toEqual(['http://127.0.0.1:3000/pki/ocsp']);
    expect(await ensureDemoKeys(pkiDir, new Date(NOW.getTime() + 180_000))).toMatchObject({ issued: 0, reissuedForNewProfile: false });
  }, 240_000);
});
