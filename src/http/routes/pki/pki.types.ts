import { z } from 'zod';

/** RFC 6960 appendix A.1: GET {url}/{url-encoding of the Base64 of the DER OCSPRequest}; Base64 may contain "/". */
export const ZOcspGetParams = z.object({ '*': z.string().min(1).max(4096).describe('URL-encoded Base64 of a DER OCSPRequest') });

/** Media types of RFC 6960 appendix A and RFC 2585. */
export const PKI_MEDIA_TYPE = {
  ocspRequest: 'application/ocsp-request',
  ocspResponse: 'application/ocsp-response',
  crl: 'application/pkix-crl',
  certificate: 'application/pkix-cert',
} as const;

/** An OCSP request is a few hundred bytes; anything near this is not one. */
export const MAX_OCSP_REQUEST_BYTES = 16 * 1024;
