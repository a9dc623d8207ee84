import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { bytesEqual, bytesToHex, toArrayBuffer } from './bytes.ts';
import { REASON_CODE, type RevokedSerial } from './crl.ts';
import { SIGNING_HASH, pkiEngine } from './key-algorithms.ts';
import type { CaCredential } from './local-ca.ts';
import { OCSP_OID } from './oids.ts';

/**
 * An OCSP responder (RFC 6960) for one CA, with pkijs's OCSPRequest / BasicOCSPResponse. The CA signs its responses
 * itself (§4.2.2.2 allows the issuer as responder), so a relying party needs no extra responder certificate; the CA
 * certificate travels in `certs` all the same for clients that want it there. Nonces (§4.4.1) are echoed.
 */

/** RFC 6960 §4.2.1 OCSPResponseStatus. */
export const OCSP_RESPONSE_STATUS = { successful: 0, malformedRequest: 1, internalError: 2, tryLater: 3, sigRequired: 5, unauthorized: 6 } as const;


export interface OcspRespondInput {
  readonly requestDer: Uint8Array;
  /** The CA whose certificates this responder answers for; its key signs the responses. */
  readonly issuer: CaCredential;
  readonly revocationOf: (serialHex: string) => RevokedSerial | null;
  readonly now: Date;
  /** nextUpdate = now + this; a client may cache the answer until then. */
  readonly validityMinutes?: number;
}

const DEFAULT_VALIDITY_MINUTES = 10;

/** GeneralizedTime in DER carries no fraction here: whole seconds, as every other time Qyzmet signs. */
function wholeSeconds(moment: Date): Date {
  return new Date(Math.floor(moment.getTime() / 1000) * 1000);
}

function statusOnly(status: number): Uint8Array {
  return new Uint8Array(new pkijs.OCSPResponse({ responseStatus: new asn1js.Enumerated({ value: status }) }).toSchema().toBER(false));
}

function serialHexOf(serial: asn1js.Integer): string {
  const hex = bytesToHex(serial.valueBlock.valueHexView);
  return hex.length > 2 && hex.startsWith('00') ? hex.slice(2) : hex;
}

/** CertStatus ::= CHOICE { good [0] IMPLICIT NULL, revoked [1] IMPLICIT RevokedInfo, unknown [2] IMPLICIT UnknownInfo }. */
function certStatus(record: RevokedSerial | null | 'unknown'): asn1js.AsnType {
  if (record === 'unknown') return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 2 } });
  if (!record) return new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
  return new asn1js.Constructed({
    idBlock: { tagClass: 3, tagNumber: 1 },
    value: [
      new asn1js.GeneralizedTime({ valueDate: wholeSeconds(record.revokedAt) }),
      new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [new asn1js.Enumerated({ value: REASON_CODE[record.reason ?? 'unspecified'] })] }),
    ],
  });
}

/** Does the CertID name this issuer (by the hash algorithm the client chose: SHA-1 for OpenSSL's default, or SHA-2)? */
async function namesIssuer(certId: pkijs.CertID, issuer: pkijs.Certificate): Promise<boolean> {
  const algorithm = pkiEngine.getAlgorithmByOID(certId.hashAlgorithm.algorithmId, false);
  if (!algorithm || !('name' in algorithm)) return false;
  const nameHash = new Uint8Array(await globalThis.crypto.subtle.digest(algorithm.name, issuer.subject.toSchema().toBER(false)));
  const keyHash = new Uint8Array(
    await globalThis.crypto.subtle.digest(algorithm.name, toArrayBuffer(issuer.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)),
  );
  return bytesEqual(nameHash, certId.issuerNameHash.valueBlock.valueHexView) && bytesEqual(keyHash, certId.issuerKeyHash.valueBlock.valueHexView);
}

/** Answers one DER OCSPRequest with a DER OCSPResponse; a request it cannot read gets malformedRequest, never a throw. */
export async function respondToOcspRequest(input: OcspRespondInput): Promise<Uint8Array> {
  let request: pkijs.OCSPRequest;
  try {
    request = pkijs.OCSPRequest.fromBER(toArrayBuffer(input.requestDer));
  } catch {
    return statusOnly(OCSP_RESPONSE_STATUS.malformedRequest);
  }
  const requests = request.tbsRequest.requestList;
  if (requests.length === 0) return statusOnly(OCSP_RESPONSE_STATUS.malformedRequest);

  const now = wholeSeconds(input.now);
  const nextUpdate = new Date(now.getTime() + (input.validityMinutes ?? DEFAULT_VALIDITY_MINUTES) * 60_000);
  const responses: pkijs.SingleResponse[] = [];
  for (const { reqCert } of requests) {
    // A certificate of another CA: "unknown" (§2.2), not "good" — this responder has no authority over it.
    const record = (await namesIssuer(reqCert, input.issuer.certificate)) ? input.revocationOf(serialHexOf(reqCert.serialNumber)) : 'unknown';
    responses.push(new pkijs.SingleResponse({ certID: reqCert, certStatus: certStatus(record), thisUpdate: now, nextUpdate }));
  }

  const nonce = request.tbsRequest.requestExtensions?.find((extension) => extension.extnID === OCSP_OID.nonce);
  const keyHash = await globalThis.crypto.subtle.digest('SHA-1', toArrayBuffer(input.issuer.certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView));
  const basic = new pkijs.BasicOCSPResponse({
    tbsResponseData: new pkijs.ResponseData({
      responderID: new asn1js.OctetString({ valueHex: keyHash }), // byKey
      producedAt: now,
      responses,
      ...(nonce ? { responseExtensions: [new pkijs.Extension({ extnID: OCSP_OID.nonce, critical: false, extnValue: nonce.extnValue.valueBlock.valueHexView.slice().buffer })] } : {}),
    }),
    certs: [input.issuer.certificate],
  });
  await basic.sign(input.issuer.privateKey, SIGNING_HASH, pkiEngine);
  const responseBytes = new pkijs.ResponseBytes({
    responseType: OCSP_OID.basicResponse,
    response: new asn1js.OctetString({ valueHex: basic.toSchema().toBER(false) }),
  });
  return new Uint8Array(
    new pkijs.OCSPResponse({ responseStatus: new asn1js.Enumerated({ value: OCSP_RESPONSE_STATUS.successful }), responseBytes }).toSchema().toBER(false),
  );
}
