import { insertSignedDocument } from '../../adapters/db/document-store.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import type { Provider } from '../../core/org/provider.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import type { CaseState } from '../../core/case/case-state.ts';
import { canonicalBytes } from '../../core/documents/canonical-bytes.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import type { AppContext } from '../app-context.ts';
import { caseDocument, loadDocumentFacts } from './case-document.ts';
import { renderIssuedPdf } from './issue-pdf.ts';

export interface SignedDocumentFacts {
  readonly signerIin: string | null;
  readonly signatureVerified: boolean;
}

/**
 * The sign step: the signature must be a CMS over the canonical bytes of the case's result document, made with the
 * signing key of the staff member who signs (condition 2: valid, not revoked, IIN in the certificate = the signer's)
 * and issued to the provider (BIN in the certificate = the provider's, else SIGNER_BIN_MISMATCH).
 * A failed check refuses the step with the verifier's own code and message; the document is stored with its signature
 * and the PDF issued for it (rendered here, once; issue-pdf.ts).
 */
export async function verifyAndStoreSignature(
  app: AppContext,
  tx: SqlExecutor,
  context: { state: CaseState; regulation: Regulation; provider: Provider; staff: StaffMember; signature: string; now: Date },
): Promise<SignedDocumentFacts> {
  const document = caseDocument(app, context.state, context.regulation, context.provider, await loadDocumentFacts(app, tx, context.state));
  let facts: SignedDocumentFacts = { signerIin: null, signatureVerified: false };
  let signerName: string | null = null;
  let certificateSerial: string | null = null;
  if (app.signatureVerifier) {
    const verdict = await app.signatureVerifier.verify({
      contentBytes: canonicalBytes(document),
      signature: context.signature,
      expectedIin: context.staff.iin,
      // Signed on the provider's behalf: a legal-entity employee key of this provider (OU=BIN…, kz-ecosystem.md §3).
      expectedBin: context.provider.bin,
      at: context.now,
    });
    if (!verdict.valid) throw new AppError(verdict.code, `signature of case ${context.state.id}: ${verdict.reason}`, { ...(verdict.details ?? {}), algorithm: verdict.details?.algorithm ?? '-' });
    facts = { signerIin: verdict.signer.iin, signatureVerified: true };
    signerName = verdict.signer.commonName;
    certificateSerial = verdict.signer.certificateSerialHex;
  }
  const pdf = await renderIssuedPdf(app, {
    document,
    provider: context.provider,
    signerName: signerName ?? context.staff.fullName,
    signerRole: context.staff.role,
    certificateSerial,
    signedAt: context.now,
  });
  await insertSignedDocument(tx, {
    document,
    caseId: context.state.id,
    regulationId: context.regulation.id,
    signature: context.signature,
    signatureVerified: facts.signatureVerified,
    signerIin: facts.signerIin,
    signerName: signerName ?? context.staff.fullName,
    certificateSerial,
    signedAt: context.now.toISOString(),
    signerRole: context.staff.role,
    pdf: pdf.bytes,
    pdfSha256: pdf.sha256,
  });
  return facts;
}
