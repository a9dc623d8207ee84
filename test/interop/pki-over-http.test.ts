import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { certificateToDer, serialNumberHex } from '../../src/adapters/pki/certificate-builder.ts';
import { readAuthorityInfoAccess, readCrlDistributionUrls } from '../../src/adapters/pki/certificate-extensions.ts';
import { CmsSignatureVerifier } from '../../src/adapters/pki/cms-verifier.ts';
import { signDetachedCades } from '../../src/adapters/pki/cms-sign.ts';
import type { DemoKeysManifest } from '../../src/adapters/pki/demo-key-files.ts';
import { OcspCrlStatusChecker } from '../../src/adapters/pki/ocsp-crl-status-checker.ts';
import { encodePem } from '../../src/adapters/pki/pem.ts';
import { fetchTransport } from '../../src/adapters/pki/pki-transport.ts';
import { importPkcs12, type Pkcs12Contents } from '../../src/adapters/pki/pkcs12.ts';
import { TrustStore } from '../../src/adapters/pki/trust-store.ts';
import { DEMO_PASSWORD } from '../../src/composition/demo-data.ts';
import { startInteropApp, type InteropApp } from './support/interop-app.ts';
import { describeWithTools, run, toolVersions } from './support/outside-tools.ts';

/*
 * Issue #14 ("Certificates point to a CRL at http://localhost:8080/… that nothing serves and carry no AIA/OCSP") and
 * issue #18 ("openssl verify accepts every issued certificate with the CRL"), with the relying party's own tools:
 * curl fetches the CRL and the CA certificate from the URLs written in the certificates, `openssl verify -crl_check`
 * accepts every demo key's certificate, and `openssl ocsp` asks the responder about a good and a revoked one.
 */

const pem = (der: Uint8Array) => encodePem('CERTIFICATE', der);

