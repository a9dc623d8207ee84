import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { certificateToDer } from '../../src/adapters/pki/certificate-builder.ts';
import { signDetachedCades } from '../../src/adapters/pki/cms-sign.ts';
import type { IssuedKey } from '../../src/adapters/pki/local-ca.ts';
import { encodePem } from '../../src/adapters/pki/pem.ts';
import { importPkcs12, Pkcs12PasswordError } from '../../src/adapters/pki/pkcs12.ts';
import { signWithPkcs12 } from '../../web/src/signing/pkcs12-signer.ts';
import { CITIZEN, CONTENT, NOW, OFFICIAL, type PkiWorld, createPkiWorld } from '../pki/pki-fixture.ts';
import { LEGACY_PASSWORD, legacyKeyFile } from './support/legacy-key-file.ts';
import { describeWithTools, run } from './support/outside-tools.ts';

/*
 * Issue #14: "The built-in signer refuses PKCS#12 files with the older encryptions (3DES, RC2-40) that many key files
 * in circulation use." The file here is made by OpenSSL itself with -legacy (RC2-40 for the certificates, 3DES for
 * the key) and opened by the server's reader and by the browser-safe signer (web/src/signing, run under Node).
 */

describeWithTools('legacy PKCS#12 key files (openssl pkcs12 -export -legacy)', ['openssl'], () => {
  let world: PkiWorld;
  let directory: string;
  let citizenKey: IssuedKey;
  let citizenFile: Uint8Array;

  beforeAll(async () => {
    world = await createPkiWorld();
    directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-legacy-p12-'));
    citizenKey = await world.issue({ holder: CITIZEN });
    citizenFile = await legacyKeyFile(directory, citizenKey, 'RSA256_880515300120');
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('is really the legacy layout: RC2-40 certificates and a 3DES key, as OpenSSL reports', async () => {
    const info = await run('openssl', ['pkcs12', '-info', '-legacy', '-noout', '-in', path.join(directory, 'RSA256_880515300120.p12'), '-passin', `pass:${LEGACY_PASSWORD}`]);
    const report = info.stdout + info.stderr;
    expect(report).toContain('pbeWithSHA1And40BitRC2-CBC');
    expect(report).toContain('pbeWithSHA1And3-KeyTripleDES-CBC');
  });

  it('opens on the server with its key, certificate and chain, and signs what the verifier accepts', async () => {
    const contents = await importPkcs12(citizenFile, LEGACY_PASSWORD);
    expect(certificateToDer(contents.certificate)).toEqual(certificateToDer(citizenKey.certificate));
    expect(contents.chain.map(certificateToDer)).toEqual(expect.arrayContaining(citizenKey.chain.map(certificateToDer)));
    expect(contents.friendlyName).toBe('RSA256_880515300120');
    const signature = await signDetachedCades({ contentBytes: CONTENT, signerCertificate: contents.certificate, privateKey: contents.privateKey, signingTime: NOW, extraCertificates: contents.chain });
    const verdict = await (await world.verifierWithFreshCrl()).verify({ contentBytes: CONTENT, signature: encodePem('CMS', signature), expectedIin: CITIZEN.iin, at: NOW });
    expect(verdict).toMatchObject({ valid: true, signer: { iin: CITIZEN.iin } });
  });

  it('signs in the browser-safe built-in signer (a staff key with BIN), accepted by the verifier', async () => {
    const officialFile = await legacyKeyFile(directory, await world.issue({ holder: OFFICIAL }), 'RSA256_950101400012');
    const result = await signWithPkcs12(new Blob([officialFile.slice()]), LEGACY_PASSWORD, CONTENT, { purpose: 'document', expectedIin: OFFICIAL.iin, now: NOW });
    const verdict = await (await world.verifierWithFreshCrl()).verify({ contentBytes: CONTENT, signature: result.cmsBase64, expectedIin: OFFICIAL.iin, expectedBin: OFFICIAL.bin, at: NOW });
    expect(verdict.valid).toBe(true);
  });

  it('still tells a wrong password apart', async () => {
    await expect(importPkcs12(citizenFile, 'not-the-password')).rejects.toBeInstanceOf(Pkcs12PasswordError);
  });
});
