/** The local PKI adapter: demo CA, CAdES signing and verification, trust store, revocation, PKCS#12. */
export { LocalCa, type CaCredential, type EndEntityRequest, type IssuedKey, type LocalCaOptions } from './local-ca.ts';
export { loadLocalCa, localCaExists, saveLocalCa, LOCAL_CA_FILES } from './local-ca-store.ts';
export { LocalCaStatusChecker } from './local-ca-status.ts';
export type { CertificateHolder, IndividualHolder, KeyPurpose, LegalEntityEmployeeHolder, PersonName } from './nca-profile.ts';
export { type KeyAlgorithmName, generateKeyPair, exportPkcs8, importPkcs8SigningKey } from './key-algorithms.ts';
export { certificateFromDer, certificateToDer, serialNumberHex } from './certificate-builder.ts';
export { crlToDer, parseCrl, type RevocationReason } from './crl.ts';
export {
  type CertificateStatus,
  type CertificateStatusChecker,
  CertificateStatusUnavailableError,
  CrlCertificateStatusChecker,
} from './certificate-status.ts';
export { TrustStore, type ChainResult } from './trust-store.ts';
export { signDetachedCades, type DetachedCadesInput } from './cms-sign.ts';
export { CmsSignatureVerifier, type CmsSignatureVerifierDeps } from './cms-verifier.ts';
export { readNcaSubject, signerIdentityOf, type NcaSubject } from './signer-identity.ts';
export { exportPkcs12, importPkcs12, Pkcs12FormatError, Pkcs12PasswordError, type Pkcs12Contents } from './pkcs12.ts';
export { encodePem, derFromPemBase64OrDer } from './pem.ts';
export { LocalCaPublication, type LocalCaPublicationOptions } from './local-ca-publication.ts';
export { respondToOcspRequest, OCSP_RESPONSE_STATUS } from './ocsp-responder.ts';
export { buildOcspRequest, readOcspResponse, OcspResponseError, type OcspAnswer } from './ocsp-client.ts';
export { OcspCrlStatusChecker, type OcspCrlStatusCheckerOptions } from './ocsp-crl-status-checker.ts';
export { fetchTransport, routedTransport, PkiTransportError, type PkiHttpTransport } from './pki-transport.ts';
export { PKI_HTTP_PATH, DEFAULT_PKI_PUBLIC_URL, publicationUrlsFor, type PublicationUrls } from '../../core/pki/publication-urls.ts';
export { readAuthorityInfoAccess, readCrlDistributionUrls } from './certificate-extensions.ts';
