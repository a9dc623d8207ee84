import { AppError } from '../../core/errors/app-error.ts';

/**
 * A small, strict DER reader for the structures the verifier walks on every request (CMS SignedData, SignerInfo and
 * the few certificate fields it needs). It faces the internet, so it is built to fail cleanly: every length is
 * checked against the bytes that are there before anything is read, lengths take at most 4 octets, nothing recurses
 * over the input (callers navigate a fixed schema), and every problem is a DerFormatError — an AppError with code
 * SIGNATURE_INVALID — never a RangeError, a hang or a crash. pkijs/asn1js stay for building and for BER-only inputs.
 */
export class DerFormatError extends AppError {
  constructor(reason: string) {
    super('SIGNATURE_INVALID', `Malformed DER: ${reason}`);
    this.name = 'DerFormatError';
  }
}

/**
 * The input uses a BER-only form (indefinite length, a constructed string): valid BER that strict DER refuses.
 * The verifier hands such inputs to the slower pkijs path instead of refusing them (some tools stream BER).
 */
export class DerNotStrictError extends DerFormatError {
  constructor(reason: string) {
    super(reason);
    this.name = 'DerNotStrictError';
  }
}

/** Identifier octets of the tags used here (low-tag-number form, class and constructed bit included). */
export const DER_TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
  /** [0] constructed (EXPLICIT [0], or IMPLICIT [0] of a SET/SEQUENCE). */
  context0Constructed: 0xa0,
  context1Constructed: 0xa1,
  context3Constructed: 0xa3,
  /** [0] primitive: IMPLICIT [0] OCTET STRING (a SignerInfo's subjectKeyIdentifier). */
  context0Primitive: 0x80,
  /** [6] primitive: a GeneralName's uniformResourceIdentifier (IA5String contents). */
  context6Primitive: 0x86,
} as const;

/** Four length octets are 4 GiB; nothing a verifier reads is larger, and JavaScript numbers stay exact. */
const MAX_LENGTH_OCTETS = 4;

/** One TLV inside `bytes`: the tag octet, where its contents start and end, and where the whole element starts. */
export interface DerNode {
  readonly bytes: Uint8Array;
  readonly tag: number;
  readonly start: number;
  readonly contentStart: number;
  readonly end: number;
}

/** Reads the element at `offset`, which must end at or before `limit`. */
export function readNode(bytes: Uint8Array, offset: number, limit: number = bytes.length): DerNode {
  if (offset >= limit) throw new DerFormatError(`expected an element at offset ${offset}, found the end`);
  const tag = bytes[offset] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerFormatError(`high tag numbers are not used here (offset ${offset})`);
  if (offset + 1 >= limit) throw new DerFormatError(`truncated length at offset ${offset + 1}`);
  const first = bytes[offset + 1] as number;
  let contentStart = offset + 2;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else if (first === 0x80) {
    throw new DerNotStrictError(`indefinite length at offset ${offset + 1}`);
  } else {
    const octets = first & 0x7f;
    if (octets > MAX_LENGTH_OCTETS) throw new DerFormatError(`a length of ${octets} octets at offset ${offset + 1}`);
    if (contentStart + octets > limit) throw new DerFormatError(`truncated length at offset ${offset + 1}`);
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + (bytes[contentStart + i] as number);
    // DER: the shortest form, so one element has exactly one encoding (what a signature covers is unambiguous).
    if (bytes[contentStart] === 0 || length < 0x80) throw new DerFormatError(`a length not in its shortest form at offset ${offset + 1}`);
    contentStart += octets;
  }
  const end = contentStart + length;
  if (end > limit) throw new DerFormatError(`an element of ${length} octets at offset ${offset} runs past the end of its container`);
  return { bytes, tag, start: offset, contentStart, end };
}

/** Reads exactly one element covering the whole input (no trailing bytes). */
export function readRoot(bytes: Uint8Array): DerNode {
  const node = readNode(bytes, 0, bytes.length);
  if (node.end !== bytes.length) throw new DerFormatError(`${bytes.length - node.end} bytes after the top-level element`);
  return node;
}

export function expectTag(node: DerNode, tag: number, what: string): DerNode {
  if (node.tag !== tag) {
    // A constructed form of a string type is BER, not DER.
    if ((node.tag & ~0x20) === tag && tag <= 0x1e) throw new DerNotStrictError(`${what} uses a constructed string`);
    throw new DerFormatError(`${what}: expected tag 0x${tag.toString(16)}, found 0x${node.tag.toString(16)}`);
  }
  return node;
}

