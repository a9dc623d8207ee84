/**
 * Where the demo CA publishes what relying parties fetch: its CRL (RFC 5280 CRL distribution point), its OCSP
 * responder (RFC 6960) and its certificate (AIA caIssuers). Qyzmet serves all three itself under /pki/ (see
 * src/http/routes/pki); the base is QYZMET_PKI_PUBLIC_URL, so a certificate never names an address nothing serves.
 */

export interface PublicationUrls {
  readonly crl: string;
  readonly ocsp: string;
  readonly caIssuers: string;
}

/** Paths under the public base; the HTTP routes are registered at exactly these. */
export const PKI_HTTP_PATH = {
  crl: '/pki/crl/qyzmet-demo-intermediate.crl',
  ocsp: '/pki/ocsp',
  intermediateCertificate: '/pki/ca/qyzmet-demo-intermediate.cer',
  rootCertificate: '/pki/ca/qyzmet-demo-root.cer',
} as const;

/** The address `npm start` listens on by default (README "Two commands"). */
export const DEFAULT_PKI_PUBLIC_URL = 'http://127.0.0.1:3000';

export function publicationUrlsFor(publicBaseUrl: string): PublicationUrls {
  const base = publicBaseUrl.replace(/\/+$/, '');
  return { crl: `${base}${PKI_HTTP_PATH.crl}`, ocsp: `${base}${PKI_HTTP_PATH.ocsp}`, caIssuers: `${base}${PKI_HTTP_PATH.intermediateCertificate}` };
}

export function sameUrls(left: PublicationUrls | null | undefined, right: PublicationUrls): boolean {
  return !!left && left.crl === right.crl && left.ocsp === right.ocsp && left.caIssuers === right.caIssuers;
}
