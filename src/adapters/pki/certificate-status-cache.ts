import { createHash } from 'node:crypto';
import type * as pkijs from 'pkijs';
import { bytesToHex, toArrayBuffer } from './bytes.ts';
import { serialNumberHex } from './certificate-builder.ts';
import type { CertificateSkeleton } from './certificate-der-reader.ts';

/** What a status source said about one certificate, and until when that may be reused. */
export interface StatusAnswer {
  readonly status: 'good' | 'revoked' | 'unknown';
  readonly revokedAt: Date | null;
  readonly source: 'ocsp' | 'crl';
  /** Epoch ms: the source's nextUpdate, capped by the cache's own maximum age. */
  readonly validUntilMs: number;
}

/** The certificate's identity for the cache: its issuer's key (SHA-1, as the key identifier) and its serial. */
export async function statusCacheKey(certificate: pkijs.Certificate, issuer: pkijs.Certificate): Promise<string> {
  const issuerKey = await globalThis.crypto.subtle.digest('SHA-1', toArrayBuffer(issuer.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView));
  return `${bytesToHex(new Uint8Array(issuerKey))}:${serialNumberHex(certificate)}`;
}

/** statusCacheKey for certificates the strict DER reader read: the same key, computed without pkijs. */
export function parsedStatusCacheKey(certificate: CertificateSkeleton, issuer: CertificateSkeleton): string {
  return `${createHash('sha1').update(issuer.subjectPublicKey).digest('hex')}:${certificate.serialHex}`;
}

/**
 * A bounded map of answers by certificate, least recently used first out. Entries end at their validUntilMs; a
 * revocation the process learns of (the local CA's listener) drops the certificate's entry at once.
 */
export class CertificateStatusCache {
  private readonly entries = new Map<string, StatusAnswer>();
  private readonly maxEntries: number;

  constructor(maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a positive whole number');
    this.maxEntries = maxEntries;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, nowMs: number): StatusAnswer | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (entry.validUntilMs <= nowMs) return null;
    this.entries.set(key, entry); // most recently used goes last
    return entry;
  }

  set(key: string, answer: StatusAnswer): void {
    this.entries.delete(key);
    this.entries.set(key, answer);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Drops every entry for this serial (lowercase hex), whichever issuer: cheap, and a serial is random per CA anyway. */
  forgetSerial(serialHex: string): void {
    for (const key of this.entries.keys()) if (key.endsWith(`:${serialHex}`)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
