import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  certificateFromDer,
  certificateToDer,
  CmsSignatureVerifier,
  derFromPemBase64OrDer,
  encodePem,
  exportPkcs8,
  importPkcs8SigningKey,
  LocalCa,
  LocalCaStatusChecker,
  loadLocalCa,
  localCaExists,
  saveLocalCa,
  serialNumberHex,
  signDetachedCades,
  TrustStore,
} from '../pki/index.ts';
import { withCheckDigit } from '../../core/identity/iin.ts';
import type { CheckpointSigner } from '../../core/ports/checkpoint-signer.ts';

const DAY_MS = 86_400_000;
/** The system the checkpoint key belongs to: Qyzmet itself (a demo BIN; a deployment uses its NCA system key). */
const SYSTEM_BIN = withCheckDigit('02034000003') ?? '';
const SYSTEM_IIN = withCheckDigit('80010130998') ?? '';
const FILES = { certificate: 'audit-checkpoint.crt.pem', key: 'audit-checkpoint.key.pem' } as const;

async function loadOrCreateCa(caDir: string, now: Date): Promise<LocalCa> {
  if (await localCaExists(caDir)) return loadLocalCa(caDir);
  const ca = await LocalCa.create({ now });
  await saveLocalCa(ca, caDir);
  return ca;
}

/**
 * The checkpoint key: a system signing certificate issued once by the local CA in `<pkiDir>/ca` and kept in
 * `<pkiDir>/system/` (outside the database, so whoever can rewrite tables cannot re-sign checkpoints). A signature
 * counts only when it verifies against that CA (chain, validity, revocation, key usage) AND its certificate is this
 * very one (pinned by serial number).
 */
export async function openCheckpointSigner(pkiDir: string, now: Date): Promise<CheckpointSigner> {
  const ca = await loadOrCreateCa(path.join(pkiDir, 'ca'), now);
  const systemDir = path.join(pkiDir, 'system');
  const certificateFile = path.join(systemDir, FILES.certificate);
  let certificate;
  let privateKey: CryptoKey;
  try {
    certificate = certificateFromDer(derFromPemBase64OrDer(await readFile(certificateFile, 'utf8')));
    privateKey = await importPkcs8SigningKey(derFromPemBase64OrDer(await readFile(path.join(systemDir, FILES.key), 'utf8')));
  } catch {
    const issued = await ca.issue({
      holder: { kind: 'legalEntityEmployee', iin: SYSTEM_IIN, bin: SYSTEM_BIN, organization: 'QYZMET AUDIT (DEMO)', name: { surname: 'SYSTEM', firstName: 'AUDIT' } },
      purpose: 'signing',
      notBefore: new Date(now.getTime() - DAY_MS),
      validityDays: 3650,
      keyAlgorithm: 'ECDSA-P256',
    });
    await mkdir(systemDir, { recursive: true });
    await writeFile(certificateFile, encodePem('CERTIFICATE', certificateToDer(issued.certificate)));
    await writeFile(path.join(systemDir, FILES.key), encodePem('PRIVATE KEY', await exportPkcs8(issued.privateKey)), { mode: 0o600 });
    certificate = issued.certificate;
    privateKey = issued.privateKey;
  }
  const pinnedSerial = serialNumberHex(certificate);
  const verifier = new CmsSignatureVerifier({
    trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
    statusChecker: new LocalCaStatusChecker(ca),
  });
  return {
    async sign(statement, at) {
      const der = await signDetachedCades({ contentBytes: statement, signerCertificate: certificate, privateKey, signingTime: at });
      return Buffer.from(der).toString('base64');
    },
    async problem(statement, signature, at) {
      const verdict = await verifier.verify({ contentBytes: statement, signature, at });
      if (!verdict.valid) return `${verdict.code}: ${verdict.reason}`;
      if (verdict.signer.certificateSerialHex !== pinnedSerial) {
        return `signed by certificate ${verdict.signer.certificateSerialHex}, not the system's checkpoint key ${pinnedSerial}`;
      }
      return null;
    },
  };
}
