import { createHash } from 'node:crypto';
import type { ResultDocument } from '../../core/documents/assemble-result-document.ts';
import { canonicalBytes } from '../../core/documents/canonical-bytes.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { PdfIdentity } from '../../adapters/documents/read-pdf-identity.ts';
import type { AppContext } from '../app-context.ts';

interface StoredDocument {
  content: ResultDocument;
  case_id: string;
  signature: string;
  signature_verified: boolean;
  signer_iin: string | null;
  signer_name: string | null;
  certificate_serial: string | null;
  signed_at: Date;
}

/**
 * The signer's certificate as the check sees it now: `good` (valid when signed and not revoked since), `revoked`
 * (revoked after signing: the document stays signed, the public should know), `invalid` (fails at signing time,
 * e.g. untrusted), `unverified` (signed while EDS verification was off, or verification is off now).
 */
export type CertificateCheck = 'good' | 'revoked' | 'invalid' | 'unverified';

export interface DocumentCheck {
  readonly document: ResultDocument;
  readonly contentSha256: string;
  readonly signature: {
    readonly verified: boolean;
    readonly signerName: string | null;
    readonly signerIin: string | null;
    readonly certificateSerial: string | null;
    readonly signedAt: string;
    readonly certificateStatus: CertificateCheck;
    readonly certificateProblem: string | null;
  };
  /** A later document of the same case (a new decision) replaces this one. */
  readonly supersededBy: string | null;
}

/** SHA-256 of the canonical bytes: what the EDS covers, and what the PDF carries in its metadata. */
export function documentContentSha256(document: ResultDocument): string {
  return createHash('sha256').update(canonicalBytes(document)).digest('hex');
}

export async function findStoredDocument(app: AppContext, code: string): Promise<StoredDocument> {
  const [row] = await app.db.execute<StoredDocument>(
    `select content, case_id, signature, signature_verified, signer_iin, signer_name, certificate_serial, signed_at
       from documents where verification_code = $1`,
    [code.toUpperCase()],
  );
  if (!row) throw new AppError('NOT_FOUND', `no document ${code}`, { what: code });
  return row;
}

async function certificateCheck(app: AppContext, stored: StoredDocument): Promise<{ status: CertificateCheck; problem: string | null }> {
  if (!stored.signature_verified || !app.signatureVerifier) return { status: 'unverified', problem: null };
  const contentBytes = canonicalBytes(stored.content);
  const atSigning = await app.signatureVerifier.verify({ contentBytes, signature: stored.signature, at: stored.signed_at });
  if (!atSigning.valid) return { status: 'invalid', problem: atSigning.code };
  const now = await app.signatureVerifier.verify({ contentBytes, signature: stored.signature, at: app.clock() });
  if (!now.valid && now.code === 'CERTIFICATE_REVOKED') return { status: 'revoked', problem: now.code };
  // An expired certificate does not undo a signature made while it was valid.
  return { status: 'good', problem: null };
}

/** The public check of a result document by its verification code (the QR opens /verify/<code>). */
export async function checkDocument(app: AppContext, code: string): Promise<DocumentCheck> {
  const stored = await findStoredDocument(app, code);
  const [later] = await app.db.execute<{ verification_code: string }>(
    'select verification_code from documents where case_id = $1 and signed_at > $2 order by signed_at desc limit 1',
    [stored.case_id, stored.signed_at.toISOString()],
  );
  const certificate = await certificateCheck(app, stored);
  return {
    document: stored.content,
    contentSha256: documentContentSha256(stored.content),
    signature: {
      verified: stored.signature_verified,
      signerName: stored.signer_name,
      signerIin: stored.signer_iin,
      certificateSerial: stored.certificate_serial,
      signedAt: stored.signed_at.toISOString(),
      certificateStatus: certificate.status,
      certificateProblem: certificate.problem,
    },
    supersededBy: later?.verification_code ?? null,
  };
}


export interface PdfCheck extends DocumentCheck {
  /** The PDF's content hash equals the stored document's: it was printed from this document, unchanged. */
  readonly contentMatches: boolean;
}

/** Checks an uploaded PDF: finds the document by the code in its metadata and compares the content hash. */
export async function checkPdf(app: AppContext, identity: PdfIdentity): Promise<PdfCheck> {
  if (!identity.verificationCode) {
    throw new AppError('PDF_NOT_A_RESULT_DOCUMENT', 'the PDF carries no verification code', {});
  }
  const check = await checkDocument(app, identity.verificationCode);
  return { ...check, contentMatches: identity.contentSha256 === check.contentSha256 };
}
