import type * as pkijs from 'pkijs';
import { serialNumberHex } from './certificate-builder.ts';
import { readAuthorityInfoAccess, readCrlDistributionUrls } from './certificate-extensions.ts';
import { type CertificateStatus, type CertificateStatusChecker, CertificateStatusUnavailableError } from './certificate-status.ts';
import { CertificateStatusCache, type StatusAnswer, parsedStatusCacheKey, statusCacheKey } from './certificate-status-cache.ts';
import { crlEntries, parseCrl } from './crl.ts';
import { formatName, namesEqual } from './distinguished-name.ts';
import { pkiEngine } from './key-algorithms.ts';
import { buildOcspRequest, readOcspResponse } from './ocsp-client.ts';
import type { ParsedCertificate } from './parsed-certificates.ts';
import type { PkiHttpTransport } from './pki-transport.ts';

export interface OcspCrlStatusCheckerOptions {
  readonly transport: PkiHttpTransport;
  /** Reads "now" for freshness and cache expiry; `at` of check() is the moment being judged, which may be earlier. */
  readonly clock: () => Date;
  /** Certificates remembered at most (default 10 000). */
  readonly maxCacheEntries?: number;
  /** An answer is reused at most this long even when its nextUpdate is later (default 5 minutes). */
  readonly maxCacheAgeMs?: number;
  /** Nonces for OCSP requests (tests inject fixed ones). */
  readonly randomBytes?: (length: number) => Uint8Array;
}

