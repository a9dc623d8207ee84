import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bytesToBase64 } from '../../src/adapters/pki/bytes.ts';
import { signDetachedCades } from '../../src/adapters/pki/cms-sign.ts';
import { exportPkcs8 } from '../../src/adapters/pki/key-algorithms.ts';
import type { IssuedKey } from '../../src/adapters/pki/local-ca.ts';
import { CmsSignatureVerifier as Verifier } from '../../src/adapters/pki/cms-verifier.ts';
import { LocalCaStatusChecker } from '../../src/adapters/pki/local-ca-status.ts';
import { ParsedCertificate, ParsedCertificateCache } from '../../src/adapters/pki/parsed-certificates.ts';
import { encodePem } from '../../src/adapters/pki/pem.ts';
import { CITIZEN, CONTENT, NOW, type PkiWorld, createPkiWorld, pemOf } from './pki-fixture.ts';

/**
 * The native path (strict DER reader + node:crypto) against signatures made by other tools, its BER fallback, its
 * bounded certificate cache, and a fuzz of whole verifications. test/pki/cms-verifier.test.ts holds the condition-2
 * checks, which run through the same path.
 */
describe('CmsSignatureVerifier on its native path', () => {
  let world: PkiWorld;
  let verifier: Verifier;
  let rsaKey: IssuedKey;
  let ecdsaKey: IssuedKey;
  let directory: string;

  beforeAll(async () => {
    world = await createPkiWorld();
    rsaKey = await world.issue({ holder: CITIZEN });
    ecdsaKey = await world.issue({ holder: CITIZEN, keyAlgorithm: 'ECDSA-P256' });
    verifier = await world.verifierWithFreshCrl();
    directory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-openssl-cms-'));
    await writeFile(path.join(directory, 'content.json'), CONTENT);
    await writeFile(path.join(directory, 'intermediate.pem'), pemOf(world.ca.intermediate.certificate));
    for (const [name, key] of [['rsa', rsaKey], ['ecdsa', ecdsaKey]] as const) {
      await writeFile(path.join(directory, `${name}.pem`), pemOf(key.certificate));
      await writeFile(path.join(directory, `${name}.key`), encodePem('PRIVATE KEY', await exportPkcs8(key.privateKey)));
    }
  });

  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  /** `openssl cms -sign`, detached, SHA-256, DER; extra flags add CAdES attributes, BER streaming or the chain. */
  async function opensslSign(name: 'rsa' | 'ecdsa', extra: readonly string[]): Promise<string> {
    const out = path.join(directory, `${name}-${extra.join('').replace(/[^a-z]/g, '')}.p7s`);
    execFileSync('openssl', [
      'cms', '-sign', '-binary', '-md', 'sha256', '-in', path.join(directory, 'content.json'),
      '-signer', path.join(directory, `${name}.pem`), '-inkey', path.join(directory, `${name}.key`), '-outform', 'DER', '-out', out, ...extra,
    ]);
    return bytesToBase64(new Uint8Array(await readFile(out)));
  }

  it.each([
    ['rsa', []],
    ['ecdsa', []],
    ['rsa', ['-cades']],
    ['ecdsa', ['-cades', '-certfile', 'INTERMEDIATE']],
  ] as const)('accepts an OpenSSL-made %s signature (flags %j) for the signer IIN', async (name, flags) => {
    const signature = await opensslSign(name, flags.map((flag) => (flag === 'INTERMEDIATE' ? path.join(directory, 'intermediate.pem') : flag)));
    const verdict = await verifier.verify({ contentBytes: CONTENT, signature, expectedIin: CITIZEN.iin, at: NOW });
    expect(verdict.valid, verdict.valid ? '' : verdict.reason).toBe(true);
    const tampered = CONTENT.slice();
    tampered[0] = (tampered[0] ?? 0) ^ 1;
    expect((await verifier.verify({ contentBytes: tampered, signature, at: NOW })).valid).toBe(false);
  });

  it('reads a BER (indefinite-length, streamed) OpenSSL signature through the pkijs fallback, with the same verdicts', async () => {
    const signature = await opensslSign('rsa', ['-stream', '-cades']);
    expect(Buffer.from(signature, 'base64')[1]).toBe(0x80);
    const verdict = await verifier.verify({ contentBytes: CONTENT, signature, expectedIin: CITIZEN.iin, at: NOW });
    expect(verdict.valid, verdict.valid ? '' : verdict.reason).toBe(true);
    const wrongPerson = await verifier.verify({ contentBytes: CONTENT, signature, expectedIin: '061211600012', at: NOW });
    expect(wrongPerson).toMatchObject({ valid: false, code: 'SIGNER_IIN_MISMATCH' });
  });

  it('judges a DER signature without pkijs: chain, validity, revocation, key usage and identity read natively (issue #15)', async () => {
    const nativeVerifier = new Verifier({ trustStore: world.trustStore(), statusChecker: new LocalCaStatusChecker(world.ca) });
    const revoked = await world.issue({ holder: CITIZEN, keyAlgorithm: 'ECDSA-P256' });
    world.ca.revoke(revoked.certificate, NOW);
    const sign = async (key: IssuedKey) =>
      bytesToBase64(await signDetachedCades({ contentBytes: CONTENT, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: NOW, extraCertificates: key.chain }));
    const pkijsReads = vi.spyOn(ParsedCertificate.prototype, 'certificate', 'get');
    try {
      const good = await nativeVerifier.verify({ contentBytes: CONTENT, signature: await sign(ecdsaKey), expectedIin: CITIZEN.iin, at: NOW });
      expect(good).toMatchObject({ valid: true, signer: { iin: CITIZEN.iin, certificateSerialHex: expect.stringMatching(/^[0-9a-f]+$/) } });
      const refused = await nativeVerifier.verify({ contentBytes: CONTENT, signature: await sign(revoked), at: NOW });
      expect(refused).toMatchObject({ valid: false, code: 'CERTIFICATE_REVOKED' });
      const wrongKey = await nativeVerifier.verify({ contentBytes: CONTENT, signature: await sign(ecdsaKey), purpose: 'authenticate', at: NOW });
      expect(wrongKey).toMatchObject({ valid: false, code: 'KEY_USAGE_NOT_AUTHENTICATION' });
      expect(pkijsReads).not.toHaveBeenCalled();
    } finally {
      pkijsReads.mockRestore();
    }
  });

  it('parses a certificate once however many signatures carry it, and forgets the least recent beyond its bound', async () => {
    const cache = new ParsedCertificateCache(2);
    const third = await world.issue({ holder: { ...CITIZEN, iin: '061211600012' } });
    const first = cache.parse(new Uint8Array(Buffer.from(pemOf(rsaKey.certificate).replace(/-----[A-Z ]+-----|\s/g, ''), 'base64')));
    expect(cache.parse(first.skeleton.der.slice())).toBe(first);
    const certificateSpy = vi.spyOn(first, 'certificate', 'get');
    cache.parse(new Uint8Array(Buffer.from(pemOf(ecdsaKey.certificate).replace(/-----[A-Z ]+-----|\s/g, ''), 'base64')));
    cache.parse(new Uint8Array(Buffer.from(pemOf(third.certificate).replace(/-----[A-Z ]+-----|\s/g, ''), 'base64')));
    expect(cache.size).toBe(2);
    expect(cache.parse(first.skeleton.der.slice())).not.toBe(first);
    expect(certificateSpy).not.toHaveBeenCalled();
  });

  it('fuzz: a verification of a damaged signature answers a verdict (never throws); a flip it accepts is outside what was signed', async () => {
    const signature = await signDetachedCades({ contentBytes: CONTENT, signerCertificate: ecdsaKey.certificate, privateKey: ecdsaKey.privateKey, signingTime: NOW });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: signature.length - 1 }), fc.integer({ min: 1, max: 255 }), async (position, mask) => {
        const damaged = signature.slice();
        damaged[position] = (damaged[position] ?? 0) ^ mask;
        const verdict = await verifier.verify({ contentBytes: CONTENT, signature: bytesToBase64(damaged), expectedIin: CITIZEN.iin, at: NOW });
        // Fields no signature covers (SignedData's version and digestAlgorithms list) may change without harm; the
        // signer, the content and the signed attributes may not.
        if (verdict.valid) expect(verdict.signer.iin).toBe(CITIZEN.iin);
        else expect(verdict.code).toMatch(/^(SIGNATURE_INVALID|CERTIFICATE_UNTRUSTED|UNSUPPORTED_ALGORITHM|CERTIFICATE_[A-Z_]+|KEY_USAGE_NOT_SIGNING|SIGNER_IIN_MISMATCH)$/);
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});
