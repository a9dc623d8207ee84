import type { DocumentToStore } from '../../adapters/db/document-store.ts';
import type { SqlExecutor } from '../../adapters/db/database.ts';
import type { Provider } from '../../core/org/provider.ts';
import type { StaffMember } from '../../core/org/staff-member.ts';
import { documentResultIds, type CaseState } from '../../core/case/case-state.ts';
import type { ResultDocument } from '../../core/documents/assemble-result-document.ts';
import { canonicalBytes } from '../../core/documents/canonical-bytes.ts';
import { AppError } from '../../core/errors/app-error.ts';
import type { Regulation } from '../../core/regulation/schema.ts';
import type { AppContext } from '../app-context.ts';
import { caseDocuments, loadDocumentFacts } from './case-document.ts';
import { renderIssuedPdf } from './issue-pdf.ts';

export interface SignedDocumentFacts {
  readonly signerIin: string | null;
  readonly signatureVerified: boolean;
}

/**
 * The sign step: each result document of the case (one, or several where the decision yields several: Semipalatinsk's
 * decision and certificate, seed 001 lines 232-234) carries its own CMS over its own canonical bytes, made with the
 * signing key of the staff member who signs (condition 2: valid, not revoked, IIN in the certificate = the signer's)
 * and issued to the provider (BIN in the certificate = the provider's, else SIGNER_BIN_MISMATCH). The input gives
 * `signatures` by result id, or `signature` for the first document (the engine refuses a missing one).
 * A failed check refuses the step with the verifier's own code and message; each document is stored with its
 * signature and its own PDF (rendered here, once; issue-pdf.ts), so each is checked on its own at the public check.
 * The documents to store go to `keep`: the step writes them in its one statement with the case (issue #15).
 */
export async function verifyAndStoreSignatures(
  app: AppContext,
  tx: SqlExecutor,
  context: { state: CaseState; regulation: Regulation; provider: Provider; staff: StaffMember; input: unknown; now: Date },
  keep: (stored: DocumentToStore) => void,
): Promise<SignedDocumentFacts> {
  const input = (context.input ?? {}) as { signature?: unknown; signatures?: unknown };
  const byResult = input.signatures && typeof input.signatures === 'object' ? (input.signatures as Record<string, unknown>) : {};
  const facts = await loadDocumentFacts(app, tx, context.state);
  const documents = caseDocuments(app, context.state, context.regulation, context.provider, facts);
  let verified: SignedDocumentFacts = { signerIin: null, signatureVerified: false };
  for (const [index, document] of documents.entries()) {
    const resultId = documentResultIds(context.regulation, context.state)[index]!;
    const signature = byResult[resultId] ?? (index === 0 ? input.signature : undefined);
    // A missing or malformed signature is the engine's to refuse (INVALID_STEP_INPUT), after its role and step checks.
    if (typeof signature !== 'string' || signature.length < 16) return { signerIin: null, signatureVerified: false };
    verified = await verifyAndStoreOne(app, { ...context, document, signature }, keep);
  }
  return verified;
}

async function verifyAndStoreOne(
  app: AppContext,
  context: { state: CaseState; regulation: Regulation; provider: Provider; staff: StaffMember; document: ResultDocument; signature: string; now: Date },
  keep: (stored: DocumentToStore) => void,
): Promise<SignedDocumentFacts> {
  const { document } = context;
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
  keep({
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
