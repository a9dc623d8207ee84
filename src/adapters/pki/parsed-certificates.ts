import { type KeyObject, createHash } from 'node:crypto';
import type * as pkijs from 'pkijs';
import { BoundedCache } from './bounded-cache.ts';
import { certificateFromExactDer } from './certificate-builder.ts';
import { type CertificateSkeleton, readCertificateSkeleton } from './cms-der-reader.ts';
import { publicKeyFromSpki } from './native-crypto.ts';

/**
 * A certificate met in a CMS, read once: the DER skeleton at once, the pkijs object and the native public key when
 * first asked for. The same certificate arrives with every signature its holder makes (the gateway systems' with every
 * envelope), so parses are kept, keyed by the SHA-256 of the DER (equal bytes, same certificate).
 */
export class ParsedCertificate {
  readonly key: string;
  readonly skeleton: CertificateSkeleton;
  private pkijsCertificate: pkijs.Certificate | null = null;
  private nativeKey: KeyObject | null = null;

  constructor(key: string, skeleton: CertificateSkeleton) {
    this.key = key;
    this.skeleton = skeleton;
  }

  /** The pkijs object the shared checks take (trust store, status checker, key usage, identity). */
  get certificate(): pkijs.Certificate {
    this.pkijsCertificate ??= certificateFromExactDer(this.skeleton.der);
    return this.pkijsCertificate;
  }

  /** Throws when the key cannot be imported; the verifier reports that as an invalid signature. */
  get publicKey(): KeyObject {
    this.nativeKey ??= publicKeyFromSpki(this.skeleton.subjectPublicKeyInfoDer);
    return this.nativeKey;
  }
}

/** How many distinct certificates stay parsed (about 3 KB each with the pkijs object). */
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
    const key = createHash('sha256').update(der).digest('hex');
    const cached = this.cache.get(key);
    if (cached) return cached;
    const parsed = new ParsedCertificate(key, readCertificateSkeleton(der.slice()));
    this.cache.set(key, parsed);
    return parsed;
  }
}
