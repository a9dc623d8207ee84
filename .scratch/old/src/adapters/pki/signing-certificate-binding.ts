import * as asn1js from 'asn1js';
import type * as pkijs from 'pkijs';
import { bytesEqual, toArrayBuffer } from './bytes.ts';
import { certificateToDer } from './certificate-builder.ts';
import { signedAttribute } from './cms-parse.ts';
import { ALGORITHM_OID, CMS_OID } from './oids.ts';

const HASH_NAME_BY_OID: Readonly<Record<string, string>> = {
  [ALGORITHM_OID.sha256]: 'SHA-256',
  [ALGORITHM_OID.sha384]: 'SHA-384',
  [ALGORITHM_OID.sha512]: 'SHA-512',
};

export type BindingCheck = { readonly bound: true } | { readonly bound: false; readonly reason: string };

function firstCertId(attributeValue: asn1js.AsnType): asn1js.Sequence | null {
  // SigningCertificate(V2) ::= SEQUENCE { certs SEQUENCE OF ESSCertID(v2), policies … OPTIONAL }
  const certs = attributeValue instanceof asn1js.Sequence ? attributeValue.valueBlock.value[0] : undefined;
  const first = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  return first instanceof asn1js.Sequence ? first : null;
}

async function hashMatches(certificate: pkijs.Certificate, hashName: string, expected: asn1js.AsnType | undefined): Promise<boolean> {
  if (!(expected instanceof asn1js.OctetString)) return false;
  const actual = new Uint8Array(await globalThis.crypto.subtle.digest(hashName, toArrayBuffer(certificateToDer(certificate))));
  return bytesEqual(actual, expected.valueBlock.valueHexView);
}

/**
 * CAdES: the signed signing-certificate attribute must name the certificate that verifies the signature; otherwise
 * someone could re-issue a certificate for the same key and pass the signature off as another person's.
 * Signatures without the attribute (plain CMS) are accepted: NCALayer always adds it, other tools may not.
 */
export async function checkSigningCertificateBinding(signerInfo: pkijs.SignerInfo, certificate: pkijs.Certificate): Promise<BindingCheck> {
  const v2 = signedAttribute(signerInfo, CMS_OID.signingCertificateV2Attribute);
  if (v2) {
    const certId = firstCertId(v2);
    if (!certId) return { bound: false, reason: 'signingCertificateV2 attribute is malformed' };
    const [first, second] = certId.valueBlock.value;
    // ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash OCTET STRING, issuerSerial OPTIONAL }
    const hashOid = first instanceof asn1js.Sequence ? (first.valueBlock.value[0] as asn1js.ObjectIdentifier).valueBlock.toString() : ALGORITHM_OID.sha256;
    const hashName = HASH_NAME_BY_OID[hashOid];
    if (!hashName) return { bound: false, reason: `signingCertificateV2 uses unsupported hash ${hashOid}` };
    const certHash = first instanceof asn1js.Sequence ? second : first;
    return (await hashMatches(certificate, hashName, certHash))
      ? { bound: true }
      : { bound: false, reason: 'signingCertificateV2 names a different certificate than the one that verifies the signature' };
  }
  const v1 = signedAttribute(signerInfo, CMS_OID.signingCertificateAttribute);
  if (v1) {
    const certId = firstCertId(v1);
    // ESSCertID ::= SEQUENCE { certHash OCTET STRING (SHA-1), issuerSerial OPTIONAL }
    return certId && (await hashMatches(certificate, 'SHA-1', certId.valueBlock.value[0]))
      ? { bound: true }
      : { bound: false, reason: 'signingCertificate names a different certificate than the one that verifies the signature' };
  }
  return { bound: true };
}
