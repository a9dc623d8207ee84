import { beforeAll, describe, expect, it } from 'vitest';
import { certificateToDer } from '../../src/adapters/pki/certificate-builder.ts';
import { signDetachedCades } from '../../src/adapters/pki/cms-sign.ts';
import type { IssuedKey } from '../../src/adapters/pki/local-ca.ts';
import { Pkcs12FormatError, Pkcs12PasswordError, exportPkcs12, importPkcs12 } from '../../src/adapters/pki/pkcs12.ts';
import { encodePem } from '../../src/adapters/pki/pem.ts';
import { CITIZEN, CONTENT, NOW, type PkiWorld, createPkiWorld } from './pki-fixture.ts';

describe('PKCS#12 key files', () => {
  let world: PkiWorld;
  let rsaKey: IssuedKey;
  let ecdsaKey: IssuedKey;

  beforeAll(async () => {
    world = await createPkiWorld();
    rsaKey = await world.issue({ holder: CITIZEN });
    ecdsaKey = await world.issue({ holder: CITIZEN, keyAlgorithm: 'ECDSA-P256' });
  });

  it.each([
    ['RSA-2048', () => rsaKey],
    ['ECDSA-P256', () => ecdsaKey],
  ])('round-trips a %s key with its certificate, chain and friendly name', async (_name, pick) => {
    const key = pick();
    const file = await exportPkcs12({ privateKey: key.privateKey, certificate: key.certificate, chain: key.chain, password: 'Qwerty12', friendlyName: 'RSA256_880515300120' });
    const imported = await importPkcs12(file, 'Qwerty12');
    expect(certificateToDer(imported.certificate)).toEqual(certificateToDer(key.certificate));
    expect(imported.chain.map(certificateToDer)).toEqual(key.chain.map(certificateToDer));
    expect(imported.friendlyName).toBe('RSA256_880515300120');
    expect(imported.privateKey.algorithm.name).toBe(key.privateKey.algorithm.name);
  });

  it('gives back a key that signs documents the verifier accepts', async () => {
    const file = await exportPkcs12({ privateKey: rsaKey.privateKey, certificate: rsaKey.certificate, chain: rsaKey.chain, password: 'ҚұпиясөзӘ1' });
    const imported = await importPkcs12(file, 'ҚұпиясөзӘ1');
    const signature = await signDetachedCades({ contentBytes: CONTENT, signerCertificate: imported.certificate, privateKey: imported.privateKey, signingTime: NOW });
    const verdict = await (await world.verifierWithFreshCrl()).verify({ contentBytes: CONTENT, signature: encodePem('CMS', signature), expectedIin: CITIZEN.iin, at: NOW });
    expect(verdict.valid).toBe(true);
  });

  it('rejects a wrong password with Pkcs12PasswordError', async () => {
    const file = await exportPkcs12({ privateKey: rsaKey.privateKey, certificate: rsaKey.certificate, password: 'right' });
    await expect(importPkcs12(file, 'wrong')).rejects.toBeInstanceOf(Pkcs12PasswordError);
    await expect(importPkcs12(file, 'wrong')).rejects.toThrow('The PKCS#12 password is wrong');
  });

  it('rejects bytes that are not PKCS#12 with Pkcs12FormatError', async () => {
    await expect(importPkcs12(certificateToDer(rsaKey.certificate), 'any')).rejects.toBeInstanceOf(Pkcs12FormatError);
    await expect(importPkcs12(new Uint8Array([1, 2, 3]), 'any')).rejects.toBeInstanceOf(Pkcs12FormatError);
  });
});
