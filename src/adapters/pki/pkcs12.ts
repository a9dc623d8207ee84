import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { bytesEqual, toArrayBuffer, utf8Bytes } from './bytes.ts';
import { certificateToDer } from './certificate-builder.ts';
import { exportPkcs8, importPkcs8SigningKey, pkiEngine } from './key-algorithms.ts';
import { PKCS12_OID } from './oids.ts';
import { decryptLegacyPbe, LEGACY_PBE_NAMES, LegacyPkcs12PasswordError } from './pkcs12-legacy.ts';

/**
 * PKCS#12 (.p12 / PFX) key files like the NCA's RSA256_….p12: a password-encrypted private key plus the certificate
 * chain. Layout as OpenSSL 3 writes it (certificates in a PBES2-encrypted SafeContents, the key in a shrouded key bag,
 * AES-256-CBC + PBKDF2-HMAC-SHA256, an HMAC-SHA256 MAC over everything), which NCALayer's Java keystore, OpenSSL and
 * our in-browser signer read. Files with the older 3DES / RC2-40 encryptions are read too (pkcs12-legacy.ts).
 */

export interface Pkcs12ExportInput {
  readonly privateKey: CryptoKey;
  readonly certificate: pkijs.Certificate;
  /** Issuer first ([intermediate, root]); optional, but lets the receiving tool show a complete path. */
  readonly chain?: readonly pkijs.Certificate[];
  readonly password: string;
  /** The alias key-store tools show. */
  readonly friendlyName?: string;
  /** PBKDF2 and MAC iterations. 2048 is OpenSSL's default; raise it for long-lived files. */
  readonly iterations?: number;
}

export interface Pkcs12Contents {
  readonly privateKey: CryptoKey;
  readonly certificate: pkijs.Certificate;
  /** The other certificates in the file (CA certificates). */
  readonly chain: readonly pkijs.Certificate[];
  readonly friendlyName: string | null;
}

/** Wrong password: the MAC does not verify or the key does not decrypt. */
export class Pkcs12PasswordError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The PKCS#12 password is wrong', options);
    this.name = 'Pkcs12PasswordError';
  }
}

/** Not a PKCS#12 file, or one without a key and its certificate. */
export class Pkcs12FormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'Pkcs12FormatError';
  }
}

/**
 * A decryption failure is a wrong password unless pkijs could not even start (an encryption neither WebCrypto nor the
 * legacy reader knows).
 */
