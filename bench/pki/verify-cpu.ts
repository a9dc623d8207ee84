/**
 * Micro-benchmark of one EDS verification's CPU (issue #15 "verification at native speed", issue #19 walk): the
 * CmsSignatureVerifier over CAdES signatures the way the portal receives them, in one process, reporting CPU
 * microseconds per verification from process.cpuUsage (user + system), not wall time. Two shapes:
 *   - a new certificate per signature (each citizen applies once; parse, chain and status are first-time work);
 *   - the same certificate again (the gateway systems, a citizen's later requests: everything cached but the math).
 * `verifier=ca` asks the CA object for status (LocalCaStatusChecker); `verifier=server` is the server's own verifier
 * as `start` makes it (createLocalPki over a throwaway data directory: its status answers included).
 * Run: npx tsx bench/pki/verify-cpu.ts [signatures=300] [repeats=2000] [keyAlgorithm=ECDSA-P256|RSA-2048] [verifier=ca|server]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { CmsSignatureVerifier, LocalCa, LocalCaStatusChecker, signDetachedCades, TrustStore, type IssuedKey } from '../../src/adapters/pki/index.ts';
import { createLocalPki } from '../../src/composition/signature-verification.ts';
import type { SignatureVerifier } from '../../src/core/ports/signature-verifier.ts';

type KeyAlgorithm = 'ECDSA-P256' | 'RSA-2048';

const signatures = Number(process.argv[2] ?? 300);
const repeats = Number(process.argv[3] ?? 2000);
const keyAlgorithm = (process.argv[4] ?? 'ECDSA-P256') as KeyAlgorithm;
const verifierKind = (process.argv[5] ?? 'ca') as 'ca' | 'server';
const NOW = new Date('2026-03-02T09:00:00Z');
const CONTENT = new TextEncoder().encode('{"service":"job-seeker-registration","applicant":"880515300120"}');

function iinOf(index: number): string {
  // Any 12 digits serve here: the verifier reads the IIN, it does not check its digit.
  return `88051530${String(index).padStart(4, '0')}`;
}

async function signedBy(key: IssuedKey): Promise<string> {
  const der = await signDetachedCades({ contentBytes: CONTENT, signerCertificate: key.certificate, privateKey: key.privateKey, signingTime: NOW, extraCertificates: key.chain });
  return Buffer.from(der).toString('base64');
}

function cpuMicroseconds(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return used.user + used.system;
}

async function main(): Promise<void> {
  const pkiDir = await mkdtemp(path.join(os.tmpdir(), 'qyzmet-bench-pki-'));
  let ca: LocalCa;
  let verifier: SignatureVerifier;
  if (verifierKind === 'server') {
    const pki = await createLocalPki({ mode: 'local', pkiDir, publicUrl: 'http://127.0.0.1:3000', now: new Date('2026-01-01T00:00:00Z'), clock: () => NOW });
    ca = pki.ca as LocalCa;
    verifier = pki.signatureVerifier as SignatureVerifier;
  } else {
    ca = await LocalCa.create({ now: new Date('2026-01-01T00:00:00Z'), keyAlgorithm });
    verifier = new CmsSignatureVerifier({
      trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
      statusChecker: new LocalCaStatusChecker(ca),
    });
  }
  const distinct: string[] = [];
  for (let index = 0; index < signatures; index += 1) {
    const key = await ca.issue({ holder: { kind: 'individual', iin: iinOf(index), name: { surname: 'DEMO', firstName: 'CITIZEN' } }, purpose: 'signing', notBefore: new Date('2026-01-01T00:00:00Z'), validityDays: 365, keyAlgorithm });
    distinct.push(await signedBy(key));
  }
  let start = process.cpuUsage();
  for (const [index, signature] of distinct.entries()) {
    const verdict = await verifier.verify({ contentBytes: CONTENT, signature, expectedIin: iinOf(index), at: NOW });
    if (!verdict.valid) throw new Error(`signature ${index} refused: ${verdict.reason}`);
  }
  const newCertificateUs = cpuMicroseconds(start) / signatures;
  const same = distinct[0] as string;
  start = process.cpuUsage();
  for (let index = 0; index < repeats; index += 1) {
    const verdict = await verifier.verify({ contentBytes: CONTENT, signature: same, expectedIin: iinOf(0), at: NOW });
    if (!verdict.valid) throw new Error(`repeat ${index} refused: ${verdict.reason}`);
  }
  const sameCertificateUs = cpuMicroseconds(start) / repeats;
  await rm(pkiDir, { recursive: true, force: true });
  console.log(JSON.stringify({ verifier: verifierKind, keyAlgorithm, signatures, repeats, cpuMicrosecondsPerVerification: { newCertificate: Math.round(newCertificateUs), sameCertificate: Math.round(sameCertificateUs) }, node: process.version }));
}

await main();
