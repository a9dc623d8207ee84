import type { SignaturePurpose } from '../../core/ports/signature-verifier.ts';
import type { CertificateSkeleton } from './certificate-der-reader.ts';
import { EXTENDED_KEY_USAGE_OID, type KeyUsageName } from './oids.ts';

/**
 * Which key a signature of each purpose must come from. NCA issues every person two keys (kz-ecosystem.md §3,
 * lines 177-179): the signing key `RSA256_…` (KeyUsage digitalSignature + nonRepudiation, EKU emailProtection) for
 * documents, and the authentication key `AUTH_RSA256_…` (digitalSignature + keyEncipherment, EKU clientAuth) for
 * signing in — which is what egov.kz and NCALayer's "AUTHENTICATION" key type ask the person for.
 */
const KEY_PROFILE: Readonly<Record<SignaturePurpose, { keyUsage: readonly KeyUsageName[]; extendedKeyUsage: string; name: string }>> = {
  signDocument: { keyUsage: ['digitalSignature', 'nonRepudiation'], extendedKeyUsage: EXTENDED_KEY_USAGE_OID.emailProtection, name: 'signing' },
  authenticate: { keyUsage: ['digitalSignature', 'keyEncipherment'], extendedKeyUsage: EXTENDED_KEY_USAGE_OID.clientAuth, name: 'authentication' },
};

/** Why the certificate's key may not serve this purpose, or null when it may. Kept apart so any verifier can call it. */
export function keyUsageProblemFor(certificate: Pick<CertificateSkeleton, 'keyUsage' | 'extendedKeyUsage'>, purpose: SignaturePurpose): string | null {
  const profile = KEY_PROFILE[purpose];
  const keyUsage = certificate.keyUsage;
  if (!keyUsage) return 'The certificate has no KeyUsage extension';
  const missing = profile.keyUsage.filter((usage) => !keyUsage.has(usage));
  if (missing.length > 0) {
    return `KeyUsage is ${[...keyUsage].join('+') || 'empty'}, a ${profile.name} key needs ${profile.keyUsage.join('+')}`;
  }
  const extendedKeyUsage = certificate.extendedKeyUsage;
  if (extendedKeyUsage && !extendedKeyUsage.includes(profile.extendedKeyUsage)) {
    return `ExtendedKeyUsage ${extendedKeyUsage.join(', ')} lacks ${profile.extendedKeyUsage} (${profile.name})`;
  }
  return null;
}

/** The error code a wrong key gets for each purpose. */
export const WRONG_KEY_CODE = { signDocument: 'KEY_USAGE_NOT_SIGNING', authenticate: 'KEY_USAGE_NOT_AUTHENTICATION' } as const;