export function isConstructed(node: DerNode): boolean {
  return (node.tag & 0x20) !== 0;
}

/** The elements inside a constructed element; they must fill it exactly. */
export function childrenOf(node: DerNode): DerNode[] {
  if (!isConstructed(node)) throw new DerFormatError(`tag 0x${node.tag.toString(16)} at offset ${node.start} is not constructed`);
  const children: DerNode[] = [];
  let offset = node.contentStart;
  while (offset < node.end) {
    const child = readNode(node.bytes, offset, node.end);
    children.push(child);
    offset = child.end;
  }
  return children;
}

/** Children of an element expected to have the given tag. */
export function childrenOfTagged(node: DerNode, tag: number, what: string): DerNode[] {
  return childrenOf(expectTag(node, tag, what));
}

/** The whole encoding of the element (tag, length and contents), as a view (no copy). */
export function encodingOf(node: DerNode): Uint8Array {
  return node.bytes.subarray(node.start, node.end);
}

export function contentOf(node: DerNode): Uint8Array {
  return node.bytes.subarray(node.contentStart, node.end);
}

/** Dotted OID text; the encoding must be minimal (no 0x80 lead octet in an arc) and complete. */
export function readOid(node: DerNode, what = 'OBJECT IDENTIFIER'): string {
  const content = contentOf(expectTag(node, DER_TAG.oid, what));
  if (content.length === 0) throw new DerFormatError(`${what} is empty`);
  if (content.length > 64) throw new DerFormatError(`${what} is ${content.length} octets long`);
  const arcs: number[] = [];
  let value = 0;
  let arcOctets = 0;
  for (let i = 0; i < content.length; i++) {
    const octet = content[i] as number;
    if (arcOctets === 0 && octet === 0x80) throw new DerFormatError(`${what} has an arc not in its shortest form`);
    value = value * 128 + (octet & 0x7f);
    arcOctets++;
    if (value > Number.MAX_SAFE_INTEGER / 128) throw new DerFormatError(`${what} has an arc too large`);
    if ((octet & 0x80) === 0) {
      arcs.push(value);
      value = 0;
      arcOctets = 0;
    }
  }
  if (arcOctets !== 0) throw new DerFormatError(`${what} ends inside an arc`);
  const head = arcs[0] as number;
  const firstArc = head < 40 ? 0 : head < 80 ? 1 : 2;
  return [firstArc, head - firstArc * 40, ...arcs.slice(1)].join('.');
}

/** The field a fixed schema requires, or DerFormatError naming it. */
export function required(node: DerNode | undefined, what: string): DerNode {
  if (!node) throw new DerFormatError(`${what} is missing`);
  return node;
}

/** AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL } → the OID. */
export function readAlgorithmOid(node: DerNode, what: string): string {
  const fields = childrenOfTagged(node, DER_TAG.sequence, what);
  if (fields.length < 1 || fields.length > 2) throw new DerFormatError(`${what} must be an OID with at most one parameter`);
  return readOid(fields[0] as DerNode, what);
}

/** INTEGER contents as they are (two's complement), checked to be minimal as DER requires. */
export function readIntegerBytes(node: DerNode, what = 'INTEGER'): Uint8Array {
  const content = contentOf(expectTag(node, DER_TAG.integer, what));
  if (content.length === 0) throw new DerFormatError(`${what} is empty`);
  if (content.length > 1) {
    const [first, second] = content as unknown as [number, number];
    if ((first === 0x00 && second < 0x80) || (first === 0xff && second >= 0x80)) throw new DerFormatError(`${what} is not in its shortest form`);
  }
  return content;
}

/** A small non-negative INTEGER (a version field). */
export function readSmallInteger(node: DerNode, what = 'INTEGER'): number {
  const content = readIntegerBytes(node, what);
  if (content.length > 2 || ((content[0] as number) & 0x80) !== 0) throw new DerFormatError(`${what} is out of range`);
  let value = 0;
  for (const octet of content) value = value * 256 + octet;
  return value;
}

export function readOctetString(node: DerNode, what = 'OCTET STRING'): Uint8Array {
  return contentOf(expectTag(node, DER_TAG.octetString, what));
}

