import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signDetachedCades } from '../../src/adapters/pki/cms-sign.ts';
import type { CmsSignatureVerifier } from '../../src/adapters/pki/cms-verifier.ts';
import { exportPkcs8 } from '../../src/adapters/pki/key-algorithms.ts';
import type { IssuedKey } from '../../src/adapters/pki/local-ca.ts';
import { encodePem } from '../../src/adapters/pki/pem.ts';
import { exportPkcs12 } from '../../src/adapters/pki/pkcs12.ts';
import { signWithPkcs12 } from '../../web/src/signing/pkcs12-signer.ts';
import { CITIZEN, CONTENT, NOW, type PkiWorld, createPkiWorld, pemOf } from '../pki/pki-fixture.ts';
import { describeWithTools, run } from './support/outside-tools.ts';

/*
 * Issue #18: "OpenSSL-made CMS signatures are accepted and Qyzmet's are verified by `openssl cms -verify`" — kept
 * that way. OpenSSL signs as NCALayer does (SHA-256, signed attributes, the signer's certificate and chain; attached
 * or detached); Qyzmet's server signer and the browser-safe built-in signer sign; each side checks the other's.
 */

describeWithTools('CMS signatures between OpenSSL and Qyzmet', ['openssl'], () => {
  let world: PkiWorld;
  let verifier: CmsSignatureVerifier;
  let key: IssuedKey;
  let work: string;
  const file = (name: string) => path.join(work, name);

  beforeAll(async () => {
    world = await createPkiWorld();
    verifier = await world.verifierWithFreshCrl();
    key = await world.issue({ holder: CITIZEN });
    work = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-interop-cms-'));
    await writeFile(file('content.bin'), CONTENT);
    await writeFile(file('signer.pem'), pemOf(key.certificate));
    await writeFile(file('signer.key.pem'), encodePem('PRIVATE KEY', await exportPkcs8(key.privateKey)), { mode: 0o600 });
    await writeFile(file('chain.pem'), key.chain.map(pemOf).join(''));
    await writeFile(file('root.pem'), pemOf(world.ca.root.certificate));
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  /** `openssl cms -sign` is detached unless -nodetach is given (it has no -detach flag). */
  const opensslSign = (mode: 'attached' | 'detached', outform: 'PEM' | 'DER', out: string) =>
    run('openssl', ['cms', '-sign', '-binary', ...(mode === 'attached' ? ['-nodetach'] : []), '-md', 'sha256', '-in', file('content.bin'), '-signer', file('signer.pem'), '-inkey', file('signer.key.pem'), '-certfile', file('chain.pem'), '-outform', outform, '-out', file(out)]);

  it('accepts an attached CMS made by openssl cms -sign -nodetach (PEM, as NCALayer returns it)', async () => {
    await opensslSign('attached', 'PEM', 'attached.pem');
    const signature = await readFile(file('attached.pem'), 'utf8');
    expect(signature).toMatch(/^-----BEGIN CMS-----/);
    expect(await verifier.verify({ contentBytes: CONTENT, signature, expectedIin: CITIZEN.iin, at: NOW })).toMatchObject({ valid: true, signer: { iin: CITIZEN.iin } });
  });

  it('accepts a detached CMS made by openssl cms -sign without -nodetach (DER, sent as Base64)', async () => {
    await opensslSign('detached', 'DER', 'detached.der');
    const signature = (await readFile(file('detached.der'))).toString('base64');
    expect(await verifier.verify({ contentBytes: CONTENT, signature, expectedIin: CITIZEN.iin, at: NOW })).toMatchObject({ valid: true });
    // …and only over the bytes OpenSSL signed.
    expect(await verifier.verify({ contentBytes: new TextEncoder().encode('other'), signature, at: NOW })).toMatchObject({ valid: false, code: 'SIGNATURE_INVALID' });
  });

  async function opensslVerifies(signatureDer: Uint8Array, name: string): Promise<string> {
    await writeFile(file(name), signatureDer);
    const result = await run('openssl', ['cms', '-verify', '-binary', '-inform', 'DER', '-in', file(name), '-content', file('content.bin'), '-CAfile', file('root.pem'), '-out', file(`${name}.out`)]);
    expect(new Uint8Array(await readFile(file(`${name}.out`)))).toEqual(CONTENT);
    return result.stdout + result.stderr;
  }

  it('openssl cms -verify accepts the server signer’s CAdES-BES detached CMS', async () => {
    const der = await signDetachedCades({ contentBytes: CONTENT, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: NOW, extraCertificates: key.chain });
    expect(await opensslVerifies(der, 'qyzmet-server.der')).toContain('Verification successful');
  });

  it('openssl cms -verify accepts the browser-safe built-in signer’s CMS made from a key file', async () => {
    const keyFile = await exportPkcs12({ privateKey: key.privateKey, certificate: key.certificate, chain: key.chain, password: 'Qwerty12', iterations: 1000 });
    const result = await signWithPkcs12(keyFile, 'Qwerty12', CONTENT, { purpose: 'request', expectedIin: CITIZEN.iin, now: NOW });
    expect(await opensslVerifies(new Uint8Array(Buffer.from(result.cmsBase64, 'base64')), 'qyzmet-browser.der')).toContain('Verification successful');
  });
});
