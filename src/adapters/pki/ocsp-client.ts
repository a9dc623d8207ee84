import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { bytesEqual, toArrayBuffer } from './bytes.ts';
import { pkiEngine } from './key-algorithms.ts';
import { OCSP_OID } from './oids.ts';

/**
 * The relying-party half of RFC 6960: a request for one certificate (CertID with SHA-1, what OpenSSL and the NCA's
 * responder expect, plus a nonce) and the checks on the answer — response status, the signature of an authorised
 * responder (the issuer itself or a delegated OCSP-signing certificate it issued, pkijs's BasicOCSPResponse.verify),
 * the echoed nonce, and the single response that names this certificate.
 */

export type OcspCertStatus = 'good' | 'revoked' | 'unknown';

export interface OcspAnswer {
  readonly status: OcspCertStatus;
  readonly revokedAt: Date | null;
  readonly thisUpdate: Date;
  readonly nextUpdate: Date | null;
}

/** The answer cannot be used: unreadable, an error status, a bad signature, a wrong nonce, or not about this certificate. */
export class OcspResponseError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'OcspResponseError';
  }
}

const STATUS_NAMES: Readonly<Record<number, string>> = { 1: 'malformedRequest', 2: 'internalError', 3: 'tryLater', 5: 'sigRequired', 6: 'unauthorized' };

export async function buildOcspRequest(certificate: pkijs.Certificate, issuer: pkijs.Certificate, nonce: Uint8Array): Promise<Uint8Array> {
  const request = new pkijs.OCSPRequest();
  await request.createForCertificate(certificate, { hashAlgorithm: 'SHA-1', issuerCertificate: issuer }, pkiEngine);
  request.tbsRequest.requestExtensions = [
    new pkijs.Extension({ extnID: OCSP_OID.nonce, critical: false, extnValue: new asn1js.OctetString({ valueHex: toArrayBuffer(nonce) }).toBER(false) }),
  ];
  return new Uint8Array(request.toSchema(true).toBER(false));
}

function revocationTimeOf(status: asn1js.Constructed): Date | null {
  const first = status.valueBlock.value[0];
  return first instanceof asn1js.GeneralizedTime ? first.toDate() : null;
}

export async function readOcspResponse(responseDer: Uint8Array, certificate: pkijs.Certificate, issuer: pkijs.Certificate, nonce: Uint8Array): Promise<OcspAnswer> {
  let response: pkijs.OCSPResponse;
  let basic: pkijs.BasicOCSPResponse;
  try {
    response = pkijs.OCSPResponse.fromBER(toArrayBuffer(responseDer));
  } catch (error) {
    throw new OcspResponseError('Not an OCSP response', { cause: error });
  }
  const status = response.responseStatus.valueBlock.valueDec;
  if (status !== 0) throw new OcspResponseError(`The OCSP responder answered ${STATUS_NAMES[status] ?? `status ${status}`}`);
  if (response.responseBytes?.responseType !== OCSP_OID.basicResponse) throw new OcspResponseError('The OCSP response is not a basic response');
  try {
    basic = pkijs.BasicOCSPResponse.fromBER(toArrayBuffer(response.responseBytes.response.valueBlock.valueHexView));
  } catch (error) {
    throw new OcspResponseError('Unreadable basic OCSP response', { cause: error });
  }
  // A responder that leaves out its certificate signs with the issuer's key: pkijs needs a candidate to try.
  if (!basic.certs || basic.certs.length === 0) basic.certs = [issuer];
  const signed = await basic.verify({ trustedCerts: [issuer], issuerCerts: [issuer], trustedResponders: [issuer] }, pkiEngine).catch((error: unknown) => {
    throw new OcspResponseError(`The OCSP response signature is not from an authorised responder: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  if (!signed) throw new OcspResponseError('The OCSP response signature does not verify');

  const echoed = basic.tbsResponseData.responseExtensions?.find((extension) => extension.extnID === OCSP_OID.nonce);
  // A responder may serve pre-produced answers without a nonce; one that echoes a different nonce is a replay.
  if (echoed) {
    const parsed = asn1js.fromBER(echoed.extnValue.valueBlock.valueHexView);
    const value = parsed.result instanceof asn1js.OctetString ? parsed.result.valueBlock.valueHexView : echoed.extnValue.valueBlock.valueHexView;
    if (!bytesEqual(value, nonce)) throw new OcspResponseError('The OCSP response carries another nonce than the request');
  }

  for (const single of basic.tbsResponseData.responses) {
    const algorithm = pkiEngine.getAlgorithmByOID(single.certID.hashAlgorithm.algorithmId, false);
    if (!algorithm || !('name' in algorithm)) continue;
    const own = new pkijs.CertID();
    await own.createForCertificate(certificate, { hashAlgorithm: algorithm.name, issuerCertificate: issuer }, pkiEngine);
    if (!single.certID.isEqual(own)) continue;
    const certStatus = single.certStatus as asn1js.BaseBlock;
    const tag = certStatus.idBlock.tagNumber;
    const answer = { thisUpdate: single.thisUpdate, nextUpdate: single.nextUpdate ?? null };
    if (tag === 0) return { status: 'good', revokedAt: null, ...answer };
    if (tag === 1 && certStatus instanceof asn1js.Constructed) return { status: 'revoked', revokedAt: revocationTimeOf(certStatus), ...answer };
    return { status: 'unknown', revokedAt: null, ...answer };
  }
  throw new OcspResponseError('The OCSP response does not answer for this certificate');
}