/** BIT STRING contents without the unused-bits octet; only whole octets are accepted (keys and signatures). */
export function readBitStringOctets(node: DerNode, what = 'BIT STRING'): Uint8Array {
  const content = contentOf(expectTag(node, DER_TAG.bitString, what));
  if (content.length === 0) throw new DerFormatError(`${what} is empty`);
  if (content[0] !== 0) throw new DerFormatError(`${what} has ${content[0]} unused bits`);
  return content.subarray(1);
}

/** A named-bit list (KeyUsage): the contents octets after the unused-bits octet, whose value must be 0–7. */
export function readNamedBits(node: DerNode, what = 'BIT STRING'): Uint8Array {
  const content = contentOf(expectTag(node, DER_TAG.bitString, what));
  if (content.length === 0) throw new DerFormatError(`${what} is empty`);
  if ((content[0] as number) > 7 || (content.length === 1 && content[0] !== 0)) throw new DerFormatError(`${what} has ${content[0]} unused bits`);
  return content.subarray(1);
}

/** DER BOOLEAN: one octet, 0x00 or 0xFF (X.690 §11.1). */
export function readBoolean(node: DerNode, what = 'BOOLEAN'): boolean {
  const content = contentOf(expectTag(node, DER_TAG.boolean, what));
  if (content.length !== 1 || (content[0] !== 0x00 && content[0] !== 0xff)) throw new DerFormatError(`${what} is not 0x00 or 0xFF`);
  return content[0] === 0xff;
}

const LATIN1_STRING_TAGS = new Set([0x12, 0x13, 0x14, 0x16, 0x1a]); // Numeric, Printable, Teletex, IA5, Visible
const BMP_STRING = 0x1e;
const UNIVERSAL_STRING = 0x1c;

/**
 * The text of a directory string (a Name attribute's value): UTF8String, BMPString (UTF-16BE), UniversalString
 * (UTF-32BE) and the one-octet string types; any other value reads as '' (as pkijs reads a non-string value).
 */
export function readDirectoryString(node: DerNode): string {
  const content = contentOf(node);
  if (node.tag === DER_TAG.utf8String) return new TextDecoder('utf-8', { fatal: false }).decode(content);
  if (LATIN1_STRING_TAGS.has(node.tag)) return String.fromCharCode(...content.subarray(0, 4096));
  if (node.tag === BMP_STRING || node.tag === UNIVERSAL_STRING) {
    const width = node.tag === BMP_STRING ? 2 : 4;
    if (content.length % width !== 0) throw new DerFormatError(`a ${width === 2 ? 'BMPString' : 'UniversalString'} of ${content.length} octets`);
    const codePoints: number[] = [];
    for (let i = 0; i < content.length && codePoints.length < 4096; i += width) {
      let codePoint = 0;
      for (let j = 0; j < width; j++) codePoint = codePoint * 256 + (content[i + j] as number);
      codePoints.push(codePoint > 0x10ffff ? 0xfffd : codePoint);
    }
    return width === 2 ? String.fromCharCode(...codePoints) : String.fromCodePoint(...codePoints);
  }
  return '';
}

const UTC_TIME = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
const GENERALIZED_TIME = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,3})\d*)?Z$/;

/** UTCTime (RFC 5280: years 50–99 are 19xx) or GeneralizedTime; null when it is neither or not a real moment. */
export function readTime(node: DerNode): Date | null {
  if (node.tag !== DER_TAG.utcTime && node.tag !== DER_TAG.generalizedTime) return null;
  const content = contentOf(node);
  if (content.length > 32) return null;
  const text = String.fromCharCode(...content);
  const match = node.tag === DER_TAG.utcTime ? UTC_TIME.exec(text) : GENERALIZED_TIME.exec(text);
  if (!match) return null;
  const [, yearText, month, day, hour, minute, second, fraction] = match as unknown as string[];
  let year = Number(yearText);
  if (node.tag === DER_TAG.utcTime) year += year < 50 ? 2000 : 1900;
  const milliseconds = fraction ? Number(fraction.padEnd(3, '0')) : 0;
  const moment = new Date(Date.UTC(year, Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), milliseconds));
  return Number.isNaN(moment.getTime()) || moment.getUTCDate() !== Number(day) ? null : moment;
}
