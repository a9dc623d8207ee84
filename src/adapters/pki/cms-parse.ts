import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { bytesEqual, toArrayBuffer } from './bytes.ts';
import { keyIdentifierOf } from './certificate-extensions.ts';
import { CMS_OID } from './oids.ts';
import { derFromPemBase64OrDer } from './pem.ts';

/** Parses CMS from PEM (`-----BEGIN CMS-----`, or PKCS7) or bare Base64, as NCALayer returns either; throws if it is not SignedData. */
export function parseSignedData(signature: string): pkijs.SignedData {
  return parseSignedDataDer(derFromPemBase64OrDer(signature.trim()));
}

/** SignedData from the DER (or BER) of a ContentInfo; throws if it is not SignedData. */
export function parseSignedDataDer(der: Uint8Array): pkijs.SignedData {
  const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(der));
  if (contentInfo.contentType !== CMS_OID.signedData) {
    throw new Error(`CMS content type is ${contentInfo.contentType}, not SignedData`);
  }
  return new pkijs.SignedData({ schema: contentInfo.content });
}

export function embeddedCertificates(signedData: pkijs.SignedData): pkijs.Certificate[] {
  return (signedData.certificates ?? []).filter((item): item is pkijs.Certificate => item instanceof pkijs.Certificate);
}

/** The certificate named by the SignerInfo's sid: issuer+serial, or subjectKeyIdentifier ([0] IMPLICIT). */
export async function findSignerCertificate(signedData: pkijs.SignedData, signerInfo: pkijs.SignerInfo): Promise<pkijs.Certificate | null> {
  const certificates = embeddedCertificates(signedData);
  const sid = signerInfo.sid as unknown;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find((certificate) => certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber)) ?? null;
  }
  const tagged = sid as asn1js.Constructed & asn1js.Primitive;
  const keyId: Uint8Array = tagged.idBlock.isConstructed
    ? ((tagged.valueBlock.value[0] as asn1js.OctetString | undefined)?.valueBlock.valueHexView ?? new Uint8Array())
    : tagged.valueBlock.valueHexView;
  for (const certificate of certificates) {
    if (bytesEqual(await keyIdentifierOf(certificate.subjectPublicKeyInfo), keyId)) return certificate;
  }
  return null;
}

export function signedAttribute(signerInfo: pkijs.SignerInfo, oid: string): asn1js.AsnType | null {
  return signerInfo.signedAttrs?.attributes.find((attribute) => attribute.type === oid)?.values[0] ?? null;
}

/** The signingTime attribute, or null when the signer did not include it. */
export function signingTimeOf(signerInfo: pkijs.SignerInfo): Date | null {
  const value = signedAttribute(signerInfo, CMS_OID.signingTimeAttribute);
  if (value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime) return value.toDate();
  return null;
}

/** The encapsulated content of an attached signature, or null for a detached one. */
export function encapsulatedContent(signedData: pkijs.SignedData): Uint8Array | null {
  const eContent = signedData.encapContentInfo.eContent;
  return eContent ? new Uint8Array(eContent.getValue()) : null;
}
