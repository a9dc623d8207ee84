import type * as pkijs from 'pkijs';
import { bytesToBase64 } from '../shared/base64.ts';
import { readExtendedKeyUsage } from '../../../src/adapters/pki/certificate-extensions.ts';
import { signDetachedCades } from '../../../src/adapters/pki/cms-sign.ts';
import { EXTENDED_KEY_USAGE_OID } from '../../../src/adapters/pki/oids.ts';
import { importPkcs12, Pkcs12FormatError, Pkcs12PasswordError, type Pkcs12Contents } from '../../../src/adapters/pki/pkcs12.ts';
import { readNcaSubject } from '../../../src/adapters/pki/signer-identity.ts';
import { SigningError, type SignedResult, type SignerCertificateInfo, type SignOptions, type SigningPurpose } from './types.ts';

/*
 * The built-in signer: the person's PKCS#12 key file (the NCA's RSA256_….p12) is opened in the browser with pkijs over
 * WebCrypto — the key and the password never leave the page — and a CAdES-BES detached CMS is made with the same code
 * the server tests against (src/adapters/pki/cms-sign.ts, browser-safe: no node: imports).
 */

export type KeyFileInput = Blob | Uint8Array;

async function fileBytes(file: KeyFileInput): Promise<Uint8Array> {
  return file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
}

export function certificateInfo(certificate: pkijs.Certificate): SignerCertificateInfo {
  const subject = readNcaSubject(certificate);
  return {
    iin: subject.iin,
    bin: subject.bin,
    commonName: subject.commonName,
    organization: subject.organization,
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
    extendedKeyUsage: readExtendedKeyUsage(certificate),
  };
}

/** Opens the key file; a wrong password and an unreadable file become SigningErrors with their own codes. */
async function openKeyFile(file: KeyFileInput, password: string): Promise<Pkcs12Contents> {
  try {
    return await importPkcs12(await fileBytes(file), password);
  } catch (error) {
    if (error instanceof Pkcs12PasswordError) throw new SigningError('wrongPassword', error.message, { cause: error });
    if (error instanceof Pkcs12FormatError) {
      const code = /no private key|no certificate/i.test(error.message) ? 'noSigningKey' : 'notPkcs12';
      throw new SigningError(code, error.message, { cause: error });
    }
    // WebCrypto refuses keys it has no algorithm for (GOST): the file is not usable here.
    throw new SigningError('notPkcs12', error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/** The EKU a key needs for the purpose; a certificate without the EKU extension is not restricted. */
function fitsPurpose(info: SignerCertificateInfo, purpose: SigningPurpose): boolean {
  if (!info.extendedKeyUsage) return true;
  const needed = purpose === 'authentication' ? EXTENDED_KEY_USAGE_OID.clientAuth : EXTENDED_KEY_USAGE_OID.emailProtection;
  return info.extendedKeyUsage.includes(needed);
}

/**
 * The checks the person should hear about before a signature is made (the server repeats them all): validity at
 * `now`, purpose (signing vs authentication key), and the expected IIN. Returns the certificate's facts.
 */
export function checkCertificateBeforeSigning(info: SignerCertificateInfo, options: SignOptions = {}): void {
  const now = options.now ?? new Date();
  if (now.getTime() > info.notAfter.getTime()) {
    throw new SigningError('certificateExpired', `The certificate expired at ${info.notAfter.toISOString()}`);
  }
  if (now.getTime() < info.notBefore.getTime()) {
    throw new SigningError('certificateNotYetValid', `The certificate is valid from ${info.notBefore.toISOString()}`);
  }
  if (!fitsPurpose(info, options.purpose ?? 'document')) {
    throw new SigningError('noSigningKey', `The key is not for ${options.purpose ?? 'document'} signing`);
  }
  if (options.expectedIin && info.iin !== options.expectedIin) {
    throw new SigningError('iinMismatch', `The certificate belongs to IIN ${info.iin ?? '(none)'}, expected ${options.expectedIin}`);
  }
}

/** Reads the key file's certificate without signing (to show whose key it is and warn about expiry). */
export async function inspectPkcs12(file: KeyFileInput, password: string): Promise<SignerCertificateInfo> {
  return certificateInfo((await openKeyFile(file, password)).certificate);
}

/**
 * Signs `data` with the key in a PKCS#12 file: a detached CAdES-BES CMS (SHA-256; RSA or ECDSA after the key) with
 * the certificate chain embedded. Throws SigningError (wrongPassword, notPkcs12, noSigningKey, certificateExpired,
 * certificateNotYetValid, iinMismatch).
 */
export async function signWithPkcs12(file: KeyFileInput, password: string, data: Uint8Array, options: SignOptions = {}): Promise<SignedResult> {
  const contents = await openKeyFile(file, password);
  const info = certificateInfo(contents.certificate);
  checkCertificateBeforeSigning(info, options);
  const cms = await signDetachedCades({
    contentBytes: data,
    signerCertificate: contents.certificate,
    privateKey: contents.privateKey,
    signingTime: options.now ?? new Date(),
    extraCertificates: contents.chain,
  });
  return { cmsBase64: bytesToBase64(cms), signerIin: info.iin };
}
