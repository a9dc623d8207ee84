import path from 'node:path';
import {
  CmsSignatureVerifier,
  LocalCa,
  LocalCaPublication,
  LocalCaStatusChecker,
  OcspCrlStatusChecker,
  PKI_HTTP_PATH,
  fetchTransport,
  loadLocalCa,
  localCaExists,
  publicationUrlsFor,
  routedTransport,
  saveLocalCa,
  TrustStore,
} from '../adapters/pki/index.ts';
import type { PkiPublication } from '../core/ports/pki-publication.ts';
import type { SignatureVerifier } from '../core/ports/signature-verifier.ts';

export type EdsVerificationMode = 'off' | 'local';

export interface LocalPki {
  readonly signatureVerifier: SignatureVerifier | null;
  readonly publication: PkiPublication | null;
  /** The demo CA itself (revocations by tools and tests reach the responder, the CRL and the verifier's cache). */
  readonly ca: LocalCa | null;
}

export interface LocalPkiOptions {
  readonly mode: EdsVerificationMode;
  readonly pkiDir: string;
  /** QYZMET_PKI_PUBLIC_URL: the base the CA's certificates name for its CRL, OCSP responder and certificate. */
  readonly publicUrl: string;
  /** Creation time of a new CA; freshness of CRLs and OCSP answers reads `clock`. */
  readonly now: Date;
  readonly clock: () => Date;
}

/** Loads the demo CA from `<pkiDir>/ca`, creating it on first start; a changed public URL is written into its state. */
export async function openLocalCa(pkiDir: string, publicUrl: string, now: Date): Promise<LocalCa> {
  const caDir = path.join(pkiDir, 'ca');
  const urls = publicationUrlsFor(publicUrl);
  if (!(await localCaExists(caDir))) {
    const created = await LocalCa.create({ now, publicationUrls: urls });
    await saveLocalCa(created, caDir);
    return created;
  }
  const ca = await loadLocalCa(caDir);
  if (ca.publishAt(urls)) await saveLocalCa(ca, caDir);
  return ca;
}

/**
 * The EDS verifier and the CA publication for the configured mode. `local`: the demo certification authority kept in
 * `pkiDir` is the trust anchor; its CRL, OCSP responder and certificates are served under /pki/ (LocalCaPublication),
 * and revocation of its own certificates is answered by the CA in this process (LocalCaStatusChecker: the same answer
 * its OCSP responder gives, without the request and signed answer a process would otherwise exchange with itself);
 * any other CA's certificates are checked as relying parties do — OCSP from the AIA, CRL as fallback
 * (OcspCrlStatusChecker), URLs this process serves answered in-process. A real deployment
 * puts the NCA roots in the trust store; the same checker then asks ocsp.pki.gov.kz and crl.pki.gov.kz over HTTP.
 * `off`: signatures are recorded unverified and no CA is run.
 */
export async function createLocalPki(options: LocalPkiOptions): Promise<LocalPki> {
  if (options.mode === 'off') return { signatureVerifier: null, publication: null, ca: null };
  const caDir = path.join(options.pkiDir, 'ca');
  const ca = await openLocalCa(options.pkiDir, options.publicUrl, options.now);
  const publication = new LocalCaPublication(ca, { persist: (changed) => saveLocalCa(changed, caDir) });
  const urls = publicationUrlsFor(options.publicUrl);
  const transport = routedTransport(
    {
      get: {
        [urls.crl]: () => publication.crl(options.clock()),
        [urls.caIssuers]: async () => publication.caCertificate('intermediate'),
        [`${options.publicUrl}${PKI_HTTP_PATH.rootCertificate}`]: async () => publication.caCertificate('root'),
      },
      post: { [urls.ocsp]: (body) => publication.ocsp(body, options.clock()) },
    },
    fetchTransport(),
  );
  const otherCas = new OcspCrlStatusChecker({ transport, clock: options.clock });
  ca.onRevocation((serialHex) => otherCas.forgetSerial(serialHex));
  const signatureVerifier = new CmsSignatureVerifier({
    trustStore: TrustStore.fromCertificates({ anchors: [ca.root.certificate], intermediates: [ca.intermediate.certificate] }),
    // The demo CA's own certificates are answered by the CA in this process; any other CA's through OCSP/CRL.
    statusChecker: new LocalCaStatusChecker(ca, { otherCas }),
  });
  return { signatureVerifier, publication, ca };
}

/** The verifier alone (tests and tools that need no HTTP publication). */
export async function createSignatureVerifier(mode: EdsVerificationMode, pkiDir: string, now: Date, publicUrl = 'http://127.0.0.1:3000'): Promise<SignatureVerifier | null> {
  return (await createLocalPki({ mode, pkiDir, publicUrl, now, clock: () => now })).signatureVerifier;
}
