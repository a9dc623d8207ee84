import type * as pkijs from 'pkijs';
import {
  authorityInfoAccessExtension,
  authorityKeyIdentifierExtension,
  basicConstraintsExtension,
  certificatePoliciesExtension,
  crlDistributionPointsExtension,
  extendedKeyUsageExtension,
  keyIdentifierOf,
  keyIdentifierOfPublicKey,
  keyUsageExtension,
  subjectKeyIdentifierExtension,
} from './certificate-extensions.ts';
import { daysAfter, randomSerialNumber, serialNumberHex, signCertificate } from './certificate-builder.ts';
import { type RevocationReason, type RevokedSerial, signCrl } from './crl.ts';
import { buildName } from './distinguished-name.ts';
import { type KeyAlgorithmName, generateKeyPair } from './key-algorithms.ts';
import { type CertificateHolder, type KeyPurpose, ncaProfileExtensions, ncaSubjectAttributes } from './nca-profile.ts';
import { NAME_ATTRIBUTE_OID } from './oids.ts';
import { DEFAULT_PKI_PUBLIC_URL, type PublicationUrls, publicationUrlsFor, sameUrls } from '../../core/pki/publication-urls.ts';

/**
 * A local certification authority for development and demos: a root and an intermediate, named after the NCA
 * (ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ) but marked QYZMET DEMO in CN and O so nobody mistakes them for the real one.
 * It never reads the clock: every moment is a parameter, so tests can issue expired or future certificates.
 */

export interface CaCredential {
  readonly certificate: pkijs.Certificate;
  readonly privateKey: CryptoKey;
}

export interface LocalCaOptions {
  /** The CA certificates start to be valid at this moment. */
  readonly now: Date;
  /** Key of both CA certificates; end-entity keys choose their own algorithm. Default RSA-2048, as the NCA (RSA). */
  readonly keyAlgorithm?: KeyAlgorithmName;
  readonly rootValidityDays?: number;
  readonly intermediateValidityDays?: number;
  /** Written into every end-entity certificate: CRL distribution point and AIA (OCSP, caIssuers). */
  readonly publicationUrls?: PublicationUrls;
  /** Appended to the CA names; keep "DEMO" in it. */
  readonly nameSuffix?: string;
}

export interface EndEntityRequest {
  readonly holder: CertificateHolder;
  readonly purpose: KeyPurpose;
  readonly notBefore: Date;
  readonly validityDays: number;
  readonly keyAlgorithm?: KeyAlgorithmName;
  /** Certify an existing key instead of generating one (tests reuse keys; key generation is slow). */
  readonly keyPair?: CryptoKeyPair;
}

export interface IssuedKey {
  readonly certificate: pkijs.Certificate;
  readonly privateKey: CryptoKey;
  /** Issuer first: [intermediate, root]; what a PKCS#12 file and a CMS carry besides the end-entity certificate. */
  readonly chain: readonly pkijs.Certificate[];
}

/** What persistence stores besides the keys and certificates. */
export interface LocalCaState {
  readonly crlDistributionUrl: string;
  /** AIA of issued certificates; null in a CA created before Qyzmet served OCSP (its certificates carry no AIA). */
  readonly ocspUrl: string | null;
  readonly caIssuersUrl: string | null;
  readonly revoked: readonly RevokedSerial[];
  readonly lastCrlNumber: number;
}

export const DEFAULT_CA_NAME_SUFFIX = 'QYZMET DEMO';
export const DEFAULT_PUBLICATION_URLS: PublicationUrls = publicationUrlsFor(DEFAULT_PKI_PUBLIC_URL);
const DEMO_ORGANIZATION = 'QYZMET DEMO — NOT A REAL CERTIFICATION AUTHORITY';
const DEFAULT_ROOT_VALIDITY_DAYS = 20 * 365;
const DEFAULT_INTERMEDIATE_VALIDITY_DAYS = 10 * 365;

function algorithmLabel(algorithm: KeyAlgorithmName): string {
  return algorithm === 'RSA-2048' ? 'RSA' : 'ECDSA';
}

