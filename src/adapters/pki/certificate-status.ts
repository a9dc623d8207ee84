import type * as pkijs from 'pkijs';
import { serialNumberHex } from './certificate-builder.ts';
import { crlEntries, parseCrl } from './crl.ts';
import { formatName, namesEqual } from './distinguished-name.ts';
import { pkiEngine } from './key-algorithms.ts';
import type { ParsedCertificate } from './parsed-certificates.ts';

export type CertificateStatus = 'good' | 'revoked' | 'unknown';

/**
 * Whether a certificate was revoked at a given moment.
 *
 * This is the seam for the real NCA: an OCSP client for http://ocsp.pki.gov.kz/ (kz-ecosystem.md §3) will implement
 * the same interface; here only the CRL-based local implementation exists (no network OCSP yet).
 * `unknown` means the checker has no authority over this certificate; implementations throw
 * CertificateStatusUnavailableError when the source itself fails (network down, CRL stale).
 */
export interface CertificateStatusChecker {
  check(certificate: pkijs.Certificate, issuer: pkijs.Certificate, at: Date): Promise<CertificateStatus>;
  /**
   * The same question over certificates the strict DER reader read (the verifier's hot path). A checker that
   * answers it natively keeps pkijs off that path; without it the verifier asks check() with the pkijs objects.
   */
  checkParsed?(certificate: ParsedCertificate, issuer: ParsedCertificate, at: Date): Promise<CertificateStatus>;
}

/** The status source failed; the verifier turns it into CERTIFICATE_STATUS_UNAVAILABLE (an external error, 503). */
export class CertificateStatusUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CertificateStatusUnavailableError';
  }
}

/**
 * Checks revocation against CRLs held in memory (the local CA's, or NCA CRL files downloaded by a job).
 * Only CRLs whose signature verifies with the issuer's key count, so a forged CRL cannot un-revoke anything.
 */
export class CrlCertificateStatusChecker implements CertificateStatusChecker {
  private crls: pkijs.CertificateRevocationList[] = [];

  constructor(crls: readonly (pkijs.CertificateRevocationList | string | Uint8Array)[] = []) {
    for (const crl of crls) this.addCrl(crl);
  }

  /** Adds a CRL as parsed object, PEM, Base64 or DER (the NCA publishes DER .crl files). */
  addCrl(crl: pkijs.CertificateRevocationList | string | Uint8Array): void {
    this.crls.push(typeof crl === 'string' || crl instanceof Uint8Array ? parseCrl(crl) : crl);
  }

  /** Drops all CRLs (for a refresh job that reloads them). */
  clear(): void {
    this.crls = [];
  }

  async check(certificate: pkijs.Certificate, issuer: pkijs.Certificate, at: Date): Promise<CertificateStatus> {
    const newest = await this.newestVerifiedCrl(issuer);
    if (!newest) return 'unknown';
    const nextUpdate = newest.nextUpdate?.value;
    // A CRL past its nextUpdate says nothing about revocations since; we cannot vouch for the certificate.
    if (nextUpdate && nextUpdate.getTime() < at.getTime()) {
      throw new CertificateStatusUnavailableError(
        `The newest CRL of "${formatName(issuer.subject)}" expired at ${nextUpdate.toISOString()}, before ${at.toISOString()}`,
      );
    }
    const serialHex = serialNumberHex(certificate);
    const entry = crlEntries(newest).find((candidate) => candidate.serialHex === serialHex);
    // Revoked after the moment being judged: the certificate was still good then (a signature made before revocation).
    if (!entry || entry.revokedAt.getTime() > at.getTime()) return 'good';
    return 'revoked';
  }

  private async newestVerifiedCrl(issuer: pkijs.Certificate): Promise<pkijs.CertificateRevocationList | null> {
    let newest: pkijs.CertificateRevocationList | null = null;
    for (const crl of this.crls) {
      if (!namesEqual(crl.issuer, issuer.subject)) continue;
      if (!(await crl.verify({ issuerCertificate: issuer }, pkiEngine).catch(() => false))) continue;
      if (!newest || crl.thisUpdate.value.getTime() > newest.thisUpdate.value.getTime()) newest = crl;
    }
    return newest;
  }
}
