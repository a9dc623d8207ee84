import { AppError } from '../../core/errors/app-error.ts';
import { normalizeLineBreaks } from '../../core/publishing/source-text.ts';

/** A regulation text as the administrator uploads it. */
export interface UploadedRegulationFile {
  readonly fileName: string;
  readonly text: string;
}

/**
 * THE SEAM FOR HTML AND .DOCX (issue #20): the format adapters of the importer (src/adapters/importer/) turn a page of
 * the public legal database or a .docx into plain lines; they plug in here, in front of the importer. Until they
 * do, plain text (.txt, or a name without extension) is read, with its line breaks as the citations count them;
 * anything else is refused by name rather than read as garbage.
 */
export function plainTextOfUpload(upload: UploadedRegulationFile): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(upload.fileName)?.[1]?.toLowerCase();
  if (extension !== undefined && extension !== 'txt') {
    throw new AppError('REGULATION_TEXT_FORMAT_NOT_SUPPORTED', `upload ${upload.fileName}: .${extension} is not plain text`, { fileName: upload.fileName });
  }
  const text = normalizeLineBreaks(upload.text);
  if (text.trim().length === 0) throw new AppError('REGULATION_IMPORT_FAILED', `upload ${upload.fileName}: empty`, { fileName: upload.fileName, reason: 'the text is empty' });
  return text;
}