function decryptionError(error: unknown): Error {
  if (error instanceof Pkcs12FormatError || error instanceof Pkcs12PasswordError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const unknownAlgorithm = /Unknown "contentEncryptionAlgorithm": ([\d.]+)/.exec(message)?.[1];
  if (unknownAlgorithm) return new Pkcs12FormatError(`The PKCS#12 file uses an encryption this signer does not know (${unknownAlgorithm})`, { cause: error });
  return new Pkcs12PasswordError({ cause: error });
}

const CONTENT_TYPE_DATA = '1.2.840.113549.1.7.1';
const CONTENT_TYPE_ENCRYPTED_DATA = '1.2.840.113549.1.7.6';

/**
 * One ContentInfo of the AuthenticatedSafe → its SafeContents. Plain data and PBES2 (AES) go through pkijs as before;
 * the legacy PBE schemes (RC2-40 is what `openssl pkcs12 -legacy` uses for certificates) through pkcs12-legacy.ts.
 */
async function openSafeContents(contentInfo: pkijs.ContentInfo, password: ArrayBuffer, passwordText: string): Promise<pkijs.SafeContents> {
  if (contentInfo.contentType === CONTENT_TYPE_DATA) {
    if (!(contentInfo.content instanceof asn1js.OctetString)) throw new Pkcs12FormatError('PKCS#12 data content is not an OCTET STRING');
    return pkijs.SafeContents.fromBER(contentInfo.content.getValue());
  }
  if (contentInfo.contentType !== CONTENT_TYPE_ENCRYPTED_DATA) {
    throw new Pkcs12FormatError(`PKCS#12 content of type ${contentInfo.contentType} (public-key privacy) is not supported`);
  }
  const encrypted = new pkijs.EncryptedData({ schema: contentInfo.content });
  const algorithm = encrypted.encryptedContentInfo.contentEncryptionAlgorithm;
  try {
    if (LEGACY_PBE_NAMES[algorithm.algorithmId]) {
      const parametersDer = new Uint8Array((algorithm.algorithmParams as asn1js.BaseBlock).toBER(false));
      const plain = await decryptLegacyPbe(algorithm.algorithmId, parametersDer, new Uint8Array(encrypted.encryptedContentInfo.getEncryptedContent()), passwordText);
      return pkijs.SafeContents.fromBER(toArrayBuffer(plain));
    }
    return pkijs.SafeContents.fromBER(await encrypted.decrypt({ password }, pkiEngine));
  } catch (error) {
    throw decryptionError(error instanceof LegacyPkcs12PasswordError ? new Pkcs12PasswordError({ cause: error }) : error);
  }
}

/** A shrouded key bag (EncryptedPrivateKeyInfo) → PrivateKeyInfo, with PBES2 through pkijs or a legacy PBE scheme. */
async function openShroudedKey(shrouded: pkijs.PKCS8ShroudedKeyBag, password: ArrayBuffer, passwordText: string): Promise<pkijs.PrivateKeyInfo> {
  const algorithm = shrouded.encryptionAlgorithm;
  try {
    if (LEGACY_PBE_NAMES[algorithm.algorithmId]) {
      const parametersDer = new Uint8Array((algorithm.algorithmParams as asn1js.BaseBlock).toBER(false));
      const plain = await decryptLegacyPbe(algorithm.algorithmId, parametersDer, shrouded.encryptedData.valueBlock.valueHexView, passwordText);
      return pkijs.PrivateKeyInfo.fromBER(toArrayBuffer(plain));
    }
    await (shrouded as unknown as { parseInternalValues(p: { password: ArrayBuffer }, c: pkijs.ICryptoEngine): Promise<void> }).parseInternalValues({ password }, pkiEngine);
  } catch (error) {
    // Without a MAC, a wrong password first shows up here, as a padding error of the decryption.
    throw decryptionError(error instanceof LegacyPkcs12PasswordError ? new Pkcs12PasswordError({ cause: error }) : error);
  }
  if (!shrouded.parsedValue) throw new Pkcs12FormatError('The shrouded key bag did not decrypt to a private key');
  return shrouded.parsedValue;
}

const DEFAULT_ITERATIONS = 2048;
/** pkijs draws a fresh random IV per encryption and ignores this one; the field is there only because its type asks for it. */
const CONTENT_ENCRYPTION: pkijs.ContentEncryptionAesCbcParams = { name: 'AES-CBC', length: 256, iv: new Uint8Array(16) };
const HMAC_HASH = 'SHA-256';

function bagAttributes(friendlyName: string | undefined, localKeyId: ArrayBuffer): pkijs.Attribute[] {
  const attributes = [new pkijs.Attribute({ type: PKCS12_OID.localKeyIdAttribute, values: [new asn1js.OctetString({ valueHex: localKeyId })] })];
  if (friendlyName) {
    attributes.unshift(new pkijs.Attribute({ type: PKCS12_OID.friendlyNameAttribute, values: [new asn1js.BmpString({ value: friendlyName })] }));
  }
  return attributes;
}

function certBag(certificate: pkijs.Certificate, attributes?: pkijs.Attribute[]): pkijs.SafeBag {
  return new pkijs.SafeBag({
    bagId: PKCS12_OID.certBag,
    bagValue: new pkijs.CertBag({ parsedValue: certificate }),
    ...(attributes ? { bagAttributes: attributes } : {}),
  });
}

export async function exportPkcs12(input: Pkcs12ExportInput): Promise<Uint8Array> {
  const password = toArrayBuffer(utf8Bytes(input.password));
  const iterations = input.iterations ?? DEFAULT_ITERATIONS;
  // localKeyID pairs the key with its certificate; OpenSSL uses the certificate's SHA-1, so do we.
  const localKeyId = await globalThis.crypto.subtle.digest('SHA-1', toArrayBuffer(certificateToDer(input.certificate)));
  const encryption = { password, contentEncryptionAlgorithm: CONTENT_ENCRYPTION, hmacHashAlgorithm: HMAC_HASH, iterationCount: iterations };

  const keyBag = new pkijs.PKCS8ShroudedKeyBag({
    parsedValue: pkijs.PrivateKeyInfo.fromBER(toArrayBuffer(await exportPkcs8(input.privateKey))),
  });
  await keyBag.makeInternalValues(encryption, pkiEngine);

  const authenticatedSafe = new pkijs.AuthenticatedSafe({
    parsedValue: {
      safeContents: [
        {
          privacyMode: 1, // password-encrypted, for the certificates
          value: new pkijs.SafeContents({
            safeBags: [
              certBag(input.certificate, bagAttributes(input.friendlyName, localKeyId)),
              ...(input.chain ?? []).map((certificate) => certBag(certificate)),
            ],
          }),
        },
        {
          privacyMode: 0, // the key bag is encrypted on its own
          value: new pkijs.SafeContents({
            safeBags: [
              new pkijs.SafeBag({ bagId: PKCS12_OID.pkcs8ShroudedKeyBag, bagValue: keyBag, bagAttributes: bagAttributes(input.friendlyName, localKeyId) }),
            ],
          }),
        },
      ],
    },
  });
  await authenticatedSafe.makeInternalValues({ safeContents: [encryption, {}] }, pkiEngine);

  const pfx = new pkijs.PFX({ parsedValue: { integrityMode: 0, authenticatedSafe } });
  await pfx.makeInternalValues({ password, iterations, pbkdf2HashAlgorithm: HMAC_HASH, hmacHashAlgorithm: HMAC_HASH }, pkiEngine);
  return new Uint8Array(pfx.toSchema().toBER(false));
}

function localKeyIdOf(bag: pkijs.SafeBag): Uint8Array | null {
  const value = bag.bagAttributes?.find((attribute) => attribute.type === PKCS12_OID.localKeyIdAttribute)?.values[0];
  return value instanceof asn1js.OctetString ? value.valueBlock.valueHexView : null;
}

function friendlyNameOf(bag: pkijs.SafeBag): string | null {
  const value = bag.bagAttributes?.find((attribute) => attribute.type === PKCS12_OID.friendlyNameAttribute)?.values[0];
  return value instanceof asn1js.BmpString ? value.valueBlock.value : null;
}

interface CollectedBags {
  readonly keyBags: { info: pkijs.PrivateKeyInfo; localKeyId: Uint8Array | null; friendlyName: string | null }[];
  readonly certificates: { certificate: pkijs.Certificate; localKeyId: Uint8Array | null }[];
}

async function collectBags(safeBags: readonly pkijs.SafeBag[], password: ArrayBuffer, passwordText: string, into: CollectedBags): Promise<void> {
  for (const bag of safeBags) {
    if (bag.bagId === PKCS12_OID.pkcs8ShroudedKeyBag) {
      const info = await openShroudedKey(bag.bagValue as pkijs.PKCS8ShroudedKeyBag, password, passwordText);
      into.keyBags.push({ info, localKeyId: localKeyIdOf(bag), friendlyName: friendlyNameOf(bag) });
    } else if (bag.bagId === PKCS12_OID.keyBag) {
      into.keyBags.push({ info: bag.bagValue as pkijs.PrivateKeyInfo, localKeyId: localKeyIdOf(bag), friendlyName: friendlyNameOf(bag) });
    } else if (bag.bagId === PKCS12_OID.certBag) {
      const value = (bag.bagValue as pkijs.CertBag).parsedValue;
      if (value instanceof pkijs.Certificate) into.certificates.push({ certificate: value, localKeyId: localKeyIdOf(bag) });
    }
  }
}

/** Reads a .p12 file: the (first) private key, the certificate that belongs to it, and the rest of the chain. */
export async function importPkcs12(bytes: Uint8Array, passwordText: string): Promise<Pkcs12Contents> {
  const password = toArrayBuffer(utf8Bytes(passwordText));
  let pfx: pkijs.PFX;
  try {
    pfx = pkijs.PFX.fromBER(toArrayBuffer(bytes));
  } catch (error) {
    throw new Pkcs12FormatError('Not a PKCS#12 (PFX) file', { cause: error });
  }
  try {
    await pfx.parseInternalValues({ password, checkIntegrity: true }, pkiEngine);
  } catch (error) {
    if (error instanceof Error && /integrity/i.test(error.message)) throw new Pkcs12PasswordError({ cause: error });
    throw new Pkcs12FormatError(`Unreadable PKCS#12 file: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const authenticatedSafe = pfx.parsedValue?.authenticatedSafe;
  if (!authenticatedSafe) throw new Pkcs12FormatError('PKCS#12 file without content');
  const collected: CollectedBags = { keyBags: [], certificates: [] };
  for (const contentInfo of authenticatedSafe.safeContents) {
    const safeContents = await openSafeContents(contentInfo, password, passwordText);
    await collectBags(safeContents.safeBags, password, passwordText, collected);
  }
  return contentsOf(collected);
}

/** The first key, the certificate that belongs to it, and the other certificates as its chain. */
async function contentsOf(collected: CollectedBags): Promise<Pkcs12Contents> {
  const key = collected.keyBags[0];
  if (!key) throw new Pkcs12FormatError('The PKCS#12 file holds no private key');
  const keyId = key.localKeyId;
  // The key's certificate: same localKeyID, else the certificate whose public key matches the key's.
  const own =
    (keyId && collected.certificates.find((entry) => entry.localKeyId && bytesEqual(entry.localKeyId, keyId))) ||
    (await findByPublicKey(collected.certificates, key.info));
  if (!own) throw new Pkcs12FormatError('The PKCS#12 file holds no certificate for its private key');
  return {
    privateKey: await importPkcs8SigningKey(new Uint8Array(key.info.toSchema().toBER(false))),
    certificate: own.certificate,
    chain: collected.certificates.filter((entry) => entry !== own).map((entry) => entry.certificate),
    friendlyName: key.friendlyName,
  };
}

async function findByPublicKey(
  certificates: CollectedBags['certificates'],
  keyInfo: pkijs.PrivateKeyInfo,
): Promise<CollectedBags['certificates'][number] | undefined> {
  const privateKey = await importPkcs8SigningKey(new Uint8Array(keyInfo.toSchema().toBER(false)), true);
  const jwk = await globalThis.crypto.subtle.exportKey('jwk', privateKey);
  // RSA: same modulus; EC: same public point. Both are in the private JWK.
  const fingerprint = jwk.n ?? `${jwk.x}:${jwk.y}`;
  for (const entry of certificates) {
    const publicKey = await entry.certificate.getPublicKey(undefined, pkiEngine).catch(() => null);
    if (!publicKey) continue;
    const publicJwk = await globalThis.crypto.subtle.exportKey('jwk', publicKey);
    if ((publicJwk.n ?? `${publicJwk.x}:${publicJwk.y}`) === fingerprint) return entry;
  }
  return undefined;
}
