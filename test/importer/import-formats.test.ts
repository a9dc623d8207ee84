import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/adapters/importer/html-to-lines.ts';
import { readRegulationFile, regulationTextOf } from '../../src/adapters/importer/read-regulation-file.ts';
import { isAppError } from '../../src/core/errors/app-error.ts';
import type { ImportResult } from '../../src/core/importer/import-contract.ts';
import { importRegulationText } from '../../src/core/importer/import-regulation-text.ts';
import { importOutput } from '../../src/cli/import-command.ts';
import { SEEDS_DIR } from '../support/paths.ts';

const ZHAMBYL = '000_88b275066dc75452.txt';
const AKMOLA = '004_5a6ed499d8a4d0ea.txt';
const seedText = (file: string) => readFileSync(path.join(SEEDS_DIR, file), 'utf8');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What a draft says, figure by figure: the same text in another format must say the same. */
function figures(result: ImportResult) {
  return result.regulations.map((r) => ({
    service: (r.service as { code: string }).code,
    act: (r.act as { number?: string } | null)?.number ?? null,
    steps: (r.steps as { role: string; kind: string; limit: { value: number; unit: string; source: { line: number; quote: string } } | null }[]).map((s) => [s.role, s.kind, s.limit?.value ?? null, s.limit?.unit ?? null, s.limit?.source.quote ?? null]),
  }));
}

/** The smallest Word document mammoth reads: one paragraph per line of the text. */
async function docxOf(text: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const paragraphs = text.split('\n').map((line) => (line.trim() ? `<w:p><w:r><w:t xml:space="preserve">${escape(line.trim())}</w:t></w:r></w:p>` : '<w:p/>'));
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('HTML as adilet.zan.kz serves it', () => {
  it('gives the same draft as the plain text, cited to the same lines', async () => {
    const text = seedText(ZHAMBYL);
    const html = `<!DOCTYPE html><html><head><title>Әділет</title><style>p{margin:0}</style><script>var x = "5 минут";</script></head><body><div class="container">${text
      .split('\n')
      .map((line) => `<p>${escape(line)}</p>`)
      .join('\n')}</div></body></html>`;
    const fromHtml = importRegulationText({ fileName: ZHAMBYL, text: await regulationTextOf('act.html', Buffer.from(html)) });
    const fromText = importRegulationText({ fileName: ZHAMBYL, text });
    expect(figures(fromHtml)).toEqual(figures(fromText));
    const lines = (r: ImportResult) => r.regulations.flatMap((d) => (d.steps as { limit: { source: { line: number } } | null }[]).map((s) => s.limit?.source.line ?? null));
    expect(lines(fromHtml)).toEqual(lines(fromText));
    expect(figures(fromText)).toHaveLength(3);
  });

  it('keeps table rows as lines of tab-separated cells and drops scripts and styles', () => {
    const text = htmlToText('<style>td{}</style><table><tr><td>5</td><td>Орындау мерзімдері</td><td>10 минуттан артық емес</td></tr></table><p>a&nbsp;b<br>c</p><script>x()</script>');
    expect(text.split('\n').filter((l) => l.trim())).toEqual(['5\tОрындау мерзімдері\t10 минуттан артық емес', 'a\u00a0b', 'c']);
  });
});

describe('Word .docx through mammoth', () => {
  it('gives the same steps and figures as the plain text', async () => {
    const text = seedText(AKMOLA);
    const fromDocx = importRegulationText({ fileName: 'akmola.docx', text: await regulationTextOf('akmola.docx', await docxOf(text)) });
    const fromText = importRegulationText({ fileName: AKMOLA, text });
    expect(figures(fromDocx)).toEqual(figures(fromText));
    expect(figures(fromText)[0]?.steps).toHaveLength(5);
  });

  it('refuses a file that is not a Word document with a clear error', async () => {
    await expect(regulationTextOf('broken.docx', Buffer.from('not a zip'))).rejects.toSatisfy((e) => isAppError(e) && e.code === 'IMPORT_FILE_UNREADABLE');
  });
});

describe('the import command', () => {
  it('writes the drafts and the unresolved lines, prints a summary and exits 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'qyzmet-import-'));
    const out = path.join(dir, 'draft.json');
    const output = await importOutput([path.join(SEEDS_DIR, ZHAMBYL), '--out', out]);
    expect(output.exitCode).toBe(0);
    expect(output.lines[0]).toBe(`${ZHAMBYL}: 3 regulations, 19 steps, 17 limits, 0 unresolved lines`);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { regulations: unknown[]; unresolved: unknown[] };
    expect(written.regulations).toHaveLength(3);
    expect(written.unresolved).toEqual([]);
  });

  it('fails with the catalog error in three languages for a missing file, and refuses an unknown format', async () => {
    const missing = readRegulationFile('/nonexistent/regulation.txt');
    await expect(missing).rejects.toSatisfy((e) => isAppError(e) && e.code === 'IMPORT_FILE_UNREADABLE' && e.userMessage.kk.length > 0 && e.userMessage.ru.includes('/nonexistent/regulation.txt'));
    const dir = mkdtempSync(path.join(tmpdir(), 'qyzmet-import-'));
    writeFileSync(path.join(dir, 'scan.pdf'), '%PDF-1.4');
    await expect(readRegulationFile(path.join(dir, 'scan.pdf'))).rejects.toSatisfy((e) => isAppError(e) && e.code === 'IMPORT_FORMAT_NOT_SUPPORTED');
  });

  it('rejects a language other than kk or ru', async () => {
    expect((await importOutput([path.join(SEEDS_DIR, ZHAMBYL), '--lang', 'en'])).exitCode).toBe(1);
  });
});
