import type * as pkijs from 'pkijs';
import { bytesEqual } from './bytes.ts';
import { certificateToDer, serialNumberHex } from './certificate-builder.ts';
import type { CertificateStatus, CertificateStatusChecker } from './certificate-status.ts';
import type { LocalCa } from './local-ca.ts';

/**
 * Asks the in-process demo CA directly, like an OCSP responder would: a revocation counts at once, and there is no
 * CRL whose nextUpdate a long-running demo server would outlive. For files from other CAs it answers `unknown`.
 */
export class LocalCaStatusChecker implements CertificateStatusChecker {
  private readonly ca: LocalCa;

  constructor(ca: LocalCa) {
    this.ca = ca;
  }

  async check(certificate: pkijs.Certificate, issuer: pkijs.Certificate, at: Date): Promise<CertificateStatus> {
    if (!bytesEqual(certificateToDer(issuer), certificateToDer(this.ca.intermediate.certificate))) return 'unknown';
    const serialHex = serialNumberHex(certificate);
    const entry = this.ca.revoked.find((candidate) => candidate.serialHex === serialHex);
    return entry && entry.revokedAt.getTime() <= at.getTime() ? 'revoked' : 'good';
  }
}
