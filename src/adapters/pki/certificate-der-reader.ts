import {
  DER_TAG,
  DerFormatError,
  type DerNode,
  childrenOfTagged,
  encodingOf,
  expectTag,
  readBitStringOctets,
  readBoolean,
  readDirectoryString,
  readIntegerBytes,
  readNamedBits,
  readOctetString,
  readAlgorithmOid,
  readOid,
  readRoot,
  required,
  readTime,
} from './der-reader.ts';
import type { NameAttribute } from './name-attributes.ts';
import { EXTENSION_OID, KEY_USAGE_BIT, type KeyUsageName } from './oids.ts';

/**
 * An X.509 certificate (RFC 5280 §4.1) read straight from DER: every field the verifier's hot path checks — names,
 * validity, key, and the three extensions that decide what the key may do — as values and byte views. pkijs is
 * not needed to judge a signature; it stays for building certificates and for the off-path status requests.
 *
 *   Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }
 *   TBSCertificate ::= SEQUENCE { version [0] EXPLICIT OPTIONAL, serialNumber, signature, issuer Name,
 *                                 validity SEQUENCE { notBefore Time, notAfter Time }, subject Name,
 *                                 subjectPublicKeyInfo SEQUENCE { algorithm, subjectPublicKey BIT STRING },
 *                                 issuerUniqueID [1] IMPLICIT OPTIONAL, subjectUniqueID [2] IMPLICIT OPTIONAL,
 *                                 extensions [3] EXPLICIT SEQUENCE OF Extension OPTIONAL }
 *   Name ::= SEQUENCE OF SET OF SEQUENCE { type OID, value ANY }
 *   Extension ::= SEQUENCE { extnID OID, critical BOOLEAN DEFAULT FALSE, extnValue OCTET STRING }
 */
export interface CertificateSkeleton {
  readonly der: Uint8Array;
  /** What the issuer signed. */
  readonly tbsDer: Uint8Array;
  /** The issuer's signature algorithm, as the outer Certificate names it. */
  readonly signatureOid: string;
  readonly signatureValue: Uint8Array;
  /** INTEGER contents of the serial. */
  readonly serial: Uint8Array;
  /** Lowercase hex of the serial without DER's sign octet (as serialNumberHex prints it). */
  readonly serialHex: string;
  readonly issuerDer: Uint8Array;
  readonly subjectDer: Uint8Array;
  readonly issuer: readonly NameAttribute[];
  readonly subject: readonly NameAttribute[];
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly publicKeyAlgorithmOid: string;
  readonly subjectPublicKeyInfoDer: Uint8Array;
  /** The subjectPublicKey BIT STRING contents (what a key identifier hashes, RFC 5280 §4.2.1.2 method 1). */
  readonly subjectPublicKey: Uint8Array;
  /** KeyUsage names set, or null without the extension. */
  readonly keyUsage: ReadonlySet<KeyUsageName> | null;
  /** ExtendedKeyUsage purpose OIDs, or null without the extension. */
  readonly extendedKeyUsage: readonly string[] | null;
  /** BasicConstraints cA (RFC 5280 §4.2.1.9): only such certificates may issue others on a path. */
  readonly isCa: boolean;
}

/** Far beyond any real certificate; bounds the work a hostile one can cause. */
const MAX_NAME_ATTRIBUTES = 64;
const MAX_EXTENSIONS = 64;

function readName(node: DerNode, what: string): NameAttribute[] {
  const attributes: NameAttribute[] = [];
  for (const rdn of childrenOfTagged(node, DER_TAG.sequence, what)) {
    const values = childrenOfTagged(rdn, DER_TAG.set, `${what} RDN`);
    if (values.length === 0) throw new DerFormatError(`${what} has an empty RDN`);
    for (const typeAndValue of values) {
      const fields = childrenOfTagged(typeAndValue, DER_TAG.sequence, `${what} attribute`);
      if (fields.length !== 2) throw new DerFormatError(`${what} attribute must have a type and a value`);
      attributes.push({ oid: readOid(fields[0] as DerNode, `${what} attribute type`), value: readDirectoryString(fields[1] as DerNode) });
      if (attributes.length > MAX_NAME_ATTRIBUTES) throw new DerFormatError(`${what} has more than ${MAX_NAME_ATTRIBUTES} attributes`);
    }
  }
  return attributes;
}

function readValidityTime(node: DerNode | undefined, what: string): Date {
  const time = node ? readTime(node) : null;
  if (!time) throw new DerFormatError(`${what} is not a UTCTime or GeneralizedTime`);
  return time;
}

function serialHexOf(serial: Uint8Array): string {
  const hex = Buffer.from(serial.buffer, serial.byteOffset, serial.byteLength).toString('hex');
  return hex.length > 2 && hex.startsWith('00') ? hex.slice(2) : hex;
}

interface ExtensionFacts {
  keyUsage: Set<KeyUsageName> | null;
  extendedKeyUsage: string[] | null;
  isCa: boolean;
}

/**
 * The value of a known extension whose contents do not parse counts as empty — as pkijs reads it (no usage, no
 * purpose, not a CA) — so a damaged extension can only take rights away, never add them.
 */
