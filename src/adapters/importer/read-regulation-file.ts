/**
 * Reads a regulation file for the importer (issue #20): plain text as is (UTF-8, the seeds), HTML as adilet.zan.kz
 * serves it (html-to-lines.ts), Word .docx through mammoth's raw text. Every format becomes the text lines the pure
 * importer reads; citations then count the lines of that text (for plain text: the file's own lines).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { AppError } from '../../core/errors/app-error.ts';
import type { ImportInput } from '../../core/importer/import-contract.ts';
import { htmlToText } from './html-to-lines.ts';

export type RegulationFileFormat = 'text' | 'html' | 'docx';

export function formatOf(fileName: string): RegulationFileFormat | null {
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.txt' || ext === '.text' || ext === '') return 'text';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.docx') return 'docx';
  return null;
}

/** The text of a regulation document already in memory (the publish screens upload bytes). */
export async function regulationTextOf(fileName: string, bytes: Buffer): Promise<string> {
  const format = formatOf(fileName);
  if (format === null) throw new AppError('IMPORT_FORMAT_NOT_SUPPORTED', `unsupported regulation file ${fileName}`, { file: fileName });
  try {
    if (format === 'docx') return (await mammoth.extractRawText({ buffer: bytes })).value.replace(/\n\n/g, '\n');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    return format === 'html' ? htmlToText(text) : text;
  } catch (error) {
    throw new AppError('IMPORT_FILE_UNREADABLE', `cannot read ${fileName}: ${String(error)}`, { file: fileName, reason: format === 'docx' ? 'not a Word .docx document' : 'not UTF-8 text' }, { cause: error });
  }
}

export async function readRegulationFile(filePath: string, lang?: 'kk' | 'ru'): Promise<ImportInput> {
  const fileName = path.basename(filePath);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AppError('IMPORT_FILE_UNREADABLE', `cannot read ${filePath}: ${String(error)}`, { file: filePath, reason: missing ? 'no such file' : 'the file cannot be opened' }, { cause: error });
  }
  const text = await regulationTextOf(fileName, bytes);
  return { fileName, text, ...(lang ? { lang } : {}) };
}
