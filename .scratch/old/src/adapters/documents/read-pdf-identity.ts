import { PDFDocument } from 'pdf-lib';
import { PDF_CODE_KEYWORD, PDF_HASH_KEYWORD } from './render-result-pdf.ts';

/** What the PDF says about itself in its metadata. */
export interface PdfIdentity {
  readonly verificationCode: string | null;
  readonly contentSha256: string | null;
}

/**
 * Reads the verification code and content hash a result PDF carries in its metadata (render-result-pdf.ts writes
 * them as keywords; the code is also the Subject). A file that is not a PDF, or a PDF without them, gives nulls.
 */
export async function readPdfIdentity(bytes: Uint8Array): Promise<PdfIdentity> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return { verificationCode: null, contentSha256: null };
  }
  const keywords = (pdf.getKeywords() ?? '').split(/\s+/);
  const after = (prefix: string) => keywords.find((k) => k.startsWith(prefix))?.slice(prefix.length) ?? null;
  const subject = pdf.getSubject() ?? null;
  const code = after(PDF_CODE_KEYWORD) ?? (subject && /^[A-Z0-9]{5}(-[A-Z0-9]{5}){3}$/.test(subject) ? subject : null);
  return { verificationCode: code, contentSha256: after(PDF_HASH_KEYWORD) };
}
