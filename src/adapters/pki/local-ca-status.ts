import type * as pkijs from 'pkijs';
import { bytesEqual } from './bytes.ts';
import { certificateToDer, serialNumberHex } from './certificate-builder.ts';
import type { CertificateStatus, CertificateStatusChecker } from './certificate-status.ts';
import type { LocalCa } from './local-ca.ts';
import type { ParsedCertificate } from './parsed-certificates.ts';

/**
 * Asks the in-process demo CA directly, like an OCSP responder would: a revocation counts at once, and there is no
 * CRL whose nextUpdate a long-running demo server would outlive. Certificates of other CAs go to `otherCas` (the
 * server's OCSP/CRL checker), or are `unknown` without one. The server's own CA is asked this way rather than through
 * its own OCSP responder: asking and answering in one process, the OCSP request, the CA's signed answer and its
 * reading are a detour with the same result (issue #19), while relying parties still ask the responder over HTTP.
 */
export class LocalCaStatusChecker implements CertificateStatusChecker {
  private readonly ca: LocalCa;
  private readonly otherCas: CertificateStatusChecker | null;
  /** The CA's issuing certificate as DER, encoded once. */
  private readonly intermediateDer: Uint8Array;

  constructor(ca: LocalCa, options: { readonly otherCas?: CertificateStatusChecker } = {}) {
    this.ca = ca;
    this.otherCas = options.otherCas ?? null;
    this.intermediateDer = certificateToDer(ca.intermediate.certificate);
  }

  async check(certificate: pkijs.Certificate, issuer: pkijs.Certificate, at: Date): Promise<CertificateStatus> {
    const issuerDer = certificateToDer(issuer);
    if (!this.issuedHere(issuerDer)) return this.otherCas ? this.otherCas.check(certificate, issuer, at) : 'unknown';
    return this.statusOf(serialNumberHex(certificate), at);
  }

  async checkParsed(certificate: ParsedCertificate, issuer: ParsedCertificate, at: Date): Promise<CertificateStatus> {
    if (!this.issuedHere(issuer.skeleton.der)) {
      if (!this.otherCas) return 'unknown';
      return this.otherCas.checkParsed ? this.otherCas.checkParsed(certificate, issuer, at) : this.otherCas.check(certificate.certificate, issuer.certificate, at);
    }
    return this.statusOf(certificate.skeleton.serialHex, at);
  }

  private issuedHere(issuerDer: Uint8Array): boolean {
    return bytesEqual(issuerDer, this.intermediateDer);
  }

  private statusOf(serialHex: string, at: Date): CertificateStatus {
    const entry = this.ca.revoked.find((candidate) => candidate.serialHex === serialHex);
    return entry && entry.revokedAt.getTime() <= at.getTime() ? 'revoked' : 'good';
  }
}
