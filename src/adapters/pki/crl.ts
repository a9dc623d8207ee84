import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { bytesToHex, hexToBytes, toArrayBuffer } from './bytes.ts';
import { authorityKeyIdentifierExtension, crlNumberExtension, keyIdentifierOf } from './certificate-extensions.ts';
import { x509Time } from './certificate-builder.ts';
import { SIGNING_HASH, pkiEngine } from './key-algorithms.ts';
import { EXTENSION_OID } from './oids.ts';
import { derFromPemBase64OrDer } from './pem.ts';

/** RFC 5280 CRLReason codes the demo CA uses (§5.3.1), in the CRL and in OCSP answers (ocsp-responder.ts). */
export type RevocationReason = 'unspecified' | 'keyCompromise' | 'affiliationChanged' | 'superseded' | 'cessationOfOperation';

export const REASON_CODE: Readonly<Record<RevocationReason, number>> = {
  unspecified: 0,
  keyCompromise: 1,
  affiliationChanged: 3,
  superseded: 4,
  cessationOfOperation: 5,
};

export interface RevokedSerial {
  /** Lowercase hex, as serialNumberHex() prints it. */
  readonly serialHex: string;
  readonly revokedAt: Date;
  readonly reason?: RevocationReason;
}

export interface CrlParams {
  readonly issuerCertificate: pkijs.Certificate;
  readonly issuerPrivateKey: CryptoKey;
  readonly revoked: readonly RevokedSerial[];
  readonly thisUpdate: Date;
  readonly nextUpdate: Date;
  /** Monotonic per issuer (RFC 5280 §5.2.3), so a relying party can tell the newer of two CRLs. */
  readonly crlNumber: number;
}

function revokedEntry(entry: RevokedSerial): pkijs.RevokedCertificate {
  const reasonCode = REASON_CODE[entry.reason ?? 'unspecified'];
  const reasonExtension = new pkijs.Extension({
    extnID: EXTENSION_OID.crlReason,
    critical: false,
    extnValue: new asn1js.Enumerated({ value: reasonCode }).toBER(false),
  });
  return new pkijs.RevokedCertificate({
    userCertificate: new asn1js.Integer({ valueHex: toArrayBuffer(hexToBytes(entry.serialHex)) }),
    revocationDate: x509Time(entry.revokedAt),
    crlEntryExtensions: new pkijs.Extensions({ extensions: [reasonExtension] }),
  });
}

/** An X.509 v2 CRL signed by the issuing CA. */
export async function signCrl(params: CrlParams): Promise<pkijs.CertificateRevocationList> {
  const crl = new pkijs.CertificateRevocationList();
  crl.version = 1; // v2: needed for the CRL-number and reason extensions
  crl.issuer = params.issuerCertificate.subject;
  crl.thisUpdate = x509Time(params.thisUpdate);
  crl.nextUpdate = x509Time(params.nextUpdate);
  if (params.revoked.length > 0) crl.revokedCertificates = params.revoked.map(revokedEntry);
  const issuerKeyId = await keyIdentifierOf(params.issuerCertificate.subjectPublicKeyInfo);
  crl.crlExtensions = new pkijs.Extensions({
    extensions: [authorityKeyIdentifierExtension(issuerKeyId), crlNumberExtension(params.crlNumber)],
  });
  await crl.sign(params.issuerPrivateKey, SIGNING_HASH, pkiEngine);
  return crlFromDer(crlToDer(crl));
}

export function crlToDer(crl: pkijs.CertificateRevocationList): Uint8Array {
  return new Uint8Array(crl.toSchema(true).toBER(false));
}

export function crlFromDer(der: Uint8Array): pkijs.CertificateRevocationList {
  return pkijs.CertificateRevocationList.fromBER(toArrayBuffer(der));
}

/** A CRL file as published at crl.pki.gov.kz (DER) or as PEM. */
export function parseCrl(input: string | Uint8Array): pkijs.CertificateRevocationList {
  return crlFromDer(derFromPemBase64OrDer(input));
}

export interface CrlEntryView {
  readonly serialHex: string;
  readonly revokedAt: Date;
}

export function crlEntries(crl: pkijs.CertificateRevocationList): CrlEntryView[] {
  return (crl.revokedCertificates ?? []).map((entry) => {
    const hex = bytesToHex(entry.userCertificate.valueBlock.valueHexView);
    return { serialHex: hex.length > 2 && hex.startsWith('00') ? hex.slice(2) : hex, revokedAt: entry.revocationDate.value };
  });
}
