import {
  DER_TAG,
  DerFormatError,
  type DerNode,
  childrenOf,
  childrenOfTagged,
  contentOf,
  encodingOf,
  expectTag,
  readIntegerBytes,
  readOctetString,
  readAlgorithmOid,
  readOid,
  readRoot,
  required,
  readSmallInteger,
  readTime,
} from './der-reader.ts';
import { CMS_OID } from './oids.ts';

/**
 * CMS SignedData (RFC 5652 §5) read straight from DER into byte views: what the verifier needs on its hot path, and
 * nothing else. The ASN.1 it walks, field by field:
 *
 *   ContentInfo ::= SEQUENCE { contentType OID, content [0] EXPLICIT SignedData }
 *   SignedData ::= SEQUENCE { version, digestAlgorithms SET, encapContentInfo, certificates [0] IMPLICIT OPTIONAL,
 *                             crls [1] IMPLICIT OPTIONAL, signerInfos SET OF SignerInfo }
 *   EncapsulatedContentInfo ::= SEQUENCE { eContentType OID, eContent [0] EXPLICIT OCTET STRING OPTIONAL }
 *   SignerInfo ::= SEQUENCE { version, sid, digestAlgorithm, signedAttrs [0] IMPLICIT SET OF Attribute OPTIONAL,
 *                             signatureAlgorithm, signature OCTET STRING, unsignedAttrs [1] IMPLICIT OPTIONAL }
 */

export interface SignerIdentifierView {
  readonly kind: 'issuerAndSerial' | 'subjectKeyIdentifier';
  /** DER of the issuer Name (issuerAndSerial only). */
  readonly issuerDer: Uint8Array;
  /** INTEGER contents of the serial (issuerAndSerial only). */
  readonly serial: Uint8Array;
  /** The key identifier (subjectKeyIdentifier only). */
  readonly keyId: Uint8Array;
}

export interface AttributeView {
  readonly oid: string;
  readonly values: readonly DerNode[];
}

export interface SignerInfoView {
  readonly sid: SignerIdentifierView;
  readonly digestOid: string;
  readonly signatureOid: string;
  /** The signed attributes re-tagged as SET OF (0x31): the bytes the signature covers (RFC 5652 §5.4). */
  readonly signedAttributesDer: Uint8Array | null;
  readonly signedAttributes: readonly AttributeView[];
  readonly signature: Uint8Array;
}

export interface SignedDataView {
  readonly eContentType: string;
  /** The encapsulated content of an attached signature; null when detached. */
  readonly eContent: Uint8Array | null;
  /** DER of every embedded X.509 certificate (other certificate choices are skipped). */
  readonly certificates: readonly Uint8Array[];
  readonly signerInfos: readonly SignerInfoView[];
}

/** Reads SignedData from the DER of a ContentInfo; throws DerFormatError (SIGNATURE_INVALID) on anything else. */
export function readSignedData(der: Uint8Array): SignedDataView {
  const contentInfo = childrenOfTagged(readRoot(der), DER_TAG.sequence, 'ContentInfo');
  if (contentInfo.length !== 2) throw new DerFormatError('ContentInfo must have a content type and content');
  const contentType = readOid(contentInfo[0] as DerNode, 'ContentInfo.contentType');
  if (contentType !== CMS_OID.signedData) throw new DerFormatError(`CMS content type is ${contentType}, not SignedData`);
  const wrapped = childrenOfTagged(contentInfo[1] as DerNode, DER_TAG.context0Constructed, 'ContentInfo.content');
  if (wrapped.length !== 1) throw new DerFormatError('ContentInfo.content must hold one SignedData');
  const fields = childrenOfTagged(wrapped[0] as DerNode, DER_TAG.sequence, 'SignedData');
  let index = 0;
  const next = (): DerNode | undefined => fields[index];
  readSmallInteger(required(fields[index++], 'SignedData.version'), 'SignedData.version');
  expectTag(required(fields[index++], 'SignedData.digestAlgorithms'), DER_TAG.set, 'SignedData.digestAlgorithms');
  const encapsulated = readEncapsulatedContent(required(fields[index++], 'SignedData.encapContentInfo'));
  let certificates: Uint8Array[] = [];
  if (next()?.tag === DER_TAG.context0Constructed) {
    certificates = childrenOf(fields[index++] as DerNode)
      .filter((choice) => choice.tag === DER_TAG.sequence)
      .map(encodingOf);
  }
  if (next()?.tag === DER_TAG.context1Constructed) index++;
  const signerInfos = childrenOfTagged(required(fields[index++], 'SignedData.signerInfos'), DER_TAG.set, 'SignedData.signerInfos').map(readSignerInfo);
  if (index !== fields.length) throw new DerFormatError('SignedData has fields after signerInfos');
  return { ...encapsulated, certificates, signerInfos };
}

