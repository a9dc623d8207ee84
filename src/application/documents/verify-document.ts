import { findKeyedDocumentByCode, findKeyedDocumentByPdfHash, issuedPdfBytes, laterDocumentCode, type StoredDocument } from '../../adapters/db/document-store.ts';
import { readClaimedCode } from '../../adapters/documents/read-pdf-identity.ts';
import { canonicalBytes } from '../../core/documents/canonical-bytes.ts';
import { publicDocumentView, signerPositionOf, type PublicDocumentView } from '../../core/documents/public-document-view.ts';
import { normalizeVerificationCode } from '../../core/documents/verification-code-format.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Text } from '../../core/i18n/text.ts';
import type { AppContext } from '../app-context.ts';
import { pdfSha256 } from './issue-pdf.ts';

export type { StoredDocument };

/**
 * The signer's certificate as the check sees it now: `good` (valid when signed and not revoked since), `revoked`
 * (revoked after signing: the document stays signed, the public should know), `invalid` (fails at signing time,
 * e.g. untrusted), `unverified` (signed while EDS verification was off, or verification is off now).
 */
export type CertificateCheck = 'good' | 'revoked' | 'invalid' | 'unverified';

/** What anyone holding the code (or the file) is told: public-document-view.ts says what is left out and why. */
export interface PublicDocumentCheck {
  readonly document: PublicDocumentView;
  readonly signature: {
    readonly verified: boolean;
    readonly signerName: string | null;
    readonly signerPosition: Text | null;
    readonly certificateSerial: string | null;
    readonly signedAt: string;
    readonly certificateStatus: CertificateCheck;
    readonly certificateProblem: string | null;
  };
  /** SHA-256 of the PDF Qyzmet issued: anyone can hash the file they hold and compare. */
  readonly pdfSha256: string | null;
  /** A later document of the same case (a new decision) replaces this one. */
  readonly supersededBy: string | null;
}

/**
 * A document the public check may show, by its code (any case, spaces allowed). Documents from before issue #14 carry
 * a code anyone could compute from the case and result ids (code_scheme 'sha256-unkeyed'): never found here.
 */
export async function findPublishedDocument(app: AppContext, code: string): Promise<StoredDocument> {
  const normalized = normalizeVerificationCode(code);
  const row = normalized ? await findKeyedDocumentByCode(app.db, normalized) : undefined;
  if (!row) throw new AppError('NOT_FOUND', `no document ${code}`, { what: code });
  return row;
}

/** The bytes of the PDF issued for a document, exactly as stored when it was signed. */
export async function issuedPdfOf(app: AppContext, code: string): Promise<{ code: string; bytes: Uint8Array }> {
  const stored = await findPublishedDocument(app, code);
  const pdf = await issuedPdfBytes(app.db, stored.verification_code);
  if (!pdf) throw new AppError('NOT_FOUND', `document ${code} has no issued PDF`, { what: code });
  return { code: stored.verification_code, bytes: pdf };
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

/** The check of a stored document as the public sees it: signer, status, superseded, masked applicant. */
export async function publicCheckOf(app: AppContext, stored: StoredDocument): Promise<PublicDocumentCheck> {
  const later = await laterDocumentCode(app.db, stored);
  const certificate = await certificateCheck(app, stored);
  return {
    document: publicDocumentView(stored.content),
    signature: {
      verified: stored.signature_verified,
      signerName: stored.signer_name,
      signerPosition: signerPositionOf(stored.signer_role),
      certificateSerial: stored.certificate_serial,
      signedAt: stored.signed_at.toISOString(),
      certificateStatus: certificate.status,
      certificateProblem: certificate.problem,
    },
    pdfSha256: stored.pdf_sha256,
    supersededBy: later,
  };
}

/** The public check of a result document by its verification code (the QR opens /verify/<code>). */
export async function checkDocument(app: AppContext, code: string): Promise<PublicDocumentCheck> {
  return publicCheckOf(app, await findPublishedDocument(app, code));
}

/**
 * Checks an uploaded PDF by what it is, not by what it says: the SHA-256 of the whole file must be the hash of a PDF
 * Qyzmet issued. A changed byte, a re-save by another program, or a new file with copied metadata is "not ours"
 * (PDF_NOT_ISSUED_BY_QYZMET); the code the file claims is named only so the person can check it by code.
 */
/** The public PDF check with the file's claimed code read by the PDF adapter (what the HTTP route offers). */
export function checkUploadedPdf(app: AppContext, bytes: Uint8Array): Promise<PublicDocumentCheck & { fileMatches: true }> {
  return checkPdf(app, bytes, readClaimedCode);
}

export async function checkPdf(app: AppContext, bytes: Uint8Array, claimedCode: (bytes: Uint8Array) => Promise<string | null>): Promise<PublicDocumentCheck & { fileMatches: true }> {
  const stored = await findKeyedDocumentByPdfHash(app.db, pdfSha256(bytes));
  if (!stored) {
    const claimed = await claimedCode(bytes);
    throw new AppError('PDF_NOT_ISSUED_BY_QYZMET', `uploaded file (${bytes.length} bytes) is no PDF Qyzmet issued`, { claimedCode: claimed ?? '-' });
  }
  return { ...(await publicCheckOf(app, stored)), fileMatches: true };
}
