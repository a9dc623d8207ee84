import { AppError } from '../../core/errors/app-error.ts';
import { normalizeLineBreaks } from '../../core/publishing/source-text.ts';

/** A regulation text as the administrator uploads it. */
export interface UploadedRegulationFile {
  readonly fileName: string;
  readonly text: string;
}

/**
 * The plain text the importer reads (issue #20): plain text (.txt, or a name without extension) as it is, with its
 * line breaks as the citations count them; an HTML page (.html/.htm, as the public legal database serves it) through
 * the importer's HTML adapter, given by the composition as `htmlToText`. Anything else (.docx is binary and does not
 * come as text) is refused by name rather than read as garbage.
 */
export function plainTextOfUpload(upload: UploadedRegulationFile, htmlToText?: (html: string) => string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(upload.fileName)?.[1]?.toLowerCase();
  if ((extension === 'html' || extension === 'htm') && htmlToText) return checkedText(upload.fileName, normalizeLineBreaks(htmlToText(upload.text)));
  if (extension !== undefined && extension !== 'txt') {
    throw new AppError('REGULATION_TEXT_FORMAT_NOT_SUPPORTED', `upload ${upload.fileName}: .${extension} is not plain text`, { fileName: upload.fileName });
  }
  return checkedText(upload.fileName, normalizeLineBreaks(upload.text));
}

function checkedText(fileName: string, text: string): string {
  if (text.trim().length === 0) throw new AppError('REGULATION_IMPORT_FAILED', `upload ${fileName}: empty`, { fileName, reason: 'the text is empty' });
  return text;
}
