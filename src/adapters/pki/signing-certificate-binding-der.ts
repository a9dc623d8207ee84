import { bytesEqual } from './bytes.ts';
import { type SignerInfoView, attributeValue } from './cms-der-reader.ts';
import { DER_TAG, type DerNode, childrenOf, readOctetString, readOid } from './der-reader.ts';
import { digest } from './native-crypto.ts';
import { ALGORITHM_OID, CMS_OID } from './oids.ts';
import type { BindingCheck } from './signing-certificate-binding.ts';

const HASH_BY_OID: Readonly<Record<string, string>> = {
  [ALGORITHM_OID.sha256]: 'sha256',
  [ALGORITHM_OID.sha384]: 'sha384',
  [ALGORITHM_OID.sha512]: 'sha512',
};

/** SigningCertificate(V2) ::= SEQUENCE { certs SEQUENCE OF ESSCertID(v2), policies … OPTIONAL } → the first ESSCertID's fields. */
function firstCertIdFields(value: DerNode): DerNode[] | null {
  if (value.tag !== DER_TAG.sequence) return null;
  const certs = childrenOf(value)[0];
  if (certs?.tag !== DER_TAG.sequence) return null;
  const first = childrenOf(certs)[0];
  return first?.tag === DER_TAG.sequence ? childrenOf(first) : null;
}

function hashMatches(certificateDer: Uint8Array, hashName: string, expected: DerNode | undefined): boolean {
  if (expected?.tag !== DER_TAG.octetString) return false;
  return bytesEqual(digest(hashName, certificateDer), readOctetString(expected));
}

/**
 * The same rule as checkSigningCertificateBinding (signing-certificate-binding.ts), read from DER: the signed
 * signing-certificate attribute must name the certificate that verifies the signature; signatures without it pass.
 */
export function checkSigningCertificateBindingDer(signerInfo: SignerInfoView, certificateDer: Uint8Array): BindingCheck {
  const v2 = attributeValue(signerInfo, CMS_OID.signingCertificateV2Attribute);
  if (v2) {
    try {
      const fields = firstCertIdFields(v2);
      if (!fields) return { bound: false, reason: 'signingCertificateV2 attribute is malformed' };
      const [first, second] = fields;
      // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash OCTET STRING, issuerSerial OPTIONAL }
      const algorithm = first?.tag === DER_TAG.sequence ? childrenOf(first)[0] : undefined;
      const hashOid = first?.tag === DER_TAG.sequence ? (algorithm ? readOid(algorithm) : '') : ALGORITHM_OID.sha256;
      const hashName = HASH_BY_OID[hashOid];
      if (!hashName) return { bound: false, reason: `signingCertificateV2 uses unsupported hash ${hashOid}` };
      const certHash = first?.tag === DER_TAG.sequence ? second : first;
      return hashMatches(certificateDer, hashName, certHash)
        ? { bound: true }
        : { bound: false, reason: 'signingCertificateV2 names a different certificate than the one that verifies the signature' };
    } catch {
      return { bound: false, reason: 'signingCertificateV2 attribute is malformed' };
    }
  }
  const v1 = attributeValue(signerInfo, CMS_OID.signingCertificateAttribute);
  if (v1) {
    let bound = false;
    try {
      // ESSCertID ::= SEQUENCE { certHash OCTET STRING (SHA-1), issuerSerial OPTIONAL }
      const fields = firstCertIdFields(v1);
      bound = fields !== null && hashMatches(certificateDer, 'sha1', fields[0]);
    } catch {
      bound = false;
    }
    return bound ? { bound: true } : { bound: false, reason: 'signingCertificate names a different certificate than the one that verifies the signature' };
  }
  return { bound: true };
}
