/**
 * The older PKCS#12 password-based encryptions — pbeWithSHAAnd3-KeyTripleDES-CBC (keys) and pbeWithSHAAnd40BitRC2-CBC
 * (certificates), what `openssl pkcs12 -export -legacy`, Windows before 2019 and older Java tools write and many key
 * files in circulation still use. WebCrypto (and so pkijs) has neither cipher; node-forge (maintained, pure
 * JavaScript, browser-safe) has both, with the PKCS#12 key derivation of RFC 7292 appendix B. It is imported
 * dynamically and called only for such files (the current Vite build still places it in the main chunk).
 *
 * Only the decryption happens here: pkcs12.ts keeps reading the structure with pkijs, so certificates keep their
 * exact DER (forge would re-encode them) and everything after the key is unwrapped is the code of modern files.
 */

import type forgeApi from 'node-forge';

/** The three PKCS#12 PBE schemes node-forge decrypts, by OID (RFC 7292 appendix C). */
export const LEGACY_PBE_NAMES: Readonly<Record<string, string>> = {
  '1.2.840.113549.1.12.1.3': 'pbeWithSHAAnd3-KeyTripleDES-CBC',
  '1.2.840.113549.1.12.1.6': 'pbeWithSHAAnd40BitRC2-CBC',
  '1.2.840.113549.1.12.1.5': 'pbeWithSHAAnd128BitRC2-CBC',
};

/** The password did not decrypt (bad padding): with legacy PBE that is how a wrong password shows. */
export class LegacyPkcs12PasswordError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The PKCS#12 password is wrong', options);
    this.name = 'LegacyPkcs12PasswordError';
  }
}

type Forge = typeof forgeApi;

/** forge.pki.pbe exists at run time (lib/pbe.js) but @types/node-forge does not declare it. */
interface ForgePbe {
  getCipher(oid: string, params: forgeApi.asn1.Asn1, password: string): forgeApi.cipher.BlockCipher;
}

async function loadForge(): Promise<Forge> {
  const module = (await import('node-forge')) as Forge & { default?: Forge };
  // CommonJS under Node ESM and in Vite's bundle: the API is the default export.
  return module.default ?? module;
}

/**
 * Decrypts content encrypted with a legacy PKCS#12 PBE scheme (an EncryptedData's content, or the encryptedData of a
 * shrouded key bag). `parametersDer` is the DER of the algorithm's pkcs-12PbeParams (salt, iterations).
 */
export async function decryptLegacyPbe(algorithmOid: string, parametersDer: Uint8Array, encrypted: Uint8Array, password: string): Promise<Uint8Array> {
  if (!LEGACY_PBE_NAMES[algorithmOid]) throw new Error(`Not a legacy PKCS#12 PBE algorithm: ${algorithmOid}`);
  const forge = await loadForge();
  const raw = forge.util.binary.raw;
  // forge turns the JavaScript string into the BMPString the PKCS#12 key derivation hashes (Kazakh letters included).
  const cipher = (forge.pki as unknown as { pbe: ForgePbe }).pbe.getCipher(algorithmOid, forge.asn1.fromDer(raw.encode(parametersDer)), password);
  cipher.update(forge.util.createBuffer(raw.encode(encrypted)));
  if (!cipher.finish()) throw new LegacyPkcs12PasswordError();
  return raw.decode(cipher.output.getBytes());
}
