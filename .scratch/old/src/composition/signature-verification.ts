import path from 'node:path';
import { CmsSignatureVerifier, LocalCa, LocalCaStatusChecker, loadLocalCa, localCaExists, saveLocalCa, TrustStore } from '../adapters/pki/index.ts';
import type { SignatureVerifier } from '../core/ports/signature-verifier.ts';

export type EdsVerificationMode = 'off' | 'local';

/**
 * The EDS verifier for the configured mode. `local`: the demo certification authority kept in `pkiDir` (created on
 * first start) is the trust anchor and answers revocation; a real deployment puts the NCA roots in the trust store
 * and an OCSP client behind the same CertificateStatusChecker port. `off`: signatures are recorded unverified.
 */
export async function createSignatureVerifier(mode: EdsVerificationMode, pkiDir: string, now: Date): Promise<SignatureVerifier | null> {
  if (mode === 'off') return null;
  const caDir = path.join(pkiDir, 'ca');
  let ca: LocalCa;
  if (await localCaExists(caDir)) ca = await loadLocalCa(caDir);
  else {
    ca = await LocalCa.create({ now });
    await saveLocalCa(ca, caDir);
  }
  return new CmsSignatureVerifier({
    trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
    statusChecker: new LocalCaStatusChecker(ca),
  });
}
