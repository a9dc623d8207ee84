import { type KeyObject, createHash, createPublicKey, verify as verifySignature } from 'node:crypto';
import { ALGORITHM_OID } from './oids.ts';

/**
 * Signature and digest checks with node:crypto (OpenSSL, native) instead of WebCrypto through pkijs: the verifier's
 * hot path (issue #15). Only the algorithms the algorithm policy admits are mapped; anything else answers null so
 * the caller falls back or refuses, never guesses.
 */

const HASH_BY_DIGEST_OID: Readonly<Record<string, string>> = {
  [ALGORITHM_OID.sha256]: 'sha256',
  [ALGORITHM_OID.sha384]: 'sha384',
  [ALGORITHM_OID.sha512]: 'sha512',
};

/** Signature algorithms that name their own hash; rsaEncryption takes the SignerInfo's digest algorithm. */
const HASH_BY_SIGNATURE_OID: Readonly<Record<string, string>> = {
  [ALGORITHM_OID.sha256WithRsa]: 'sha256',
  [ALGORITHM_OID.sha384WithRsa]: 'sha384',
  [ALGORITHM_OID.sha512WithRsa]: 'sha512',
  [ALGORITHM_OID.ecdsaWithSha256]: 'sha256',
  [ALGORITHM_OID.ecdsaWithSha384]: 'sha384',
  [ALGORITHM_OID.ecdsaWithSha512]: 'sha512',
};

export function hashNameOfDigest(digestOid: string): string | null {
  return HASH_BY_DIGEST_OID[digestOid] ?? null;
}

/** The hash a signature algorithm uses: its own, or (plain rsaEncryption in a SignerInfo) the digest algorithm's. */
export function hashNameOfSignature(signatureOid: string, digestOid?: string): string | null {
  const own = HASH_BY_SIGNATURE_OID[signatureOid];
  if (own) return own;
  if (signatureOid === ALGORITHM_OID.rsaEncryption && digestOid) return hashNameOfDigest(digestOid);
  return null;
}

export function digest(hashName: string, bytes: Uint8Array): Uint8Array {
  return createHash(hashName).update(bytes).digest();
}

/** A public key from SubjectPublicKeyInfo DER; throws (a malformed key) to the caller, which reports it. */
export function publicKeyFromSpki(spkiDer: Uint8Array): KeyObject {
  return createPublicKey({ key: Buffer.from(spkiDer.buffer, spkiDer.byteOffset, spkiDer.byteLength), format: 'der', type: 'spki' });
}

/**
 * RSA PKCS#1 v1.5 or ECDSA (DER-encoded r,s, as CMS and X.509 carry it) after the key's type. False for a wrong
 * signature and for a key that does not fit the algorithm; the algorithm policy has already refused unknown ones.
 */
export function signatureMatches(hashName: string, data: Uint8Array, key: KeyObject, signature: Uint8Array, signatureOid: string): boolean {
  const ecdsa = signatureOid.startsWith('1.2.840.10045.4.');
  if (ecdsa !== (key.asymmetricKeyType === 'ec')) return false;
  if (!ecdsa && key.asymmetricKeyType !== 'rsa') return false;
  try {
    return verifySignature(hashName, data, key, signature);
  } catch {
    return false;
  }
}
