import { type KeyObject, X509Certificate, createHash } from 'node:crypto';
import type * as pkijs from 'pkijs';
import { BoundedCache } from './bounded-cache.ts';
import { certificateFromExactDer } from './certificate-builder.ts';
import { type CertificateSkeleton, readCertificateSkeleton } from './certificate-der-reader.ts';
import { publicKeyFromSpki } from './native-crypto.ts';

/**
 * A certificate met in a CMS or in the trust store, read once by the strict DER reader: every field the verifier
 * judges is in `skeleton`; the node:crypto key and X509Certificate, and the pkijs object (only off the hot path:
 * OCSP requests, CRLs, the BER fallback), are made when first asked for. The same certificate arrives with every
 * signature its holder makes (the gateway systems' with every envelope), so parses are kept, keyed by the SHA-256 of
 * the DER (equal bytes, same certificate).
 */
export class ParsedCertificate {
  readonly key: string;
  readonly skeleton: CertificateSkeleton;
  private pkijsCertificate: pkijs.Certificate | null;
  private nativeKey: KeyObject | null = null;
  private nativeCertificate: X509Certificate | null = null;

  constructor(key: string, skeleton: CertificateSkeleton, pkijsCertificate: pkijs.Certificate | null = null) {
    this.key = key;
    this.skeleton = skeleton;
    this.pkijsCertificate = pkijsCertificate;
  }

  /** Reads DER that is not kept in a cache (trust anchors, certificates handed in as pkijs objects). */
  static fromDer(der: Uint8Array, pkijsCertificate: pkijs.Certificate | null = null): ParsedCertificate {
    return new ParsedCertificate(certificateKeyOf(der), readCertificateSkeleton(der.slice()), pkijsCertificate);
  }

  /** The pkijs object, for the parts that still speak pkijs (status requests, the BER fallback, callers' tests). */
  get certificate(): pkijs.Certificate {
    this.pkijsCertificate ??= certificateFromExactDer(this.skeleton.der);
    return this.pkijsCertificate;
  }

  /** Throws when the key cannot be imported; the verifier reports that as an invalid signature. */
  get publicKey(): KeyObject {
    this.nativeKey ??= publicKeyFromSpki(this.skeleton.subjectPublicKeyInfoDer);
    return this.nativeKey;
  }

  /** OpenSSL's own reading, for issuer signatures in algorithms native-crypto does not map (X509Certificate.verify). */
  get x509(): X509Certificate {
    this.nativeCertificate ??= new X509Certificate(this.skeleton.der);
    return this.nativeCertificate;
  }
}

function certificateKeyOf(der: Uint8Array): string {
  return createHash('sha256').update(der).digest('hex');
}

/** How many distinct certificates stay parsed (about 2 KB each; the pkijs object, when made, about 3 KB more). */
export const DEFAULT_PARSED_CERTIFICATES = 20_000;

export class ParsedCertificateCache {
  private readonly cache: BoundedCache<string, ParsedCertificate>;

  constructor(maxEntries: number = DEFAULT_PARSED_CERTIFICATES) {
    this.cache = new BoundedCache(maxEntries);
  }

  get size(): number {
    return this.cache.size;
  }

  /** Throws DerFormatError (SIGNATURE_INVALID) for bytes that are not a certificate; those are not kept. */
  parse(der: Uint8Array): ParsedCertificate {
    const key = certificateKeyOf(der);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const parsed = new ParsedCertificate(key, readCertificateSkeleton(der.slice()));
    this.cache.set(key, parsed);
    return parsed;
  }
}
