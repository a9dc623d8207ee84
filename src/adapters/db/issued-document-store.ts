import type { ResultDocument } from '../../core/documents/assemble-result-document.ts';
import type { SqlExecutor } from './database.ts';

/** A signed result of a case as stored at signing, for printing it for issue in person (issue #17). */
export interface IssuedDocument {
  readonly verificationCode: string;
  readonly content: ResultDocument;
  readonly signerName: string | null;
  readonly signerRole: string | null;
  readonly certificateSerial: string | null;
  readonly signedAt: Date;
  readonly hasPdf: boolean;
}

interface Row {
  verification_code: string;
  content: ResultDocument;
  signer_name: string | null;
  signer_role: string | null;
  certificate_serial: string | null;
  signed_at: Date | string;
  has_pdf: boolean;
}

/** The documents signed for a case that the public check knows (keyed codes, issue #14), in signing order. */
export async function issuedDocumentsOfCase(db: SqlExecutor, caseId: string): Promise<IssuedDocument[]> {
  const rows = await db.execute<Row>(
    `select verification_code, content, signer_name, signer_role, certificate_serial, signed_at, pdf is not null as has_pdf
       from documents where case_id = $1 and code_scheme = 'hmac-sha256' order by signed_at, verification_code`,
    [caseId],
  );
  return rows.map((row) => ({
    verificationCode: row.verification_code,
    content: row.content,
    signerName: row.signer_name,
    signerRole: row.signer_role,
    certificateSerial: row.certificate_serial,
    signedAt: new Date(row.signed_at),
    hasPdf: row.has_pdf,
  }));
}

/** The exact bytes of a case's document's PDF as issued at signing; null when the code is not the case's. */
export async function issuedPdfOfCase(db: SqlExecutor, caseId: string, verificationCode: string): Promise<Uint8Array | null> {
  const [row] = await db.execute<{ pdf: Uint8Array | null }>('select pdf from documents where case_id = $1 and verification_code = $2', [caseId, verificationCode]);
  return row?.pdf ?? null;
}
