import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CrlCertificateStatusChecker } from '../../src/adapters/pki/certificate-status.ts';
import { signDetachedCades } from '../../src/adapters/pki/cms-sign.ts';
import { CmsSignatureVerifier } from '../../src/adapters/pki/cms-verifier.ts';
import { encodePem } from '../../src/adapters/pki/pem.ts';
import { importPkcs12 } from '../../src/adapters/pki/pkcs12.ts';
import { TrustStore } from '../../src/adapters/pki/trust-store.ts';
import { DEFAULT_DEMO_PEOPLE, issueDemoKeys } from '../../scripts/issue-demo-keys.ts';
import { CONTENT, NOW, daysFromNow } from './pki-fixture.ts';

describe('scripts/issue-demo-keys', () => {
  it('writes a CA, a CRL and per-person signing/auth .p12 files whose signatures the verifier accepts', async () => {
    const outDirectory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-demo-keys-'));
    const manifest = await issueDemoKeys({
      outDirectory,
      people: DEFAULT_DEMO_PEOPLE,
      password: 'Qwerty12',
      now: daysFromNow(-1),
      validityDays: 365,
      keyAlgorithm: 'RSA-2048',
    });
    const staff = manifest.people.find((person) => person.bin);
    expect(staff?.keys.map((key) => key.file)).toEqual(['keys/950101400012/RSA256_950101400012.p12', 'keys/950101400012/AUTH_RSA256_950101400012.p12']);

    const verifier = new CmsSignatureVerifier({
      trustStore: await TrustStore.fromFiles({ anchorFiles: [path.join(outDirectory, manifest.trustAnchorFile)], intermediateFiles: [path.join(outDirectory, manifest.intermediateFile)] }),
      statusChecker: new CrlCertificateStatusChecker([new Uint8Array(await readFile(path.join(outDirectory, manifest.crlFile)))]),
    });
    const signing = await importPkcs12(new Uint8Array(await readFile(path.join(outDirectory, staff?.keys[0]?.file ?? ''))), 'Qwerty12');
    const signature = encodePem('CMS', await signDetachedCades({ contentBytes: CONTENT, signerCertificate: signing.certificate, privateKey: signing.privateKey, signingTime: NOW }));
    const verdict = await verifier.verify({ contentBytes: CONTENT, signature, expectedIin: '950101400012', expectedBin: '950140000016', at: NOW });
    expect(verdict).toMatchObject({ valid: true, signer: { iin: '950101400012', bin: '950140000016' } });

    const auth = await importPkcs12(new Uint8Array(await readFile(path.join(outDirectory, staff?.keys[1]?.file ?? ''))), 'Qwerty12');
    const authSignature = encodePem('CMS', await signDetachedCades({ contentBytes: CONTENT, signerCertificate: auth.certificate, privateKey: auth.privateKey, signingTime: NOW }));
    expect(await verifier.verify({ contentBytes: CONTENT, signature: authSignature, at: NOW })).toMatchObject({ valid: false, code: 'KEY_USAGE_NOT_SIGNING' });
  });

  it('refuses a person with an invalid IIN before writing key files', async () => {
    const outDirectory = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-demo-keys-'));
    await expect(
      issueDemoKeys({ outDirectory, people: [{ iin: '123456789012', surname: 'X', firstName: 'Y' }], password: 'p', now: NOW, validityDays: 30, keyAlgorithm: 'ECDSA-P256' }),
    ).rejects.toThrow(/IIN 123456789012/);
    expect(await readdir(outDirectory)).toEqual([]);
  });
});
