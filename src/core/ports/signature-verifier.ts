import type { ErrorCode } from '../errors/error-codes.ts';

/** Who signed, as the NCA certificate profile states it (kz-ecosystem.md §3). */
export interface SignerIdentity {
  /** From SERIALNUMBER=IIN…; null for a certificate without one. */
  readonly iin: string | null;
  /** From OU=BIN… on a legal-entity employee's certificate. */
  readonly bin: string | null;
  readonly commonName: string;
  readonly organization: string | null;
  readonly certificateSerialHex: string;
  readonly issuer: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** What a signature is for; each needs its own key (kz-ecosystem.md §3): a signing key or an authentication key. */
export type SignaturePurpose = 'signDocument' | 'authenticate';

export interface VerifySignatureInput {
  /** The exact bytes that were signed (a detached CMS signature covers them). */
  readonly contentBytes: Uint8Array;
  /** CMS (CAdES-BES) as PEM (`-----BEGIN CMS-----`) or bare Base64, as NCALayer returns either. */
  readonly signature: string;
  /** Condition 2: the IIN the request names must be the certificate's. Omit for a staff signature checked by BIN. */
  readonly expectedIin?: string;
  /** A staff signature: the BIN in the certificate (OU=BIN…) must be the provider's (SIGNER_BIN_MISMATCH otherwise). */
  readonly expectedBin?: string;
  /** Signing a document (the default) or proving who one is at sign-in / sign-up. */
  readonly purpose?: SignaturePurpose;
  /** The moment to judge validity and revocation at (the clock is injected). */
  readonly at: Date;
}

export type EdsErrorCode = Extract<
  ErrorCode,
  | 'SIGNATURE_INVALID'
  | 'CERTIFICATE_EXPIRED'
  | 'CERTIFICATE_NOT_YET_VALID'
  | 'CERTIFICATE_REVOKED'
  | 'CERTIFICATE_UNTRUSTED'
  | 'SIGNER_IIN_MISMATCH'
  | 'SIGNER_BIN_MISMATCH'
  | 'KEY_USAGE_NOT_SIGNING'
  | 'KEY_USAGE_NOT_AUTHENTICATION'
  | 'UNSUPPORTED_ALGORITHM'
  | 'CERTIFICATE_STATUS_UNAVAILABLE'
>;

export type SignatureVerdict =
  | { readonly valid: true; readonly signer: SignerIdentity; readonly signedAt: Date | null }
  | { readonly valid: false; readonly code: EdsErrorCode; readonly reason: string; readonly details?: Readonly<Record<string, string>> };

/** Verifies an EDS; the local PKI implements it, a real NCA-backed one can replace it by configuration. */
export interface SignatureVerifier {
  verify(input: VerifySignatureInput): Promise<SignatureVerdict>;
}