describeWithTools('the demo CA over HTTP, checked with curl and OpenSSL', ['openssl', 'curl'], () => {
  let app: InteropApp;
  let work: string;
  let keys: { file: string; contents: Pkcs12Contents }[];
  let rootPem: string;
  let intermediatePem: string;

  beforeAll(async () => {
    console.info('interop tools:', toolVersions(['openssl', 'curl']));
    app = await startInteropApp(import.meta.url);
    work = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-interop-http-'));
    const manifest = JSON.parse(await readFile(path.join(app.pkiDir, 'manifest.json'), 'utf8')) as DemoKeysManifest;
    keys = [];
    for (const person of manifest.people) {
      for (const key of person.keys) keys.push({ file: key.file, contents: await importPkcs12(await readFile(path.join(app.pkiDir, key.file)), DEMO_PASSWORD) });
    }
    rootPem = path.join(work, 'root.pem');
    intermediatePem = path.join(work, 'intermediate.pem');
    await writeFile(rootPem, pem(certificateToDer(app.ca.root.certificate)));
    await writeFile(intermediatePem, pem(certificateToDer(app.ca.intermediate.certificate)));
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('every issued certificate names this server for its CRL, OCSP and CA certificate', () => {
    expect(keys.length).toBeGreaterThanOrEqual(30);
    for (const { contents } of keys) {
      expect(readCrlDistributionUrls(contents.certificate)).toEqual([`${app.baseUrl}/pki/crl/qyzmet-demo-intermediate.crl`]);
      expect(readAuthorityInfoAccess(contents.certificate)).toEqual({ ocsp: [`${app.baseUrl}/pki/ocsp`], caIssuers: [`${app.baseUrl}/pki/ca/qyzmet-demo-intermediate.cer`] });
    }
  });

  it('curl fetches the CRL from the URL in the certificates, and openssl verify -crl_check accepts every issued certificate with it', async () => {
    const [crlUrl] = readCrlDistributionUrls(keys[0]!.contents.certificate);
    const crlDer = path.join(work, 'demo.crl');
    await run('curl', ['--fail', '--silent', '--show-error', '--output', crlDer, crlUrl!]);
    const crlPem = path.join(work, 'demo.crl.pem');
    await run('openssl', ['crl', '-inform', 'DER', '-in', crlDer, '-out', crlPem]);
    const crlText = (await run('openssl', ['crl', '-in', crlPem, '-noout', '-text'])).stdout;
    expect(crlText).toContain('QYZMET DEMO');
    for (const [index, { file, contents }] of keys.entries()) {
      const certificateFile = path.join(work, `certificate-${index}.pem`);
      await writeFile(certificateFile, pem(certificateToDer(contents.certificate)));
      const verified = await run('openssl', ['verify', '-crl_check', '-CAfile', rootPem, '-untrusted', intermediatePem, '-CRLfile', crlPem, certificateFile]);
      expect(verified.stdout.trim(), file).toBe(`${certificateFile}: OK`);
    }
  });

  it('curl fetches the issuing CA certificate from the AIA caIssuers URL (DER)', async () => {
    const [caIssuers] = readAuthorityInfoAccess(keys[0]!.contents.certificate).caIssuers;
    const fetched = path.join(work, 'ca-issuers.cer');
    await run('curl', ['--fail', '--silent', '--show-error', '--output', fetched, caIssuers!]);
    expect(new Uint8Array(await readFile(fetched))).toEqual(certificateToDer(app.ca.intermediate.certificate));
  });

  it('openssl ocsp gets "good" for a certificate in force and "revoked" for a revoked one (POST), and the GET form answers too', async () => {
    const good = keys[0]!.contents.certificate;
    const revoked = keys[2]!.contents.certificate;
    app.ca.revoke(revoked, new Date(app.now.getTime() - 60_000), 'keyCompromise');
    const goodPem = path.join(work, 'good.pem');
    const revokedPem = path.join(work, 'revoked.pem');
    await writeFile(goodPem, pem(certificateToDer(good)));
    await writeFile(revokedPem, pem(certificateToDer(revoked)));
    const [ocspUrl] = readAuthorityInfoAccess(good).ocsp;
    const asked = await run('openssl', ['ocsp', '-issuer', intermediatePem, '-cert', goodPem, '-cert', revokedPem, '-url', ocspUrl!, '-CAfile', rootPem]);
    const answer = asked.stdout + asked.stderr;
    expect(answer).toContain('Response verify OK');
    expect(answer).toContain(`${goodPem}: good`);
    expect(answer).toContain(`${revokedPem}: revoked`);
    expect(answer).toMatch(/Reason: keyCompromise/);

    // RFC 6960 A.1: GET {url}/{url-encoded Base64 of the DER request}.
    const requestFile = path.join(work, 'request.der');
    await run('openssl', ['ocsp', '-issuer', intermediatePem, '-cert', goodPem, '-no_nonce', '-reqout', requestFile]);
    const encoded = encodeURIComponent((await readFile(requestFile)).toString('base64'));
    const responseFile = path.join(work, 'response.der');
    await run('curl', ['--fail', '--silent', '--show-error', '--output', responseFile, `${ocspUrl}/${encoded}`]);
    const read = await run('openssl', ['ocsp', '-respin', responseFile, '-issuer', intermediatePem, '-cert', goodPem, '-CAfile', rootPem]);
    expect(read.stdout + read.stderr).toContain(`${goodPem}: good`);
  });

  it('the status checker asks the same responder over the network: a revoked key’s signature is refused, a good one accepted', async () => {
    const verifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [app.ca.root.certificate], intermediates: [app.ca.intermediate.certificate] }),
      statusChecker: new OcspCrlStatusChecker({ transport: fetchTransport(), clock: () => app.now }),
    });
    const content = new TextEncoder().encode('{"interop":"ocsp"}');
    const signWith = async ({ contents }: { contents: Pkcs12Contents }) =>
      encodePem('CMS', await signDetachedCades({ contentBytes: content, signerCertificate: contents.certificate, privateKey: contents.privateKey, signingTime: app.now, extraCertificates: contents.chain }));
    const signingKeys = keys.filter(({ file }) => !path.basename(file).startsWith('AUTH_'));
    const revokedKey = signingKeys[3]!;
    app.ca.revoke(revokedKey.contents.certificate, new Date(app.now.getTime() - 1000));
    expect(await verifier.verify({ contentBytes: content, signature: await signWith(signingKeys[0]!), at: app.now })).toMatchObject({ valid: true });
    expect(await verifier.verify({ contentBytes: content, signature: await signWith(revokedKey), at: app.now })).toMatchObject({
      valid: false,
      code: 'CERTIFICATE_REVOKED',
      details: { serial: serialNumberHex(revokedKey.contents.certificate) },
    });
    // The server's own verifier (in-process OCSP, cache dropped on revocation) says the same.
    expect(await app.ctx.signatureVerifier!.verify({ contentBytes: content, signature: await signWith(revokedKey), at: app.now })).toMatchObject({ valid: false, code: 'CERTIFICATE_REVOKED' });
  });
});