function caName(commonName: string): pkijs.RelativeDistinguishedNames {
  return buildName([
    { oid: NAME_ATTRIBUTE_OID.commonName, value: commonName },
    { oid: NAME_ATTRIBUTE_OID.organization, value: DEMO_ORGANIZATION },
    { oid: NAME_ATTRIBUTE_OID.country, value: 'KZ' },
  ]);
}

export class LocalCa {
  readonly root: CaCredential;
  readonly intermediate: CaCredential;
  private state: LocalCaState;
  private readonly revocationListeners: ((serialHex: string) => void)[] = [];

  constructor(root: CaCredential, intermediate: CaCredential, state: LocalCaState) {
    this.root = root;
    this.intermediate = intermediate;
    this.state = state;
  }

  static async create(options: LocalCaOptions): Promise<LocalCa> {
    const keyAlgorithm = options.keyAlgorithm ?? 'RSA-2048';
    const suffix = options.nameSuffix ?? DEFAULT_CA_NAME_SUFFIX;
    const label = algorithmLabel(keyAlgorithm);

    const rootKeys = await generateKeyPair(keyAlgorithm);
    const rootName = caName(`ТҮБІРЛІК КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (${label}) ${suffix}`);
    const rootKeyId = await keyIdentifierOfPublicKey(rootKeys.publicKey);
    const rootCertificate = await signCertificate({
      serialNumber: randomSerialNumber(),
      subject: rootName,
      issuer: rootName,
      notBefore: options.now,
      notAfter: daysAfter(options.now, options.rootValidityDays ?? DEFAULT_ROOT_VALIDITY_DAYS),
      subjectPublicKey: rootKeys.publicKey,
      issuerPrivateKey: rootKeys.privateKey,
      extensions: [
        basicConstraintsExtension(true),
        keyUsageExtension(['keyCertSign', 'cRLSign']),
        subjectKeyIdentifierExtension(rootKeyId),
      ],
    });

    const intermediateKeys = await generateKeyPair(keyAlgorithm);
    const intermediateKeyId = await keyIdentifierOfPublicKey(intermediateKeys.publicKey);
    const intermediateCertificate = await signCertificate({
      serialNumber: randomSerialNumber(),
      subject: caName(`ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (${label}) ${suffix}`),
      issuer: rootName,
      notBefore: options.now,
      notAfter: daysAfter(options.now, options.intermediateValidityDays ?? DEFAULT_INTERMEDIATE_VALIDITY_DAYS),
      subjectPublicKey: intermediateKeys.publicKey,
      issuerPrivateKey: rootKeys.privateKey,
      extensions: [
        // pathLen 0: the intermediate issues only end-entity certificates.
        basicConstraintsExtension(true, 0),
        keyUsageExtension(['keyCertSign', 'cRLSign']),
        subjectKeyIdentifierExtension(intermediateKeyId),
        authorityKeyIdentifierExtension(rootKeyId),
      ],
    });

    return new LocalCa(
      { certificate: rootCertificate, privateKey: rootKeys.privateKey },
      { certificate: intermediateCertificate, privateKey: intermediateKeys.privateKey },
      { ...stateUrls(options.publicationUrls ?? DEFAULT_PUBLICATION_URLS), revoked: [], lastCrlNumber: 0 },
    );
  }

