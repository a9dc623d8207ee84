import { ALGORITHM_OID, GOST_ALGORITHM_OID } from './oids.ts';

/**
 * Which algorithms the verifier can check. WebCrypto (and so pkijs) has no GOST, and the NCA's GOST keys
 * (34.310-2004, R 34.10-2015) need the Kalkan library; such signatures are refused by name instead of failing
 * somewhere inside the crypto code with an unclear message.
 */

const SUPPORTED_DIGESTS = new Set<string>([ALGORITHM_OID.sha256, ALGORITHM_OID.sha384, ALGORITHM_OID.sha512]);

const SUPPORTED_SIGNATURES = new Set<string>([
  ALGORITHM_OID.rsaEncryption,
  ALGORITHM_OID.sha256WithRsa,
  ALGORITHM_OID.sha384WithRsa,
  ALGORITHM_OID.sha512WithRsa,
  ALGORITHM_OID.ecdsaWithSha256,
  ALGORITHM_OID.ecdsaWithSha384,
  ALGORITHM_OID.ecdsaWithSha512,
]);

const SUPPORTED_PUBLIC_KEYS = new Set<string>([ALGORITHM_OID.rsaEncryption, ALGORITHM_OID.ecPublicKey]);

const KNOWN_NAMES: Readonly<Record<string, string>> = {
  [GOST_ALGORITHM_OID.gost34310With34311]: 'GOST 34.310-2004 with GOST 34.311-95',
  [GOST_ALGORITHM_OID.gost2015With256BitKey]: 'GOST R 34.10-2015 (256 bit)',
  [GOST_ALGORITHM_OID.gost2015With512BitKey]: 'GOST R 34.10-2015 (512 bit)',
  [GOST_ALGORITHM_OID.gost2015Hash256]: 'GOST R 34.11-2015 (256 bit)',
  [GOST_ALGORITHM_OID.gost2015Hash512]: 'GOST R 34.11-2015 (512 bit)',
  '1.3.14.3.2.26': 'SHA-1',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.113549.1.1.10': 'RSASSA-PSS',
};

/** A readable name for the UNSUPPORTED_ALGORITHM message; GOST families are recognised by their OID arcs. */
export function algorithmDisplayName(oid: string): string {
  const known = KNOWN_NAMES[oid];
  if (known) return `${known} (${oid})`;
  if (oid.startsWith('1.2.398.3.10.')) return `GOST, Kazakhstan (${oid})`;
  if (oid.startsWith('1.2.643.')) return `GOST, Russia (${oid})`;
  return oid;
}

export interface AlgorithmsInUse {
  readonly digestOid: string;
  readonly signatureOid: string;
  readonly signerPublicKeyOid: string;
}

/** The first algorithm we cannot check, or null when all are supported. */
export function firstUnsupportedAlgorithm(algorithms: AlgorithmsInUse): string | null {
  // The signature algorithm first: for a GOST signer it names the family the person recognises.
  if (!SUPPORTED_SIGNATURES.has(algorithms.signatureOid)) return algorithms.signatureOid;
  if (!SUPPORTED_DIGESTS.has(algorithms.digestOid)) return algorithms.digestOid;
  if (!SUPPORTED_PUBLIC_KEYS.has(algorithms.signerPublicKeyOid)) return algorithms.signerPublicKeyOid;
  return null;
}
