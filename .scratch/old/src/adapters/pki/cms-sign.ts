import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer } from './bytes.ts';
import { certificateToDer } from './certificate-builder.ts';
import { SIGNING_HASH, pkiEngine } from './key-algorithms.ts';
import { CMS_OID } from './oids.ts';

export interface DetachedCadesInput {
  /** The exact bytes being signed; the signature does not carry them (detached, as NCALayer's encapsulate=false). */
  readonly contentBytes: Uint8Array;
  readonly signerCertificate: pkijs.Certificate;
  readonly privateKey: CryptoKey;
  /** Goes into the signingTime attribute; the caller's clock, never read here. */
  readonly signingTime: Date;
  /** Extra certificates to embed (e.g. the intermediate), so a verifier with only the root can build the path. */
  readonly extraCertificates?: readonly pkijs.Certificate[];
}

const GENERAL_NAME_DIRECTORY_NAME = 4;

/** RFC 5652: signingTime is UTCTime for 1950–2049. */
function cmsTime(moment: Date): asn1js.AsnType {
  return moment.getUTCFullYear() < 2050 ? new asn1js.UTCTime({ valueDate: moment }) : new asn1js.GeneralizedTime({ valueDate: moment });
}

/**
 * SigningCertificateV2 (RFC 5035) binds the signature to this exact certificate, so an attacker cannot swap in
 * another certificate with the same key. ESSCertIDv2 with SHA-256 (the DEFAULT, hence no hashAlgorithm field).
 */
async function signingCertificateV2(certificate: pkijs.Certificate): Promise<asn1js.Sequence> {
  const certificateHash = await globalThis.crypto.subtle.digest(SIGNING_HASH, toArrayBuffer(certificateToDer(certificate)));
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: GENERAL_NAME_DIRECTORY_NAME }, value: [certificate.issuer.toSchema()] })],
      }),
      new asn1js.Integer({ valueHex: certificate.serialNumber.valueBlock.valueHexView.slice().buffer }),
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: certificateHash }), issuerSerial] });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

function compareBytes(left: Uint8Array, right: Uint8Array): number {
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    if (left[i] !== right[i]) return (left[i] ?? 0) - (right[i] ?? 0);
  }
  return left.length - right.length;
}

/**
 * DER sorts a SET OF by encoding. Verifiers that re-encode signed attributes (OpenSSL) compute the digest over the
 * sorted form, so an unsorted set would verify here but fail there.
 */
function sortedForDer(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  return attributes
    .map((attribute) => ({ attribute, der: new Uint8Array(attribute.toSchema().toBER(false)) }))
    .sort((left, right) => compareBytes(left.der, right.der))
    .map((entry) => entry.attribute);
}

/**
 * A CAdES-BES detached signature: CMS SignedData with signed attributes contentType, messageDigest, signingTime and
 * signingCertificateV2, SHA-256, RSA PKCS#1 v1.5 or ECDSA after the key. Returns DER; wrap with encodePem('CMS', …)
 * for the PEM that NCALayer returns.
 */
export async function signDetachedCades(input: DetachedCadesInput): Promise<Uint8Array> {
  const messageDigest = await globalThis.crypto.subtle.digest(SIGNING_HASH, toArrayBuffer(input.contentBytes));
  const signedAttributes = sortedForDer([
    new pkijs.Attribute({ type: CMS_OID.contentTypeAttribute, values: [new asn1js.ObjectIdentifier({ value: CMS_OID.data })] }),
    new pkijs.Attribute({ type: CMS_OID.signingTimeAttribute, values: [cmsTime(input.signingTime)] }),
    new pkijs.Attribute({ type: CMS_OID.messageDigestAttribute, values: [new asn1js.OctetString({ valueHex: messageDigest })] }),
    new pkijs.Attribute({ type: CMS_OID.signingCertificateV2Attribute, values: [await signingCertificateV2(input.signerCertificate)] }),
  ]);

  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: CMS_OID.data }),
    certificates: [input.signerCertificate, ...(input.extraCertificates ?? [])],
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: input.signerCertificate.issuer,
          serialNumber: input.signerCertificate.serialNumber,
        }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: signedAttributes }),
      }),
    ],
  });
  await signedData.sign(input.privateKey, 0, SIGNING_HASH, undefined, pkiEngine);

  const contentInfo = new pkijs.ContentInfo({ contentType: CMS_OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