function readEncapsulatedContent(node: DerNode): { eContentType: string; eContent: Uint8Array | null } {
  const fields = childrenOfTagged(node, DER_TAG.sequence, 'EncapsulatedContentInfo');
  if (fields.length < 1 || fields.length > 2) throw new DerFormatError('EncapsulatedContentInfo must have a type and at most one content');
  const eContentType = readOid(fields[0] as DerNode, 'eContentType');
  if (fields.length === 1) return { eContentType, eContent: null };
  const explicit = childrenOfTagged(fields[1] as DerNode, DER_TAG.context0Constructed, 'eContent');
  if (explicit.length !== 1) throw new DerFormatError('eContent must hold one OCTET STRING');
  return { eContentType, eContent: readOctetString(explicit[0] as DerNode, 'eContent') };
}

function readSignerIdentifier(node: DerNode): SignerIdentifierView {
  const empty = new Uint8Array(0);
  if (node.tag === DER_TAG.sequence) {
    const fields = childrenOf(node);
    if (fields.length !== 2) throw new DerFormatError('IssuerAndSerialNumber must have an issuer and a serial');
    expectTag(fields[0] as DerNode, DER_TAG.sequence, 'IssuerAndSerialNumber.issuer');
    return { kind: 'issuerAndSerial', issuerDer: encodingOf(fields[0] as DerNode), serial: readIntegerBytes(fields[1] as DerNode, 'serial'), keyId: empty };
  }
  if (node.tag === DER_TAG.context0Primitive) return { kind: 'subjectKeyIdentifier', issuerDer: empty, serial: empty, keyId: contentOf(node) };
  throw new DerFormatError(`SignerIdentifier has tag 0x${node.tag.toString(16)}`);
}

function readAttribute(node: DerNode): AttributeView {
  const fields = childrenOfTagged(node, DER_TAG.sequence, 'Attribute');
  if (fields.length !== 2) throw new DerFormatError('Attribute must have a type and a set of values');
  const values = childrenOfTagged(fields[1] as DerNode, DER_TAG.set, 'Attribute.values');
  if (values.length === 0) throw new DerFormatError('Attribute has no value');
  return { oid: readOid(fields[0] as DerNode, 'Attribute.type'), values };
}

function readSignerInfo(node: DerNode): SignerInfoView {
  const fields = childrenOfTagged(node, DER_TAG.sequence, 'SignerInfo');
  let index = 0;
  readSmallInteger(required(fields[index++], 'SignerInfo.version'), 'SignerInfo.version');
  const sid = readSignerIdentifier(required(fields[index++], 'SignerInfo.sid'));
  const digestOid = readAlgorithmOid(required(fields[index++], 'SignerInfo.digestAlgorithm'), 'SignerInfo.digestAlgorithm');
  let signedAttributesDer: Uint8Array | null = null;
  let signedAttributes: AttributeView[] = [];
  if (fields[index]?.tag === DER_TAG.context0Constructed) {
    const attributesNode = fields[index++] as DerNode;
    signedAttributes = childrenOf(attributesNode).map(readAttribute);
    signedAttributesDer = encodingOf(attributesNode).slice();
    signedAttributesDer[0] = DER_TAG.set;
  }
  const signatureOid = readAlgorithmOid(required(fields[index++], 'SignerInfo.signatureAlgorithm'), 'SignerInfo.signatureAlgorithm');
  const signature = readOctetString(required(fields[index++], 'SignerInfo.signature'), 'SignerInfo.signature');
  if (fields[index]?.tag === DER_TAG.context1Constructed) index++;
  if (index !== fields.length) throw new DerFormatError('SignerInfo has unexpected fields');
  return { sid, digestOid, signatureOid, signedAttributesDer, signedAttributes, signature };
}

/** The first value of the first attribute with this type, or null (as pkijs reads attributes). */
export function attributeValue(signerInfo: SignerInfoView, oid: string): DerNode | null {
  return signerInfo.signedAttributes.find((attribute) => attribute.oid === oid)?.values[0] ?? null;
}

/** The signingTime attribute, or null when absent or not a time. */
export function signingTimeOfView(signerInfo: SignerInfoView): Date | null {
  const value = attributeValue(signerInfo, CMS_OID.signingTimeAttribute);
  return value ? readTime(value) : null;
}
