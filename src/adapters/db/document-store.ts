import type { ResultDocument } from '../../core/documents/assemble-result-document.ts';
import type { SqlExecutor } from './database.ts';

/** The signed result documents (migrations 0007, 0013): content, signature, signer and the PDF issued for them. */
export interface StoredDocument {
  verification_code: string;
  content: ResultDocument;
  case_id: string;
  template_id: string;
  kind: string;
  signature: string;
  signature_verified: boolean;
  signer_iin: string | null;
  signer_name: string | null;
  signer_role: string | null;
  certificate_serial: string | null;
  signed_at: Date;
  pdf_sha256: string | null;
}

export interface DocumentToStore {
  readonly document: ResultDocument;
  readonly caseId: string;
  readonly regulationId: string;
  readonly signature: string;
  readonly signatureVerified: boolean;
  readonly signerIin: string | null;
  readonly signerName: string;
  readonly certificateSerial: string | null;
  readonly signedAt: string;
  readonly signerRole: string;
  readonly pdf: Uint8Array;
  readonly pdfSha256: string;
}

/**
 * The signed documents of a step as a CTE of the step's one write (case-store.ts `saveCaseProgress`, issue #15): the
 * rows come as one JSON parameter (the PDF in base64), the case id from the written case, and a repeated sign of the
 * same document keeps the first.
 */
export function storeDocumentsCte(documentsParam: number): string {
  return `, documented as (
  insert into documents (verification_code, case_id, regulation_id, template_id, kind, content, signature, signature_verified,
                         signer_iin, signer_name, certificate_serial, signed_at, signer_role, pdf, pdf_sha256, code_scheme)
  select d.verification_code, written.id, d.regulation_id, d.template_id, d.kind, d.content, d.signature, d.signature_verified,
         d.signer_iin, d.signer_name, d.certificate_serial, d.signed_at, d.signer_role, decode(d.pdf, 'base64'), d.pdf_sha256, 'hmac-sha256'
  from written, jsonb_to_recordset($${documentsParam}::jsonb) as d(verification_code text, regulation_id text, template_id text, kind text,
    content jsonb, signature text, signature_verified boolean, signer_iin text, signer_name text, certificate_serial text,
    signed_at timestamptz, signer_role text, pdf text, pdf_sha256 text)
  on conflict (verification_code) do nothing
)`;
}

/** The JSON parameter of storeDocumentsCte. */
export function documentRows(documents: readonly DocumentToStore[]): string {
  return JSON.stringify(
    documents.map((stored) => ({
      verification_code: stored.document.verificationCode,
      regulation_id: stored.regulationId,
      template_id: stored.document.templateId,
      kind: stored.document.kind,
      content: stored.document,
      signature: stored.signature,
      signature_verified: stored.signatureVerified,
      signer_iin: stored.signerIin,
      signer_name: stored.signerName,
      certificate_serial: stored.certificateSerial,
      signed_at: stored.signedAt,
      signer_role: stored.signerRole,
      pdf: Buffer.from(stored.pdf).toString('base64'),
      pdf_sha256: stored.pdfSha256,
    })),
  );
}

const STORED_COLUMNS = `verification_code, content, case_id, template_id, kind, signature, signature_verified, signer_iin, signer_name, signer_role,
                        certificate_serial, signed_at, pdf_sha256`;

/** A document with a keyed code (issue #14): codes of the older unkeyed scheme are never found. */
export async function findKeyedDocumentByCode(db: SqlExecutor, code: string): Promise<StoredDocument | undefined> {
  const [row] = await db.execute<StoredDocument>(`select ${STORED_COLUMNS} from documents where verification_code = $1 and code_scheme = 'hmac-sha256'`, [code]);
  return row;
}

export async function findKeyedDocumentByPdfHash(db: SqlExecutor, pdfSha256: string): Promise<StoredDocument | undefined> {
  const [row] = await db.execute<StoredDocument>(`select ${STORED_COLUMNS} from documents where pdf_sha256 = $1 and code_scheme = 'hmac-sha256'`, [pdfSha256]);
  return row;
}

export async function issuedPdfBytes(db: SqlExecutor, code: string): Promise<Uint8Array | null> {
  const [row] = await db.execute<{ pdf: Uint8Array | null }>('select pdf from documents where verification_code = $1', [code]);
  return row?.pdf ?? null;
}

/**
 * The code of the newest document of the case signed after this one that replaces it. A case may have several documents
 * at once (the decision and the certificate, seed 001 lines 232-234): only a later document of the same template, or a
 * later one of the other outcome, supersedes it.
 */
export async function laterDocumentCode(db: SqlExecutor, earlier: Pick<StoredDocument, 'case_id' | 'signed_at' | 'template_id' | 'kind'>): Promise<string | null> {
  const [later] = await db.execute<{ verification_code: string }>(
    'select verification_code from documents where case_id = $1 and signed_at > $2 and (template_id = $3 or kind <> $4) order by signed_at desc limit 1',
    [earlier.case_id, earlier.signed_at.toISOString(), earlier.template_id, earlier.kind],
  );
  return later?.verification_code ?? null;
}

/** The newest signed document of a case, as the citizen's cabinet lists it. */
export async function latestDocumentOfCase(db: SqlExecutor, caseId: string): Promise<{ verification_code: string; kind: string; signed_at: Date; signature_verified: boolean } | undefined> {
  const [document] = await db.execute<{ verification_code: string; kind: string; signed_at: Date; signature_verified: boolean }>(
    'select verification_code, kind, signed_at, signature_verified from documents where case_id = $1 order by signed_at desc limit 1',
    [caseId],
  );
  return document;
}
