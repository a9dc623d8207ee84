import { X509Certificate, createHash } from 'node:crypto';
import * as pkijs from 'pkijs';
import { signDetachedCades } from '/work/wt/perf/src/adapters/pki/cms-sign.ts';
import { certificateToDer, certificateFromDer } from '/work/wt/perf/src/adapters/pki/certificate-builder.ts';
import { LocalCa } from '/work/wt/perf/src/adapters/pki/local-ca.ts';
import { LocalCaStatusChecker } from '/work/wt/perf/src/adapters/pki/local-ca-status.ts';
import { TrustStore } from '/work/wt/perf/src/adapters/pki/trust-store.ts';
import { CmsSignatureVerifier } from '/work/wt/perf/src/adapters/pki/cms-verifier.ts';
import { parseSignedData } from '/work/wt/perf/src/adapters/pki/cms-parse.ts';
const NOW = new Date('2026-03-02T09:00:00Z');
const ca = await LocalCa.create({ now: new Date(NOW.getTime() - 400*86400000), keyAlgorithm: 'ECDSA-P256' });
const content = new TextEncoder().encode('{"a":1}');
const sigs: string[] = []; const ders: Uint8Array[] = [];
for (let i = 0; i < 200; i++) {
  const key = await ca.issue({ holder: { kind: 'individual', iin: '880515300120', name: { surname: 'A', firstName: 'B' } }, purpose: 'signing', notBefore: new Date(NOW.getTime() - 86400000), validityDays: 365, keyAlgorithm: 'ECDSA-P256' });
  const der = await signDetachedCades({ contentBytes: content, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: NOW });
  sigs.push(Buffer.from(der).toString('base64')); ders.push(certificateToDer(key.certificate));
}
const v = new CmsSignatureVerifier({ trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }), statusChecker: new LocalCaStatusChecker(ca) });
async function time(name: string, f: (i: number) => unknown) { for (let i=0;i<50;i++) await f(i); const t = performance.now(); for (let i = 0; i < 200; i++) await f(i); console.log(name, ((performance.now()-t)/200).toFixed(3), 'ms'); }
await time('verify', async (i) => { const r = await v.verify({ contentBytes: content, signature: sigs[i]!, expectedIin: '880515300120', at: NOW }); if (!r.valid) throw new Error(r.reason); });
await time('parseSignedData', (i) => parseSignedData(sigs[i]!));
await time('pkijs cert fromDer', (i) => certificateFromDer(ders[i]!));
await time('X509Certificate', (i) => new X509Certificate(ders[i]!));
await time('X509 + subject', (i) => new X509Certificate(ders[i]!).subject);