  /** Issues an end-entity certificate in the NCA profile, signed by the intermediate. */
  async issue(request: EndEntityRequest): Promise<IssuedKey> {
    const keys = request.keyPair ?? (await generateKeyPair(request.keyAlgorithm ?? 'RSA-2048'));
    const profile = ncaProfileExtensions(request.holder, request.purpose);
    const certificate = await signCertificate({
      serialNumber: randomSerialNumber(),
      subject: buildName(ncaSubjectAttributes(request.holder)),
      issuer: this.intermediate.certificate.subject,
      notBefore: request.notBefore,
      notAfter: daysAfter(request.notBefore, request.validityDays),
      subjectPublicKey: keys.publicKey,
      issuerPrivateKey: this.intermediate.privateKey,
      extensions: [
        keyUsageExtension(profile.keyUsage),
        extendedKeyUsageExtension(profile.extendedKeyUsage),
        certificatePoliciesExtension(profile.policies),
        crlDistributionPointsExtension([this.state.crlDistributionUrl]),
        ...(this.state.ocspUrl || this.state.caIssuersUrl
          ? [authorityInfoAccessExtension({ ocsp: this.state.ocspUrl, caIssuers: this.state.caIssuersUrl })]
          : []),
        subjectKeyIdentifierExtension(await keyIdentifierOfPublicKey(keys.publicKey)),
        authorityKeyIdentifierExtension(await keyIdentifierOf(this.intermediate.certificate.subjectPublicKeyInfo)),
      ],
    });
    return { certificate, privateKey: keys.privateKey, chain: this.chain };
  }

  /** [intermediate, root]. */
  get chain(): readonly pkijs.Certificate[] {
    return [this.intermediate.certificate, this.root.certificate];
  }

  get revoked(): readonly RevokedSerial[] {
    return this.state.revoked;
  }

  /** The URLs written into certificates issued from now on, or null for a CA whose certificates carry no AIA yet. */
  get publicationUrls(): PublicationUrls | null {
    const { crlDistributionUrl, ocspUrl, caIssuersUrl } = this.state;
    return ocspUrl && caIssuersUrl ? { crl: crlDistributionUrl, ocsp: ocspUrl, caIssuers: caIssuersUrl } : null;
  }

  /**
   * Publishes at other URLs (QYZMET_PKI_PUBLIC_URL changed, or a CA from before AIA). Returns whether anything changed:
   * certificates issued earlier keep the old URLs, so the caller decides whether to issue them again.
   */
  publishAt(urls: PublicationUrls): boolean {
    if (sameUrls(this.publicationUrls, urls)) return false;
    this.state = { ...this.state, ...stateUrls(urls) };
    return true;
  }

  /** Called with the serial (lowercase hex) after each new revocation, so status caches drop what they knew. */
  onRevocation(listener: (serialHex: string) => void): void {
    this.revocationListeners.push(listener);
  }

  /** A snapshot for persistence. */
  get snapshot(): LocalCaState {
    return this.state;
  }

  /** Records a revocation; it shows in the next CRL. Revoking twice keeps the first record. */
  revoke(certificate: pkijs.Certificate, revokedAt: Date, reason: RevocationReason = 'unspecified'): void {
    const serialHex = serialNumberHex(certificate);
    if (this.state.revoked.some((entry) => entry.serialHex === serialHex)) return;
    this.state = { ...this.state, revoked: [...this.state.revoked, { serialHex, revokedAt, reason }] };
    for (const listener of this.revocationListeners) listener(serialHex);
  }

  /** The revocation record of a serial (lowercase hex), or null: what the OCSP responder and the CRL say. */
  revocationOf(serialHex: string): RevokedSerial | null {
    return this.state.revoked.find((entry) => entry.serialHex === serialHex) ?? null;
  }

  /** A fresh CRL of the intermediate (the CA that issues people's certificates). */
  async issueCrl(thisUpdate: Date, nextUpdateHours = 24): Promise<pkijs.CertificateRevocationList> {
    const crlNumber = this.state.lastCrlNumber + 1;
    this.state = { ...this.state, lastCrlNumber: crlNumber };
    return signCrl({
      issuerCertificate: this.intermediate.certificate,
      issuerPrivateKey: this.intermediate.privateKey,
      revoked: this.state.revoked,
      thisUpdate,
      nextUpdate: new Date(thisUpdate.getTime() + nextUpdateHours * 3_600_000),
      crlNumber,
    });
  }
}

function stateUrls(urls: PublicationUrls): Pick<LocalCaState, 'crlDistributionUrl' | 'ocspUrl' | 'caIssuersUrl'> {
  return { crlDistributionUrl: urls.crl, ocspUrl: urls.ocsp, caIssuersUrl: urls.caIssuers };
}
