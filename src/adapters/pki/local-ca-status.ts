import type * as pkijs from 'pkijs';
import { bytesEqual } from './bytes.ts';
import { certificateToDer, serialNumberHex } from './certificate-builder.ts';
import type { CertificateStatus, CertificateStatusChecker } from './certificate-status.ts';
import type { LocalCa } from './local-ca.ts';
import type { ParsedCertificate } from './parsed-certificates.ts';

/**
 * Asks the in-process demo CA directly, like an OCSP responder would: a revocation counts at once, and there is no
 * CRL whose nextUpdate a long-running demo server would outlive. For files from other CAs it answers `unknown`.
 */
export class LocalCaStatusChecker implements CertificateStatusChecker {
  private readonly ca: LocalCa;
  /** The CA's issuing certificate as DER, encoded once. */
  private readonly intermediateDer: Uint8Array;

  constructor(ca: LocalCa) {
    this.ca = ca;
    this.intermediateDer = certificateToDer(ca.intermediate.certificate);
  }

  async check(certificate: pkijs.Certificate, issuer: pkijs.Certificate, at: Date): Promise<CertificateStatus> {
    return this.statusOf(serialNumberHex(certificate), certificateToDer(issuer), at);
  }

  async checkParsed(certificate: ParsedCertificate, issuer: ParsedCertificate, at: Date): Promise<CertificateStatus> {
    return this.statusOf(certificate.skeleton.serialHex, issuer.skeleton.der, at);
  }

  private statusOf(serialHex: string, issuerDer: Uint8Array, at: Date): CertificateStatus {
    if (!bytesEqual(issuerDer, this.intermediateDer)) return 'unknown';
    const entry = this.ca.revoked.find((candidate) => candidate.serialHex === serialHex);
    return entry && entry.revokedAt.getTime() <= at.getTime() ? 'revoked' : 'good';
  }
}
