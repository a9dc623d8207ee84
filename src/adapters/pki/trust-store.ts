import { readFile } from 'node:fs/promises';
import type * as pkijs from 'pkijs';
import { bytesEqual } from './bytes.ts';
import { certificateFromDer, certificateToDer } from './certificate-builder.ts';
import { formatNameAttributes } from './name-attributes.ts';
import { hashNameOfSignature, signatureMatches } from './native-crypto.ts';
import { ParsedCertificate } from './parsed-certificates.ts';
import { derListFromPemBase64OrDer } from './pem.ts';

export type ChainResult =
  | { readonly trusted: true; /** Leaf first, trust anchor last. */ readonly path: readonly pkijs.Certificate[] }
  | { readonly trusted: false; readonly reason: string };

/** The same answer over certificates read natively (the verifier's hot path). */
export type ParsedChainResult =
  | { readonly trusted: true; /** Leaf first, trust anchor last. */ readonly path: readonly ParsedCertificate[] }
  | { readonly trusted: false; readonly reason: string };

export type CertificateInput = pkijs.Certificate | string | Uint8Array;

/** NCA chains are root → NCA → person; a little slack for cross-certificates, but no unbounded search. */
const MAX_CHAIN_LENGTH = 6;

const MAX_PROVEN_PATHS = 100_000;

function toParsed(input: CertificateInput): ParsedCertificate[] {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) return [ParsedCertificate.fromDer(certificateToDer(input), input)];
  return derListFromPemBase64OrDer(input).map((der) => ParsedCertificate.fromDer(der, certificateFromDer(der)));
}

/**
 * Trust anchors (roots) and known intermediates, loaded from PEM/DER so real NCA certificates
 * (http://pki.gov.kz/cert/…, root.gov.kz) can be dropped in next to the demo CA.
 * An anchor need not be self-signed: trusting only "НУЦ РК (RSA)" is allowed.
 * Paths are built over certificates read by the strict DER reader, issuer signatures checked with node:crypto.
 */
export class TrustStore {
  private readonly anchors: ParsedCertificate[] = [];
  private readonly intermediates: ParsedCertificate[] = [];
  /**
   * Paths already proven, by the leaf's DER: the same certificate signs many requests (a citizen's, the gateway
   * systems'), and proving its issuers' signatures again each time was most of a verification's cost (issue #9
   * profile). Only the cryptographic path is cached; validity at the signing time and revocation are still checked by
   * the caller for every signature. Cleared whenever the trusted set changes.
   */
  private readonly provenPaths = new Map<string, ParsedCertificate[]>();

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
    this.anchors.push(...toParsed(input));
  }

  addIntermediate(input: CertificateInput): void {
    this.provenPaths.clear();
    this.intermediates.push(...toParsed(input));
  }

  get trustAnchors(): readonly pkijs.Certificate[] {
    return this.anchors.map((anchor) => anchor.certificate);
  }

  isTrustAnchor(certificate: pkijs.Certificate | ParsedCertificate): boolean {
    const der = certificate instanceof ParsedCertificate ? certificate.skeleton.der : certificateToDer(certificate);
    return this.anchors.some((anchor) => bytesEqual(anchor.skeleton.der, der));
  }

  /**
   * Builds a path from the leaf to a trust anchor (pkijs objects in and out; the verifier uses buildParsedChain).
   * `untrusted` are extra certificates (those inside a CMS) that may serve as intermediates but never as anchors.
   * Validity dates and revocation are the caller's business: it reports them with their own error codes.
   */
  async buildChain(leaf: pkijs.Certificate, untrusted: readonly pkijs.Certificate[] = []): Promise<ChainResult> {
    const chain = this.buildParsedChain(toParsed(leaf)[0] as ParsedCertificate, untrusted.flatMap(toParsed));
    if (!chain.trusted) return chain;
    return { trusted: true, path: chain.path.map((certificate, index) => (index === 0 ? leaf : certificate.certificate)) };
  }

  /** buildChain over natively read certificates: no pkijs, issuer signatures checked with node:crypto. */
  buildParsedChain(leaf: ParsedCertificate, untrusted: readonly ParsedCertificate[] = []): ParsedChainResult {
    const key = leaf.key; // the SHA-256 of its DER
    const proven = this.provenPaths.get(key);
    if (proven) return { trusted: true, path: [leaf, ...proven.slice(1)] };
    const path = this.extend([leaf], untrusted);
    if (path) {
      if (this.provenPaths.size >= MAX_PROVEN_PATHS) this.provenPaths.clear();
      this.provenPaths.set(key, path);
      return { trusted: true, path };
    }
    return {
      trusted: false,
      reason: `No path from "${formatNameAttributes(leaf.skeleton.subject)}" to a trusted root; its issuer is "${formatNameAttributes(leaf.skeleton.issuer)}"`,
    };
  }

  private extend(path: ParsedCertificate[], untrusted: readonly ParsedCertificate[]): ParsedCertificate[] | null {
    const current = path[path.length - 1] as ParsedCertificate;
    if (this.isTrustAnchor(current)) return path;
    if (path.length >= MAX_CHAIN_LENGTH) return null;
    // Anchors first: the shortest trusted path wins. Names match by their DER (what an X.509 name match means).
    const onPath = (candidate: ParsedCertificate) => path.some((certificate) => bytesEqual(certificate.skeleton.der, candidate.skeleton.der));
    const candidates = [...this.anchors, ...this.intermediates, ...untrusted].filter(
      (candidate) => bytesEqual(candidate.skeleton.subjectDer, current.skeleton.issuerDer) && !onPath(candidate),
    );
    for (const candidate of candidates) {
      if (!this.isTrustAnchor(candidate) && !candidate.skeleton.isCa) continue;
      if (!this.isSignedBy(current, candidate)) continue;
      const found = this.extend([...path, candidate], untrusted);
      if (found) return found;
    }
    return null;
  }

  /**
   * Whether `issuer`'s key made `certificate`'s signature, with node:crypto: crypto.verify for the algorithms
   * native-crypto maps (the hot path, issue #15), OpenSSL's X509Certificate.verify for any other.
   */
  private isSignedBy(certificate: ParsedCertificate, issuer: ParsedCertificate): boolean {
    try {
      const { signatureOid, tbsDer, signatureValue } = certificate.skeleton;
      const hashName = hashNameOfSignature(signatureOid);
      if (!hashName) return certificate.x509.verify(issuer.publicKey);
      return signatureMatches(hashName, tbsDer, issuer.publicKey, signatureValue, signatureOid);
    } catch {
      return false;
    }
  }
}
