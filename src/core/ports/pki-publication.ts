/**
 * What a certification authority run by Qyzmet (the demo CA of `QYZMET_EDS_VERIFICATION=local`) publishes over HTTP
 * for relying parties: its CRL, answers of its OCSP responder and its certificates (AIA caIssuers). All DER.
 */
export interface PkiPublication {
  /** The current CRL of the CA that issues people's certificates (re-signed when it changes or ages). */
  crl(now: Date): Promise<Uint8Array>;
  /** An RFC 6960 OCSPResponse to a DER OCSPRequest; unreadable requests get `malformedRequest`, not an exception. */
  ocsp(requestDer: Uint8Array, now: Date): Promise<Uint8Array>;
  caCertificate(which: 'intermediate' | 'root'): Uint8Array;
}