function readKnownExtension(facts: ExtensionFacts, oid: string, value: Uint8Array): void {
  if (oid === EXTENSION_OID.keyUsage) {
    facts.keyUsage = new Set();
    try {
      const firstOctet = readNamedBits(readRoot(value), 'KeyUsage')[0] ?? 0;
      for (const [name, bit] of Object.entries(KEY_USAGE_BIT) as [KeyUsageName, number][]) if (firstOctet & (0x80 >> bit)) facts.keyUsage.add(name);
    } catch (error) {
      if (!(error instanceof DerFormatError)) throw error;
    }
  } else if (oid === EXTENSION_OID.extendedKeyUsage) {
    try {
      facts.extendedKeyUsage = childrenOfTagged(readRoot(value), DER_TAG.sequence, 'ExtendedKeyUsage').map((purpose) => readOid(purpose, 'KeyPurposeId'));
    } catch (error) {
      if (!(error instanceof DerFormatError)) throw error;
      facts.extendedKeyUsage = [];
    }
  } else if (oid === EXTENSION_OID.basicConstraints) {
    try {
      const first = childrenOfTagged(readRoot(value), DER_TAG.sequence, 'BasicConstraints')[0];
      facts.isCa = first?.tag === DER_TAG.boolean && readBoolean(first, 'BasicConstraints.cA');
    } catch (error) {
      if (!(error instanceof DerFormatError)) throw error;
      facts.isCa = false;
    }
  }
}

function readExtensions(node: DerNode | undefined): ExtensionFacts {
  const facts: ExtensionFacts = { keyUsage: null, extendedKeyUsage: null, isCa: false };
  if (!node) return facts;
  const wrapped = childrenOfTagged(node, DER_TAG.context3Constructed, 'extensions');
  if (wrapped.length !== 1) throw new DerFormatError('extensions must hold one SEQUENCE');
  const extensions = childrenOfTagged(wrapped[0] as DerNode, DER_TAG.sequence, 'Extensions');
  if (extensions.length > MAX_EXTENSIONS) throw new DerFormatError(`more than ${MAX_EXTENSIONS} extensions`);
  const seen = new Set<string>();
  for (const extension of extensions) {
    const fields = childrenOfTagged(extension, DER_TAG.sequence, 'Extension');
    if (fields.length < 2 || fields.length > 3) throw new DerFormatError('Extension must have an id, an optional critical flag and a value');
    const oid = readOid(fields[0] as DerNode, 'extnID');
    if (fields.length === 3) readBoolean(fields[1] as DerNode, 'Extension.critical');
    const value = readOctetString(fields[fields.length - 1] as DerNode, 'extnValue');
    // The first of a repeated extension counts, as pkijs finds it (RFC 5280 forbids repeats anyway).
    if (seen.has(oid)) continue;
    seen.add(oid);
    readKnownExtension(facts, oid, value);
  }
  return facts;
}

/** Reads a certificate's DER; throws DerFormatError (SIGNATURE_INVALID) on anything that is not one. */
export function readCertificateSkeleton(der: Uint8Array): CertificateSkeleton {
  const certificate = childrenOfTagged(readRoot(der), DER_TAG.sequence, 'Certificate');
  if (certificate.length !== 3) throw new DerFormatError('Certificate must have tbsCertificate, algorithm and signature');
  const tbsNode = certificate[0] as DerNode;
  const tbs = childrenOfTagged(tbsNode, DER_TAG.sequence, 'TBSCertificate');
  let index = tbs[0]?.tag === DER_TAG.context0Constructed ? 1 : 0;
  const serial = readIntegerBytes(required(tbs[index++], 'serialNumber'), 'serialNumber');
  readAlgorithmOid(required(tbs[index++], 'signature'), 'TBSCertificate.signature');
  const issuer = expectTag(required(tbs[index++], 'issuer'), DER_TAG.sequence, 'issuer');
  const validity = childrenOfTagged(required(tbs[index++], 'validity'), DER_TAG.sequence, 'validity');
  if (validity.length !== 2) throw new DerFormatError('validity must have notBefore and notAfter');
  const subject = expectTag(required(tbs[index++], 'subject'), DER_TAG.sequence, 'subject');
  const spkiNode = required(tbs[index++], 'subjectPublicKeyInfo');
  const spki = childrenOfTagged(spkiNode, DER_TAG.sequence, 'subjectPublicKeyInfo');
  if (spki.length !== 2) throw new DerFormatError('subjectPublicKeyInfo must have an algorithm and a key');
  // issuerUniqueID [1] and subjectUniqueID [2] (IMPLICIT BIT STRING) are skipped: nothing here reads them.
  while (tbs[index] && ((tbs[index] as DerNode).tag & ~0x20) >= 0x81 && ((tbs[index] as DerNode).tag & ~0x20) <= 0x82) index++;
  const extensions = readExtensions(tbs[index]?.tag === DER_TAG.context3Constructed ? tbs[index++] : undefined);
  if (index !== tbs.length) throw new DerFormatError('TBSCertificate has unexpected fields');
  return {
    der,
    tbsDer: encodingOf(tbsNode),
    signatureOid: readAlgorithmOid(certificate[1] as DerNode, 'Certificate.signatureAlgorithm'),
    signatureValue: readBitStringOctets(certificate[2] as DerNode, 'Certificate.signatureValue'),
    serial,
    serialHex: serialHexOf(serial),
    issuerDer: encodingOf(issuer),
    subjectDer: encodingOf(subject),
    issuer: readName(issuer, 'issuer'),
    subject: readName(subject, 'subject'),
    notBefore: readValidityTime(validity[0], 'notBefore'),
    notAfter: readValidityTime(validity[1], 'notAfter'),
    publicKeyAlgorithmOid: readAlgorithmOid(spki[0] as DerNode, 'subjectPublicKeyInfo.algorithm'),
    subjectPublicKeyInfoDer: encodingOf(spkiNode),
    subjectPublicKey: readBitStringOctets(spki[1] as DerNode, 'subjectPublicKey'),
    ...extensions,
  };
}
