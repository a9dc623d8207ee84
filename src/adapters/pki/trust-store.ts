import { type KeyObject, createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type * as pkijs from 'pkijs';
import { bytesEqual } from './bytes.ts';
import { certificateFromDer, certificateToDer } from './certificate-builder.ts';
import { isCaCertificate } from './certificate-extensions.ts';
import { formatName, namesEqual } from './distinguished-name.ts';
import { pkiEngine } from './key-algorithms.ts';
import { hashNameOfSignature, publicKeyFromSpki, signatureMatches } from './native-crypto.ts';
import { derListFromPemBase64OrDer } from './pem.ts';

export type ChainResult =
  | { readonly trusted: true; /** Leaf first, trust anchor last. */ readonly path: readonly pkijs.Certificate[] }
  | { readonly trusted: false; readonly reason: string };

export type CertificateInput = pkijs.Certificate | string | Uint8Array;

/** NCA chains are root → NCA → person; a little slack for cross-certificates, but no unbounded search. */
const MAX_CHAIN_LENGTH = 6;

function toCertificates(input: CertificateInput): pkijs.Certificate[] {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return [input];
  return derListFromPemBase64OrDer(input).map(certificateFromDer);
}

/**
 * Trust anchors (roots) and known intermediates, loaded from PEM/DER so real NCA certificates
 * (http://pki.gov.kz/cert/…, root.gov.kz) can be dropped in next to the demo CA.
 * An anchor need not be self-signed: trusting only "НУЦ РК (RSA)" is allowed.
 */
export class TrustStore {
  private readonly anchors: { certificate: pkijs.Certificate; der: Uint8Array }[] = [];
  private readonly intermediates: pkijs.Certificate[] = [];
  /**
   * Paths already proven, by the leaf's TBS bytes and signature value: the same certificate signs many requests (a
   * citizen's, the gateway systems'), and proving its issuers' signatures again each time was most of a
   * verification's cost (issue #9 profile). Only the cryptographic path is cached; validity at the signing time and
   * revocation are still checked by the caller for every signature. Cleared whenever the trusted set changes.
   */
  private readonly provenPaths = new Map<string, pkijs.Certificate[]>();

  static fromCertificates(params: { anchors: readonly CertificateInput[]; intermediates?: readonly CertificateInput[] }): TrustStore {
    const store = new TrustStore();
    for (const anchor of params.anchors) store.addTrustAnchor(anchor);
    for (const intermediate of params.intermediates ?? []) store.addIntermediate(intermediate);
    return store;
  }

  /** Each file may be DER (.cer/.crt as the NCA publishes) or PEM with one or more certificates. */
  static async fromFiles(params: { anchorFiles: readonly string[]; intermediateFiles?: readonly string[] }): Promise<TrustStore> {
    const read = async (path: string): Promise<Uint8Array> => new Uint8Array(await readFile(path));
    return TrustStore.fromCertificates({
      anchors: await Promise.all(params.anchorFiles.map(read)),
      intermediates: await Promise.all((params.intermediateFiles ?? []).map(read)),
    });
  }

  addTrustAnchor(input: CertificateInput): void {
    this.provenPaths.clear();
    for (const certificate of toCertificates(input)) this.anchors.push({ certificate, der: certificateToDer(certificate) });
  }

  addIntermediate(input: CertificateInput): void {
    this.provenPaths.clear();
    this.intermediates.push(...toCertificates(input));
  }

  get trustAnchors(): readonly pkijs.Certificate[] {
    return this.anchors.map((anchor) => anchor.certificate);
  }

  isTrustAnchor(certificate: pkijs.Certificate): boolean {
    const der = certificateToDer(certificate);
    return this.anchors.some((anchor) => bytesEqual(anchor.der, der));
  }

  /**
   * Builds a path from the leaf to a trust anchor, checking each certificate's signature with its issuer's key.
   * `untrusted` are extra certificates (those inside a CMS) that may serve as intermediates but never as anchors.
   * Validity dates and revocation are the caller's business: it reports them with their own error codes.
   */
  async buildChain(leaf: pkijs.Certificate, untrusted: readonly pkijs.Certificate[] = []): Promise<ChainResult> {
    const key = certificateKey(leaf);
    const proven = this.provenPaths.get(key);
    if (proven) return { trusted: true, path: [leaf, ...proven.slice(1)] };
    const path = await this.extend([leaf], untrusted);
    if (path) {
      if (this.provenPaths.size >= MAX_PROVEN_PATHS) this.provenPaths.clear();
      this.provenPaths.set(key, path);
      return { trusted: true, path };
    }
    return { trusted: false, reason: `No path from "${formatName(leaf.subject)}" to a trusted root; its issuer is "${formatName(leaf.issuer)}"` };
  }

  private async extend(path: pkijs.Certificate[], untrusted: readonly pkijs.Certificate[]): Promise<pkijs.Certificate[] | null> {
    const current = path[path.length - 1] as pkijs.Certificate;
    if (this.isTrustAnchor(current)) return path;
    if (path.length >= MAX_CHAIN_LENGTH) return null;
    // Anchors first: the shortest trusted path wins.
    const candidates = [...this.trustAnchors, ...this.intermediates, ...untrusted].filter(
      (candidate) => namesEqual(candidate.subject, current.issuer) && !path.includes(candidate),
    );
    for (const candidate of candidates) {
      if (!this.isTrustAnchor(candidate) && !isCaCertificate(candidate)) continue;
      const signedByCandidate = await this.isSignedBy(current, candidate);
      if (!signedByCandidate) continue;
      const found = await this.extend([...path, candidate], untrusted);
      if (found) return found;
    }
    return null;
  }

  /**
   * Whether `issuer`'s key made `certificate`'s signature: node:crypto for the algorithms it maps (the hot path,
   * issue #15), pkijs/WebCrypto for anything else.
   */
  private async isSignedBy(certificate: pkijs.Certificate, issuer: pkijs.Certificate): Promise<boolean> {
    const signatureOid = certificate.signatureAlgorithm.algorithmId;
    const hashName = hashNameOfSignature(signatureOid);
    if (!hashName) return certificate.verify(issuer, pkiEngine).catch(() => false);
    let issuerKey = issuerKeys.get(issuer);
    if (!issuerKey) {
      try {
        issuerKey = publicKeyFromSpki(new Uint8Array(issuer.subjectPublicKeyInfo.toSchema().toBER(false)));
      } catch {
        return false;
      }
      issuerKeys.set(issuer, issuerKey);
    }
    return signatureMatches(hashName, certificate.tbsView, issuerKey, certificate.signatureValue.valueBlock.valueHexView, signatureOid);
  }
}

/** Issuers' public keys as node:crypto keys, imported once per certificate object. */
const issuerKeys = new WeakMap<pkijs.Certificate, KeyObject>();

const MAX_PROVEN_PATHS = 100_000;

/** Identifies a certificate by what its issuer signed and the signature: equal keys are the same certificate. */
function certificateKey(certificate: pkijs.Certificate): string {
  return createHash('sha256').update(certificate.tbsView).update(certificate.signatureValue.valueBlock.valueHexView).digest('hex');
}
