import { PDFDocument } from 'pdf-lib';
import { normalizeVerificationCode } from '../../core/documents/verification-code-format.ts';
import { PDF_CODE_KEYWORD } from './render-result-pdf.ts';

/**
 * The verification code a PDF claims in its metadata (the keyword render-result-pdf.ts writes, or the Subject), or
 * null. Anyone can copy it into any file, so it proves nothing: the "not ours" answer only names it, so the person
 * can check that code and see what Qyzmet really issued under it.
 */
export async function readClaimedCode(bytes: Uint8Array): Promise<string | null> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return null;
  }
  const keyword = (pdf.getKeywords() ?? '').split(/\s+/).find((k) => k.startsWith(PDF_CODE_KEYWORD));
  return normalizeVerificationCode(keyword?.slice(PDF_CODE_KEYWORD.length) ?? pdf.getSubject() ?? '');
}
