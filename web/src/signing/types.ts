/**
 * Public types of the shared browser signing module (web/src/signing). The citizen portal, the State Corporation
 * desk and the back office import them from './index.ts'.
 */

/**
 * What the signature certifies. 'document' and 'request' need a signing key (NCA RSA256_… file, EKU
 * emailProtection 1.3.6.1.5.5.7.3.4); 'authentication' an authentication key (AUTH_RSA256_…, EKU clientAuth
 * 1.3.6.1.5.5.7.3.2) — kz-ecosystem.md §2–3.
 */
export type SigningPurpose = 'document' | 'request' | 'authentication';

/** A finished detached CAdES-BES signature over the given bytes. */
export interface SignedResult {
  /** DER of the CMS SignedData, Base64 without line breaks — what the API's `signature` fields take. */
  readonly cmsBase64: string;
  /** SERIALNUMBER=IIN… of the signer's certificate; null when the signer did not report it (NCALayer without outputCert). */
  readonly signerIin: string | null;
}

/** What the signer learnt about the key before signing (shown to the person; expiry is warned about). */
export interface SignerCertificateInfo {
  readonly iin: string | null;
  readonly bin: string | null;
  readonly commonName: string;
  readonly organization: string | null;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** Extended key usages (OIDs); null when the certificate has no EKU extension. */
  readonly extendedKeyUsage: readonly string[] | null;
}

/**
 * Stable reasons a signing attempt fails; the UI shows `signing.error.<code>` in kk/ru/en.
 * - wrongPassword: the PKCS#12 MAC or key did not decrypt
 * - notPkcs12: not a .p12/.pfx file, or one WebCrypto cannot read (legacy 3DES/RC2, GOST)
 * - noSigningKey: the file has no private key with its certificate, or the key is not for this purpose
 * - certificateExpired / certificateNotYetValid: outside notBefore…notAfter at the signing moment
 * - iinMismatch: the certificate's IIN is not the expected one (the request's applicant, "condition 2")
 * - ncaLayerUnavailable: NCALayer is not running (no answer on wss://127.0.0.1:13579/)
 * - ncaLayerCanceled: the person closed NCALayer's dialog
 * - ncaLayerFailed: NCALayer answered with an error
 * - unexpected: anything else (the message carries details for the log)
 */
export type SigningErrorCode =
  | 'wrongPassword'
  | 'notPkcs12'
  | 'noSigningKey'
  | 'certificateExpired'
  | 'certificateNotYetValid'
  | 'iinMismatch'
  | 'ncaLayerUnavailable'
  | 'ncaLayerCanceled'
  | 'ncaLayerFailed'
  | 'unexpected';

export class SigningError extends Error {
  constructor(
    readonly code: SigningErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SigningError';
  }
}

export interface SignOptions {
  readonly purpose?: SigningPurpose;
  /** When given, a certificate with another IIN is refused before signing (the server checks it again). */
  readonly expectedIin?: string | null;
  /** The signing moment (signingTime attribute, validity check). Defaults to the browser clock. */
  readonly now?: Date;
}
