import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer } from './bytes.ts';
import { ALGORITHM_OID } from './oids.ts';

/**
 * The key types the local PKI issues: RSA-2048 with sha256WithRSAEncryption as the NCA's RSA keys,
 * and ECDSA P-256 as the modern option. GOST keys cannot be made: WebCrypto has no GOST.
 */
export type KeyAlgorithmName = 'RSA-2048' | 'ECDSA-P256';

export const SIGNING_HASH = 'SHA-256';

/**
 * One pkijs engine bound to the platform WebCrypto, passed explicitly so no code depends on pkijs' global engine
 * being set by whoever imported pkijs first.
 */
export const pkiEngine = new pkijs.CryptoEngine({ name: 'qyzmet-webcrypto', crypto: globalThis.crypto });

const RSA_PUBLIC_EXPONENT_65537 = new Uint8Array([1, 0, 1]);

function keyGenParams(algorithm: KeyAlgorithmName): RsaHashedKeyGenParams | EcKeyGenParams {
  switch (algorithm) {
    case 'RSA-2048':
      return { name: 'RSASSA-PKCS1-v1_5', hash: SIGNING_HASH, modulusLength: 2048, publicExponent: RSA_PUBLIC_EXPONENT_65537 };
    case 'ECDSA-P256':
      return { name: 'ECDSA', namedCurve: 'P-256' };
  }
}

/** Keys are extractable because the CA persists them and key files are exported as PKCS#12. */
export async function generateKeyPair(algorithm: KeyAlgorithmName): Promise<CryptoKeyPair> {
  return (await globalThis.crypto.subtle.generateKey(keyGenParams(algorithm), true, ['sign', 'verify'])) as CryptoKeyPair;
}

export async function exportPkcs8(privateKey: CryptoKey): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', privateKey));
}

function importParamsForPrivateKeyInfo(der: Uint8Array): RsaHashedImportParams | EcKeyImportParams {
  const info = pkijs.PrivateKeyInfo.fromBER(toArrayBuffer(der));
  const algorithmOid = info.privateKeyAlgorithm.algorithmId;
  if (algorithmOid === ALGORITHM_OID.rsaEncryption) return { name: 'RSASSA-PKCS1-v1_5', hash: SIGNING_HASH };
  if (algorithmOid === ALGORITHM_OID.ecPublicKey) {
    const params = info.privateKeyAlgorithm.algorithmParams;
    const curveOid = params instanceof asn1js.ObjectIdentifier ? params.valueBlock.toString() : '';
    if (curveOid === ALGORITHM_OID.namedCurveP256) return { name: 'ECDSA', namedCurve: 'P-256' };
    if (curveOid === ALGORITHM_OID.namedCurveP384) return { name: 'ECDSA', namedCurve: 'P-384' };
    throw new Error(`Unsupported EC curve in private key: ${curveOid || 'none'}`);
  }
  throw new Error(`Unsupported private key algorithm ${algorithmOid} (GOST keys need Kalkan, not WebCrypto)`);
}

/** Imports an unencrypted PKCS#8 key for signing, detecting RSA vs EC from the key itself. */
export async function importPkcs8SigningKey(der: Uint8Array, extractable = true): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('pkcs8', toArrayBuffer(der), importParamsForPrivateKeyInfo(der), extractable, ['sign']);
}
