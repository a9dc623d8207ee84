/**
 * The shared browser signing module: the person's EDS signs bytes, the result is a detached CAdES-BES CMS (Base64)
 * that the API verifies (chain, validity, revocation, key usage, IIN — src/adapters/pki/cms-verifier.ts).
 *
 * - `<EdsSigner bytes expectedIin? purpose onSigned />`: the UI. Offers NCALayer (wss://127.0.0.1:13579/, module
 *   kz.gov.pki.knca.basics) when it is running, and always the built-in PKCS#12 signer (key file + password, opened in
 *   the browser). Errors are shown in kk/ru/en from signing.* messages.
 * - `signWithPkcs12(file | bytes, password, data, { purpose, expectedIin, now })`: the built-in signer as a function.
 * - `NcaLayerClient`: `isAvailable()`, `version()`, `signCms(data, { purpose, expectedIin, locale })`.
 * - Failures are `SigningError` with a stable `code` (see SigningErrorCode).
 *
 * Sign a request: `<EdsSigner bytes={canonicalRequestBytes} expectedIin={applicantIin} purpose="request"
 * onSigned={({ cmsBase64 }) => submit({ signature: cmsBase64 })} />`.
 */
export { EdsSigner, type EdsSignerProps } from './EdsSigner.tsx';
export { NcaLayerClient, NCALAYER_URL, type NcaLayerClientOptions, type NcaLayerSignOptions, type SocketFactory, type WebSocketLike } from './ncalayer-client.ts';
export { checkCertificateBeforeSigning, inspectPkcs12, signWithPkcs12, type KeyFileInput } from './pkcs12-signer.ts';
export { SigningError, type SignedResult, type SignerCertificateInfo, type SigningErrorCode, type SigningPurpose, type SignOptions } from './types.ts';