const DEFAULT_MAX_CACHE_ENTRIES = 10_000;
const DEFAULT_MAX_CACHE_AGE_MS = 5 * 60_000;
/** CRLs are per CA, not per certificate: a handful of URLs. */
const MAX_CACHED_CRLS = 32;
/** Clocks differ between responder and relying party; a thisUpdate this far ahead is still accepted. */
const CLOCK_SKEW_MS = 5 * 60_000;

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Revocation status the way a relying party asks it of the NCA (kz-ecosystem.md §3: OCSP http://ocsp.pki.gov.kz/,
 * CRLs at crl.pki.gov.kz): the OCSP responder named in the certificate's AIA first; when it cannot be reached or
 * does not know the certificate, the CRL at the certificate's distribution point. Answers are cached per certificate
 * (bounded, until the source's nextUpdate or maxCacheAgeMs) so a busy signer costs one request per period;
 * forgetSerial() drops an answer the moment the process learns it changed (the local CA's revocations).
 * `unknown` when the certificate names neither source; CertificateStatusUnavailableError when every source failed.
 */
export class OcspCrlStatusChecker implements CertificateStatusChecker {
  private readonly options: OcspCrlStatusCheckerOptions;
  private readonly cache: CertificateStatusCache;
  private readonly crls = new Map<string, { crl: pkijs.CertificateRevocationList; validUntilMs: number }>();

  constructor(options: OcspCrlStatusCheckerOptions) {
    this.options = options;
    this.cache = new CertificateStatusCache(options.maxCacheEntries ?? DEFAULT_MAX_CACHE_ENTRIES);
  }

  /** How many certificates' answers are cached (for tests and metrics). */
  get cachedAnswers(): number {
    return this.cache.size;
  }

  async check(certificate: pkijs.Certificate, issuer: pkijs.Certificate, at: Date): Promise<CertificateStatus> {
    return this.answer(await statusCacheKey(certificate, issuer), at, (nowMs) => this.ask(certificate, issuer, nowMs));
  }

  /** A cached answer costs no pkijs at all; only a certificate not yet asked about reads its AIA and asks OCSP. */
  async checkParsed(certificate: ParsedCertificate, issuer: ParsedCertificate, at: Date): Promise<CertificateStatus> {
    return this.answer(parsedStatusCacheKey(certificate.skeleton, issuer.skeleton), at, (nowMs) => this.ask(certificate.certificate, issuer.certificate, nowMs));
  }

  private async answer(key: string, at: Date, ask: (nowMs: number) => Promise<StatusAnswer | null>): Promise<CertificateStatus> {
    const nowMs = this.options.clock().getTime();
    let answer = this.cache.get(key, nowMs);
    if (!answer) {
      answer = await ask(nowMs);
      if (!answer) return 'unknown';
      this.cache.set(key, answer);
    }
    if (answer.status === 'revoked') {
      // Revoked after the moment judged: the certificate was still good then (a signature made before revocation).
      return answer.revokedAt && answer.revokedAt.getTime() > at.getTime() ? 'good' : 'revoked';
    }
    return answer.status;
  }

  /** A certificate's status changed (revoked by the local CA): the next check asks the sources again. */
  forgetSerial(serialHex: string): void {
    this.cache.forgetSerial(serialHex);
    // The CRL held in memory predates the revocation as well.
    this.crls.clear();
  }

  private capped(nextUpdate: Date | null, nowMs: number): number {
    const maxAgeMs = this.options.maxCacheAgeMs ?? DEFAULT_MAX_CACHE_AGE_MS;
    return Math.min(nextUpdate ? nextUpdate.getTime() : Number.POSITIVE_INFINITY, nowMs + maxAgeMs);
  }

  private async ask(certificate: pkijs.Certificate, issuer: pkijs.Certificate, nowMs: number): Promise<StatusAnswer | null> {
    const failures: string[] = [];
    for (const url of readAuthorityInfoAccess(certificate).ocsp) {
      try {
        const answer = await this.askOcsp(url, certificate, issuer, nowMs);
        if (answer.status !== 'unknown') return answer;
        failures.push(`OCSP ${url}: unknown certificate`);
      } catch (error) {
        failures.push(`OCSP ${url}: ${errorText(error)}`);
      }
    }
    for (const url of readCrlDistributionUrls(certificate)) {
      try {
        return await this.askCrl(url, certificate, issuer, nowMs);
      } catch (error) {
        failures.push(`CRL ${url}: ${errorText(error)}`);
      }
    }
    if (failures.length === 0) return null;
    throw new CertificateStatusUnavailableError(`No status for certificate ${serialNumberHex(certificate)}: ${failures.join('; ')}`);
  }

  private async askOcsp(url: string, certificate: pkijs.Certificate, issuer: pkijs.Certificate, nowMs: number): Promise<StatusAnswer> {
    const nonce = (this.options.randomBytes ?? ((length) => globalThis.crypto.getRandomValues(new Uint8Array(length))))(16);
    const request = await buildOcspRequest(certificate, issuer, nonce);
    const answer = await readOcspResponse(await this.options.transport.post(url, 'application/ocsp-request', request), certificate, issuer, nonce);
    if (answer.thisUpdate.getTime() > nowMs + CLOCK_SKEW_MS) throw new Error(`the answer is dated ${answer.thisUpdate.toISOString()}, in the future`);
    if (answer.nextUpdate && answer.nextUpdate.getTime() < nowMs) throw new Error(`the answer expired at ${answer.nextUpdate.toISOString()}`);
    return { status: answer.status, revokedAt: answer.revokedAt, source: 'ocsp', validUntilMs: this.capped(answer.nextUpdate, nowMs) };
  }

  private async askCrl(url: string, certificate: pkijs.Certificate, issuer: pkijs.Certificate, nowMs: number): Promise<StatusAnswer> {
    let held = this.crls.get(url);
    if (!held || held.validUntilMs <= nowMs) {
      const crl = parseCrl(await this.options.transport.get(url));
      // Only a CRL signed by the certificate's issuer counts, so a forged CRL cannot un-revoke anything.
      if (!namesEqual(crl.issuer, issuer.subject) || !(await crl.verify({ issuerCertificate: issuer }, pkiEngine).catch(() => false))) {
        throw new Error(`the CRL is not signed by "${formatName(issuer.subject)}"`);
      }
      const nextUpdate = crl.nextUpdate?.value ?? null;
      if (nextUpdate && nextUpdate.getTime() < nowMs) throw new Error(`the CRL expired at ${nextUpdate.toISOString()}`);
      held = { crl, validUntilMs: this.capped(nextUpdate, nowMs) };
      if (this.crls.size >= MAX_CACHED_CRLS) this.crls.clear();
      this.crls.set(url, held);
    }
    const serialHex = serialNumberHex(certificate);
    const entry = crlEntries(held.crl).find((candidate) => candidate.serialHex === serialHex);
    return { status: entry ? 'revoked' : 'good', revokedAt: entry?.revokedAt ?? null, source: 'crl', validUntilMs: held.validUntilMs };
  }
}
