import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { bytesToHex, toArrayBuffer } from './bytes.ts';
import { SIGNING_HASH, pkiEngine } from './key-algorithms.ts';

/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050. */
export function x509Time(moment: Date): pkijs.Time {
  const type = moment.getUTCFullYear() < 2050 ? pkijs.TimeType.UTCTime : pkijs.TimeType.GeneralizedTime;
  return new pkijs.Time({ type, value: moment });
}

/** 16 random bytes, first byte 0x01–0x7F: positive, never shortened by DER, unguessable as the CA/B rules ask. */
export function randomSerialNumber(): Uint8Array {
  const serial = globalThis.crypto.getRandomValues(new Uint8Array(16));
  serial[0] = ((serial[0] ?? 0) & 0x7f) | 0x01;
  return serial;
}

export interface CertificateParams {
  readonly serialNumber: Uint8Array;
  readonly subject: pkijs.RelativeDistinguishedNames;
  readonly issuer: pkijs.RelativeDistinguishedNames;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly subjectPublicKey: CryptoKey;
  readonly issuerPrivateKey: CryptoKey;
  readonly extensions: readonly pkijs.Extension[];
}

/** Builds and signs an X.509 v3 certificate (sha256WithRSAEncryption or ecdsa-with-SHA256, after the issuer key). */
export async function signCertificate(params: CertificateParams): Promise<pkijs.Certificate> {
  if (params.notAfter <= params.notBefore) throw new RangeError('notAfter must be later than notBefore');
  const certificate = new pkijs.Certificate();
  certificate.version = 2; // v3
  certificate.serialNumber = new asn1js.Integer({ valueHex: toArrayBuffer(params.serialNumber) });
  certificate.subject = params.subject;
  certificate.issuer = params.issuer;
  certificate.notBefore = x509Time(params.notBefore);
  certificate.notAfter = x509Time(params.notAfter);
  certificate.extensions = [...params.extensions];
  await certificate.subjectPublicKeyInfo.importKey(params.subjectPublicKey, pkiEngine);
  await certificate.sign(params.issuerPrivateKey, SIGNING_HASH, pkiEngine);
  // Round-trip through DER so the returned object is exactly what a verifier will parse (tbs bytes, parsed extensions).
  return certificateFromDer(certificateToDer(certificate));
}

/** DER of certificates already encoded once: re-encoding through pkijs's schema is slow and a verification asks often. */
const derOf = new WeakMap<pkijs.Certificate, Uint8Array>();

export function certificateToDer(certificate: pkijs.Certificate): Uint8Array {
  let der = derOf.get(certificate);
  if (!der) {
    der = new Uint8Array(certificate.toSchema(true).toBER(false));
    derOf.set(certificate, der);
  }
  return der;
}

export function certificateFromDer(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(toArrayBuffer(der));
}

/**
 * Parses a certificate whose bytes were already checked to be exactly one DER element (readCertificateSkeleton), and
 * remembers those bytes as its encoding: they are what its issuer signed and what a signing-certificate hash names.
 */
export function certificateFromExactDer(der: Uint8Array): pkijs.Certificate {
  const certificate = certificateFromDer(der);
  derOf.set(certificate, der.slice());
  return certificate;
}

/** Lowercase hex of the serial's content octets (the sign byte DER adds for a high first bit is dropped). */
export function serialNumberHex(certificate: pkijs.Certificate): string {
  const hex = bytesToHex(certificate.serialNumber.valueBlock.valueHexView);
  return hex.length > 2 && hex.startsWith('00') ? hex.slice(2) : hex;
}

export function daysAfter(moment: Date, days: number): Date {
  return new Date(moment.getTime() + days * 86_400_000);
}
