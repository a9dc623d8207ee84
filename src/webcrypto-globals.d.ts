/**
 * The server compiles without the DOM library (issue #19), yet the PKI adapters are shared with the browser
 * (web/src/signing), where these Web Crypto names are DOM globals. On the server they are the same types from Node's
 * `crypto.webcrypto`, declared here under their global names. Only the server tsconfig includes this file.
 */
import type { webcrypto } from 'node:crypto';

declare global {
  type CryptoKey = webcrypto.CryptoKey;
  type CryptoKeyPair = webcrypto.CryptoKeyPair;
  type RsaHashedKeyGenParams = webcrypto.RsaHashedKeyGenParams;
  type EcKeyGenParams = webcrypto.EcKeyGenParams;
  type RsaHashedImportParams = webcrypto.RsaHashedImportParams;
  type EcKeyImportParams = webcrypto.EcKeyImportParams;
}
